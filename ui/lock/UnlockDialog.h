#pragma once

// A small window that asks for the passphrase from outside the main window
// (the urge dialog while locked). Shares the lock screen's form and pause.

#include <QDialog>

namespace holdfast::ui {

class AppContext;
class LockScreen;

class UnlockDialog : public QDialog
{
    Q_OBJECT

public:
    // `reason` says why the passphrase is asked for, in a sentence.
    UnlockDialog(AppContext &context, const QString &reason, QWidget *parent = nullptr);

    LockScreen *form() const { return m_form; }

    // True when the store is unlocked afterwards (at once if it already was).
    static bool askToUnlock(AppContext &context, const QString &reason, QWidget *parent);

private:
    LockScreen *m_form = nullptr;
};

} // namespace holdfast::ui
