#include "storage/Backups.h"

#include "storage/DataFolder.h"
#include "storage/DatabaseFile.h"
#include "storage/PrivateFiles.h"
#include "storage/ScopedConnection.h"
#include "storage/SqlErrors.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace holdfast::storage {

namespace {

using Kind = StoreError::Kind;

Moment systemNow()
{
    const QDateTime now = QDateTime::currentDateTime();
    return Moment::fromUtc(now.toMSecsSinceEpoch(), now.offsetFromUtc() / 60,
                           QString::fromUtf8(QTimeZone::systemTimeZoneId()).toStdString());
}

} // namespace

namespace backups {

Moment nowFrom(const Clock *clock)
{
    return clock ? clock->now() : systemNow();
}

std::vector<BackupName> namesIn(const QString &backupDir)
{
    std::vector<BackupName> names;
    const QStringList files = QDir(backupDir).entryList({u"holdfast-*.sqlite"_s}, QDir::Files);
    for (const QString &file : files) {
        if (const auto name = BackupName::parse(file))
            names.push_back(*name);
    }
    std::sort(names.begin(), names.end(), [](const BackupName &a, const BackupName &b) { return a > b; });
    return names;
}

// A free name for a backup taken at `when`: the sequence number goes up when
// several backups are taken within the same second.
static BackupName freeBackupName(const QString &backupDir, const Moment &when, const QString &tag)
{
    BackupName name(when, tag);
    int sequence = 1;
    for (const BackupName &existing : namesIn(backupDir)) {
        if (existing.date() == name.date() && existing.secondOfDay() == name.secondOfDay())
            sequence = std::max(sequence, existing.sequence() + 1);
    }
    name = name.withSequence(sequence);
    while (QFileInfo::exists(QDir(backupDir).filePath(name.fileName())))
        name = name.withSequence(name.sequence() + 1);
    return name;
}

// A backup cut short (the app closed or killed during VACUUM INTO) leaves its
// hidden temporary file and SQLite's journal of it. Those older than an hour
// cannot belong to a backup still running, so they go.
void removeStaleTemporaries(const QString &backupDir)
{
    const QDateTime anHourAgo = QDateTime::currentDateTimeUtc().addSecs(-3600);
    const QFileInfoList leftovers = QDir(backupDir).entryInfoList(
        {u".holdfast-*.sqlite.tmp"_s, u".holdfast-*.sqlite.tmp-*"_s}, QDir::Files | QDir::Hidden);
    for (const QFileInfo &leftover : leftovers) {
        if (leftover.lastModified().toUTC() < anHourAgo)
            QFile::remove(leftover.absoluteFilePath());
    }
}

// VACUUM INTO a hidden 0600 temp file, sync it, then rename it into place, so a
// crash never leaves a half-written file under a backup's name.
QString vacuumInto(const QSqlDatabase &db, const QString &backupDir, const Moment &when, const QString &tag)
{
    datafolder::ensureWritableFolder(backupDir, "backup folder");
    const BackupName name = freeBackupName(backupDir, when, tag);
    const QString finalPath = QDir(backupDir).filePath(name.fileName());
    const QString tempPath = QDir(backupDir).filePath(u"."_s + name.fileName() + u".tmp"_s);
    QFile::remove(tempPath);
    privatefiles::Probe failure = privatefiles::Probe::Failed;
    // VACUUM INTO accepts an existing empty file and keeps its mode: 0600 from the start.
    if (!privatefiles::createPrivateFile(tempPath, &failure))
        throw StoreError(failure == privatefiles::Probe::DiskFull ? Kind::DiskFull : Kind::ReadOnly,
                         "cannot create a backup file in " + backupDir.toStdString());
    {
        QSqlQuery query(db);
        query.prepare(u"VACUUM INTO ?"_s);
        query.bindValue(0, tempPath);
        if (!query.exec()) {
            const QSqlError sqlError = query.lastError();
            query.finish();
            QFile::remove(tempPath);
            throw storeError(sqlError, "backup");
        }
    }
    privatefiles::restrictFile(tempPath);
    if (!privatefiles::syncFile(tempPath) || !privatefiles::replaceFile(tempPath, finalPath)) {
        QFile::remove(tempPath);
        throw StoreError(Kind::Other, "cannot finish the backup " + finalPath.toStdString());
    }
    privatefiles::syncDir(backupDir);
    return finalPath;
}

QStringList pathsIn(const QString &backupDir)
{
    QStringList paths;
    for (const BackupName &name : namesIn(backupDir))
        paths.append(QDir(backupDir).filePath(name.fileName()));
    return paths;
}

void prune(const QString &backupDir, int keep)
{
    keep = std::max(keep, 1);
    const QStringList backups = pathsIn(backupDir);
    for (qsizetype i = keep; i < backups.size(); ++i)
        QFile::remove(backups.at(i));
    // Temp files of a backup interrupted by a crash.
    const QDir dir(backupDir);
    for (const QString &stale : dir.entryList({u".holdfast-*.tmp"_s}, QDir::Files | QDir::Hidden))
        QFile::remove(dir.filePath(stale));
}

void restore(const QString &dir, const QString &backupPath, const OpenOptions &options)
{
    if (!QFileInfo(backupPath).isFile())
        throw StoreError(Kind::NotFound, "no backup at " + backupPath.toStdString());
    // Never replace the user's data with something we could not open.
    databasefile::verify(backupPath, options.busyTimeoutMs);
    datafolder::ensureWritableFolder(dir, "data folder");

    const QString dbPath = datafolder::databaseFileIn(dir);
    const QString backups = datafolder::backupDirIn(dir);
    const Moment when = nowFrom(options.clock);
    if (QFileInfo(dbPath).isFile() && QFileInfo(dbPath).size() > 0) {
        bool readable = true;
        try {
            databasefile::verify(dbPath, options.busyTimeoutMs);
        } catch (const StoreError &error) {
            readable = error.kind() == Kind::TooNew; // a newer database is still worth a real backup
            if (error.kind() != Kind::Corrupt && error.kind() != Kind::TooNew)
                throw;
        }
        if (readable) {
            ScopedConnection connection(dbPath, true, options.busyTimeoutMs);
            connection.open("open for the safety backup");
            vacuumInto(connection.db(), backups, when, u"before_restore"_s);
        } else {
            // Keep the damaged bytes, under a name backupsIn() never offers.
            datafolder::ensureWritableFolder(backups, "backup folder");
            const QString name = BackupName(when, u"before_restore"_s).fileName();
            QString keptPath = QDir(backups).filePath(u"damaged-"_s + name);
            for (int n = 2; QFileInfo::exists(keptPath); ++n)
                keptPath = QDir(backups).filePath(u"damaged-%1-"_s.arg(n) + name);
            if (!privatefiles::copyPrivate(dbPath, keptPath))
                throw StoreError(Kind::DiskFull, "cannot keep a copy of the damaged database");
            if (QFileInfo::exists(dbPath + u"-wal"_s))
                privatefiles::copyPrivate(dbPath + u"-wal"_s, keptPath + u"-wal"_s);
            privatefiles::syncDir(backups);
        }
    }

    const QString tempPath = QDir(dir).filePath(u".holdfast.sqlite.restore.tmp"_s);
    QFile::remove(tempPath);
    if (!privatefiles::copyPrivate(backupPath, tempPath)) {
        const bool full = privatefiles::probeWritable(dir) == privatefiles::Probe::DiskFull;
        throw StoreError(full ? Kind::DiskFull : Kind::Other, "cannot copy the backup into " + dir.toStdString());
    }
    // The old WAL belongs to the old file; SQLite would replay it into the restored one.
    QFile::remove(dbPath + u"-wal"_s);
    QFile::remove(dbPath + u"-shm"_s);
    if (!privatefiles::replaceFile(tempPath, dbPath)) {
        QFile::remove(tempPath);
        throw StoreError(Kind::Other, "cannot replace " + dbPath.toStdString());
    }
    privatefiles::syncDir(dir);
}
} // namespace backups

} // namespace holdfast::storage
