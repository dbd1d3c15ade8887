#pragma once

// A card: a framed panel filled from the palette so that it stands out from
// the window, and the controls on it (line edits, radio buttons, list rows are
// filled with Base) stand out from the card. Every screen's cards are these.

#include <QFrame>
#include <QPalette>

class QVBoxLayout;

namespace holdfast::ui {

class Card : public QFrame
{
    Q_OBJECT

public:
    // Plain for most cards; Accent for the one that should differ from its
    // neighbours (a banner, the reminder of the day).
    enum class Tone { Plain, Accent };
    // Room between the frame and the contents, in lines of the card's font.
    enum class Padding { Compact, Roomy };

    explicit Card(QWidget *parent, Tone tone = Tone::Plain, Padding padding = Padding::Compact);
    Card(const QString &objectName, const QString &accessibleName, QWidget *parent, Tone tone = Tone::Plain,
         Padding padding = Padding::Compact);

    QVBoxLayout *contentLayout() const { return m_layout; }
    Tone tone() const { return m_tone; }
    void setTone(Tone tone);

    // A light palette gets Base cards; a dark one, whose Base is darker than
    // the window, gets AlternateBase cards. Accent takes the other role.
    static QPalette::ColorRole role(const QPalette &palette, Tone tone);

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyRole();

    QVBoxLayout *m_layout = nullptr;
    Tone m_tone = Tone::Plain;
};

} // namespace holdfast::ui
