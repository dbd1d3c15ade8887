#include "ui/review/ChartPalette.h"

#include <QPalette>

namespace holdfast::ui {

ChartPalette ChartPalette::from(const QPalette &palette)
{
    ChartPalette colours;
    colours.background = palette.color(QPalette::Base);
    colours.text = palette.color(QPalette::Text);
    colours.dark = colours.background.lightness() < colours.text.lightness();
    colours.quietText = palette.color(QPalette::PlaceholderText);
    colours.grid = colours.text;
    colours.grid.setAlphaF(colours.dark ? 0.16f : 0.12f);

    // Mid-tone hues with enough contrast against white and near-black; the
    // dark variants are lighter so thin lines and small bars don't sink.
    const auto pick = [&colours](QRgb onLight, QRgb onDark) { return QColor::fromRgb(colours.dark ? onDark : onLight); };
    colours.resisted = pick(0x2a8a82, 0x4fbdb3);
    colours.reachedOut = pick(0xc8603f, 0xf08f6e);
    colours.otherOutcome = pick(0x8c93a3, 0x8f98ab);
    colours.meanIntensity = pick(0x3566b0, 0x86b2f2);
    colours.peakIntensity = pick(0x8a4fb0, 0xc9a2e8);
    colours.mood = pick(0xc08a12, 0xf0c45e);
    colours.sleep = pick(0x3566b0, 0x86b2f2);
    colours.trendBars = pick(0x9cc9c4, 0x2f6e69);
    colours.selectedWeek = colours.resisted;
    colours.resistedShare = colours.mood;
    colours.curveWeek = colours.resisted;
    colours.curveTrend = colours.otherOutcome;
    colours.triggers = colours.meanIntensity;
    colours.halt = colours.peakIntensity;
    colours.hours = colours.resisted;
    return colours;
}

} // namespace holdfast::ui
