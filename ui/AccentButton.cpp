#include "ui/AccentButton.h"

#include "ui/ThemePalette.h"

#include <QApplication>
#include <QEvent>
#include <QPushButton>

namespace holdfast::ui {

AccentButton::AccentButton(QPushButton *button) : QObject(button), m_button(button)
{
    button->installEventFilter(this);
}

void AccentButton::apply(QPushButton *button)
{
    if (!button->findChild<AccentButton *>(QString(), Qt::FindDirectChildrenOnly))
        (new AccentButton(button))->restyle();
}

QString AccentButton::styleSheet()
{
    const ThemePalette::Accent accent = ThemePalette::accent(QApplication::palette());
    // The ring replaces a border in the fill's colour, so focus moves no text.
    return QStringLiteral("QPushButton { color: %1; background-color: %2; border: 3px solid %2;"
                          " border-radius: 6px; padding: 4px 12px; }"
                          " QPushButton:hover { background-color: %3; border-color: %3; }"
                          " QPushButton:pressed, QPushButton:checked { background-color: %4; border-color: %4; }"
                          " QPushButton:focus { border-color: %5; }")
        .arg(accent.text.name(), accent.fill.name(), accent.hover.name(), accent.pressed.name(), accent.ring.name());
}

void AccentButton::restyle()
{
    const QString sheet = styleSheet();
    if (m_button->styleSheet() != sheet)
        m_button->setStyleSheet(sheet);
}

bool AccentButton::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_button
        && (event->type() == QEvent::ApplicationPaletteChange || event->type() == QEvent::PaletteChange))
        restyle();
    return QObject::eventFilter(watched, event);
}

} // namespace holdfast::ui
