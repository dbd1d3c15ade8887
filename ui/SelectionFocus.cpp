#include "ui/SelectionFocus.h"

#include "ui/Contrast.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QEvent>

namespace holdfast::ui {

SelectionFocus::SelectionFocus(QAbstractItemView *view) : QObject(view), m_view(view)
{
    view->installEventFilter(this);
}

void SelectionFocus::install(QAbstractItemView *view)
{
    (new SelectionFocus(view))->recolour();
}

QColor SelectionFocus::quietFill(const QPalette &palette)
{
    const QColor base = palette.color(QPalette::Base);
    // A tint of the accent, pale enough that ordinary text keeps 4.5:1 on it.
    QColor fill = Contrast::mix(base, palette.color(QPalette::Highlight), 0.3);
    for (double amount = 0.3; amount > 0 && Contrast::ratio(palette.color(QPalette::Text), fill) < Contrast::kText + 0.05;
         amount -= 0.03)
        fill = Contrast::mix(base, palette.color(QPalette::Highlight), amount);
    return fill;
}

void SelectionFocus::recolour()
{
    m_recolouring = true;
    const QPalette theme = QApplication::palette(m_view);
    QPalette colours = m_view->palette();
    for (const QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive}) {
        if (m_view->hasFocus()) {
            colours.setColor(group, QPalette::Highlight, theme.color(group, QPalette::Highlight));
            colours.setColor(group, QPalette::HighlightedText, theme.color(group, QPalette::HighlightedText));
        } else {
            colours.setColor(group, QPalette::Highlight, quietFill(theme));
            colours.setColor(group, QPalette::HighlightedText, theme.color(group, QPalette::Text));
        }
    }
    m_view->setPalette(colours);
    m_recolouring = false;
}

bool SelectionFocus::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && !m_recolouring) {
        switch (event->type()) {
        case QEvent::FocusIn:
        case QEvent::FocusOut:
        case QEvent::ApplicationPaletteChange:
            recolour();
            break;
        default:
            break;
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace holdfast::ui
