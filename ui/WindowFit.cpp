#include "ui/WindowFit.h"

#include <QFontMetrics>
#include <QLayout>
#include <QScreen>
#include <QWidget>
#include <QWindow>

#include <algorithm>

namespace holdfast::ui {

namespace {

QRect availableFor(const QWidget &window)
{
    const QScreen *screen = window.screen();
    return screen ? screen->availableGeometry() : QRect();
}

} // namespace

QMargins WindowFit::frameAllowance(const QWidget &window)
{
    // Once shown, the real frame; before, about a title bar and thin borders.
    if (window.isVisible() && window.frameGeometry() != window.geometry()) {
        const QRect frame = window.frameGeometry();
        const QRect inner = window.geometry();
        return {inner.left() - frame.left(), inner.top() - frame.top(), frame.right() - inner.right(),
                frame.bottom() - inner.bottom()};
    }
    const int border = 4;
    return {border, QFontMetrics(window.font()).height() * 2, border, border};
}

QSize WindowFit::fit(QSize preferred, QSize minimum, const QRect &available, const QMargins &frame, double share)
{
    if (!available.isValid())
        return preferred.expandedTo(minimum);
    const QSize room(available.width() - frame.left() - frame.right(), available.height() - frame.top() - frame.bottom());
    QSize size = preferred;
    if (share > 0.0)
        size = size.expandedTo(QSize(int(room.width() * share), int(room.height() * share)));
    return size.expandedTo(minimum).boundedTo(room);
}

void WindowFit::fitToScreen(QWidget &window, QSize preferred, double share)
{
    const QRect available = availableFor(window);
    const QMargins frame = frameAllowance(window);
    const QSize size = fit(preferred, window.minimumSizeHint().boundedTo(preferred), available, frame, share);
    window.resize(size);
    if (!available.isValid())
        return;
    // Centred on the screen, the title bar inside it.
    const QSize outer = size.grownBy(frame);
    const QPoint topLeft(available.left() + std::max(0, (available.width() - outer.width()) / 2),
                         available.top() + std::max(0, (available.height() - outer.height()) / 2));
    window.move(topLeft);
}

int WindowFit::neededHeight(const QWidget &window)
{
    QLayout *layout = window.layout();
    if (!layout)
        return window.sizeHint().height();
    layout->activate();
    const int hint = layout->totalSizeHint().height();
    if (!layout->hasHeightForWidth())
        return std::max(hint, layout->totalMinimumSize().height());
    return std::max(layout->totalHeightForWidth(window.width()), layout->totalMinimumSize().height());
}

void WindowFit::growToContents(QWidget &window)
{
    const QRect available = availableFor(window);
    const QMargins frame = frameAllowance(window);
    int height = std::max(window.height(), neededHeight(window));
    if (available.isValid())
        height = std::min(height, available.height() - frame.top() - frame.bottom());
    if (height <= window.height())
        return;
    window.resize(window.width(), height);
    // Grown past the bottom of the screen: up, so the whole of it shows.
    const int overflow = window.pos().y() + frame.top() + height + frame.bottom() - (available.bottom() + 1);
    if (available.isValid() && overflow > 0)
        window.move(window.pos().x(), std::max(available.top(), window.pos().y() - overflow));
}

} // namespace holdfast::ui
