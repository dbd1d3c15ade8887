#pragma once

// One pair of functions per chart of the weekly review, each pair in its own
// file: the chart's parts, themed, and then a week's figures put into them.
// ReviewCharts picks the pair by kind.

#include "model/ReviewData.h"

class QChart;

namespace holdfast::ui {
struct ChartPalette;
}

namespace holdfast::ui::charts {

QChart *urgesPerDayChart(const ChartPalette &colours);
void fillUrgesPerDay(QChart *chart, const ReviewData &data);
QChart *triggersChart(const ChartPalette &colours);
void fillTriggers(QChart *chart, const ReviewData &data);
QChart *haltChart(const ChartPalette &colours);
void fillHalt(QChart *chart, const ReviewData &data);
QChart *kindsChart(const ChartPalette &colours);
void fillKinds(QChart *chart, const ReviewData &data);
QChart *hoursChart(const ChartPalette &colours);
void fillHours(QChart *chart, const ReviewData &data);
QChart *moodAndSleepChart(const ChartPalette &colours);
void fillMoodAndSleep(QChart *chart, const ReviewData &data);
QChart *trendChart(const ChartPalette &colours);
void fillTrend(QChart *chart, const ReviewData &data);
QChart *urgeCurveChart(const ChartPalette &colours);
void fillUrgeCurve(QChart *chart, const ReviewData &data);

} // namespace holdfast::ui::charts
