#pragma once

// What every screen needs: the store, the clock, and one place that tells
// the other screens when data they show has changed.

#include "model/Clock.h"
#include "model/Store.h"
#include "model/StoreHandle.h"
#include "model/UnlockThrottle.h"

#include <QObject>

#include <memory>

namespace holdfast::ui {

class CrisisHelp;

enum class DataKind { Urges, Contacts, CheckIns, LookBacks, Journal, UnsentMessages, Plan, Settings, All };

class AppContext : public QObject
{
    Q_OBJECT

public:
    // The app's: the store is whatever `handle` has open at each call.
    AppContext(StoreHandle &handle, const Clock &clock, QObject *parent = nullptr);
    // Always this store (the tests).
    AppContext(Store &store, const Clock &clock, QObject *parent = nullptr);
    ~AppContext() override;

    // The store open now; throws StoreError(CannotOpen) while a restore has
    // it closed. Ask again at each use, never keep it: a restore from
    // Settings opens another one (and then tells everyone, DataKind::All).
    Store &store() const { return m_handle.current(); }
    // For what lives longer than one call and asks at each use (UrgeFlow).
    StoreHandle &storeHandle() const { return m_handle; }
    const Clock &clock() const { return m_clock; }
    // Settings are read often and change rarely: cached here, written through.
    const Settings &settings() const { return m_settings; }
    // Saves and, once committed, tells everyone. Throws StoreError like the store.
    void saveSettings(const Settings &settings);
    void reloadSettings();

    // Screens call this after a committed write so the others refresh.
    void notifyChanged(DataKind kind);

    // Encryption at rest (docs/PRIVACY.md). While locked, nothing stored as
    // text may be read or shown.
    bool isEncrypted() const;
    bool isLocked() const;
    // Throws StoreError (WrongPassphrase, Tampered, …) and changes nothing;
    // on success tells everyone (lockChanged(false), then dataChanged(All)).
    void unlock(const std::string &passphrase);
    // Locks the store and tells everyone; a no-op when not encrypted. Callers
    // save open drafts first (MainWindow::lockNow does).
    void lock();
    // Encryption was turned on or off, or the passphrase changed (Settings, onboarding).
    void notifyEncryptionChanged();
    // Shared by every place that asks for the passphrase, so a second prompt
    // cannot skip the pause after wrong tries.
    UnlockThrottle &unlockThrottle() { return m_unlockThrottle; }
    // Crisis help from every window (F1, the dialogs' buttons, the tray).
    CrisisHelp &crisisHelp() const { return *m_crisisHelp; }

Q_SIGNALS:
    void dataChanged(holdfast::ui::DataKind kind);
    // Asks the main window to open the urge dialog (tray, shortcut, second launch).
    void panicRequested();
    // The store was locked (true) or unlocked (false).
    void lockChanged(bool locked);
    void encryptionChanged();
    // Asks the main window to show the lock screen so the user can unlock
    // (the urge dialog's "Unlock" buttons).
    void unlockRequested();

private:
    AppContext(std::unique_ptr<FixedStoreHandle> fixed, StoreHandle *handle, const Clock &clock, QObject *parent);

    std::unique_ptr<FixedStoreHandle> m_fixed; // the tests' store, when given one
    StoreHandle &m_handle;
    const Clock &m_clock;
    Settings m_settings;
    UnlockThrottle m_unlockThrottle;
    bool m_locked = false; // as last announced through lockChanged
    CrisisHelp *m_crisisHelp = nullptr; // a child
};

} // namespace holdfast::ui
