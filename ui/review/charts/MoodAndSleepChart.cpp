// The morning check-ins' mood and sleep, day by day through the week.

#include "ui/review/charts/Charts.h"

#include "ui/review/charts/ChartParts.h"
#include "ui/review/ReviewCharts.h"
#include "ui/review/ReviewText.h"

#include <QLineSeries>

#include <cmath>

namespace holdfast::ui::charts {

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

} // namespace holdfast::ui::charts
