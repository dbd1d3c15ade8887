#pragma once

// Paints one row of the journal's lists as a small card: the date with a
// quiet note on the right (mood, "Reread"), the first line, and the tags.

#include <QFont>
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
    // Line height and width of the regular and bold font, measured once per
    // font: sizeHint() runs for every row whenever the list is laid out.
    struct Metrics
    {
        QFont font;
        int lineHeight = 0;
        int averageCharWidth = 0;
    };
    const Metrics &metricsFor(const QFont &font) const;

    static constexpr int kPadding = 8;
    mutable Metrics m_metrics;
    mutable bool m_measured = false;
};

} // namespace holdfast::ui
