#include "storage/DatabaseFile.h"

#include "storage/Backups.h"
#include "storage/DataFolder.h"
#include "storage/Migrations.h"
#include "storage/ScopedConnection.h"
#include "storage/SqlErrors.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace holdfast::storage {

namespace {

using Kind = StoreError::Kind;

quint32 bigEndian32(const QByteArray &bytes, int offset)
{
    const auto byte = [&](int i) { return quint32(quint8(bytes.at(offset + i))); };
    return (byte(0) << 24) | (byte(1) << 16) | (byte(2) << 8) | byte(3);
}

} // namespace

namespace databasefile {

// Reads only the 100-byte header: tells a database from anything else and a
// newer schema from ours without letting SQLite near the file.
// Returns user_version (0 for an empty file).
int inspectHeader(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw StoreError(Kind::CannotOpen, "cannot read " + path.toStdString() + ": " + file.errorString().toStdString());
    const qint64 size = file.size();
    if (size == 0)
        return 0;
    const QByteArray header = file.read(100);
    if (header.size() < 100 || header.first(16) != QByteArray("SQLite format 3\0", 16))
        throw StoreError(Kind::Corrupt, path.toStdString() + " is not a Holdfast database");
    quint32 pageSize = (quint32(quint8(header.at(16))) << 8) | quint8(header.at(17));
    if (pageSize == 1)
        pageSize = 65536;
    if (pageSize < 512 || pageSize > 65536 || (pageSize & (pageSize - 1)) != 0)
        throw StoreError(Kind::Corrupt, path.toStdString() + " has a damaged header");
    if (size % qint64(pageSize) != 0)
        throw StoreError(Kind::Corrupt, path.toStdString() + " is truncated");
    const quint32 changeCounter = bigEndian32(header, 24);
    const quint32 pageCount = bigEndian32(header, 28);
    const quint32 validFor = bigEndian32(header, 92);
    // A checkpoint cut short (a crash, a power cut) leaves page 1 already
    // counting pages that are still only in the WAL; SQLite reads them from
    // there and finishes the checkpoint. Only without a WAL is a short file damage.
    const bool walHasFrames = QFileInfo(path + u"-wal"_s).size() > 32;
    if (validFor == changeCounter && qint64(pageCount) * pageSize > size && !walHasFrames)
        throw StoreError(Kind::Corrupt, path.toStdString() + " is truncated");
    const auto userVersion = qint32(bigEndian32(header, 60));
    if (userVersion > Migrations::latestVersion())
        throw StoreError(Kind::TooNew, path.toStdString() + " has schema version " + std::to_string(userVersion)
                                           + "; this Holdfast knows up to "
                                           + std::to_string(Migrations::latestVersion()));
    if (userVersion < 0)
        throw StoreError(Kind::Corrupt, path.toStdString() + " has a damaged header");
    return userVersion;
}

// Opens the file read-only and asks SQLite itself: the version (a newer one
// may sit in the WAL) and PRAGMA quick_check. Writes nothing to the file.
int verify(const QString &path, int busyTimeoutMs, bool quickCheck)
{
    if (inspectHeader(path) == 0 && QFileInfo(path).size() == 0)
        return 0;
    const QString walPath = path + u"-wal"_s;
    const QString shmPath = path + u"-shm"_s;
    const bool hadWal = QFileInfo::exists(walPath);
    const bool hadShm = QFileInfo::exists(shmPath);
    int version = 0;
    try {
        ScopedConnection connection(path, true, busyTimeoutMs);
        requireDriver(connection.db());
        auto fail = [&](const QSqlError &error, const char *what) {
            StoreError mapped = storeError(error, what);
            // Anything but "locked" or "cannot open" means SQLite could not read it.
            if (mapped.kind() == Kind::Other && sqliteResultCode(error) != 5 && sqliteResultCode(error) != 6)
                return StoreError(Kind::Corrupt, mapped.what());
            if (mapped.kind() == Kind::InvalidData)
                return StoreError(Kind::Corrupt, mapped.what());
            return mapped;
        };
        if (!connection.db().open())
            throw fail(connection.db().lastError(), "open for checking");
        {
            QSqlQuery query(connection.db());
            if (!query.exec(u"PRAGMA user_version"_s) || !query.next())
                throw fail(query.lastError(), "read schema version");
            version = query.value(0).toInt();
            query.finish();
            if (version > Migrations::latestVersion())
                throw StoreError(Kind::TooNew, path.toStdString() + " has schema version " + std::to_string(version));
            if (quickCheck) {
                if (!query.exec(u"PRAGMA quick_check"_s))
                    throw fail(query.lastError(), "integrity check");
                if (!query.next() || query.value(0).toString() != u"ok")
                    throw StoreError(Kind::Corrupt, path.toStdString() + " failed its integrity check");
            }
        }
    } catch (const StoreError &) {
        // The read-only check may have created the WAL index files; take away
        // only what we added, so the folder looks as it did.
        if (!hadWal)
            QFile::remove(walPath);
        if (!hadShm)
            QFile::remove(shmPath);
        throw;
    }
    return version;
}

// An empty database file is a new store only when nothing says there was data:
// a sync tool or a crash can leave 0 bytes where the data was, with its -wal
// (the last commits) beside it or backups of it. Then it is damage, so the
// backups are offered and SQLite never gets the chance to reset that -wal.
void refuseEmptyFileWithHistory(const QString &dir)
{
    const QString path = datafolder::databaseFileIn(dir);
    if (QFileInfo(path).size() != 0)
        return;
    const bool walHasFrames = QFileInfo(path + u"-wal"_s).size() > 0;
    if (walHasFrames || !backups::namesIn(datafolder::backupDirIn(dir)).empty())
        throw StoreError(Kind::Corrupt, path.toStdString() + " is empty, but there was data here before");
}

} // namespace databasefile

} // namespace holdfast::storage
