#include "ui/FocusStyle.h"

#include "ui/ThemePalette.h"

#include <QPainter>
#include <QStyleOption>

namespace holdfast::ui {

namespace {

// Two device-independent pixels: wide enough to see, narrow enough for a check box's label.
constexpr qreal kRingWidth = 2.0;

void drawRing(QPainter *painter, const QRectF &rect, const QColor &colour, qreal radius)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, true);
    painter->setPen(QPen(colour, kRingWidth));
    painter->setBrush(Qt::NoBrush);
    const qreal inset = kRingWidth / 2;
    painter->drawRoundedRect(rect.adjusted(inset, inset, -inset, -inset), radius, radius);
    painter->restore();
}

} // namespace

FocusStyle::FocusStyle(QStyle *base)
    : QProxyStyle(base), m_fusion(base && base->name().compare(QStringLiteral("fusion"), Qt::CaseInsensitive) == 0)
{
}

void FocusStyle::drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                               const QWidget *widget) const
{
    if (!m_fusion) {
        QProxyStyle::drawPrimitive(element, option, painter, widget);
        return;
    }
    switch (element) {
    case PE_FrameFocusRect:
        // Fusion's is a faint line in a tint of the highlight.
        drawRing(painter, option->rect, ThemePalette::focusRing(option->palette), 2);
        return;
    case PE_IndicatorRadioButton: {
        QProxyStyle::drawPrimitive(element, option, painter, widget);
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing, true);
        painter->setPen(QPen(ThemePalette::outline(option->palette), 1.0));
        painter->setBrush(Qt::NoBrush);
        painter->drawEllipse(QRectF(option->rect).adjusted(1, 1, -1, -1));
        painter->restore();
        return;
    }
    case PE_IndicatorCheckBox: {
        QProxyStyle::drawPrimitive(element, option, painter, widget);
        painter->save();
        painter->setPen(QPen(ThemePalette::outline(option->palette), 1.0));
        painter->setBrush(Qt::NoBrush);
        painter->drawRect(QRectF(option->rect).adjusted(0.5, 0.5, -0.5, -0.5));
        painter->restore();
        return;
    }
    default:
        QProxyStyle::drawPrimitive(element, option, painter, widget);
        return;
    }
}

void FocusStyle::drawComplexControl(ComplexControl control, const QStyleOptionComplex *option, QPainter *painter,
                                    const QWidget *widget) const
{
    QProxyStyle::drawComplexControl(control, option, painter, widget);
    if (m_fusion && control == CC_Slider && (option->state & State_HasFocus))
        drawRing(painter, option->rect, ThemePalette::focusRing(option->palette), 3);
}

} // namespace holdfast::ui
