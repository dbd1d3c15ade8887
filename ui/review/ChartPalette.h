#pragma once

// The colours of the review's charts, taken from a QPalette so the charts
// follow the light and dark themes: surfaces and text from the palette's
// roles, and series colours picked to stay readable on either background.

#include <QColor>

class QPalette;

namespace holdfast::ui {

struct ChartPalette
{
    QColor background; // the chart's surface: the palette's Base, like the cards
    QColor text;
    QColor quietText;
    QColor grid;
    QColor resisted;
    QColor reachedOut;
    QColor otherOutcome;
    QColor meanIntensity;
    QColor peakIntensity;
    QColor mood;
    QColor sleep;
    QColor trendBars;
    QColor selectedWeek;
    QColor resistedShare;
    QColor curveWeek;
    QColor curveTrend;
    QColor triggers;
    QColor halt;
    QColor hours;
    bool dark = false;

    static ChartPalette from(const QPalette &palette);
};

} // namespace holdfast::ui
