#pragma once

// The app's side of Settings › Backups: lists the backup files of the data
// folder, takes one, and restores one by closing the store, restoring (which
// first backs up the current state) and opening it again.

#include "ui/settings/BackupCatalog.h"

#include <optional>

namespace holdfast::app {

class SqliteStoreHandle;

class BackupService : public ui::BackupCatalog
{
public:
    explicit BackupService(SqliteStoreHandle &handle);

    // What a backup's tag says about why it was taken.
    static ui::BackupReason reasonOfTag(const QString &tag);
    // The panel's view of one backup file; nothing when the name is not a backup's.
    static std::optional<ui::BackupInfo> describe(const QString &path);

    QList<ui::BackupInfo> backups() override;
    ui::BackupInfo backUpNow() override;
    void prune(int keep) override;
    // Only a backup listed by backups() is restored (NotFound otherwise).
    void restore(const QString &id) override;

private:
    SqliteStoreHandle &m_handle;
};

} // namespace holdfast::app
