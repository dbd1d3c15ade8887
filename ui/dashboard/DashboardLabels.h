#pragma once

// The dashboard's cards and the text on them, alike on every card: a heading,
// quieter secondary text, and times without seconds.

#include "ui/Card.h"

#include <QString>

class QLabel;
class QTime;
class QWidget;

namespace holdfast::ui::dashboard {

QLabel *makeHeading(const QString &text, QWidget *parent);
// Secondary text: the palette's quieter text colour, never a fixed one.
QLabel *makeQuietLabel(const QString &text, const QString &objectName, QWidget *parent);
Card *makeCard(const QString &objectName, const QString &accessibleName, QWidget *parent,
               Card::Tone tone = Card::Tone::Plain);
// The locale's short time without seconds (the C locale's short format has them).
QString timeText(const QTime &time);

} // namespace holdfast::ui::dashboard
