#include "WholeFile.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

#include <memory>

namespace holdfast::exchange {

namespace {

constexpr QFileDevice::Permissions kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr QFileDevice::Permissions kOwnerOnlyFolder = kOwnerOnly | QFileDevice::ExeOwner;

// The path with every link in its existing part resolved; for a file that does
// not exist yet, its folder resolved and the name added.
QString resolved(const QString &path)
{
    const QFileInfo info(path);
    if (info.exists())
        return info.canonicalFilePath();
    const QString folder = QFileInfo(info.absolutePath()).canonicalFilePath();
    return folder.isEmpty() ? QDir::cleanPath(info.absoluteFilePath()) : QDir(folder).filePath(info.fileName());
}

bool isInside(const QString &path, const QString &folder)
{
    if (folder.isEmpty())
        return false;
    const QString root = resolved(folder);
    const QString target = resolved(path);
    return target == root || target.startsWith(root + u'/');
}

WriteError failure(WriteError::Problem problem, const QString &path, const QString &detail = QString())
{
    return WriteError{problem, path, detail};
}

WriteError fromDevice(const QFileDevice &file, const QString &path)
{
    return failure(file.error() == QFileDevice::ResourceError ? WriteError::Problem::DiskFull
                                                              : WriteError::Problem::CannotWrite,
                   path, file.errorString());
}

// Writes every byte or reports why not: a short write (a full disk) is retried
// until the system gives its reason.
bool writeEvery(QSaveFile &file, const QByteArray &bytes)
{
    const char *data = bytes.constData();
    qint64 left = bytes.size();
    while (left > 0) {
        const qint64 written = file.write(data, left);
        if (written <= 0)
            return false;
        data += written;
        left -= written;
    }
    return true;
}

// Opens and fills the temporary file; the caller commits it.
WriteError prepare(QSaveFile &file, const QString &path, const QByteArray &bytes)
{
    // Unbuffered: each write reaches the system, so its failure is seen here.
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        return fromDevice(file, path);
    // The exports hold the most private text there is: only their owner may read them.
    file.setPermissions(kOwnerOnly);
    if (!writeEvery(file, bytes)) {
        const WriteError error = fromDevice(file, path);
        file.cancelWriting();
        return error.problem == WriteError::Problem::None ? failure(WriteError::Problem::CannotWrite, path) : error;
    }
    return {};
}

} // namespace

WriteError WholeFile::refusal(const QString &path, const QString &dataDir)
{
    const QFileInfo info(path);
    if (path.isEmpty() || info.fileName().isEmpty())
        return failure(WriteError::Problem::NotAFile, path);
    if (info.isSymLink())
        return failure(WriteError::Problem::IsLink, path);
    if (isInside(path, dataDir))
        return failure(WriteError::Problem::InsideDataFolder, path);
    if (info.exists() && !info.isFile())
        return failure(WriteError::Problem::NotAFile, path);
    return {};
}

WriteError WholeFile::write(const QString &path, const QByteArray &bytes, const QString &dataDir)
{
    return writeAll({Part{path, bytes}}, dataDir);
}

WriteError WholeFile::writeAll(const std::vector<Part> &parts, const QString &dataDir)
{
    for (const Part &part : parts) {
        if (const WriteError refused = refusal(part.path, dataDir))
            return refused;
    }
    // Every temporary file is written and checked before any is renamed into place.
    std::vector<std::unique_ptr<QSaveFile>> files;
    for (const Part &part : parts) {
        auto file = std::make_unique<QSaveFile>(part.path);
        if (const WriteError error = prepare(*file, part.path, part.bytes)) {
            for (auto &open : files)
                open->cancelWriting();
            return error;
        }
        files.push_back(std::move(file));
    }
    std::vector<QString> committed;
    for (std::size_t i = 0; i < files.size(); ++i) {
        const QString &path = parts[i].path;
        const bool existed = QFileInfo::exists(path);
        if (!files[i]->commit()) {
            const WriteError error = fromDevice(*files[i], path);
            for (std::size_t j = i + 1; j < files.size(); ++j)
                files[j]->cancelWriting();
            // New files written before this one would leave half a set.
            for (const QString &done : committed)
                QFile::remove(done);
            return error.problem == WriteError::Problem::None ? failure(WriteError::Problem::CannotWrite, path) : error;
        }
        QFile::setPermissions(path, kOwnerOnly);
        if (!existed)
            committed.push_back(path);
    }
    return {};
}

WriteError WholeFile::makeFolder(const QString &path, const QString &dataDir)
{
    const QFileInfo info(path);
    if (info.isSymLink() && !info.isDir())
        return failure(WriteError::Problem::IsLink, path);
    if (isInside(path, dataDir))
        return failure(WriteError::Problem::InsideDataFolder, path);
    if (info.exists())
        return info.isDir() ? WriteError{} : failure(WriteError::Problem::NotAFile, path);
    // Each missing folder from the outermost in, made 0700 as it is made.
    QStringList missing;
    QFileInfo step(QDir::cleanPath(info.absoluteFilePath()));
    while (!step.exists()) {
        missing.prepend(step.absoluteFilePath());
        const QString parent = step.absolutePath();
        if (parent == step.absoluteFilePath())
            break;
        step = QFileInfo(parent);
    }
    for (const QString &folder : missing) {
        if (!QDir().mkdir(folder, kOwnerOnlyFolder))
            return failure(WriteError::Problem::CannotWrite, folder);
    }
    return {};
}

} // namespace holdfast::exchange
