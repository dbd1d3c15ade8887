#pragma once

// The schema steps compiled into the app (migrations/NNN.sql in a .qrc) and
// the means to run one. Step N brings a database from user_version N-1 to N.

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace holdfast::storage {

class Migrations
{
public:
    // The newest schema version this build knows: the highest contiguous NNN.sql.
    static int latestVersion();
    // The SQL of step `version`; empty when there is none.
    static QString script(int version);
    // Splits a script into single statements (QtSql runs one per exec), keeping
    // trigger bodies (BEGIN ... END;) whole and ignoring ';' in quotes and comments.
    static QStringList splitStatements(const QString &script);
    // Runs step `version` and sets user_version to it, in one transaction.
    // Throws StoreError (MigrationFailed, or DiskFull/ReadOnly as they happen).
    static void apply(const QSqlDatabase &db, int version);
};

} // namespace holdfast::storage
