#include "storage/PrivateFiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstdio>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace holdfast::storage::privatefiles {

namespace {

QByteArray native(const QString &path)
{
    return QFile::encodeName(path);
}

int openRetrying(const QByteArray &path, int flags, mode_t mode = 0)
{
    int fd = -1;
    do {
        fd = ::open(path.constData(), flags | O_CLOEXEC, mode);
    } while (fd < 0 && errno == EINTR);
    return fd;
}

bool writeAll(int fd, const char *data, qint64 size)
{
    while (size > 0) {
        const ssize_t written = ::write(fd, data, size_t(size));
        if (written < 0) {
            if (errno == EINTR)
                continue;
            return false;
        }
        data += written;
        size -= written;
    }
    return true;
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
        const QString parent = info.absolutePath();
        if (!QDir().mkpath(parent))
            return false;
        if (::mkdir(native(path).constData(), 0700) != 0 && errno != EEXIST)
            return false;
    }
    struct stat st {};
    if (::stat(native(path).constData(), &st) != 0 || !S_ISDIR(st.st_mode))
        return false;
    const mode_t bits = st.st_mode & 07777;
    if ((bits & 077) != 0 && ::chmod(native(path).constData(), bits & 0700) != 0)
        return false;
    return true;
}

bool restrictFile(const QString &path)
{
    struct stat st {};
    if (::stat(native(path).constData(), &st) != 0)
        return false;
    const mode_t bits = st.st_mode & 07777;
    if ((bits & 07177) == 0)
        return true;
    return ::chmod(native(path).constData(), bits & 0600) == 0;
}

bool createPrivateFile(const QString &path, int *errorNumber)
{
    const int fd = openRetrying(native(path), O_WRONLY | O_CREAT | O_EXCL, 0600);
    if (fd < 0) {
        if (errorNumber)
            *errorNumber = errno;
        return false;
    }
    // The umask may have taken bits away, never added them; set exactly 0600.
    const bool ok = ::fchmod(fd, 0600) == 0;
    const int savedErrno = errno;
    ::close(fd);
    if (!ok && errorNumber)
        *errorNumber = savedErrno;
    return ok;
}

Probe probeWritable(const QString &dir)
{
    if (!QFileInfo(dir).isDir())
        return Probe::Missing;
    const QString probe = QDir(dir).filePath(QStringLiteral(".holdfast-write-probe"));
    ::unlink(native(probe).constData()); // left over from a crash
    const int fd = openRetrying(native(probe), O_WRONLY | O_CREAT | O_EXCL, 0600);
    if (fd < 0) {
        switch (errno) {
        case EACCES:
        case EPERM:
        case EROFS:
            return Probe::ReadOnly;
        case ENOSPC:
        case EDQUOT:
            return Probe::DiskFull;
        default:
            return Probe::Failed;
        }
    }
    // No fsync: this runs on every start, and SQLite reports a full disk on the real write anyway.
    const char byte = 0;
    const bool wrote = writeAll(fd, &byte, 1);
    const int savedErrno = errno;
    ::close(fd);
    ::unlink(native(probe).constData());
    if (!wrote)
        return (savedErrno == ENOSPC || savedErrno == EDQUOT) ? Probe::DiskFull : Probe::Failed;
    return Probe::Writable;
}

bool syncFile(const QString &path)
{
    const int fd = openRetrying(native(path), O_RDONLY);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
}

bool syncDir(const QString &path)
{
    const int fd = openRetrying(native(path), O_RDONLY | O_DIRECTORY);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
}

bool copyPrivate(const QString &from, const QString &to)
{
    QFile source(from);
    if (!source.open(QIODevice::ReadOnly))
        return false;
    const int fd = openRetrying(native(to), O_WRONLY | O_CREAT | O_EXCL, 0600);
    if (fd < 0)
        return false;
    bool ok = ::fchmod(fd, 0600) == 0;
    constexpr qint64 kChunk = 1 << 20;
    while (ok && !source.atEnd()) {
        const QByteArray chunk = source.read(kChunk);
        if (chunk.isEmpty() && source.error() != QFileDevice::NoError)
            ok = false;
        else
            ok = writeAll(fd, chunk.constData(), chunk.size());
    }
    ok = ok && ::fsync(fd) == 0;
    ::close(fd);
    if (!ok)
        ::unlink(native(to).constData());
    return ok;
}

bool replaceFile(const QString &from, const QString &to)
{
    return std::rename(native(from).constData(), native(to).constData()) == 0;
}

int modeOf(const QString &path)
{
    struct stat st {};
    if (::stat(native(path).constData(), &st) != 0)
        return -1;
    return int(st.st_mode & 07777);
}

} // namespace holdfast::storage::privatefiles
