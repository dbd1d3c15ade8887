#pragma once

// The parts every chart of the weekly review is made of, and the names by
// which a week switch finds them again: styling from the ChartPalette, the
// axes, bar sets and lines, their values set only where they change, and the
// tooltips that show a bar's or a point's value on hover. Only the chart
// builders in this folder use them.

#include "model/ReviewData.h"
#include "ui/review/ChartPalette.h"

#include <QAbstractAxis>
#include <QAbstractBarSeries>
#include <QAbstractSeries>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QLineSeries>
#include <QList>
#include <QPointF>
#include <QString>
#include <QStringList>
#include <QValueAxis>
#include <QXYSeries>

#include <functional>
#include <type_traits>

namespace holdfast::ui::charts {

// The parts of a chart a week switch refills, found again by objectName.
inline constexpr auto kResisted = "resisted";
inline constexpr auto kReachedOut = "reachedOut";
inline constexpr auto kOther = "other";
inline constexpr auto kBars = "bars";
inline constexpr auto kUrges = "urges";
inline constexpr auto kMean = "mean";
inline constexpr auto kPeak = "peak";
inline constexpr auto kMood = "mood";
inline constexpr auto kSleep = "sleep";
inline constexpr auto kShare = "share";
inline constexpr auto kWeekCurve = "weekCurve";
inline constexpr auto kTrendCurve = "trendCurve";
inline constexpr auto kCategories = "categories";
inline constexpr auto kCounts = "counts";
// The chart's property holding the category names its tooltips show (the
// trend's axis shows shorter ones).
inline constexpr auto kTipCategories = "holdfastTipCategories";

template<typename T>
T *named(T *object, const char *name)
{
    object->setObjectName(QLatin1String(name));
    return object;
}

// The series or axis `name` of `chart`, as build() made it.
template<typename T>
T *part(const QChart *chart, const char *name)
{
    const QLatin1String wanted(name);
    if constexpr (std::is_base_of_v<QAbstractAxis, T>) {
        for (QAbstractAxis *axis : chart->axes()) {
            if (axis->objectName() == wanted)
                return qobject_cast<T *>(axis);
        }
    } else {
        for (QAbstractSeries *series : chart->series()) {
            if (series->objectName() == wanted)
                return qobject_cast<T *>(series);
        }
    }
    Q_ASSERT_X(false, "ReviewCharts", "a chart part is missing");
    return nullptr;
}

void styleChart(QChart *chart, const ChartPalette &colours);
void styleAxis(QAbstractAxis *axis, const ChartPalette &colours);
// A bar set of `series`, also one taken out of it (the series stays its parent).
QBarSet *setOf(const QAbstractBarSeries *series, const char *name);
// A count axis from zero with whole-number ticks, at least up to 3 so a
// single urge doesn't fill the chart, and a step above the tallest bar.
void setCountRange(QValueAxis *axis, int maximum);
QValueAxis *countAxis(const ChartPalette &colours);
// A fixed scale with a little headroom so points at the top are not cut in half.
QValueAxis *scaleAxis(double low, double high, double step, const ChartPalette &colours);
QBarCategoryAxis *categoryAxis(const ChartPalette &colours);
// Changes the categories only when they differ: each change lays the axis out again.
void setCategories(QBarCategoryAxis *axis, const QStringList &categories);
QBarSet *barSet(const char *name, const QString &label, const QColor &colour);
// Replaces the values of `set`, touching only those that changed: every
// change makes the series lay its bars out again.
void setValues(QBarSet *set, const QList<qreal> &values);
void setPoints(QXYSeries *series, const QList<QPointF> &points);
QLineSeries *lineSeries(const char *name, const QString &label, const QColor &colour, qreal width,
                        Qt::PenStyle style = Qt::SolidLine);
void addAxes(QChart *chart, QAbstractSeries *series, QAbstractAxis *horizontal, QAbstractAxis *vertical);
// The category names the chart's tooltips show (kTipCategories).
QStringList tipCategories(const QChart *chart);
// Hovering a bar or a point shows its value: the chart's figures without the table.
void tipOnHover(QBarSet *set, std::function<QString(int)> textFor);
void tipOnHover(QXYSeries *series, std::function<QString(QPointF)> textFor);
// "Tue 24\nResisted: 1".
QString tip(const QString &where, const QString &what, const QString &value);
QString number(int value);
// The week's days as the bar charts' categories.
QStringList dayCategories(const ReviewData &data);
// A bar's value under its category: "Tue 24\nResisted: 1".
void countTipOnHover(QChart *chart, QBarSet *set);

} // namespace holdfast::ui::charts
