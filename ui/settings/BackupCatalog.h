#pragma once

// The port the Backups panel talks to: list the backups, take one, restore
// one. The app implements it with SqliteStore (app/BackupService), so ui/
// never sees storage. Every call throws StoreError on failure.

#include "ui/settings/BackupInfo.h"

#include <QList>

namespace holdfast::ui {

class BackupCatalog
{
public:
    virtual ~BackupCatalog() = default;

    // Newest first.
    virtual QList<BackupInfo> backups() = 0;
    // A consistent copy of the data as it is now.
    virtual BackupInfo backUpNow() = 0;
    // Deletes all but the `keep` newest (at least one stays).
    virtual void prune(int keep) = 0;
    // Replaces the data with the backup `id`, after a backup of the current
    // state, and reopens the store under the same Store object. On failure the
    // data is as it was and the store is open again.
    virtual void restore(const QString &id) = 0;
};

} // namespace holdfast::ui
