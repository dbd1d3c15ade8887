#include "ui/review/ReviewCharts.h"

#include "ui/review/ChartPalette.h"
#include "ui/review/ReviewText.h"

#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QCursor>
#include <QGraphicsLayout>
#include <QHorizontalBarSeries>
#include <QLegend>
#include <QLineSeries>
#include <QLocale>
#include <QSet>
#include <QStackedBarSeries>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <functional>
#include <type_traits>

namespace holdfast::ui {

namespace {

constexpr std::size_t kMaxTriggerBars = 7;

// The parts of a chart a week switch refills, found again by objectName.
constexpr auto kResisted = "resisted";
constexpr auto kReachedOut = "reachedOut";
constexpr auto kOther = "other";
constexpr auto kBars = "bars";
constexpr auto kUrges = "urges";
constexpr auto kMean = "mean";
constexpr auto kPeak = "peak";
constexpr auto kMood = "mood";
constexpr auto kSleep = "sleep";
constexpr auto kShare = "share";
constexpr auto kWeekCurve = "weekCurve";
constexpr auto kTrendCurve = "trendCurve";
constexpr auto kCategories = "categories";
constexpr auto kCounts = "counts";
// The chart's property holding the category names its tooltips show (the
// trend's axis shows shorter ones).
constexpr auto kTipCategories = "holdfastTipCategories";

QFont labelFont()
{
    QFont font = QApplication::font();
    if (font.pointSizeF() > 0)
        font.setPointSizeF(font.pointSizeF() * 0.9);
    return font;
}

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

template<typename T>
T *named(T *object, const char *name)
{
    object->setObjectName(QLatin1String(name));
    return object;
}

// The series or axis `name` of `chart`, as build() made it.
template<typename T>
T *part(const QChart *chart, const char *name)
{
    const QLatin1String wanted(name);
    if constexpr (std::is_base_of_v<QAbstractAxis, T>) {
        for (QAbstractAxis *axis : chart->axes()) {
            if (axis->objectName() == wanted)
                return qobject_cast<T *>(axis);
        }
    } else {
        for (QAbstractSeries *series : chart->series()) {
            if (series->objectName() == wanted)
                return qobject_cast<T *>(series);
        }
    }
    Q_ASSERT_X(false, "ReviewCharts", "a chart part is missing");
    return nullptr;
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
                        Qt::PenStyle style = Qt::SolidLine)
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

// ---- one pair of functions per chart: its parts, then this week's figures ----

QChart *urgesPerDayChart(const ChartPalette &colours)
{
    auto *chart = new QChart;
    styleChart(chart, colours);
    auto *bars = named(new QStackedBarSeries, kBars);
    bars->setBarWidth(0.6);
    for (QBarSet *set : {barSet(kResisted, ReviewText::resisted(), colours.resisted),
                         barSet(kReachedOut, ReviewText::reachedOut(), colours.reachedOut),
                         barSet(kOther, ReviewText::otherOutcome(), colours.otherOutcome)}) {
        bars->append(set);
        countTipOnHover(chart, set);
    }
    QLineSeries *mean = lineSeries(kMean, ReviewCharts::tr("Mean intensity"), colours.meanIntensity, 2.5);
    QLineSeries *peak = lineSeries(kPeak, ReviewCharts::tr("Peak intensity"), colours.peakIntensity, 2.0, Qt::DashLine);
    for (const auto &[line, decimals] : {std::pair{mean, 1}, std::pair{peak, 0}}) {
        tipOnHover(line, [chart, line = line, decimals = decimals](QPointF point) {
            return tip(tipCategories(chart).value(int(std::lround(point.x()))), line->name(),
                       QLocale().toString(point.y(), 'f', decimals));
        });
    }

    auto *days7 = categoryAxis(colours);
    QValueAxis *counts = countAxis(colours);
    counts->setTitleText(ReviewCharts::tr("Urges"));
    QValueAxis *intensity = scaleAxis(0, 10, 2, colours);
    intensity->setTitleText(ReviewCharts::tr("Intensity"));
    intensity->setGridLineVisible(false);
    chart->addAxis(days7, Qt::AlignBottom);
    chart->addAxis(counts, Qt::AlignLeft);
    chart->addAxis(intensity, Qt::AlignRight);
    addAxes(chart, bars, days7, counts);
    addAxes(chart, mean, days7, intensity);
    addAxes(chart, peak, days7, intensity);
    return chart;
}

void fillUrgesPerDay(QChart *chart, const ReviewData &data)
{
    const auto &days = data.report.days();
    const QStringList categories = dayCategories(data);
    QList<qreal> resisted;
    QList<qreal> reachedOut;
    QList<qreal> other;
    QList<QPointF> mean;
    QList<QPointF> peak;
    int most = 0;
    bool anyOther = false;
    for (std::size_t i = 0; i < days.size(); ++i) {
        const auto &day = days[i];
        const int others = day.urges - day.resisted - day.reachedOut;
        resisted << day.resisted;
        reachedOut << day.reachedOut;
        other << others;
        anyOther = anyOther || others > 0;
        most = std::max(most, day.urges);
        if (day.meanIntensity)
            mean.append(QPointF(qreal(i), *day.meanIntensity));
        if (day.urges > 0)
            peak.append(QPointF(qreal(i), day.peakIntensity));
    }
    chart->setProperty(kTipCategories, categories);
    setCategories(part<QBarCategoryAxis>(chart, kCategories), categories);
    auto *bars = part<QStackedBarSeries>(chart, kBars);
    setValues(setOf(bars, kResisted), resisted);
    setValues(setOf(bars, kReachedOut), reachedOut);
    // The third kind of outcome gets a bar set, and a legend entry, only in a week that has one.
    QBarSet *otherSet = setOf(bars, kOther);
    setValues(otherSet, other);
    const bool shown = bars->barSets().contains(otherSet);
    if (anyOther && !shown)
        bars->append(otherSet);
    else if (!anyOther && shown && bars->take(otherSet))
        otherSet->setParent(bars); // kept for the next week that has one, deleted with the chart
    setPoints(part<QLineSeries>(chart, kMean), mean);
    setPoints(part<QLineSeries>(chart, kPeak), peak);
    setCountRange(part<QValueAxis>(chart, kCounts), most);
}

QChart *triggersChart(const ChartPalette &colours)
{
    auto *chart = new QChart;
    styleChart(chart, colours);
    chart->legend()->setVisible(false);
    QBarSet *set = barSet(kUrges, ReviewCharts::tr("Urges"), colours.triggers);
    auto *bars = named(new QHorizontalBarSeries, kBars);
    bars->setBarWidth(0.6);
    bars->append(set);
    countTipOnHover(chart, set);
    auto *names = categoryAxis(colours);
    QValueAxis *counts = countAxis(colours);
    chart->addAxis(names, Qt::AlignLeft);
    chart->addAxis(counts, Qt::AlignBottom);
    addAxes(chart, bars, counts, names);
    return chart;
}

void fillTriggers(QChart *chart, const ReviewData &data)
{
    const auto &ranking = data.report.triggerRanking();
    // Most frequent first, the rest folded into one bar so labels stay legible.
    std::vector<std::pair<QString, int>> rows;
    int rest = 0;
    for (std::size_t i = 0; i < ranking.size(); ++i) {
        if (i < kMaxTriggerBars || ranking.size() == kMaxTriggerBars + 1)
            rows.emplace_back(ReviewText::trigger(ranking[i]), ranking[i].count);
        else
            rest += ranking[i].count;
    }
    if (rest > 0)
        rows.emplace_back(ReviewCharts::tr("Everything else"), rest);

    // A horizontal bar chart draws its first category at the bottom.
    QStringList categories;
    QSet<QString> seen;
    QList<qreal> values;
    int most = 0;
    for (auto it = rows.rbegin(); it != rows.rend(); ++it) {
        QString label = it->first;
        for (int n = 2; seen.contains(label); ++n) // a custom trigger named like a built-in one
            label = ReviewCharts::tr("%1 (%2)", "a repeated trigger label").arg(it->first).arg(n);
        seen.insert(label);
        categories << label;
        values << it->second;
        most = std::max(most, it->second);
    }
    chart->setProperty(kTipCategories, categories);
    setCategories(part<QBarCategoryAxis>(chart, kCategories), categories);
    setValues(setOf(part<QHorizontalBarSeries>(chart, kBars), kUrges), values);
    setCountRange(part<QValueAxis>(chart, kCounts), most);
}

QChart *haltChart(const ChartPalette &colours)
{
    auto *chart = new QChart;
    styleChart(chart, colours);
    chart->legend()->setVisible(false);
    QStringList categories;
    for (int i = 0; i < 4; ++i)
        categories << ReviewText::haltFlag(i);
    chart->setProperty(kTipCategories, categories);
    QBarSet *set = barSet(kUrges, ReviewCharts::tr("Urges"), colours.halt);
    auto *bars = named(new QBarSeries, kBars);
    bars->setBarWidth(0.55);
    bars->append(set);
    countTipOnHover(chart, set);
    auto *flags = categoryAxis(colours);
    flags->append(categories);
    QValueAxis *axis = countAxis(colours);
    chart->addAxis(flags, Qt::AlignBottom);
    chart->addAxis(axis, Qt::AlignLeft);
    addAxes(chart, bars, flags, axis);
    return chart;
}

void fillHalt(QChart *chart, const ReviewData &data)
{
    const auto &counts = data.report.halt();
    const QList<qreal> values{qreal(counts.hungry), qreal(counts.angry), qreal(counts.lonely), qreal(counts.tired)};
    setValues(setOf(part<QBarSeries>(chart, kBars), kUrges), values);
    setCountRange(part<QValueAxis>(chart, kCounts), int(*std::max_element(values.begin(), values.end())));
}

QChart *hoursChart(const ChartPalette &colours)
{
    auto *chart = new QChart;
    styleChart(chart, colours);
    chart->legend()->setVisible(false);
    QBarSet *set = barSet(kUrges, ReviewCharts::tr("Urges"), colours.hours);
    auto *bars = named(new QBarSeries, kBars);
    bars->setBarWidth(0.7);
    bars->append(set);
    tipOnHover(set, [set](int index) {
        return tip(ReviewCharts::tr("%1 – %2", "an hour of the day")
                       .arg(ReviewText::hour(index), ReviewText::hour((index + 1) % 24)),
                   set->label(), number(int(set->at(index))));
    });
    // A value axis, not 24 categories: every third hour labelled stays legible when narrow.
    auto *hourAxis = new QValueAxis;
    hourAxis->setRange(-0.5, 23.5);
    hourAxis->setTickType(QValueAxis::TicksDynamic);
    hourAxis->setTickAnchor(0);
    hourAxis->setTickInterval(3);
    hourAxis->setLabelFormat(QStringLiteral("%d:00"));
    hourAxis->setGridLineVisible(false);
    styleAxis(hourAxis, colours);
    hourAxis->setGridLineVisible(false);
    QValueAxis *counts = countAxis(colours);
    chart->addAxis(hourAxis, Qt::AlignBottom);
    chart->addAxis(counts, Qt::AlignLeft);
    addAxes(chart, bars, hourAxis, counts);
    return chart;
}

void fillHours(QChart *chart, const ReviewData &data)
{
    const auto &byHour = data.report.hours();
    QList<qreal> values;
    values.reserve(qsizetype(byHour.size()));
    for (const int count : byHour)
        values << count;
    setValues(setOf(part<QBarSeries>(chart, kBars), kUrges), values);
    setCountRange(part<QValueAxis>(chart, kCounts), *std::max_element(byHour.begin(), byHour.end()));
}

QChart *moodAndSleepChart(const ChartPalette &colours)
{
    auto *chart = new QChart;
    styleChart(chart, colours);
    QLineSeries *mood = lineSeries(kMood, ReviewCharts::tr("Mood"), colours.mood, 2.5);
    QLineSeries *sleep = lineSeries(kSleep, ReviewCharts::tr("Sleep"), colours.sleep, 2.0, Qt::DashLine);
    for (QLineSeries *line : {mood, sleep}) {
        tipOnHover(line, [chart, line](QPointF point) {
            return tip(tipCategories(chart).value(int(std::lround(point.x()))), line->name(),
                       number(int(std::lround(point.y()))));
        });
    }
    auto *axis = categoryAxis(colours);
    QValueAxis *scale = scaleAxis(1, 5, 1, colours);
    scale->setMin(0.6);
    chart->addAxis(axis, Qt::AlignBottom);
    chart->addAxis(scale, Qt::AlignLeft);
    addAxes(chart, mood, axis, scale);
    addAxes(chart, sleep, axis, scale);
    return chart;
}

void fillMoodAndSleep(QChart *chart, const ReviewData &data)
{
    const auto &days = data.report.days();
    const QStringList categories = dayCategories(data);
    QList<QPointF> mood;
    QList<QPointF> sleep;
    for (std::size_t i = 0; i < days.size(); ++i) {
        if (days[i].mood)
            mood.append(QPointF(qreal(i), *days[i].mood));
        if (days[i].sleep)
            sleep.append(QPointF(qreal(i), *days[i].sleep));
    }
    chart->setProperty(kTipCategories, categories);
    setCategories(part<QBarCategoryAxis>(chart, kCategories), categories);
    setPoints(part<QLineSeries>(chart, kMood), mood);
    setPoints(part<QLineSeries>(chart, kSleep), sleep);
}

QChart *trendChart(const ChartPalette &colours)
{
    auto *chart = new QChart;
    styleChart(chart, colours);
    QBarSet *set = barSet(kUrges, ReviewCharts::tr("Urges per week"), colours.trendBars);
    set->setSelectedColor(colours.selectedWeek);
    QLineSeries *share = lineSeries(kShare, ReviewCharts::tr("Resisted (%)"), colours.resistedShare, 2.5);
    auto *bars = named(new QBarSeries, kBars);
    bars->setBarWidth(0.6);
    bars->append(set);
    tipOnHover(set, [chart, set](int index) {
        return tip(ReviewCharts::tr("Week of %1").arg(tipCategories(chart).value(index)), set->label(),
                   number(int(set->at(index))));
    });
    tipOnHover(share, [chart](QPointF point) {
        return tip(ReviewCharts::tr("Week of %1").arg(tipCategories(chart).value(int(std::lround(point.x())))),
                   ReviewCharts::tr("Resisted"), ReviewText::share(point.y() / 100.0));
    });

    auto *weeks = categoryAxis(colours);
    QValueAxis *counts = countAxis(colours);
    counts->setTitleText(ReviewCharts::tr("Urges"));
    QValueAxis *percent = scaleAxis(0, 100, 25, colours);
    percent->setTitleText(ReviewCharts::tr("Resisted (%)"));
    percent->setGridLineVisible(false);
    chart->addAxis(weeks, Qt::AlignBottom);
    chart->addAxis(counts, Qt::AlignLeft);
    chart->addAxis(percent, Qt::AlignRight);
    addAxes(chart, bars, weeks, counts);
    addAxes(chart, share, weeks, percent);
    return chart;
}

void fillTrend(QChart *chart, const ReviewData &data)
{
    const auto &points = data.report.trend();
    QStringList categories; // plain, for tooltips
    QStringList axisLabels;
    QList<qreal> values;
    QList<QPointF> share;
    int most = 0;
    for (std::size_t i = 0; i < points.size(); ++i) {
        categories << ReviewText::weekShort(points[i].weekStart);
        axisLabels << ReviewText::weekAxisLabel(points[i].weekStart);
        values << points[i].urges;
        most = std::max(most, points[i].urges);
        if (points[i].resistedShare)
            share.append(QPointF(qreal(i), *points[i].resistedShare * 100.0));
    }
    chart->setProperty(kTipCategories, categories);
    setCategories(part<QBarCategoryAxis>(chart, kCategories), axisLabels);
    QBarSet *set = setOf(part<QBarSeries>(chart, kBars), kUrges);
    setValues(set, values);
    // The selected week, the last, stands out.
    const QList<int> selected = points.empty() ? QList<int>{} : QList<int>{int(points.size()) - 1};
    if (set->selectedBars() != selected) {
        set->deselectAllBars();
        set->selectBars(selected);
    }
    setPoints(part<QLineSeries>(chart, kShare), share);
    setCountRange(part<QValueAxis>(chart, kCounts), most);
}

QChart *urgeCurveChart(const ChartPalette &colours)
{
    auto *chart = new QChart;
    styleChart(chart, colours);
    const int lastMinute = UrgeCurve::kDefaultLastMinute;
    QLineSeries *week = lineSeries(kWeekCurve, ReviewCharts::tr("This week"), colours.curveWeek, 3.0);
    QLineSeries *window =
        lineSeries(kTrendCurve, ReviewCharts::tr("Last 12 weeks"), colours.curveTrend, 2.0, Qt::DashLine);
    QLineSeries *half = lineSeries("half", ReviewCharts::tr("Half of the start"), colours.quietText, 1.0, Qt::DotLine);
    half->append(0, 50);
    half->append(lastMinute, 50);
    for (QLineSeries *line : {week, window}) {
        tipOnHover(line, [line](QPointF point) {
            return tip(ReviewCharts::tr("Minute %1").arg(int(std::lround(point.x()))), line->name(),
                       ReviewText::share(point.y() / 100.0));
        });
        line->setPointsVisible(false); // a point a minute is noise; the line still answers hovering
    }

    QValueAxis *minutes = scaleAxis(0, lastMinute, 5, colours);
    minutes->setMax(lastMinute);
    minutes->setTitleText(ReviewCharts::tr("Minutes after the first rating"));
    minutes->setGridLineVisible(false);
    QValueAxis *strength = scaleAxis(0, 100, 25, colours);
    strength->setTitleText(ReviewCharts::tr("Strength (%)"));
    chart->addAxis(minutes, Qt::AlignBottom);
    chart->addAxis(strength, Qt::AlignLeft);
    for (QLineSeries *line : {week, window, half})
        addAxes(chart, line, minutes, strength);
    return chart;
}

QList<QPointF> curvePoints(const std::vector<UrgeCurvePoint> &curve)
{
    QList<QPointF> points;
    points.reserve(qsizetype(curve.size()));
    for (const auto &point : curve)
        points.append(QPointF(point.minute, point.relativeIntensity * 100.0));
    return points;
}

void fillUrgeCurve(QChart *chart, const ReviewData &data)
{
    setPoints(part<QLineSeries>(chart, kWeekCurve), curvePoints(data.weekCurve));
    setPoints(part<QLineSeries>(chart, kTrendCurve), curvePoints(data.trendCurve));
}

} // namespace

QChart *ReviewCharts::build(Kind kind, const ReviewData &data, const ChartPalette &colours)
{
    QChart *chart = nullptr;
    switch (kind) {
    case Kind::UrgesPerDay:
        chart = urgesPerDayChart(colours);
        break;
    case Kind::Triggers:
        chart = triggersChart(colours);
        break;
    case Kind::Halt:
        chart = haltChart(colours);
        break;
    case Kind::Hours:
        chart = hoursChart(colours);
        break;
    case Kind::MoodAndSleep:
        chart = moodAndSleepChart(colours);
        break;
    case Kind::Trend:
        chart = trendChart(colours);
        break;
    case Kind::UrgeCurve:
        chart = urgeCurveChart(colours);
        break;
    }
    update(kind, chart, data);
    return chart;
}

void ReviewCharts::update(Kind kind, QChart *chart, const ReviewData &data)
{
    switch (kind) {
    case Kind::UrgesPerDay:
        fillUrgesPerDay(chart, data);
        break;
    case Kind::Triggers:
        fillTriggers(chart, data);
        break;
    case Kind::Halt:
        fillHalt(chart, data);
        break;
    case Kind::Hours:
        fillHours(chart, data);
        break;
    case Kind::MoodAndSleep:
        fillMoodAndSleep(chart, data);
        break;
    case Kind::Trend:
        fillTrend(chart, data);
        break;
    case Kind::UrgeCurve:
        fillUrgeCurve(chart, data);
        break;
    }
    // New labels and legend entries ask for a layout, which Qt would run from
    // a posted event after the first repaint and then repaint again; laid out
    // now, the switch repaints once.
    if (chart->layout() && chart->scene())
        chart->layout()->activate();
}

QString ReviewCharts::title(Kind kind)
{
    switch (kind) {
    case Kind::UrgesPerDay:
        return tr("Urges per day");
    case Kind::Triggers:
        return tr("What set them off");
    case Kind::Halt:
        return tr("Hungry, angry, lonely, tired");
    case Kind::Hours:
        return tr("Time of day");
    case Kind::MoodAndSleep:
        return tr("Mood and sleep");
    case Kind::Trend:
        return tr("The last 12 weeks");
    case Kind::UrgeCurve:
        break;
    }
    return tr("How urges pass");
}

QString ReviewCharts::caption(Kind kind, const ReviewData &data)
{
    const WeeklyReport &report = data.report;
    const bool empty = isEmpty(kind, data);
    switch (kind) {
    case Kind::UrgesPerDay:
        if (empty)
            return tr("No urges logged this week.");
        return tr("Resisted and reached out each day; the lines show the mean and peak intensity (0–10). "
                  "Mean %1, peak %2 this week.")
            .arg(ReviewText::intensity(report.totals().meanIntensity), number(report.totals().peakIntensity));
    case Kind::Triggers:
        return empty ? tr("No triggers noted this week.") : tr("What you noted as the trigger, most frequent first.");
    case Kind::Halt:
        return empty ? tr("No HALT flags this week.")
                     : tr("How often you were hungry, angry, lonely or tired when an urge came.");
    case Kind::Hours:
        return empty ? tr("No urges logged this week.") : tr("When your urges started, by hour of the day.");
    case Kind::MoodAndSleep:
        return empty ? tr("No check-ins this week.") : tr("From your morning check-ins, 1 (low) to 5 (good).");
    case Kind::Trend:
        return empty ? tr("No urges in the last 12 weeks.")
                     : tr("Urges per week, and the share of them you resisted. The selected week is highlighted.");
    case Kind::UrgeCurve:
        break;
    }
    if (empty)
        return tr("Rate an urge more than once while you wait it out, and this curve shows how quickly urges fade.");
    if (data.weekMinutesToHalf && data.trendMinutesToHalf) {
        return tr("Urges fell below half their starting strength after %1 this week (median), %2 over 12 weeks.")
            .arg(ReviewText::minutes(data.weekMinutesToHalf), ReviewText::minutes(data.trendMinutesToHalf));
    }
    if (data.trendMinutesToHalf) {
        return tr("Over 12 weeks, urges fell below half their starting strength after %1 (median).")
            .arg(ReviewText::minutes(data.trendMinutesToHalf));
    }
    return tr("How the strength of an urge changed while you waited it out.");
}

bool ReviewCharts::isEmpty(Kind kind, const ReviewData &data)
{
    const WeeklyReport &report = data.report;
    switch (kind) {
    case Kind::UrgesPerDay:
    case Kind::Hours:
        return report.totals().urges == 0;
    case Kind::Triggers:
        return report.triggerRanking().empty();
    case Kind::Halt: {
        const auto &h = report.halt();
        return h.hungry + h.angry + h.lonely + h.tired == 0;
    }
    case Kind::MoodAndSleep:
        return std::none_of(report.days().begin(), report.days().end(),
                            [](const auto &day) { return day.mood || day.sleep; });
    case Kind::Trend:
        return std::none_of(report.trend().begin(), report.trend().end(),
                            [](const auto &point) { return point.urges > 0; });
    case Kind::UrgeCurve:
        break;
    }
    return data.weekCurve.empty() && data.trendCurve.empty();
}

QString ReviewCharts::objectName(Kind kind)
{
    switch (kind) {
    case Kind::UrgesPerDay:
        return QStringLiteral("reviewUrgesPerDayChart");
    case Kind::Triggers:
        return QStringLiteral("reviewTriggersChart");
    case Kind::Halt:
        return QStringLiteral("reviewHaltChart");
    case Kind::Hours:
        return QStringLiteral("reviewHoursChart");
    case Kind::MoodAndSleep:
        return QStringLiteral("reviewMoodChart");
    case Kind::Trend:
        return QStringLiteral("reviewTrendChart");
    case Kind::UrgeCurve:
        break;
    }
    return QStringLiteral("reviewUrgeCurveChart");
}

} // namespace holdfast::ui
