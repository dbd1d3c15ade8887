#include "ui/AppContext.h"

#include "ui/CrisisHelp.h"
#include "ui/PanicKey.h"

namespace holdfast::ui {

AppContext::AppContext(StoreHandle &handle, const Clock &clock, QObject *parent)
    : AppContext(nullptr, &handle, clock, parent)
{
}

AppContext::AppContext(Store &store, const Clock &clock, QObject *parent)
    : AppContext(std::make_unique<FixedStoreHandle>(store), nullptr, clock, parent)
{
}

AppContext::AppContext(std::unique_ptr<FixedStoreHandle> fixed, StoreHandle *handle, const Clock &clock,
                       QObject *parent)
    : QObject(parent), m_fixed(std::move(fixed)), m_handle(handle ? *handle : *m_fixed), m_clock(clock),
      m_settings(store().settings()), m_unlockThrottle(clock),
      m_locked(store().encryptionState() == EncryptionState::Locked), m_crisisHelp(new CrisisHelp(*this, this))
{
    new PanicKey(*this, this); // a child: Ctrl+U from every window and field
}

AppContext::~AppContext() = default;

void AppContext::saveSettings(const Settings &settings)
{
    store().saveSettings(settings);
    m_settings = settings;
    notifyChanged(DataKind::Settings);
}

void AppContext::reloadSettings()
{
    m_settings = store().settings();
    notifyChanged(DataKind::All);
}

void AppContext::notifyChanged(DataKind kind)
{
    Q_EMIT dataChanged(kind);
}

bool AppContext::isEncrypted() const
{
    return store().encryptionState() != EncryptionState::Off;
}

bool AppContext::isLocked() const
{
    return store().encryptionState() == EncryptionState::Locked;
}

void AppContext::unlock(const std::string &passphrase)
{
    store().unlock(passphrase);
    m_unlockThrottle.reset();
    m_locked = false;
    Q_EMIT lockChanged(false);
    notifyChanged(DataKind::All);
}

void AppContext::lock()
{
    if (store().encryptionState() != EncryptionState::Unlocked)
        return;
    store().lock();
    m_locked = true;
    Q_EMIT lockChanged(true);
}

void AppContext::notifyEncryptionChanged()
{
    Q_EMIT encryptionChanged();
    // Turning encryption off from the lock screen's Settings opens the data.
    const bool locked = isLocked();
    if (locked != m_locked) {
        m_locked = locked;
        Q_EMIT lockChanged(locked);
        if (!locked)
            notifyChanged(DataKind::All);
    }
}

} // namespace holdfast::ui
