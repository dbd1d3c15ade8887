#pragma once

// How SqliteStore::open sets up a store. The defaults are what the app wants;
// tests pin the clock that names backups and cap the size to provoke "disk full".

#include <cstdint>

namespace holdfast {
class Clock;
}

namespace holdfast::storage {

struct OpenOptions
{
    // Names backups by its local date and time; the system clock when null.
    // Not owned; must outlive the store.
    const Clock *clock = nullptr;
    // How long a write waits for another connection's lock before failing.
    int busyTimeoutMs = 5000;
    // PRAGMA quick_check before opening an existing database (Corrupt when it
    // fails). The header is always checked; the app may turn this off and call
    // SqliteStore::checkIntegrity() after the first paint instead.
    bool quickCheckOnOpen = true;
    // PRAGMA max_page_count; 0 keeps SQLite's limit. A small cap makes writes
    // fail with SQLITE_FULL exactly as a full disk does.
    std::int64_t maxPageCount = 0;
    // Derive passphrase keys with Argon2id INTERACTIVE limits instead of
    // MODERATE, for tests only: the limits are stored with the wrapped key, so
    // this weakens every passphrase set through this store.
    bool fastKeyDerivation = false;
};

} // namespace holdfast::storage
