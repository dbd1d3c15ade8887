#pragma once

// Writes a whole DataSet as Holdfast's versioned JSON export
// (docs/DATA_FORMAT.md): every field, moments as UTC milliseconds plus offset,
// zone and local date, enumerations as their stable keys.

#include "WholeFile.h"

#include "model/DataSet.h"

#include <QByteArray>
#include <QString>

namespace holdfast::exchange {

class JsonExporter
{
public:
    static constexpr int kVersion = 3;

    static QByteArray toJson(const DataSet &data);
    // Writes the file whole or not at all (WholeFile), never into `dataDir`.
    static WriteError writeFile(const QString &path, const DataSet &data, const QString &dataDir);
};

} // namespace holdfast::exchange
