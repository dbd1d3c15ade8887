#pragma once

// Gives the journal's on-disk full-text index its prefix index on a connection
// of its own (SqliteStore::upgradeSearchIndexOnOwnConnection says how).

#include "storage/SqliteStore.h"

#include <QSqlDatabase>

namespace holdfast::storage::searchindex {

// True when the on-disk journal index has its prefix index.
bool hasPrefixIndex(const QSqlDatabase &db);
SqliteStore::SearchIndexUpgrade upgrade(const QString &dataDir, int busyTimeoutMs,
                                        const std::function<void()> &afterEachBuild, const std::atomic<bool> *stop);

} // namespace holdfast::storage::searchindex
