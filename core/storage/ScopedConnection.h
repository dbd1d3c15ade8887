#pragma once

// A QSqlDatabase connection of its own (a check, a backup, the search-index
// upgrade on a worker thread), closed and unregistered when it goes out of scope.

#include <QSqlDatabase>
#include <QString>

namespace holdfast::storage {

class ScopedConnection
{
public:
    ScopedConnection(const QString &path, bool readOnly, int busyTimeoutMs);
    ~ScopedConnection();
    ScopedConnection(const ScopedConnection &) = delete;
    ScopedConnection &operator=(const ScopedConnection &) = delete;

    QSqlDatabase &db() { return m_db; }
    // Opens the connection; throws StoreError (CannotOpen without the driver,
    // else mapped from SQLite's error with `context`).
    void open(const char *context);

private:
    QString m_name;
    QSqlDatabase m_db;
};

// Throws CannotOpen when the Qt SQLite driver is missing.
void requireDriver(const QSqlDatabase &db);

} // namespace holdfast::storage
