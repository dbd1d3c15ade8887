#include "AfterFirstPaint.h"

#include <QEvent>
#include <QTimer>
#include <QWidget>

namespace holdfast::app {

AfterFirstPaint::AfterFirstPaint(QWidget &window, std::function<void()> work)
    : QObject(&window), m_work(std::move(work))
{
    window.installEventFilter(this);
}

bool AfterFirstPaint::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Paint && m_work) {
        watched->removeEventFilter(this);
        // Queued, so the paint that triggered this finishes first.
        QTimer::singleShot(0, this, [work = std::move(m_work)] { work(); });
        m_work = nullptr;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace holdfast::app
