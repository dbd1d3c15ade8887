#include "ui/ThemePalette.h"

#include "ui/Contrast.h"
#include "ui/FocusStyle.h"

#include <QApplication>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>

namespace holdfast::ui {

namespace {

// The palette and style the platform gave us before any theme was applied.
QPalette &systemPalette()
{
    static QPalette palette = QApplication::palette();
    return palette;
}

QString &systemStyleName()
{
    static QString name = QApplication::style()->name();
    return name;
}

// The named style with the app's focus rings and outlines on top.
void setStyle(const QString &name)
{
    if (auto *current = qobject_cast<FocusStyle *>(QApplication::style());
        current && current->baseStyle()->name().compare(name, Qt::CaseInsensitive) == 0)
        return;
    QApplication::setStyle(new FocusStyle(QStyleFactory::create(name)));
}

} // namespace

void ThemePalette::apply(Theme theme)
{
    (void)systemPalette();
    (void)systemStyleName();
    switch (theme) {
    case Theme::System:
        setStyle(systemStyleName());
        QApplication::setPalette(readable(systemPalette()));
        break;
    case Theme::Light:
        setStyle(QStringLiteral("Fusion"));
        QApplication::setPalette(readable(light()));
        break;
    case Theme::Dark:
        setStyle(QStringLiteral("Fusion"));
        QApplication::setPalette(readable(dark()));
        break;
    }
}

QPalette ThemePalette::light()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0xf6, 0xf4, 0xf0));
    p.setColor(QPalette::WindowText, QColor(0x22, 0x26, 0x2b));
    p.setColor(QPalette::Base, QColor(0xff, 0xff, 0xff));
    p.setColor(QPalette::AlternateBase, QColor(0xec, 0xe8, 0xe1));
    p.setColor(QPalette::ToolTipBase, QColor(0xff, 0xff, 0xf2));
    p.setColor(QPalette::ToolTipText, QColor(0x22, 0x26, 0x2b));
    p.setColor(QPalette::PlaceholderText, QColor(0x6b, 0x70, 0x76));
    p.setColor(QPalette::Text, QColor(0x22, 0x26, 0x2b));
    p.setColor(QPalette::Button, QColor(0xee, 0xeb, 0xe6));
    p.setColor(QPalette::ButtonText, QColor(0x22, 0x26, 0x2b));
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Highlight, QColor(0x2f, 0x7a, 0x76));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x1f, 0x6a, 0x8a));
    p.setColor(QPalette::Mid, QColor(0xc9, 0xc4, 0xbc));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x9a, 0x9a, 0x9a));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x9a, 0x9a, 0x9a));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x9a, 0x9a, 0x9a));
    return p;
}

QPalette ThemePalette::dark()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x1f, 0x23, 0x27));
    p.setColor(QPalette::WindowText, QColor(0xe6, 0xe4, 0xdf));
    p.setColor(QPalette::Base, QColor(0x17, 0x1a, 0x1d));
    p.setColor(QPalette::AlternateBase, QColor(0x28, 0x2d, 0x32));
    p.setColor(QPalette::ToolTipBase, QColor(0x2d, 0x32, 0x38));
    p.setColor(QPalette::ToolTipText, QColor(0xe6, 0xe4, 0xdf));
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0xa0, 0xa6));
    p.setColor(QPalette::Text, QColor(0xe6, 0xe4, 0xdf));
    p.setColor(QPalette::Button, QColor(0x2d, 0x32, 0x38));
    p.setColor(QPalette::ButtonText, QColor(0xe6, 0xe4, 0xdf));
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Highlight, QColor(0x4f, 0xa8, 0xa2));
    p.setColor(QPalette::HighlightedText, QColor(0x10, 0x14, 0x16));
    p.setColor(QPalette::Link, QColor(0x7c, 0xc4, 0xe0));
    p.setColor(QPalette::Mid, QColor(0x44, 0x4a, 0x50));
    p.setColor(QPalette::Dark, QColor(0x12, 0x14, 0x16));
    p.setColor(QPalette::Light, QColor(0x3a, 0x40, 0x46));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x70, 0x74, 0x78));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x70, 0x74, 0x78));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x70, 0x74, 0x78));
    return p;
}

QPalette ThemePalette::readable(QPalette palette)
{
    for (const QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive}) {
        const QColor window = palette.color(group, QPalette::Window);
        const QColor base = palette.color(group, QPalette::Base);
        const QColor sidebar = palette.color(group, QPalette::AlternateBase);
        // Half-transparent placeholders are measured where they are lightest.
        // Selected text on the selection colour: Qt's default blue is 3.7:1 under white.
        const QColor selected = palette.color(group, QPalette::HighlightedText);
        const QColor away = Contrast::luminance(selected) > 0.5 ? QColor(Qt::black) : QColor(Qt::white);
        palette.setColor(group, QPalette::Highlight,
                         Contrast::reaching(palette.color(group, QPalette::Highlight), away, {selected}, Contrast::kText));
        const QColor caption = Contrast::over(palette.color(group, QPalette::PlaceholderText), base);
        palette.setColor(group, QPalette::PlaceholderText,
                         Contrast::reaching(caption, palette.color(group, QPalette::Text), {window, base, sidebar},
                                            Contrast::kText));
    }
    return palette;
}

ThemePalette::Accent ThemePalette::accent(const QPalette &palette)
{
    Accent accent;
    accent.text = palette.color(QPalette::HighlightedText);
    // Away from the text: darker under light letters, lighter under dark ones.
    const QColor away = Contrast::luminance(accent.text) > 0.5 ? QColor(Qt::black) : QColor(Qt::white);
    accent.fill = Contrast::reaching(palette.color(QPalette::Highlight), away, {accent.text}, Contrast::kText);
    accent.hover = Contrast::mix(accent.fill, away, 0.12);
    accent.pressed = Contrast::mix(accent.fill, away, 0.24);
    // The ring is drawn over the button's edge in the letters' colour: 4.5:1
    // against the fill it replaces, whatever is around the button.
    accent.ring = accent.text;
    return accent;
}

QColor ThemePalette::focusRing(const QPalette &palette)
{
    const QColor window = palette.color(QPalette::Window);
    return Contrast::reaching(palette.color(QPalette::Highlight), palette.color(QPalette::WindowText),
                              {window, palette.color(QPalette::Base), palette.color(QPalette::AlternateBase)},
                              Contrast::kLarge);
}

QColor ThemePalette::outline(const QPalette &palette)
{
    const QColor base = palette.color(QPalette::Base);
    // Quieter than text, but never the near-invisible line Fusion derives from the window.
    return Contrast::reaching(Contrast::mix(base, palette.color(QPalette::Text), 0.35), palette.color(QPalette::Text),
                              {base, palette.color(QPalette::Window), palette.color(QPalette::AlternateBase)},
                              Contrast::kLarge);
}

QColor ThemePalette::accentText(const QPalette &palette)
{
    return Contrast::reaching(palette.color(QPalette::Highlight), palette.color(QPalette::WindowText),
                              {palette.color(QPalette::Window), palette.color(QPalette::Base),
                               palette.color(QPalette::AlternateBase)},
                              Contrast::kText);
}

bool ThemePalette::isDark()
{
    const QPalette palette = QApplication::palette();
    return palette.color(QPalette::Window).lightness() < palette.color(QPalette::WindowText).lightness();
}

} // namespace holdfast::ui
