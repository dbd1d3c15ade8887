#pragma once

// The strong-urge note as shown on a step (Do one thing, Wait it out): the
// user's own reasons and what reaching out tends to bring.

#include "ui/Card.h"

#include "model/StrongUrgeNote.h"

#include <QCoreApplication>

class QLabel;

namespace holdfast::ui {

class UrgeStrongNoteCard : public Card
{
    Q_DECLARE_TR_FUNCTIONS(holdfast::ui::UrgeDialog)

public:
    UrgeStrongNoteCard(const QString &objectName, QWidget *parent);

    // Fills the card and shows it; hidden until then.
    void showNote(const StrongUrgeNote &note);

private:
    QLabel *m_reasonsCaption = nullptr;
    QLabel *m_reasons = nullptr;
    QLabel *m_consequences = nullptr;
    QLabel *m_theyKnow = nullptr;
};

} // namespace holdfast::ui
