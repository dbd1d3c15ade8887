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
};

} // namespace holdfast::ui
