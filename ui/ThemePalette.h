#pragma once

// Applies the theme setting: the system's own palette, or a calm light or
// dark palette on the Fusion style when the user chose one.

#include "model/Settings.h"

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
};

} // namespace holdfast::ui
