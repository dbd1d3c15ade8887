// What set the week's urges off, most frequent first.

#include "ui/review/charts/Charts.h"

#include "ui/review/charts/ChartParts.h"
#include "ui/review/ReviewCharts.h"
#include "ui/review/ReviewText.h"

#include <QHorizontalBarSeries>
#include <QLegend>
#include <QSet>

#include <algorithm>
#include <utility>
#include <vector>

namespace holdfast::ui::charts {

namespace {

constexpr std::size_t kMaxTriggerBars = 7;

} // namespace

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

} // namespace holdfast::ui::charts
