#include "BackupService.h"

#include "SqliteStoreHandle.h"

#include "storage/BackupName.h"
#include "storage/SqliteStore.h"

#include <QDate>
#include <QFileInfo>
#include <QTime>

namespace holdfast::app {

BackupService::BackupService(SqliteStoreHandle &handle) : m_handle(handle)
{
}

ui::BackupReason BackupService::reasonOfTag(const QString &tag)
{
    if (tag == u"daily")
        return ui::BackupReason::Daily;
    if (tag == u"manual")
        return ui::BackupReason::Manual;
    if (tag == u"before_restore")
        return ui::BackupReason::BeforeRestore;
    if (tag.startsWith(u"before_migration") || tag.startsWith(u"before_update"))
        return ui::BackupReason::BeforeUpdate;
    if (tag == u"before_encryption" || tag == u"before_decryption")
        return ui::BackupReason::BeforeEncryption;
    return ui::BackupReason::Other;
}

std::optional<ui::BackupInfo> BackupService::describe(const QString &path)
{
    const QFileInfo file(path);
    const auto name = storage::BackupName::parse(file.fileName());
    if (!name)
        return std::nullopt;
    ui::BackupInfo info;
    info.id = file.absoluteFilePath();
    const LocalDate date = name->date();
    // The name holds the wall-clock time the user saw; show it as such.
    info.takenAt = QDateTime(QDate(date.year(), int(date.month()), int(date.day())),
                             QTime::fromMSecsSinceStartOfDay(name->secondOfDay() * 1000));
    info.reason = reasonOfTag(name->tag());
    info.sizeBytes = file.size();
    return info;
}

QList<ui::BackupInfo> BackupService::backups()
{
    QList<ui::BackupInfo> list;
    for (const QString &path : storage::SqliteStore::backupsIn(m_handle.dataDir())) {
        if (const auto info = describe(path))
            list.append(*info);
    }
    return list;
}

ui::BackupInfo BackupService::backUpNow()
{
    const QString path = m_handle.current().backupNow(QStringLiteral("manual"));
    if (const auto info = describe(path))
        return *info;
    return ui::BackupInfo{path, QDateTime::currentDateTime(), ui::BackupReason::Manual, QFileInfo(path).size()};
}

void BackupService::prune(int keep)
{
    m_handle.current().pruneBackups(keep);
}

void BackupService::restore(const QString &id)
{
    // Only a file of our own backup folder, never an arbitrary path.
    const QString path = QFileInfo(id).absoluteFilePath();
    if (!storage::SqliteStore::backupsIn(m_handle.dataDir()).contains(path))
        throw StoreError(StoreError::Kind::NotFound, "not one of the backups: " + path.toStdString());
    const storage::OpenOptions options = m_handle.options();
    m_handle.whileClosed([&](const QString &dataDir) { storage::SqliteStore::restoreBackup(dataDir, path, options); });
}

} // namespace holdfast::app
