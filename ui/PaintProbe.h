#pragma once

// For the start-up and panic benchmarks (scripts/bench-startup, bench-panic):
// when HOLDFAST_REPORT_FIRST_PAINT is set, prints "holdfast-paint <label>
// <CLOCK_MONOTONIC ns>" to stderr once a widget has finished its first paint.
// Does nothing otherwise. Built into the floor program too, so both are
// measured the same way.

#include <QObject>

class QWidget;

namespace holdfast::ui {

class PaintProbe : public QObject
{
public:
    static bool enabled();
    // Reports the first paint of `widget` under `label`; a no-op when not enabled.
    static void watch(QWidget *widget, const char *label);
    // Prints "holdfast-paint <label> <ns>" now (e.g. when after-paint work ends).
    static void mark(const char *label);
    // CLOCK_MONOTONIC in nanoseconds, the clock the scripts compare against.
    static long long monotonicNs();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    PaintProbe(QWidget *widget, const char *label);

    const char *m_label;
};

} // namespace holdfast::ui
