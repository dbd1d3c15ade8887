#pragma once

// The data folder: its one name however it is reached, where the database and
// its backups live in it, making it private and writable, and the registry of
// folders with an open store in this process. Also the lock that upkeep on a
// connection of its own and whole-file rewrites take, so they wait for each other.

#include "model/StoreError.h"

#include <QString>

#include <mutex>

namespace holdfast::storage::datafolder {

// Absolute, cleaned; links kept as they are.
QString cleanDir(const QString &dir);
// With links resolved (cleanDir when the folder does not exist).
QString canonicalDir(const QString &dir);
QString databaseFileIn(const QString &dir);
QString backupDirIn(const QString &dir);

// Creates `dir` owner-only when needed and checks it can be written;
// throws StoreError (CannotOpen, ReadOnly, DiskFull) naming `what`.
void ensureWritableFolder(const QString &dir, const char *what);

// Data folders with an open store in this process: restoring under an open
// connection would let SQLite write the old pages back.
void registerOpen(const QString &dir);
void unregisterOpen(const QString &dir);
bool isOpenInProcess(const QString &dir);

// Held by the upkeep a worker thread runs on its own connection and by what
// rewrites or replaces the whole file (encrypting, decrypting, restoring): a
// plain backup finishing after the encryption wiped the plain copies would leave one behind.
std::mutex &upkeepMutex();

// A unique QSqlDatabase connection name.
QString nextConnectionName(const char *purpose);

} // namespace holdfast::storage::datafolder
