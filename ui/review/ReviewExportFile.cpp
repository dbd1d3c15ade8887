#include "ui/review/ReviewExportFile.h"

#include <QDir>
#include <QFileInfo>

namespace holdfast::ui::ReviewExportFile {

namespace {

// The folder of the last export, for the whole session.
QString &lastExportFolder()
{
    static QString folder;
    return folder;
}

} // namespace

QString suggestedPath(const LocalDate &weekStart, bool pdf)
{
    const QString last = lastExportFolder();
    const QString folder = !last.isEmpty() && QFileInfo(last).isDir() ? last : QDir::homePath();
    return QDir(folder).filePath(QStringLiteral("holdfast-week-%1.%2")
                                     .arg(QString::fromStdString(weekStart.toIso()),
                                          pdf ? QStringLiteral("pdf") : QStringLiteral("png")));
}

bool write(const QString &path, const QByteArray &bytes, const QString &dataDir, exchange::WriteError *error)
{
    exchange::WriteError result;
    if (bytes.isEmpty()) {
        result.problem = exchange::WriteError::Problem::CannotWrite;
        result.path = path;
    } else {
        result = exchange::WholeFile::write(path, bytes, dataDir);
    }
    if (error)
        *error = result;
    if (result)
        return false;
    lastExportFolder() = QFileInfo(path).absolutePath();
    return true;
}

} // namespace holdfast::ui::ReviewExportFile
