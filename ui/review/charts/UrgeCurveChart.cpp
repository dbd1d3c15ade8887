// How strong an urge was minute by minute against its start: this week and the last 12 weeks.

#include "ui/review/charts/Charts.h"

#include "ui/review/charts/ChartParts.h"
#include "ui/review/ReviewCharts.h"
#include "ui/review/ReviewText.h"

#include <QLineSeries>

#include <cmath>
#include <vector>

namespace holdfast::ui::charts {

namespace {

QList<QPointF> curvePoints(const std::vector<UrgeCurvePoint> &curve)
{
    QList<QPointF> points;
    points.reserve(qsizetype(curve.size()));
    for (const auto &point : curve)
        points.append(QPointF(point.minute, point.relativeIntensity * 100.0));
    return points;
}

} // namespace

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

void fillUrgeCurve(QChart *chart, const ReviewData &data)
{
    setPoints(part<QLineSeries>(chart, kWeekCurve), curvePoints(data.weekCurve));
    setPoints(part<QLineSeries>(chart, kTrendCurve), curvePoints(data.trendCurve));
}

} // namespace holdfast::ui::charts
