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

namespace holdfast::ui {

namespace {

constexpr std::size_t kMaxTriggerBars = 7;

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

// A count axis from zero with whole-number ticks, at least up to 3 so a
// single urge doesn't fill the chart, and a step above the tallest bar.
QValueAxis *countAxis(int maximum, const ChartPalette &colours)
{
    auto *axis = new QValueAxis;
    int top = std::max(3, maximum + 1);
    int step = 1;
    if (top > 6) {
        step = (top + 4) / 5;
        top = step * 5;
    }
    axis->setRange(0, top);
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickAnchor(0);
    axis->setTickInterval(step);
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

QBarCategoryAxis *categoryAxis(const QStringList &categories, const ChartPalette &colours)
{
    auto *axis = new QBarCategoryAxis;
    axis->append(categories);
    styleAxis(axis, colours);
    axis->setGridLineVisible(false);
    return axis;
}

QBarSet *barSet(const QString &label, const QColor &colour)
{
    auto *set = new QBarSet(label);
    set->setColor(colour);
    set->setBorderColor(colour);
    return set;
}

QLineSeries *lineSeries(const QString &name, const QColor &colour, qreal width, Qt::PenStyle style = Qt::SolidLine)
{
    auto *series = new QLineSeries;
    series->setName(name);
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

QChart *urgesPerDay(const ReviewData &data, const ChartPalette &colours)
{
    auto *chart = new QChart;
    styleChart(chart, colours);
    const auto &days = data.report.days();
    const QStringList categories = dayCategories(data);

    QBarSet *resisted = barSet(ReviewText::resisted(), colours.resisted);
    QBarSet *reachedOut = barSet(ReviewText::reachedOut(), colours.reachedOut);
    QBarSet *other = barSet(ReviewText::otherOutcome(), colours.otherOutcome);
    int most = 0;
    bool anyOther = false;
    for (const auto &day : days) {
        const int others = day.urges - day.resisted - day.reachedOut;
        *resisted << day.resisted;
        *reachedOut << day.reachedOut;
        *other << others;
        anyOther = anyOther || others > 0;
        most = std::max(most, day.urges);
    }
    auto *bars = new QStackedBarSeries;
    bars->setBarWidth(0.6);
    for (QBarSet *set : {resisted, reachedOut, other}) {
        if (set == other && !anyOther) {
            delete other;
            continue;
        }
        bars->append(set);
        tipOnHover(set, [set, categories](int index) {
            return tip(categories.value(index), set->label(), number(int(set->at(index))));
        });
    }

    QLineSeries *mean = lineSeries(ReviewCharts::tr("Mean intensity"), colours.meanIntensity, 2.5);
    QLineSeries *peak = lineSeries(ReviewCharts::tr("Peak intensity"), colours.peakIntensity, 2.0, Qt::DashLine);
    for (std::size_t i = 0; i < days.size(); ++i) {
        if (days[i].meanIntensity)
            mean->append(qreal(i), *days[i].meanIntensity);
        if (days[i].urges > 0)
            peak->append(qreal(i), days[i].peakIntensity);
    }
    for (const auto &[line, decimals] : {std::pair{mean, 1}, std::pair{peak, 0}}) {
        tipOnHover(line, [line = line, decimals = decimals, categories](QPointF point) {
            return tip(categories.value(int(std::lround(point.x()))), line->name(),
                       QLocale().toString(point.y(), 'f', decimals));
        });
    }

    auto *days7 = categoryAxis(categories, colours);
    QValueAxis *counts = countAxis(most, colours);
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

QChart *triggers(const ReviewData &data, const ChartPalette &colours)
{
    auto *chart = new QChart;
    styleChart(chart, colours);
    chart->legend()->setVisible(false);
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
    QBarSet *set = barSet(ReviewCharts::tr("Urges"), colours.triggers);
    int most = 0;
    for (auto it = rows.rbegin(); it != rows.rend(); ++it) {
        QString label = it->first;
        for (int n = 2; seen.contains(label); ++n) // a custom trigger named like a built-in one
            label = ReviewCharts::tr("%1 (%2)", "a repeated trigger label").arg(it->first).arg(n);
        seen.insert(label);
        categories << label;
        *set << it->second;
        most = std::max(most, it->second);
    }
    auto *bars = new QHorizontalBarSeries;
    bars->setBarWidth(0.6);
    bars->append(set);
    tipOnHover(set, [set, categories](int index) {
        return tip(categories.value(index), set->label(), number(int(set->at(index))));
    });

    auto *names = categoryAxis(categories, colours);
    QValueAxis *counts = countAxis(most, colours);
    chart->addAxis(names, Qt::AlignLeft);
    chart->addAxis(counts, Qt::AlignBottom);
    addAxes(chart, bars, counts, names);
    return chart;
}

QChart *halt(const ReviewData &data, const ChartPalette &colours)
{
    auto *chart = new QChart;
    styleChart(chart, colours);
    chart->legend()->setVisible(false);
    const auto &counts = data.report.halt();
    const std::array<int, 4> values{counts.hungry, counts.angry, counts.lonely, counts.tired};
    QStringList categories;
    QBarSet *set = barSet(ReviewCharts::tr("Urges"), colours.halt);
    for (int i = 0; i < 4; ++i) {
        categories << ReviewText::haltFlag(i);
        *set << values[std::size_t(i)];
    }
    auto *bars = new QBarSeries;
    bars->setBarWidth(0.55);
    bars->append(set);
    tipOnHover(set, [set, categories](int index) {
        return tip(categories.value(index), set->label(), number(int(set->at(index))));
    });
    auto *flags = categoryAxis(categories, colours);
    QValueAxis *axis = countAxis(*std::max_element(values.begin(), values.end()), colours);
    chart->addAxis(flags, Qt::AlignBottom);
    chart->addAxis(axis, Qt::AlignLeft);
    addAxes(chart, bars, flags, axis);
    return chart;
}

QChart *hours(const ReviewData &data, const ChartPalette &colours)
{
    auto *chart = new QChart;
    styleChart(chart, colours);
    chart->legend()->setVisible(false);
    const auto &byHour = data.report.hours();
    QBarSet *set = barSet(ReviewCharts::tr("Urges"), colours.hours);
    for (const int count : byHour)
        *set << count;
    auto *bars = new QBarSeries;
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
    QValueAxis *counts = countAxis(*std::max_element(byHour.begin(), byHour.end()), colours);
    chart->addAxis(hourAxis, Qt::AlignBottom);
    chart->addAxis(counts, Qt::AlignLeft);
    addAxes(chart, bars, hourAxis, counts);
    return chart;
}

QChart *moodAndSleep(const ReviewData &data, const ChartPalette &colours)
{
    auto *chart = new QChart;
    styleChart(chart, colours);
    const auto &days = data.report.days();
    const QStringList categories = dayCategories(data);
    QLineSeries *mood = lineSeries(ReviewCharts::tr("Mood"), colours.mood, 2.5);
    QLineSeries *sleep = lineSeries(ReviewCharts::tr("Sleep"), colours.sleep, 2.0, Qt::DashLine);
    for (std::size_t i = 0; i < days.size(); ++i) {
        if (days[i].mood)
            mood->append(qreal(i), *days[i].mood);
        if (days[i].sleep)
            sleep->append(qreal(i), *days[i].sleep);
    }
    for (QLineSeries *line : {mood, sleep}) {
        tipOnHover(line, [line, categories](QPointF point) {
            return tip(categories.value(int(std::lround(point.x()))), line->name(), number(int(std::lround(point.y()))));
        });
    }
    auto *axis = categoryAxis(categories, colours);
    QValueAxis *scale = scaleAxis(1, 5, 1, colours);
    scale->setMin(0.6);
    chart->addAxis(axis, Qt::AlignBottom);
    chart->addAxis(scale, Qt::AlignLeft);
    addAxes(chart, mood, axis, scale);
    addAxes(chart, sleep, axis, scale);
    return chart;
}

QChart *trend(const ReviewData &data, const ChartPalette &colours)
{
    auto *chart = new QChart;
    styleChart(chart, colours);
    const auto &points = data.report.trend();
    QStringList categories; // plain, for tooltips
    QStringList axisLabels;
    QBarSet *set = barSet(ReviewCharts::tr("Urges per week"), colours.trendBars);
    set->setSelectedColor(colours.selectedWeek);
    QLineSeries *share = lineSeries(ReviewCharts::tr("Resisted (%)"), colours.resistedShare, 2.5);
    int most = 0;
    for (std::size_t i = 0; i < points.size(); ++i) {
        categories << ReviewText::weekShort(points[i].weekStart);
        axisLabels << ReviewText::weekAxisLabel(points[i].weekStart);
        *set << points[i].urges;
        most = std::max(most, points[i].urges);
        if (points[i].resistedShare)
            share->append(qreal(i), *points[i].resistedShare * 100.0);
    }
    if (!points.empty())
        set->selectBar(int(points.size()) - 1); // the selected week stands out
    auto *bars = new QBarSeries;
    bars->setBarWidth(0.6);
    bars->append(set);
    tipOnHover(set, [set, categories](int index) {
        return tip(ReviewCharts::tr("Week of %1").arg(categories.value(index)), set->label(),
                   number(int(set->at(index))));
    });
    tipOnHover(share, [categories](QPointF point) {
        return tip(ReviewCharts::tr("Week of %1").arg(categories.value(int(std::lround(point.x())))),
                   ReviewCharts::tr("Resisted"), ReviewText::share(point.y() / 100.0));
    });

    auto *weeks = categoryAxis(axisLabels, colours);
    QValueAxis *counts = countAxis(most, colours);
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

QChart *urgeCurve(const ReviewData &data, const ChartPalette &colours)
{
    auto *chart = new QChart;
    styleChart(chart, colours);
    const int lastMinute = UrgeCurve::kDefaultLastMinute;
    QLineSeries *week = lineSeries(ReviewCharts::tr("This week"), colours.curveWeek, 3.0);
    QLineSeries *window = lineSeries(ReviewCharts::tr("Last 12 weeks"), colours.curveTrend, 2.0, Qt::DashLine);
    QLineSeries *half = lineSeries(ReviewCharts::tr("Half of the start"), colours.quietText, 1.0, Qt::DotLine);
    for (const auto &point : data.weekCurve)
        week->append(point.minute, point.relativeIntensity * 100.0);
    for (const auto &point : data.trendCurve)
        window->append(point.minute, point.relativeIntensity * 100.0);
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

} // namespace

QChart *ReviewCharts::build(Kind kind, const ReviewData &data, const ChartPalette &colours)
{
    switch (kind) {
    case Kind::UrgesPerDay:
        return urgesPerDay(data, colours);
    case Kind::Triggers:
        return triggers(data, colours);
    case Kind::Halt:
        return halt(data, colours);
    case Kind::Hours:
        return hours(data, colours);
    case Kind::MoodAndSleep:
        return moodAndSleep(data, colours);
    case Kind::Trend:
        return trend(data, colours);
    case Kind::UrgeCurve:
        break;
    }
    return urgeCurve(data, colours);
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
