#include "ui/Card.h"

#include <QEvent>
#include <QVBoxLayout>

namespace holdfast::ui {

Card::Card(QWidget *parent, Tone tone, Padding padding) : QFrame(parent), m_tone(tone)
{
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    m_layout = new QVBoxLayout(this);
    const int line = fontMetrics().height();
    const int margin = padding == Padding::Roomy ? line : line * 3 / 4;
    m_layout->setContentsMargins(margin, margin, margin, margin);
    m_layout->setSpacing(margin / 2);
    applyRole();
}

Card::Card(const QString &objectName, const QString &accessibleName, QWidget *parent, Tone tone, Padding padding)
    : Card(parent, tone, padding)
{
    setObjectName(objectName);
    setAccessibleName(accessibleName);
}

void Card::setTone(Tone tone)
{
    m_tone = tone;
    applyRole();
}

QPalette::ColorRole Card::role(const QPalette &palette, Tone tone)
{
    const bool lightBase = palette.color(QPalette::Base).lightness() >= palette.color(QPalette::Window).lightness();
    const QPalette::ColorRole plain = lightBase ? QPalette::Base : QPalette::AlternateBase;
    if (tone == Tone::Plain)
        return plain;
    return plain == QPalette::Base ? QPalette::AlternateBase : QPalette::Base;
}

void Card::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    // The theme can change while the app runs (settings, or the system's own).
    if (event->type() == QEvent::PaletteChange)
        applyRole();
}

void Card::applyRole()
{
    // Setting the role sends this card a PaletteChange of its own: only on a change.
    const QPalette::ColorRole wanted = role(palette(), m_tone);
    if (backgroundRole() != wanted)
        setBackgroundRole(wanted);
}

} // namespace holdfast::ui
