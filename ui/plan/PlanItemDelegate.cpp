#include "ui/plan/PlanItemDelegate.h"

#include <QApplication>
#include <QPainter>

namespace holdfast::ui {

int PlanItemDelegate::padding(const QStyleOptionViewItem &option)
{
    // Scales with the font rather than with pixels.
    return option.fontMetrics.height() / 2;
}

QSize PlanItemDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const int pad = padding(option);
    QStyleOptionViewItem inner = option;
    inner.rect.adjust(pad, 0, -pad, 0);
    return QStyledItemDelegate::sizeHint(inner, index) + QSize(2 * pad, 2 * pad);
}

void PlanItemDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    // Selection, hover and focus span the whole row...
    QStyleOptionViewItem row = option;
    initStyleOption(&row, index);
    row.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &row, painter, widget);

    // ...and the text sits inside it with some air.
    const int pad = padding(option);
    QStyleOptionViewItem text = option;
    text.rect = option.rect.adjusted(pad, pad, -pad, -pad);
    text.state &= ~QStyle::State_HasFocus;
    QStyledItemDelegate::paint(painter, text, index);
}

} // namespace holdfast::ui
