#include "storage/Transaction.h"

#include "storage/SqlErrors.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace holdfast::storage {

Transaction::Transaction(const QSqlDatabase &db, Mode mode) : m_db(db)
{
    // IMMEDIATE takes the write lock now, so a concurrent writer makes us wait
    // (busy_timeout) here instead of failing half-way through. A read (WAL)
    // sees the file as it was at its first statement until it ends.
    QSqlQuery query(m_db);
    if (!query.exec(mode == Mode::Write ? u"BEGIN IMMEDIATE"_s : u"BEGIN"_s))
        throw storeError(query.lastError(), "begin transaction");
    m_open = true;
}

Transaction::~Transaction()
{
    if (!m_open)
        return;
    QSqlQuery query(m_db);
    query.exec(u"ROLLBACK"_s); // nothing more to do if even this fails: SQLite rolls back on close
}

void Transaction::commit()
{
    QSqlQuery query(m_db);
    if (!query.exec(u"COMMIT"_s)) {
        const QSqlError error = query.lastError();
        QSqlQuery rollback(m_db);
        rollback.exec(u"ROLLBACK"_s);
        m_open = false;
        throw storeError(error, "commit");
    }
    m_open = false;
}

} // namespace holdfast::storage
