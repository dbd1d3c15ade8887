#include "storage/ScopedConnection.h"

#include "model/StoreError.h"
#include "storage/DataFolder.h"
#include "storage/SqlErrors.h"

#include <QSqlError>

using namespace Qt::StringLiterals;

namespace holdfast::storage {

ScopedConnection::ScopedConnection(const QString &path, bool readOnly, int busyTimeoutMs)
    : m_name(datafolder::nextConnectionName(readOnly ? "check" : "tool"))
{
    m_db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_name);
    m_db.setDatabaseName(path);
    QString options = u"QSQLITE_BUSY_TIMEOUT=%1"_s.arg(busyTimeoutMs);
    if (readOnly)
        options += u";QSQLITE_OPEN_READONLY"_s;
    m_db.setConnectOptions(options);
}

ScopedConnection::~ScopedConnection()
{
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_name);
}

void ScopedConnection::open(const char *context)
{
    requireDriver(m_db);
    if (!m_db.open())
        throw storeError(m_db.lastError(), context);
}

void requireDriver(const QSqlDatabase &db)
{
    if (!db.isValid())
        throw StoreError(StoreError::Kind::CannotOpen, "the Qt SQLite driver (QSQLITE) is not available");
}

} // namespace holdfast::storage
