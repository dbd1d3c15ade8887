#pragma once

// Auto-lock: watches the app's keyboard and mouse input and asks for a lock
// (lockDue) after Settings::autoLockMinutes without any, while the store is
// encrypted and unlocked. The timer only wakes it; the decision reads the
// Clock, so tests move a FixedClock on and call checkIdle().

#include "model/IdleLock.h"

#include <QObject>

class QTimer;

namespace holdfast::ui {

class AppContext;

class LockController : public QObject
{
    Q_OBJECT

public:
    explicit LockController(AppContext &context, QObject *parent = nullptr);
    ~LockController() override;

    // True while a lock is scheduled (encrypted, unlocked, minutes > 0).
    bool isArmed() const;
    int autoLockMinutes() const { return m_idle.minutes(); }
    // Counts as input, as a key press would.
    void noteActivity();

public Q_SLOTS:
    // The timer's slot: asks for the lock when the user has been idle long
    // enough, else waits for the rest.
    void checkIdle();
    // Re-reads the setting and the lock state.
    void rearm();

Q_SIGNALS:
    void lockDue();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    AppContext &m_context;
    IdleLock m_idle;
    QTimer *m_timer = nullptr;
};

} // namespace holdfast::ui
