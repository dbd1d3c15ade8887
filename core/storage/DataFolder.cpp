#include "storage/DataFolder.h"

#include "storage/PrivateFiles.h"
#include "storage/SqliteStore.h"

#include <QDir>
#include <QFileInfo>

#include <atomic>
#include <map>

using namespace Qt::StringLiterals;

namespace holdfast::storage {

namespace {

using Kind = StoreError::Kind;

std::atomic<quint64> g_connectionCounter{0};

std::mutex g_openMutex;
std::map<QString, int> g_openDirs;

// Why a folder cannot be used, told by the nearest folder that exists.
Kind folderFailureKind(const QString &dir)
{
    QFileInfo info(dir);
    while (!info.exists() && !info.isRoot() && info.absolutePath() != info.absoluteFilePath())
        info = QFileInfo(info.absolutePath());
    if (info.exists() && info.isDir() && privatefiles::probeWritable(info.absoluteFilePath()) == privatefiles::Probe::ReadOnly)
        return Kind::ReadOnly;
    return Kind::CannotOpen;
}

} // namespace

namespace datafolder {

QString cleanDir(const QString &dir)
{
    return QDir::cleanPath(QFileInfo(dir).absoluteFilePath());
}

QString canonicalDir(const QString &dir)
{
    const QString canonical = QFileInfo(dir).canonicalFilePath();
    return canonical.isEmpty() ? cleanDir(dir) : canonical;
}

QString databaseFileIn(const QString &dir)
{
    return QDir(dir).filePath(QLatin1String(SqliteStore::kDatabaseFileName));
}

QString backupDirIn(const QString &dir)
{
    return QDir(dir).filePath(QLatin1String(SqliteStore::kBackupFolderName));
}

void ensureWritableFolder(const QString &dir, const char *what)
{
    if (QFileInfo(dir).exists() && !QFileInfo(dir).isDir())
        throw StoreError(Kind::CannotOpen, std::string(what) + " " + dir.toStdString() + " is a file, not a folder");
    if (!privatefiles::ensurePrivateDir(dir))
        throw StoreError(folderFailureKind(dir), std::string("cannot create ") + what + " " + dir.toStdString());
    switch (privatefiles::probeWritable(dir)) {
    case privatefiles::Probe::Writable:
        return;
    case privatefiles::Probe::ReadOnly:
        throw StoreError(Kind::ReadOnly, std::string(what) + " " + dir.toStdString() + " is read-only");
    case privatefiles::Probe::DiskFull:
        throw StoreError(Kind::DiskFull, "no space left for " + dir.toStdString());
    case privatefiles::Probe::Missing:
    case privatefiles::Probe::Failed:
        break;
    }
    throw StoreError(Kind::CannotOpen, std::string("cannot write to ") + what + " " + dir.toStdString());
}

void registerOpen(const QString &dir)
{
    const std::lock_guard lock(g_openMutex);
    ++g_openDirs[dir];
}

void unregisterOpen(const QString &dir)
{
    const std::lock_guard lock(g_openMutex);
    const auto it = g_openDirs.find(dir);
    if (it != g_openDirs.end() && --it->second <= 0)
        g_openDirs.erase(it);
}

bool isOpenInProcess(const QString &dir)
{
    const std::lock_guard lock(g_openMutex);
    return g_openDirs.count(dir) > 0;
}

std::mutex &upkeepMutex()
{
    static std::mutex mutex;
    return mutex;
}

QString nextConnectionName(const char *purpose)
{
    return u"holdfast-%1-%2"_s.arg(QLatin1String(purpose)).arg(++g_connectionCounter);
}

} // namespace datafolder

} // namespace holdfast::storage
