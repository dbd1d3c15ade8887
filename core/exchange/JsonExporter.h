#pragma once

// Writes a whole DataSet as Holdfast's versioned JSON export
// (docs/DATA_FORMAT.md): every field, moments as UTC milliseconds plus offset,
// zone and local date, enumerations as their stable keys.

#include "model/DataSet.h"

#include <QByteArray>
#include <QString>

namespace holdfast::exchange {

class JsonExporter
{
public:
    static constexpr int kVersion = 1;

    static QByteArray toJson(const DataSet &data);
    // Writes to a temporary file beside `path` and renames it into place, so a
    // failed export never leaves half a file. False with `error` set on failure.
    static bool writeFile(const QString &path, const DataSet &data, QString *error);
};

} // namespace holdfast::exchange
