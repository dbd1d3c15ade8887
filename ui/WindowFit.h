#pragma once

// Fits windows to the screen they open on: never larger than its available
// area (so nothing is cut off on a 1024x600 screen, at any scale factor), a
// calm share of a large one, and grown when their contents grow (a section
// shown), up to the screen's edge.

#include <QRect>
#include <QSize>

class QWidget;

namespace holdfast::ui {

class WindowFit
{
public:
    // The room a window manager's title bar and borders take, a guess until the window is shown.
    static QMargins frameAllowance(const QWidget &window);
    // The size for a window that would like `preferred` on a screen whose available
    // area is `available` (logical pixels), with `frame` around it: on a large
    // screen up to `share` of it, never beyond it, and never below `minimum`
    // where the screen has the room.
    static QSize fit(QSize preferred, QSize minimum, const QRect &available, const QMargins &frame,
                     double share = 0.0);
    // Resizes `window` to fit() on its screen and moves it inside the available area.
    static void fitToScreen(QWidget &window, QSize preferred, double share = 0.0);
    // The height its layout needs at its current width (word-wrapped text included).
    static int neededHeight(const QWidget &window);
    // Grows `window` to what its contents need now, up to the available area; never shrinks it.
    static void growToContents(QWidget &window);
};

} // namespace holdfast::ui
