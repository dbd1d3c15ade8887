#include "ui/Contrast.h"

#include <algorithm>
#include <cmath>

namespace holdfast::ui {

namespace {

double channel(double value)
{
    return value <= 0.04045 ? value / 12.92 : std::pow((value + 0.055) / 1.055, 2.4);
}

} // namespace

double Contrast::luminance(const QColor &colour)
{
    const QColor rgb = colour.toRgb();
    return 0.2126 * channel(rgb.redF()) + 0.7152 * channel(rgb.greenF()) + 0.0722 * channel(rgb.blueF());
}

double Contrast::ratio(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor Contrast::over(const QColor &colour, const QColor &background)
{
    const QColor fg = colour.toRgb();
    const QColor bg = background.toRgb();
    const double alpha = fg.alphaF();
    return QColor::fromRgbF(float(fg.redF() * alpha + bg.redF() * (1 - alpha)),
                            float(fg.greenF() * alpha + bg.greenF() * (1 - alpha)),
                            float(fg.blueF() * alpha + bg.blueF() * (1 - alpha)));
}

QColor Contrast::mix(const QColor &from, const QColor &to, double amount)
{
    const QColor a = from.toRgb();
    const QColor b = to.toRgb();
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * amount),
                            float(a.greenF() + (b.greenF() - a.greenF()) * amount),
                            float(a.blueF() + (b.blueF() - a.blueF()) * amount));
}

double Contrast::lowest(const QColor &colour, std::initializer_list<QColor> backgrounds)
{
    double worst = 21.0;
    for (const QColor &background : backgrounds)
        worst = std::min(worst, ratio(colour, background));
    return worst;
}

QColor Contrast::reaching(const QColor &colour, const QColor &towards, std::initializer_list<QColor> backgrounds,
                          double target)
{
    // A little above the target, so rounding in 8-bit channels never lands below it.
    const double wanted = target + 0.05;
    for (int step = 0; step <= 50; ++step) {
        const QColor candidate = mix(colour, towards, step / 50.0);
        if (lowest(candidate, backgrounds) >= wanted)
            return candidate;
    }
    return towards.toRgb();
}

} // namespace holdfast::ui
