#pragma once

// Reading a file to import: its bytes (with a size limit) and what kind of
// export it is, so one "Import…" handles both formats.

#include "DaylioImporter.h"
#include "ImportError.h"

#include "model/DataSet.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace holdfast::exchange {

enum class ImportFormat { HoldfastJson, DaylioCsv, Unknown };

class ImportFile
{
public:
    // Far above any real export (years of daily entries are a few MB).
    static constexpr qint64 kMaxBytes = 256LL * 1024 * 1024;

    struct Loaded
    {
        QByteArray bytes;
        std::optional<ImportError> error; // CannotRead, TooLarge or Empty
    };
    static Loaded load(const QString &path);

    static ImportFormat detect(const QByteArray &bytes);

    // A file read, recognised and parsed: a Holdfast export as its records, a
    // Daylio export as its rows (their moods still to be placed on the scale).
    struct Decoded
    {
        ImportFormat format = ImportFormat::Unknown;
        DataSet json;                     // HoldfastJson
        DaylioFile daylio;                // DaylioCsv
        std::optional<ImportError> error; // nothing usable: why
    };
    // The one way both the import dialog and `holdfast --import` read a file.
    static Decoded decode(const QString &path);
};

} // namespace holdfast::exchange
