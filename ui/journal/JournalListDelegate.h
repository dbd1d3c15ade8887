#pragma once

// Paints one row of the journal's lists as a small card: the date with a
// quiet note on the right (mood, "Reread"), the first line, and the tags.

#include <QStyledItemDelegate>

namespace holdfast::ui {

class JournalListDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    // Item data roles the lists fill in. Qt::DisplayRole holds the whole row
    // as one sentence for screen readers.
    enum Role {
        IdRole = Qt::UserRole + 1, // qint64
        DateRole,                  // QString, bold on the first line
        NoteRole,                  // QString, quiet, right of the date
        PreviewRole,               // QString, the first line of the text
        TagsRole,                  // QString, quiet, third line; may be empty
    };

    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    static constexpr int kPadding = 8;
};

} // namespace holdfast::ui
