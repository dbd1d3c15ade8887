#include "ui/journal/JournalListDelegate.h"

#include <QApplication>
#include <QPainter>

namespace holdfast::ui {

namespace {

QFont boldFont(QFont font)
{
    font.setBold(true);
    return font;
}

} // namespace

void JournalListDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    // The selection and hover background the style draws for any item.
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette::ColorGroup group = (opt.state & QStyle::State_Enabled) ? QPalette::Normal : QPalette::Disabled;
    const QColor text = opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    const QColor quiet = selected ? text : opt.palette.color(group, QPalette::PlaceholderText);

    const QRect area = opt.rect.adjusted(kPadding + 2, kPadding, -kPadding - 2, -kPadding);
    const QFontMetrics metrics(opt.font);
    const QFont bold = boldFont(opt.font);
    const QFontMetrics boldMetrics(bold);
    const int lineHeight = std::max(metrics.height(), boldMetrics.height());

    painter->save();
    painter->setClipRect(opt.rect);

    const QString note = index.data(NoteRole).toString();
    const int noteWidth = note.isEmpty() ? 0 : metrics.horizontalAdvance(note);
    QRect line(area.left(), area.top(), area.width(), lineHeight);

    painter->setFont(bold);
    painter->setPen(text);
    const int dateWidth = std::max(0, area.width() - noteWidth - (noteWidth ? kPadding : 0));
    painter->drawText(QRect(line.left(), line.top(), dateWidth, lineHeight), Qt::AlignLeft | Qt::AlignVCenter,
                      boldMetrics.elidedText(index.data(DateRole).toString(), Qt::ElideRight, dateWidth));
    if (!note.isEmpty()) {
        painter->setFont(opt.font);
        painter->setPen(quiet);
        painter->drawText(line, Qt::AlignRight | Qt::AlignVCenter, note);
    }

    line.translate(0, lineHeight + 2);
    painter->setFont(opt.font);
    painter->setPen(text);
    painter->drawText(line, Qt::AlignLeft | Qt::AlignVCenter,
                      metrics.elidedText(index.data(PreviewRole).toString(), Qt::ElideRight, line.width()));

    const QString tags = index.data(TagsRole).toString();
    if (!tags.isEmpty()) {
        line.translate(0, lineHeight + 2);
        painter->setPen(quiet);
        painter->drawText(line, Qt::AlignLeft | Qt::AlignVCenter, metrics.elidedText(tags, Qt::ElideRight, line.width()));
    }
    painter->restore();
}

const JournalListDelegate::Metrics &JournalListDelegate::metricsFor(const QFont &font) const
{
    if (!m_measured || m_metrics.font != font || m_metrics.font.resolveMask() != font.resolveMask()) {
        const QFontMetrics metrics(font);
        const QFontMetrics boldMetrics(boldFont(font));
        m_metrics = Metrics{font, std::max(metrics.height(), boldMetrics.height()), metrics.averageCharWidth()};
        m_measured = true;
    }
    return m_metrics;
}

QSize JournalListDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const Metrics &metrics = metricsFor(option.font);
    const int lines = index.data(TagsRole).toString().isEmpty() ? 2 : 3;
    return {metrics.averageCharWidth * 24, lines * metrics.lineHeight + (lines - 1) * 2 + 2 * kPadding};
}

} // namespace holdfast::ui
