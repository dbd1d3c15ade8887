#pragma once

// A real encrypted store in a temporary folder of its own, for the screens'
// tests of the lock screen, auto-lock, Privacy settings, crisis help and the
// urge dialog's locked steps: the locking rules are SqliteStore's own, not a
// copy of them. Keys are derived the fast way the storage tests use.

#include "model/Store.h"
#include "storage/OpenOptions.h"
#include "storage/SqliteStore.h"

#include <QTemporaryDir>

#include <memory>
#include <string>

namespace holdfast::testing {

class EncryptedFolder
{
public:
    EncryptedFolder() { m_options.fastKeyDerivation = true; }

    // A store holding a copy of what `from` holds (records and settings),
    // encrypted with `passphrase` and left `state`; Off leaves it plain, and
    // `passphrase` is then the one a test turns encryption on with.
    std::unique_ptr<storage::SqliteStore> open(Store &from, const std::string &passphrase, EncryptionState state)
    {
        auto store = storage::SqliteStore::open(m_dir.path(), m_options);
        store->importData(from.everything(), ImportMode::Replace);
        store->saveSettings(from.settings());
        if (state != EncryptionState::Off)
            store->enableEncryption(passphrase);
        if (state == EncryptionState::Locked)
            store->lock();
        return store;
    }

    // A second connection to the folder, unlocked with `passphrase` when it is
    // encrypted: what is stored, whatever the screens' store is showing.
    std::unique_ptr<storage::SqliteStore> reader(const std::string &passphrase) const
    {
        auto store = storage::SqliteStore::open(m_dir.path(), m_options);
        if (store->encryptionState() == EncryptionState::Locked)
            store->unlock(passphrase);
        return store;
    }

    // Whether `passphrase` opens the stored data (read on a connection of its own).
    bool opensWith(const std::string &passphrase) const
    {
        try {
            reader(passphrase);
            return true;
        } catch (const StoreError &) {
            return false;
        }
    }

    bool isValid() const { return m_dir.isValid(); }

private:
    QTemporaryDir m_dir;
    storage::OpenOptions m_options;
};

} // namespace holdfast::testing
