#pragma once

// WCAG 2 contrast arithmetic for the colours the app sets: relative
// luminance, contrast ratio, and nudging a colour until it reads on its
// backgrounds. Used by the themes and by the test that measures them.

#include <QColor>

#include <initializer_list>

namespace holdfast::ui {

class Contrast
{
public:
    // WCAG AA: normal text, large text (and non-text UI such as outlines).
    static constexpr double kText = 4.5;
    static constexpr double kLarge = 3.0;

    static double luminance(const QColor &colour);
    static double ratio(const QColor &a, const QColor &b);
    // `colour` painted over the opaque `background` (alpha blended).
    static QColor over(const QColor &colour, const QColor &background);
    // `from` moved towards `to` by `amount` (0..1), opaque.
    static QColor mix(const QColor &from, const QColor &to, double amount);
    // The colour nearest `colour` on the way to `towards` that reaches
    // `target` against every background; `towards` itself when none does.
    static QColor reaching(const QColor &colour, const QColor &towards, std::initializer_list<QColor> backgrounds,
                           double target);
    // The lowest ratio of `colour` against any of `backgrounds`.
    static double lowest(const QColor &colour, std::initializer_list<QColor> backgrounds);
};

} // namespace holdfast::ui
