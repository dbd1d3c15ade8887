// What the week's urges pulled toward: to message or call them, to look at
// them, to go where they might be, or something else.

#include "ui/review/charts/Charts.h"

#include "ui/review/charts/ChartParts.h"
#include "ui/review/ReviewCharts.h"
#include "ui/review/ReviewText.h"

#include <QBarSeries>
#include <QLegend>

#include <algorithm>

namespace holdfast::ui::charts {

QChart *kindsChart(const ChartPalette &colours)
{
    auto *chart = new QChart;
    styleChart(chart, colours);
    chart->legend()->setVisible(false);
    QStringList categories;
    for (const UrgeKind kind : kAllUrgeKinds)
        categories << ReviewText::urgeKind(kind);
    chart->setProperty(kTipCategories, categories);
    QBarSet *set = barSet(kUrges, ReviewCharts::tr("Urges"), colours.triggers);
    auto *bars = named(new QBarSeries, kBars);
    bars->setBarWidth(0.55);
    bars->append(set);
    countTipOnHover(chart, set);
    auto *kinds = categoryAxis(colours);
    kinds->append(categories);
    QValueAxis *axis = countAxis(colours);
    chart->addAxis(kinds, Qt::AlignBottom);
    chart->addAxis(axis, Qt::AlignLeft);
    addAxes(chart, bars, kinds, axis);
    return chart;
}

void fillKinds(QChart *chart, const ReviewData &data)
{
    const auto &counts = data.report.kinds();
    QList<qreal> values;
    for (const UrgeKind kind : kAllUrgeKinds)
        values << qreal(counts.of(kind));
    setValues(setOf(part<QBarSeries>(chart, kBars), kUrges), values);
    setCountRange(part<QValueAxis>(chart, kCounts), int(*std::max_element(values.begin(), values.end())));
}

} // namespace holdfast::ui::charts
