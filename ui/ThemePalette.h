#pragma once

// Applies the theme setting: the system's own palette, or a calm light or
// dark palette on the Fusion style when the user chose one.

#include "model/Settings.h"

#include <QColor>

class QPalette;

namespace holdfast::ui {

class ThemePalette
{
public:
    static void apply(Theme theme);
    static QPalette light();
    static QPalette dark();
    // True when the palette in use has a dark window background.
    static bool isDark();

    // `palette` with captions (PlaceholderText) that meet WCAG AA on the
    // window, the cards and the sidebar (Qt's default palette draws them in
    // half-transparent text, 3.5-4:1) and a selection colour its text reads on.
    static QPalette readable(QPalette palette);

    // The accent button's colours: a flat fill that keeps its text at 4.5:1
    // or more, and a focus ring in the text's colour over the fill's edge.
    struct Accent
    {
        QColor fill;
        QColor text;
        QColor hover;
        QColor pressed;
        QColor ring;
    };
    static Accent accent(const QPalette &palette);
    // Focus rings and indicator outlines: 3:1 against window, cards and sidebar.
    static QColor focusRing(const QPalette &palette);
    static QColor outline(const QPalette &palette);
    // The accent colour as text on window, cards and sidebar (4.5:1).
    static QColor accentText(const QPalette &palette);
};

} // namespace holdfast::ui
