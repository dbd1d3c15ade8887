#include "storage/PrivateFiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QStorageInfo>

#include <cstdio>
#include <utility>

// Qt has no call that flushes a file or a folder entry to the disk, nor one that
// renames over an existing file on Windows: only those steps use the platform.
#if defined(Q_OS_WIN)
#include <qt_windows.h>
#elif defined(Q_OS_UNIX)
#include <cerrno>
#include <fcntl.h>
#include <unistd.h>
#endif

namespace holdfast::storage::privatefiles {

namespace {

constexpr QFile::Permissions kOwnerOnlyFile = QFile::ReadOwner | QFile::WriteOwner;
constexpr QFile::Permissions kOwnerOnlyDir = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner;
constexpr QFile::Permissions kGroupAndOther = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup
                                              | QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;

// Why a write into `dir` failed, asked of the file system afterwards: Qt reports
// every failed open the same way, so the reason is read from the folder itself.
Probe failureIn(const QString &dir)
{
    const QFileInfo info(dir);
    if (!info.isDir())
        return Probe::Missing;
    const QStorageInfo volume(dir);
    if (volume.isValid() && volume.isReadOnly())
        return Probe::ReadOnly;
    if (!info.isWritable())
        return Probe::ReadOnly;
    if (volume.isValid() && volume.bytesAvailable() <= 0)
        return Probe::DiskFull;
    return Probe::Failed;
}

// Creates `path`, which must not exist, readable and writable by the owner only.
// The mode is given at creation, so the file is never briefly open to others.
bool openNewPrivate(QFile &file)
{
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly | QIODevice::Unbuffered, kOwnerOnlyFile))
        return false;
    // The umask may have taken owner bits away, never added any; set exactly 0600.
    return file.setPermissions(kOwnerOnlyFile);
}

bool syncPath(const QString &path, bool folder)
{
#if defined(Q_OS_WIN)
    if (folder)
        return true; // NTFS journals directory entries; Windows cannot flush a folder handle
    const HANDLE handle = ::CreateFileW(reinterpret_cast<const wchar_t *>(QDir::toNativeSeparators(path).utf16()),
                                       GENERIC_WRITE, FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE, nullptr,
                                       OPEN_EXISTING, FILE_ATTRIBUTE_NORMAL, nullptr);
    if (handle == INVALID_HANDLE_VALUE)
        return false;
    const bool ok = ::FlushFileBuffers(handle) != 0;
    ::CloseHandle(handle);
    return ok;
#elif defined(Q_OS_UNIX)
    const QByteArray native = QFile::encodeName(path);
    int fd = -1;
    do {
        fd = ::open(native.constData(), O_RDONLY | O_CLOEXEC | (folder ? O_DIRECTORY : 0));
    } while (fd < 0 && errno == EINTR);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
#else
    Q_UNUSED(folder);
    return QFileInfo::exists(path);
#endif
}

} // namespace

bool ensurePrivateDir(const QString &path)
{
    const QFileInfo info(path);
    if (info.exists() && !info.isDir())
        return false;
    if (!info.exists()) {
        // Create the parents with the usual modes, the data folder itself owner-only
        // from the start so it is never briefly readable by others.
        if (!QDir().mkpath(info.absolutePath()))
            return false;
        if (!QDir().mkdir(info.absoluteFilePath(), kOwnerOnlyDir) && !QFileInfo(path).isDir())
            return false;
    }
    const QFileInfo created(path);
    if (!created.isDir())
        return false;
    const QFile::Permissions permissions = created.permissions();
    if ((permissions & kGroupAndOther) != 0 && !QFile::setPermissions(path, permissions & kOwnerOnlyDir))
        return false;
    return true;
}

bool restrictFile(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return false;
    const QFile::Permissions permissions = info.permissions();
    if ((permissions & (kGroupAndOther | QFile::ExeOwner)) == 0)
        return true;
    return QFile::setPermissions(path, permissions & kOwnerOnlyFile);
}

bool createPrivateFile(const QString &path, Probe *failure)
{
    QFile file(path);
    if (openNewPrivate(file))
        return true;
    if (failure)
        *failure = QFileInfo::exists(path) ? Probe::Failed : failureIn(QFileInfo(path).absolutePath());
    return false;
}

Probe probeWritable(const QString &dir)
{
    if (!QFileInfo(dir).isDir())
        return Probe::Missing;
    // A name of its own: two Holdfasts opening the folder at once (the window
    // and `holdfast --import`) each probe with their own file, never the other's.
    const QString probe = QDir(dir).filePath(QStringLiteral(".holdfast-write-probe-%1-%2")
                                                 .arg(QCoreApplication::applicationPid())
                                                 .arg(QRandomGenerator::global()->generate64(), 0, 16));
    QFile file(probe);
    if (!openNewPrivate(file)) {
        const Probe why = failureIn(dir);
        return why == Probe::Missing ? Probe::Failed : why;
    }
    // No sync: this runs on every start, and SQLite reports a full disk on the real write anyway.
    const bool wrote = file.write("", 1) == 1 && file.flush();
    file.close();
    QFile::remove(probe);
    if (!wrote)
        return failureIn(dir) == Probe::DiskFull ? Probe::DiskFull : Probe::Failed;
    return Probe::Writable;
}

bool syncFile(const QString &path)
{
    return syncPath(path, false);
}

bool syncDir(const QString &path)
{
    return syncPath(path, true);
}

bool copyPrivate(const QString &from, const QString &to)
{
    QFile source(from);
    if (!source.open(QIODevice::ReadOnly))
        return false;
    QFile target(to);
    if (!openNewPrivate(target)) {
        if (target.isOpen()) {
            target.close();
            target.remove();
        }
        return false;
    }
    bool ok = true;
    constexpr qint64 kChunk = 1 << 20;
    while (ok && !source.atEnd()) {
        const QByteArray chunk = source.read(kChunk);
        if (chunk.isEmpty() && source.error() != QFileDevice::NoError)
            ok = false;
        else
            ok = target.write(chunk) == chunk.size();
    }
    ok = ok && target.flush();
    target.close();
    ok = ok && target.error() == QFileDevice::NoError && syncFile(to);
    if (!ok)
        QFile::remove(to);
    return ok;
}

bool replaceFile(const QString &from, const QString &to)
{
#if defined(Q_OS_WIN)
    // QFile::rename refuses an existing target; MoveFileEx replaces it in one step.
    return ::MoveFileExW(reinterpret_cast<const wchar_t *>(QDir::toNativeSeparators(from).utf16()),
                         reinterpret_cast<const wchar_t *>(QDir::toNativeSeparators(to).utf16()),
                         MOVEFILE_REPLACE_EXISTING | MOVEFILE_WRITE_THROUGH)
        != 0;
#else
    // rename(2) replaces the target atomically; QFile::rename would refuse an existing one.
    return std::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) == 0;
#endif
}

int modeOf(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return -1;
    const QFile::Permissions permissions = info.permissions();
    int mode = 0;
    const std::pair<QFile::Permission, int> bits[] = {
        {QFile::ReadOwner, 0400}, {QFile::WriteOwner, 0200}, {QFile::ExeOwner, 0100},
        {QFile::ReadGroup, 0040}, {QFile::WriteGroup, 0020}, {QFile::ExeGroup, 0010},
        {QFile::ReadOther, 0004}, {QFile::WriteOther, 0002}, {QFile::ExeOther, 0001},
    };
    for (const auto &[permission, bit] : bits) {
        if (permissions.testFlag(permission))
            mode |= bit;
    }
    return mode;
}

} // namespace holdfast::storage::privatefiles
