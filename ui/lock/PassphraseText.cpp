#include "ui/lock/PassphraseText.h"

namespace holdfast::ui {

QString PassphraseText::problem(PassphraseProblem problem)
{
    switch (problem) {
    case PassphraseProblem::None:
        return QString();
    case PassphraseProblem::Empty:
        return tr("Choose a passphrase first.");
    case PassphraseProblem::TooShort:
        return tr("Use at least %n character(s).", nullptr, PassphraseCheck::kMinLength);
    case PassphraseProblem::Mismatch:
        return tr("The two passphrases are not the same. Type the new one again in both fields.");
    }
    return QString();
}

QString PassphraseText::hint()
{
    return tr("At least %n character(s). A few unrelated words you will remember make a strong passphrase.", nullptr,
              PassphraseCheck::kMinLength);
}

QString PassphraseText::noRecoveryWarning()
{
    return tr("If you forget the passphrase, your data cannot be recovered. Nobody can reset it, not even the "
              "makers of Holdfast: that is what keeps it private. Write it down somewhere safe.");
}

} // namespace holdfast::ui
