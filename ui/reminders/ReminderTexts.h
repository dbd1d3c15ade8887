#pragma once

// The words of the built-in reminder cards (short, warm, second person),
// shared by the dashboard's card of the day and the urge dialog's rotation.

#include "model/ReminderCard.h"

#include <QCoreApplication>
#include <QString>

namespace holdfast::ui {

class ReminderTexts
{
    Q_DECLARE_TR_FUNCTIONS(ReminderTexts)

public:
    static QString text(ReminderCard card);
    // Discreet mode: the same card in words that say nothing about a person
    // or a breakup to whoever sees the screen. Cards that already do keep theirs.
    static QString neutralText(ReminderCard card);
};

} // namespace holdfast::ui
