#include "ui/ElidingComboBox.h"

#include <QStyleOptionComboBox>
#include <QStylePainter>

namespace holdfast::ui {

void ElidingComboBox::paintEvent(QPaintEvent *event)
{
    Q_UNUSED(event);
    QStylePainter painter(this);
    painter.setPen(palette().color(QPalette::Text));
    QStyleOptionComboBox option;
    initStyleOption(&option);
    painter.drawComplexControl(QStyle::CC_ComboBox, option);
    const QRect label = style()->subControlRect(QStyle::CC_ComboBox, &option, QStyle::SC_ComboBoxEditField, this);
    option.currentText = fontMetrics().elidedText(option.currentText, Qt::ElideRight, label.width());
    painter.drawControl(QStyle::CE_ComboBoxLabel, option);
}

} // namespace holdfast::ui
