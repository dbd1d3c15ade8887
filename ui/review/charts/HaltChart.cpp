// Hungry, angry, lonely, tired: how often each was there when an urge came.

#include "ui/review/charts/Charts.h"

#include "ui/review/charts/ChartParts.h"
#include "ui/review/ReviewCharts.h"
#include "ui/review/ReviewText.h"

#include <QBarSeries>
#include <QLegend>

#include <algorithm>

namespace holdfast::ui::charts {

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

} // namespace holdfast::ui::charts
