#pragma once

// The few text styles the screens share: headings are the palette font made
// larger or bolder, never pixel sizes, so they follow the user's font settings.

#include <QFont>

class QLabel;
class QString;
class QWidget;

namespace holdfast::ui {

class Typography
{
public:
    // `base` scaled by `factor`, in points when it has them, at `weight`.
    static QFont scaled(const QFont &base, qreal factor, QFont::Weight weight);
    // A word-wrapping label with an objectName, the way every screen makes them.
    static QLabel *label(const QString &text, const QString &objectName, QWidget *parent);
};

} // namespace holdfast::ui
