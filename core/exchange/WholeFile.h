#pragma once

// Every file Holdfast writes for the person to keep (JSON and CSV exports,
// the review's PNG and PDF): whole or absent, readable by its owner only,
// never written through a link, never inside Holdfast's own data folder.
// Each write is checked, so a full disk is an error, not a short file.

#include <QByteArray>
#include <QString>

#include <utility>
#include <vector>

namespace holdfast::exchange {

struct WriteError
{
    enum class Problem {
        None,
        InsideDataFolder, // the target is (or is in) Holdfast's data folder
        IsLink,           // the target is a symbolic link
        NotAFile,         // the target is a folder or a device
        DiskFull,
        CannotWrite,      // anything else; `detail` holds the system's reason
    };

    Problem problem = Problem::None;
    QString path;   // the file or folder concerned
    QString detail; // the system's words, when there are any

    explicit operator bool() const { return problem != Problem::None; }
};

class WholeFile
{
public:
    struct Part
    {
        QString path;
        QByteArray bytes;
    };

    // Writes `bytes` to `path` through a temporary file renamed into place.
    // `dataDir` (may be empty) is the data folder no export may write into.
    static WriteError write(const QString &path, const QByteArray &bytes, const QString &dataDir);
    // Several files that belong together: either all are written or none is
    // left behind (files that were there before are kept as they were).
    static WriteError writeAll(const std::vector<Part> &parts, const QString &dataDir);
    // Creates `path` and any missing parents with mode 0700, whatever the umask.
    static WriteError makeFolder(const QString &path, const QString &dataDir);
    // Why `path` may not be written at all (a link, the data folder, a folder); None when it may.
    static WriteError refusal(const QString &path, const QString &dataDir);
};

} // namespace holdfast::exchange
