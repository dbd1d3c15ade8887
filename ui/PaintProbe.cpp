#include "ui/PaintProbe.h"

#include <QCoreApplication>
#include <QEvent>
#include <QTimer>
#include <QWidget>

#include <cstdio>
#include <cstdlib>
#include <ctime>

namespace holdfast::ui {

bool PaintProbe::enabled()
{
    static const bool on = std::getenv("HOLDFAST_REPORT_FIRST_PAINT") != nullptr;
    return on;
}

long long PaintProbe::monotonicNs()
{
    timespec now{};
    clock_gettime(CLOCK_MONOTONIC, &now);
    return static_cast<long long>(now.tv_sec) * 1'000'000'000LL + now.tv_nsec;
}

void PaintProbe::mark(const char *label)
{
    if (!enabled())
        return;
    std::fprintf(stderr, "holdfast-paint %s %lld\n", label, monotonicNs());
    std::fflush(stderr);
}

void PaintProbe::watch(QWidget *widget, const char *label)
{
    if (enabled() && widget)
        new PaintProbe(widget, label);
}

PaintProbe::PaintProbe(QWidget *widget, const char *label) : QObject(widget), m_label(label)
{
    // Application-wide: a window whose children cover it opaquely (a chart
    // view) gets no paint event itself, only its children do.
    QCoreApplication::instance()->installEventFilter(this);
}

bool PaintProbe::eventFilter(QObject *watched, QEvent *event)
{
    auto *window = qobject_cast<QWidget *>(parent());
    auto *painted = event->type() == QEvent::Paint && watched->isWidgetType() ? static_cast<QWidget *>(watched) : nullptr;
    if (painted && window && painted->window() == window) {
        QCoreApplication::instance()->removeEventFilter(this);
        // Queued: the window's children paint and the backing store is
        // flushed to the screen within this same delivery, before the timer.
        QTimer::singleShot(0, this, [this] {
            mark(m_label);
            deleteLater();
        });
    }
    return QObject::eventFilter(watched, event);
}

} // namespace holdfast::ui
