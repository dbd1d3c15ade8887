#include "ui/review/ReviewCharts.h"

#include "ui/review/ChartPalette.h"
#include "ui/review/ReviewText.h"
#include "ui/review/charts/ChartParts.h"
#include "ui/review/charts/Charts.h"

#include <QChart>
#include <QGraphicsLayout>

#include <algorithm>

namespace holdfast::ui {

QChart *ReviewCharts::build(Kind kind, const ReviewData &data, const ChartPalette &colours)
{
    QChart *chart = nullptr;
    switch (kind) {
    case Kind::UrgesPerDay:
        chart = charts::urgesPerDayChart(colours);
        break;
    case Kind::Triggers:
        chart = charts::triggersChart(colours);
        break;
    case Kind::Halt:
        chart = charts::haltChart(colours);
        break;
    case Kind::UrgeKinds:
        chart = charts::kindsChart(colours);
        break;
    case Kind::Hours:
        chart = charts::hoursChart(colours);
        break;
    case Kind::MoodAndSleep:
        chart = charts::moodAndSleepChart(colours);
        break;
    case Kind::Trend:
        chart = charts::trendChart(colours);
        break;
    case Kind::UrgeCurve:
        chart = charts::urgeCurveChart(colours);
        break;
    }
    update(kind, chart, data);
    return chart;
}

void ReviewCharts::update(Kind kind, QChart *chart, const ReviewData &data)
{
    switch (kind) {
    case Kind::UrgesPerDay:
        charts::fillUrgesPerDay(chart, data);
        break;
    case Kind::Triggers:
        charts::fillTriggers(chart, data);
        break;
    case Kind::Halt:
        charts::fillHalt(chart, data);
        break;
    case Kind::UrgeKinds:
        charts::fillKinds(chart, data);
        break;
    case Kind::Hours:
        charts::fillHours(chart, data);
        break;
    case Kind::MoodAndSleep:
        charts::fillMoodAndSleep(chart, data);
        break;
    case Kind::Trend:
        charts::fillTrend(chart, data);
        break;
    case Kind::UrgeCurve:
        charts::fillUrgeCurve(chart, data);
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
    case Kind::UrgeKinds:
        return tr("What the pull was");
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
            .arg(ReviewText::intensity(report.totals().meanIntensity), charts::number(report.totals().peakIntensity));
    case Kind::Triggers:
        return empty ? tr("No triggers noted this week.") : tr("What you noted as the trigger, most frequent first.");
    case Kind::Halt:
        return empty ? tr("No HALT flags this week.")
                     : tr("How often you were hungry, angry, lonely or tired when an urge came.");
    case Kind::Hours:
        return empty ? tr("No urges logged this week.") : tr("When your urges started, by hour of the day.");
    case Kind::UrgeKinds:
        return empty ? tr("No urges logged this week.")
                     : tr("To message or call them, to look at them, to go where they might be, or something else.");
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
    case Kind::UrgeKinds:
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
    case Kind::UrgeKinds:
        return QStringLiteral("reviewKindsChart");
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
