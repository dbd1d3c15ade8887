// The last weeks: urges per week and the share resisted.

#include "ui/review/charts/Charts.h"

#include "ui/review/charts/ChartParts.h"
#include "ui/review/ReviewCharts.h"
#include "ui/review/ReviewText.h"

#include <QBarSeries>
#include <QLineSeries>

#include <algorithm>
#include <cmath>

namespace holdfast::ui::charts {

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

} // namespace holdfast::ui::charts
