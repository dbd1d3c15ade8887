#include "ui/Typography.h"

#include "ui/WrappedLabel.h"

#include <QLabel>

namespace holdfast::ui {

QFont Typography::scaled(const QFont &base, qreal factor, QFont::Weight weight)
{
    QFont font = base;
    if (font.pointSizeF() > 0)
        font.setPointSizeF(font.pointSizeF() * factor);
    else
        font.setPixelSize(qRound(font.pixelSize() * factor));
    font.setWeight(weight);
    return font;
}

QLabel *Typography::label(const QString &text, const QString &objectName, QWidget *parent)
{
    auto *label = new WrappedLabel(text, parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    return label;
}

} // namespace holdfast::ui
