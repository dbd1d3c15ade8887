#pragma once

// Translated names for the built-in triggers, shared by the plan, the urge
// dialog and the weekly review so a trigger reads the same everywhere.

#include "model/Trigger.h"

#include <QCoreApplication>
#include <QString>

namespace holdfast::ui {

class TriggerNames
{
    Q_DECLARE_TR_FUNCTIONS(TriggerNames)

public:
    static QString label(Trigger trigger);
    // The user's own words when they gave some, else the built-in label.
    static QString label(Trigger trigger, const QString &customText);
};

} // namespace holdfast::ui
