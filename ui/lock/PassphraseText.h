#pragma once

// The sentences for a passphrase that does not meet PassphraseCheck, shared
// by Settings and onboarding.

#include "model/PassphraseCheck.h"

#include <QCoreApplication>
#include <QString>

namespace holdfast::ui {

class PassphraseText
{
    Q_DECLARE_TR_FUNCTIONS(PassphraseText)

public:
    // Empty for PassphraseProblem::None.
    static QString problem(PassphraseProblem problem);
    // What to keep in mind when choosing one.
    static QString hint();
    // The plain warning: forgotten means gone, by design.
    static QString noRecoveryWarning();
};

} // namespace holdfast::ui
