#pragma once

// Checks of a database file that never let SQLite write to it: the 100-byte
// header, a read-only PRAGMA quick_check, and an empty file where there was data.

#include <QString>

namespace holdfast::storage::databasefile {

// Reads only the header: tells a database from anything else and a newer
// schema from ours. Returns user_version (0 for an empty file). Throws
// StoreError (CannotOpen, Corrupt, TooNew).
int inspectHeader(const QString &path);
// Opens the file read-only and asks SQLite itself: the version (a newer one
// may sit in the WAL) and PRAGMA quick_check. Writes nothing to the file.
int verify(const QString &path, int busyTimeoutMs, bool quickCheck = true);
// An empty database file in `dir` is a new store only when nothing says there
// was data (a -wal with frames, backups): then it is damage (Corrupt).
void refuseEmptyFileWithHistory(const QString &dir);

} // namespace holdfast::storage::databasefile
