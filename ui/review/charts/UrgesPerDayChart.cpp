// The urges of each day of the week by outcome, with their mean and peak intensity.

#include "ui/review/charts/Charts.h"

#include "ui/review/charts/ChartParts.h"
#include "ui/review/ReviewCharts.h"
#include "ui/review/ReviewText.h"

#include <QLineSeries>
#include <QLocale>
#include <QStackedBarSeries>

#include <algorithm>
#include <cmath>
#include <utility>

namespace holdfast::ui::charts {

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

} // namespace holdfast::ui::charts
