#include "ui/review/charts/ChartParts.h"

#include "ui/review/ReviewCharts.h"
#include "ui/review/ReviewText.h"

#include <QApplication>
#include <QCursor>
#include <QGraphicsLayout>
#include <QLegend>
#include <QLocale>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace holdfast::ui::charts {

namespace {

QFont labelFont()
{
    QFont font = QApplication::font();
    if (font.pointSizeF() > 0)
        font.setPointSizeF(font.pointSizeF() * 0.9);
    return font;
}

} // namespace

void styleChart(QChart *chart, const ChartPalette &colours)
{
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundBrush(colours.background);
    chart->setBackgroundPen(Qt::NoPen);
    chart->setBackgroundRoundness(0);
    chart->setPlotAreaBackgroundVisible(false);
    chart->setMargins(QMargins(2, 4, 2, 2));
    chart->layout()->setContentsMargins(0, 0, 0, 0);
    chart->setTitleBrush(colours.text);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->legend()->setFont(labelFont());
    chart->legend()->setLabelColor(colours.text);
    chart->legend()->setBackgroundVisible(false);
}

void styleAxis(QAbstractAxis *axis, const ChartPalette &colours)
{
    axis->setLabelsFont(labelFont());
    axis->setLabelsBrush(colours.text);
    axis->setTitleFont(labelFont());
    axis->setTitleBrush(colours.quietText);
    axis->setGridLineColor(colours.grid);
    axis->setMinorGridLineVisible(false);
    axis->setLinePenColor(colours.grid);
    axis->setShadesVisible(false);
}

// A bar set of `series`, also one taken out of it (the series stays its parent).
QBarSet *setOf(const QAbstractBarSeries *series, const char *name)
{
    const QLatin1String wanted(name);
    for (QBarSet *set : series->barSets()) {
        if (set->objectName() == wanted)
            return set;
    }
    return series->findChild<QBarSet *>(wanted);
}

// A count axis from zero with whole-number ticks, at least up to 3 so a
// single urge doesn't fill the chart, and a step above the tallest bar.
void setCountRange(QValueAxis *axis, int maximum)
{
    int top = std::max(3, maximum + 1);
    int step = 1;
    if (top > 6) {
        step = (top + 4) / 5;
        top = step * 5;
    }
    // Each change lays the axis out again: only what differs.
    if (axis->min() != 0 || axis->max() != top)
        axis->setRange(0, top);
    if (axis->tickInterval() != step)
        axis->setTickInterval(step);
}

QValueAxis *countAxis(const ChartPalette &colours)
{
    auto *axis = named(new QValueAxis, kCounts);
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickAnchor(0);
    setCountRange(axis, 0);
    axis->setLabelFormat(QStringLiteral("%d"));
    styleAxis(axis, colours);
    return axis;
}

// A fixed scale with a little headroom so points at the top are not cut in half.
QValueAxis *scaleAxis(double low, double high, double step, const ChartPalette &colours)
{
    auto *axis = new QValueAxis;
    axis->setRange(low, high + step * 0.1);
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickAnchor(std::ceil(low));
    axis->setTickInterval(step);
    axis->setLabelFormat(QStringLiteral("%d"));
    styleAxis(axis, colours);
    return axis;
}

QBarCategoryAxis *categoryAxis(const ChartPalette &colours)
{
    auto *axis = named(new QBarCategoryAxis, kCategories);
    styleAxis(axis, colours);
    axis->setGridLineVisible(false);
    return axis;
}

// Changes the categories only when they differ: each change lays the axis out again.
void setCategories(QBarCategoryAxis *axis, const QStringList &categories)
{
    if (axis->categories() != categories)
        axis->setCategories(categories);
}

QBarSet *barSet(const char *name, const QString &label, const QColor &colour)
{
    auto *set = named(new QBarSet(label), name);
    set->setColor(colour);
    set->setBorderColor(colour);
    return set;
}

// Replaces the values of `set`, touching only those that changed: every
// change makes the series lay its bars out again.
void setValues(QBarSet *set, const QList<qreal> &values)
{
    if (set->count() != values.size()) {
        if (set->count() > 0)
            set->remove(0, set->count());
        set->append(values);
        return;
    }
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (set->at(int(i)) != values[i])
            set->replace(int(i), values[i]);
    }
}

void setPoints(QXYSeries *series, const QList<QPointF> &points)
{
    if (series->points() != points)
        series->replace(points);
}

QLineSeries *lineSeries(const char *name, const QString &label, const QColor &colour, qreal width,
                        Qt::PenStyle style)
{
    auto *series = named(new QLineSeries, name);
    series->setName(label);
    QPen pen(colour, width, style, Qt::RoundCap, Qt::RoundJoin);
    series->setPen(pen);
    return series;
}

void addAxes(QChart *chart, QAbstractSeries *series, QAbstractAxis *horizontal, QAbstractAxis *vertical)
{
    chart->addSeries(series);
    series->attachAxis(horizontal);
    series->attachAxis(vertical);
}

QStringList tipCategories(const QChart *chart)
{
    return chart->property(kTipCategories).toStringList();
}

// Hovering a bar or a point shows its value: the chart's figures without the table.
void tipOnHover(QBarSet *set, std::function<QString(int)> textFor)
{
    QObject::connect(set, &QBarSet::hovered, set, [textFor = std::move(textFor)](bool status, int index) {
        if (status)
            QToolTip::showText(QCursor::pos(), textFor(index));
        else
            QToolTip::hideText();
    });
}

void tipOnHover(QXYSeries *series, std::function<QString(QPointF)> textFor)
{
    series->setPointsVisible(true);
    QObject::connect(series, &QXYSeries::hovered, series,
                     [textFor = std::move(textFor)](const QPointF &point, bool state) {
                         if (state)
                             QToolTip::showText(QCursor::pos(), textFor(point));
                         else
                             QToolTip::hideText();
                     });
}

QString tip(const QString &where, const QString &what, const QString &value)
{
    return ReviewCharts::tr("%1\n%2: %3", "chart tooltip: category, series, value").arg(where, what, value);
}

QString number(int value)
{
    return QLocale().toString(value);
}

QStringList dayCategories(const ReviewData &data)
{
    QStringList categories;
    for (const auto &day : data.report.days())
        categories << ReviewText::dayShort(day.date);
    return categories;
}

// A bar's value under its category: "Tue 24\nResisted: 1".
void countTipOnHover(QChart *chart, QBarSet *set)
{
    tipOnHover(set, [chart, set](int index) {
        return tip(tipCategories(chart).value(index), set->label(), number(int(set->at(index))));
    });
}

} // namespace holdfast::ui::charts
