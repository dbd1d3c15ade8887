#include "ui/review/ReviewExport.h"

#include "ui/ThemePalette.h"
#include "ui/review/ChartPalette.h"
#include "ui/review/LookBackText.h"
#include "ui/review/ReviewCharts.h"
#include "ui/review/ReviewTables.h"
#include "ui/review/ReviewText.h"

#include <QApplication>
#include <QBuffer>
#include <QChart>
#include <QDate>
#include <QFontMetricsF>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPalette>
#include <QPdfWriter>
#include <QStandardItemModel>

#include <algorithm>

namespace holdfast::ui {

namespace {

// PDF units: at 96 dpi chart fonts (in points) come out at the size the
// charts were laid out for; the output is vector either way.
constexpr int kPdfResolution = 96;

QFont sizedFont(qreal factor, QFont::Weight weight = QFont::Normal)
{
    QFont font = QApplication::font();
    if (font.pointSizeF() > 0)
        font.setPointSizeF(font.pointSizeF() * factor);
    font.setWeight(weight);
    return font;
}

struct Block
{
    ReviewCharts::Kind kind;
    bool fullWidth;
};

// Draws `text` wrapped into the width of `area` from its top; returns the height used.
qreal drawWrapped(QPainter &painter, const QRectF &area, const QFont &font, const QColor &colour, const QString &text)
{
    painter.setFont(font);
    painter.setPen(colour);
    const QRectF bounds = painter.boundingRect(area, Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, text);
    painter.drawText(area, Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, text);
    return bounds.height();
}

qreal wrappedHeight(QPaintDevice *device, qreal width, const QFont &font, const QString &text)
{
    const QFontMetricsF metrics(font, device);
    return metrics.boundingRect(QRectF(0, 0, width, 1e6), Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, text).height();
}

// Renders a freshly built chart into `target` through a scene of its own:
// the on-screen charts keep their size and state.
void paintChart(QPainter &painter, ReviewCharts::Kind kind, const ReviewData &data, const ChartPalette &colours,
                const QRectF &target)
{
    if (ReviewCharts::isEmpty(kind, data)) {
        painter.fillRect(target, colours.background);
        painter.setFont(sizedFont(0.95));
        painter.setPen(colours.quietText);
        painter.drawText(target.adjusted(12, 12, -12, -12), Qt::AlignCenter | Qt::TextWordWrap,
                         ReviewCharts::caption(kind, data));
        return;
    }
    QGraphicsScene scene;
    QChart *chart = ReviewCharts::build(kind, data, colours);
    scene.addItem(chart); // the scene owns and deletes it
    const QRectF source(QPointF(0, 0), target.size());
    chart->setGeometry(source);
    chart->layout()->activate();
    scene.setSceneRect(source);
    scene.render(&painter, target, source);
}

qreal headingHeight(QPaintDevice *device)
{
    return QFontMetricsF(sizedFont(1.0, QFont::DemiBold), device).height() * 1.4;
}

// Chart blocks two to a row unless full width; returns the height used.
qreal paintBlocks(QPainter *painter, QPaintDevice *device, const std::vector<Block> &blocks, const ReviewData &data,
                  const ChartPalette &colours, const QRectF &area, qreal fullHeight, qreal halfHeight, qreal gap)
{
    const qreal heading = headingHeight(device);
    const qreal halfWidth = (area.width() - gap) / 2;
    qreal y = area.top();
    int column = 0;
    for (const Block &block : blocks) {
        if (block.fullWidth && column == 1) {
            y += heading + halfHeight + gap;
            column = 0;
        }
        const qreal width = block.fullWidth ? area.width() : halfWidth;
        const qreal height = block.fullWidth ? fullHeight : halfHeight;
        const qreal x = area.left() + (block.fullWidth ? 0 : column * (halfWidth + gap));
        if (painter) {
            painter->setFont(sizedFont(1.0, QFont::DemiBold));
            painter->setPen(colours.text);
            painter->drawText(QRectF(x, y, width, heading), Qt::AlignLeft | Qt::AlignVCenter,
                              ReviewCharts::title(block.kind));
            paintChart(*painter, block.kind, data, colours, QRectF(x, y + heading, width, height));
        }
        if (block.fullWidth) {
            y += heading + height + gap;
        } else if (++column == 2) {
            y += heading + height + gap;
            column = 0;
        }
    }
    if (column == 1)
        y += heading + halfHeight + gap;
    return y - area.top() - gap;
}

// The figures of a table model as a simple grid; returns the height used.
qreal paintTable(QPainter &painter, const QStandardItemModel &model, const QRectF &area, const QColor &text,
                 const QColor &rule, const QFont &font, qreal firstColumnShare)
{
    const QFontMetricsF metrics(font, painter.device());
    const qreal rowHeight = metrics.height() * 1.45;
    const int columns = model.columnCount();
    const qreal firstWidth = area.width() * firstColumnShare;
    const qreal otherWidth = columns > 1 ? (area.width() - firstWidth) / (columns - 1) : 0;
    const auto columnRect = [&](int column, qreal y) {
        const qreal x = column == 0 ? area.left() : area.left() + firstWidth + (column - 1) * otherWidth;
        return QRectF(x + 3, y, (column == 0 ? firstWidth : otherWidth) - 6, rowHeight);
    };

    qreal y = area.top();
    QFont bold = font;
    bold.setWeight(QFont::DemiBold);
    painter.setFont(bold);
    painter.setPen(text);
    // Headers may wrap ("Mean intensity" over a narrow number column).
    qreal headerHeight = rowHeight;
    for (int column = 0; column < columns; ++column) {
        const QRectF cell = columnRect(column, y);
        const QRectF needed = painter.boundingRect(QRectF(cell.left(), y, cell.width(), 1e4), Qt::TextWordWrap,
                                                   model.horizontalHeaderItem(column)->text());
        headerHeight = std::max(headerHeight, needed.height() + rowHeight - metrics.height());
    }
    for (int column = 0; column < columns; ++column) {
        const auto align = column == 0 ? Qt::AlignLeft : Qt::AlignRight;
        QRectF cell = columnRect(column, y);
        cell.setHeight(headerHeight);
        painter.drawText(cell, align | Qt::AlignBottom | Qt::TextWordWrap, model.horizontalHeaderItem(column)->text());
    }
    y += headerHeight + (rowHeight - metrics.height()) / 2;
    painter.setPen(QPen(rule, 0.8));
    painter.drawLine(QPointF(area.left(), y), QPointF(area.right(), y));
    painter.setFont(font);
    for (int row = 0; row < model.rowCount(); ++row) {
        painter.setPen(text);
        if (row == model.rowCount() - 1 && model.item(row, 0)->text() == ReviewTables::tr("Week"))
            painter.setFont(bold);
        for (int column = 0; column < columns; ++column) {
            const auto align = column == 0 ? Qt::AlignLeft : Qt::AlignRight;
            painter.drawText(columnRect(column, y), align | Qt::AlignVCenter, model.item(row, column)->text());
        }
        y += rowHeight;
    }
    painter.setPen(QPen(rule, 0.8));
    painter.drawLine(QPointF(area.left(), y), QPointF(area.right(), y));
    return y - area.top();
}

QString stateNote(const ReviewData &data)
{
    if (data.state != ReviewState::Kind::QuietWeek && data.state != ReviewState::Kind::FirstDays)
        return {};
    return ReviewText::stateTitle(data.state, data.currentWeek);
}

// The week's evenings (the look backs) under the summary: the sentence and
// what helped. Measures only when `painter` is null; returns the height used,
// 0 for a week without look backs.
qreal paintEvenings(QPainter *painter, QPaintDevice *device, const ReviewData &data, const QRectF &area,
                    const QColor &text, qreal scale)
{
    const LookBackWeek &week = data.lookBacks;
    if (week.isEmpty())
        return 0;
    const QFont heading = sizedFont(scale, QFont::DemiBold);
    const QFont body = sizedFont(scale);
    QStringList helped;
    for (const QString &line : LookBackText::helpedLines(week))
        helped << ReviewExport::tr("• %1", "a line in the list of what helped").arg(line);
    const std::vector<std::pair<QFont, QString>> parts{
        {heading, LookBackText::title()},
        {body, LookBackText::sentence(week)},
        {heading, helped.isEmpty() ? QString() : LookBackText::helpedHeading()},
        {body, helped.join(u'\n')},
    };
    qreal y = area.top();
    for (const auto &[font, words] : parts) {
        if (words.isEmpty())
            continue;
        if (&words == &parts[2].second) // a little room before "What helped this week"
            y += QFontMetricsF(font, device).height() * 0.4;
        const qreal height = wrappedHeight(device, area.width(), font, words);
        if (painter)
            drawWrapped(*painter, QRectF(area.left(), y, area.width(), height), font, text, words);
        y += height + QFontMetricsF(font, device).height() * 0.25;
    }
    return y - area.top();
}

// The report: the figures and the day-by-day charts on the first page, the
// other charts of the PNG on the second, full width where labels need room.
bool drawPdf(QPdfWriter &writer, const ReviewData &data)
{
    writer.setResolution(kPdfResolution);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(12, 12, 12, 12),
                                     QPageLayout::Millimeter));
    writer.setTitle(ReviewExport::title(data));
    writer.setCreator(QStringLiteral("Holdfast"));

    const QPalette paper = ThemePalette::light();
    ChartPalette colours = ChartPalette::from(paper);
    colours.background = Qt::white;
    const QColor text = paper.color(QPalette::Text);
    const QColor quiet = paper.color(QPalette::PlaceholderText);
    const QColor rule = paper.color(QPalette::Mid);

    QPainter painter;
    if (!painter.begin(&writer))
        return false;
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF page = QRectF(QPointF(0, 0), QSizeF(writer.pageLayout().paintRectPixels(kPdfResolution).size()));
    constexpr qreal kGap = 10;

    qreal y = 0;
    y += drawWrapped(painter, QRectF(0, y, page.width(), 60), sizedFont(1.6, QFont::DemiBold), text,
                     ReviewExport::title(data));
    y += drawWrapped(painter, QRectF(0, y, page.width(), 30), sizedFont(0.85), quiet,
                     ReviewExport::tr("Holdfast, exported on %1")
                         .arg(QLocale().toString(QDate::currentDate(), QLocale::LongFormat)));
    y += kGap;
    y += drawWrapped(painter, QRectF(0, y, page.width(), 80), sizedFont(1.1), text,
                     ReviewText::summary(data.report, data.currentWeek));
    if (const QString note = stateNote(data); !note.isEmpty())
        y += drawWrapped(painter, QRectF(0, y + 2, page.width(), 40), sizedFont(1.0), paper.color(QPalette::Highlight), note) + 2;
    if (const qreal evenings = paintEvenings(&painter, &writer, data, QRectF(0, y + kGap, page.width(), 0), text, 0.9);
        evenings > 0)
        y += kGap + evenings;
    y += kGap * 1.5;

    const QFont tableFont = sizedFont(0.85);
    QStandardItemModel days;
    ReviewTables::fill(ReviewTables::Kind::Days, data, days);
    y += paintTable(painter, days, QRectF(0, y, page.width(), 0), text, rule, tableFont, 0.22);
    y += kGap * 1.5;

    // Key figures in two columns of five, side by side.
    QStandardItemModel figures;
    ReviewTables::fill(ReviewTables::Kind::KeyFigures, data, figures);
    QStandardItemModel left;
    QStandardItemModel right;
    for (QStandardItemModel *half : {&left, &right}) {
        half->setColumnCount(2);
        half->setHorizontalHeaderLabels({figures.horizontalHeaderItem(0)->text(), figures.horizontalHeaderItem(1)->text()});
    }
    const int rows = figures.rowCount();
    const int split = (rows + 1) / 2;
    for (int row = 0; row < rows; ++row)
        (row < split ? left : right).appendRow(figures.takeRow(0));
    const qreal columnWidth = (page.width() - 2 * kGap) / 2;
    const qreal leftHeight = paintTable(painter, left, QRectF(0, y, columnWidth, 0), text, rule, tableFont, 0.75);
    const qreal rightHeight =
        paintTable(painter, right, QRectF(columnWidth + 2 * kGap, y, columnWidth, 0), text, rule, tableFont, 0.75);
    y += std::max(leftHeight, rightHeight) + kGap * 2;

    // Whatever is left of the first page, shared by the two day-by-day charts.
    const qreal heading = headingHeight(&writer);
    const qreal firstRows = std::clamp((page.height() - y - 2 * heading - kGap) / 2, 110.0, 300.0);
    paintBlocks(&painter, &writer, {{ReviewCharts::Kind::UrgesPerDay, true}, {ReviewCharts::Kind::Trend, true}}, data,
                colours, QRectF(0, y, page.width(), 0), firstRows, firstRows, kGap);

    if (!writer.newPage())
        return false;
    // Full width where the labels are words or days: at half a page Qt Charts
    // cuts trigger names and weekdays to "…".
    const std::vector<Block> second{
        {ReviewCharts::Kind::Triggers, true},
        {ReviewCharts::Kind::UrgeKinds, true},
        {ReviewCharts::Kind::Halt, false},
        {ReviewCharts::Kind::Hours, false},
        {ReviewCharts::Kind::MoodAndSleep, true},
        {ReviewCharts::Kind::UrgeCurve, true},
    };
    const qreal secondRows = std::min((page.height() - 5 * heading - 4 * kGap) / 5, 300.0);
    paintBlocks(&painter, &writer, second, data, colours, QRectF(0, 0, page.width(), 0), secondRows, secondRows, kGap);
    return painter.end();
}

} // namespace

QString ReviewExport::title(const ReviewData &data)
{
    return tr("Weekly review: %1").arg(ReviewText::weekRange(data.report.weekStart(), data.report.weekEnd()));
}

QImage ReviewExport::image(const ReviewData &data, const QPalette &palette, qreal pixelRatio)
{
    const ChartPalette colours = ChartPalette::from(palette);
    constexpr qreal kWidth = 1200;
    constexpr qreal kMargin = 36;
    constexpr qreal kGap = 20;
    constexpr qreal kFullHeight = 340;
    constexpr qreal kHalfHeight = 300;
    const std::vector<Block> blocks{
        {ReviewCharts::Kind::UrgesPerDay, true}, {ReviewCharts::Kind::Trend, true},
        {ReviewCharts::Kind::Triggers, false},   {ReviewCharts::Kind::Halt, false},
        {ReviewCharts::Kind::Hours, false},      {ReviewCharts::Kind::MoodAndSleep, false},
        {ReviewCharts::Kind::UrgeKinds, false},
        {ReviewCharts::Kind::UrgeCurve, true},
    };

    const QFont titleFont = sizedFont(1.7, QFont::DemiBold);
    const QFont summaryFont = sizedFont(1.2);
    const qreal inner = kWidth - 2 * kMargin;
    QImage probe(1, 1, QImage::Format_ARGB32_Premultiplied);
    const QString summary = ReviewText::summary(data.report, data.currentWeek);
    const QString note = stateNote(data);
    const qreal titleHeight = wrappedHeight(&probe, inner, titleFont, title(data));
    const qreal summaryHeight = wrappedHeight(&probe, inner, summaryFont, summary);
    const qreal noteHeight = note.isEmpty() ? 0 : wrappedHeight(&probe, inner, summaryFont, note) + kGap / 2;
    const qreal eveningsHeight = paintEvenings(nullptr, &probe, data, QRectF(kMargin, 0, inner, 0), QColor(), 1.0);
    const qreal eveningsBlock = eveningsHeight > 0 ? eveningsHeight + kGap / 2 : 0;
    const qreal chartsHeight =
        paintBlocks(nullptr, &probe, blocks, data, colours, QRectF(kMargin, 0, inner, 0), kFullHeight, kHalfHeight, kGap);
    const qreal height = kMargin + titleHeight + kGap / 2 + summaryHeight + kGap / 2 + noteHeight + eveningsBlock + kGap
                         + chartsHeight + kMargin;

    QImage image(QSize(int(kWidth * pixelRatio), int(height * pixelRatio)), QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(pixelRatio);
    image.fill(palette.color(QPalette::Window));
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    qreal y = kMargin;
    y += drawWrapped(painter, QRectF(kMargin, y, inner, titleHeight), titleFont, palette.color(QPalette::WindowText),
                     title(data));
    y += kGap / 2;
    y += drawWrapped(painter, QRectF(kMargin, y, inner, summaryHeight), summaryFont,
                     palette.color(QPalette::WindowText), summary);
    y += kGap / 2;
    if (!note.isEmpty()) {
        y += drawWrapped(painter, QRectF(kMargin, y, inner, noteHeight), summaryFont, palette.color(QPalette::Highlight),
                         note);
        y += kGap / 2;
    }
    if (eveningsHeight > 0) {
        paintEvenings(&painter, &probe, data, QRectF(kMargin, y, inner, 0), palette.color(QPalette::WindowText), 1.0);
        y += eveningsBlock;
    }
    y += kGap;
    ChartPalette onWindow = colours;
    onWindow.text = palette.color(QPalette::WindowText); // headings sit on the window, not on a card
    paintBlocks(&painter, &probe, blocks, data, onWindow, QRectF(kMargin, y, inner, 0), kFullHeight, kHalfHeight, kGap);
    painter.end();
    return image;
}

QByteArray ReviewExport::png(const ReviewData &data, const QPalette &palette, qreal pixelRatio)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    if (!buffer.open(QIODevice::WriteOnly) || !image(data, palette, pixelRatio).save(&buffer, "PNG"))
        return {};
    return bytes;
}

QByteArray ReviewExport::pdf(const ReviewData &data)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    if (!buffer.open(QIODevice::WriteOnly))
        return {};
    {
        QPdfWriter writer(&buffer);
        if (!drawPdf(writer, data))
            return {};
    }
    return bytes;
}

} // namespace holdfast::ui
