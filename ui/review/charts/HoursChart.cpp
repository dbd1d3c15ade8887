// The hours of the day the week's urges came at.

#include "ui/review/charts/Charts.h"

#include "ui/review/charts/ChartParts.h"
#include "ui/review/ReviewCharts.h"
#include "ui/review/ReviewText.h"

#include <QBarSeries>
#include <QLegend>

#include <algorithm>

namespace holdfast::ui::charts {

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

} // namespace holdfast::ui::charts
