#pragma once

// Writes a DataSet as one CSV file per kind of record (urges, check-ins,
// journal, unsent messages, contacts and each plan list) for spreadsheets;
// columns are listed in docs/DATA_FORMAT.md. JSON is the format to import.

#include "model/DataSet.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <vector>

namespace holdfast::exchange {

class CsvExporter
{
public:
    struct File
    {
        QString name; // "urges.csv"
        QByteArray bytes;
    };

    static std::vector<File> files(const DataSet &data);

    // Writes every file into `folder` (created when missing), each name
    // prefixed with `prefix` ("holdfast-urges.csv"). Each file is written
    // whole or not at all and readable only by its owner. Returns the paths
    // written; on failure, false with `error` set.
    static bool writeFolder(const QString &folder, const QString &prefix, const DataSet &data, QStringList *written,
                            QString *error);

    // 2026-11-25T09:00:00+01:00: the moment on the wall clock where it happened.
    static QString localTime(const Moment &moment);
};

} // namespace holdfast::exchange
