#pragma once

// Draws the plan lists' items with some air around them, so items of two
// lines (a name and a note, an "if" and a "then") read as one entry.

#include <QStyledItemDelegate>

namespace holdfast::ui {

class PlanItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    static int padding(const QStyleOptionViewItem &option);
};

} // namespace holdfast::ui
