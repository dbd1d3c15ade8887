#pragma once

// Builds the weekly review's Qt Charts from the core's figures: one function
// per chart, the same for the screen and the exports, themed from a
// ChartPalette, and refills a built chart with another week's figures in
// place. Bars and points show their values on hover.

#include "model/ReviewData.h"

#include <QCoreApplication>
#include <QString>

class QChart;

namespace holdfast::ui {

struct ChartPalette;

class ReviewCharts
{
    Q_DECLARE_TR_FUNCTIONS(ReviewCharts)

public:
    enum class Kind { UrgesPerDay, Triggers, Halt, Hours, MoodAndSleep, Trend, UrgeCurve, UrgeKinds };
    // On screen the half-width charts go in pairs; the kinds chart comes last
    // of them, alone in its row, because it is empty exactly when the week has
    // no urges: a week switch that keeps urges never changes that row's height.
    static constexpr Kind kAll[] = {Kind::UrgesPerDay, Kind::Trend,        Kind::Triggers,  Kind::Halt,
                                    Kind::Hours,       Kind::MoodAndSleep, Kind::UrgeKinds, Kind::UrgeCurve};

    // A new chart the caller owns (or hands to a QChartView).
    static QChart *build(Kind kind, const ReviewData &data, const ChartPalette &colours);
    // Puts another week's figures into `chart`, made by build() for the same
    // kind: the same series, axes and colours are kept and only values,
    // categories and ranges change, so a week switch creates no chart objects.
    static void update(Kind kind, QChart *chart, const ReviewData &data);
    static QString title(Kind kind);
    // A short line under the title: what the chart shows this week, or why it is empty.
    static QString caption(Kind kind, const ReviewData &data);
    // True when there is nothing to draw this week; the screen shows the caption instead.
    static bool isEmpty(Kind kind, const ReviewData &data);
    // objectName of the chart's view on the screen, e.g. "reviewUrgesPerDayChart".
    static QString objectName(Kind kind);
};

} // namespace holdfast::ui
