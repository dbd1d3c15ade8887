#pragma once

// A real store in a temporary folder of its own, for tests of the logic that
// reads and writes through the Store port: the presenters meet the store the
// app uses, not a copy of its rules. Backups (before an import that replaces,
// before encrypting) are named by the clock given, or by a pinned one.
//
//     TestStore<> store;                // a SqliteStore
//     TestStore<WatchedStore> watched;  // the same, counting calls and failing on demand
//     store->saveReason(...);

#include "model/FixedClock.h"
#include "storage/OpenOptions.h"
#include "storage/SqliteStore.h"

#include <QTemporaryDir>

#include <memory>
#include <stdexcept>

namespace holdfast::testing {

template<typename StoreType = storage::SqliteStore>
class TestStore
{
public:
    explicit TestStore(const Clock *clock = nullptr)
    {
        if (!m_dir.isValid())
            throw std::runtime_error("no temporary folder for the test store");
        storage::OpenOptions options;
        options.clock = clock ? clock : &m_pinned;
        options.fastKeyDerivation = true; // a passphrase in a test need not resist an attacker
        m_store = StoreType::open(m_dir.path(), options);
    }

    StoreType &operator*() const { return *m_store; }
    StoreType *operator->() const { return m_store.get(); }

private:
    // Wednesday 25 November 2026, 09:00 in Berlin: names backups when no clock is given.
    FixedClock m_pinned{Moment::fromUtc(LocalDate{2026, 11, 25}.dayNumber() * kMsPerDay + 8 * kMsPerHour, 60,
                                        "Europe/Berlin")};
    QTemporaryDir m_dir;
    std::unique_ptr<StoreType> m_store;
};

} // namespace holdfast::testing
