#pragma once

// Writes a DataSet as one CSV file per kind of record (urges, check-ins,
// evening look backs, journal, unsent messages, contacts and each plan list) for spreadsheets;
// columns are listed in docs/DATA_FORMAT.md. JSON is the format to import.

#include "WholeFile.h"

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

    // Writes every file into `folder` (created 0700 when missing), each name
    // prefixed with `prefix` ("holdfast-urges.csv"): all of them whole, or
    // none (WholeFile). `written` receives the paths; never into `dataDir`.
    static WriteError writeFolder(const QString &folder, const QString &prefix, const DataSet &data, QStringList *written,
                                  const QString &dataDir);

    // 2026-11-25T09:00:00+01:00: the moment on the wall clock where it happened.
    static QString localTime(const Moment &moment);
};

} // namespace holdfast::exchange
