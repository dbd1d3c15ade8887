#pragma once

// Backups of the database in <dataDir>/backups: consistent copies by VACUUM
// INTO (0600, synced, renamed into place), listing them newest first, and
// restoring one in place of the database.

#include "model/Clock.h"
#include "storage/BackupName.h"
#include "storage/OpenOptions.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <vector>

namespace holdfast::storage::backups {

// The moment from `clock`, or the system clock when null.
Moment nowFrom(const Clock *clock);
// The backups in `backupDir` by name, newest first.
std::vector<BackupName> namesIn(const QString &backupDir);
// The same as absolute paths.
QStringList pathsIn(const QString &backupDir);
// A backup taken through `db` into `backupDir`; returns its path. Throws StoreError.
QString vacuumInto(const QSqlDatabase &db, const QString &backupDir, const Moment &when, const QString &tag);
// Temporary files of backups cut short more than an hour ago.
void removeStaleTemporaries(const QString &backupDir);
// Deletes all but the `keep` newest backups (at least one is kept) and leftover temporaries.
void prune(const QString &backupDir, int keep);
// SqliteStore::restoreBackup (see there); `dir` is canonical and has no open store.
void restore(const QString &dir, const QString &backupPath, const OpenOptions &options);

} // namespace holdfast::storage::backups
