#pragma once

// An RAII write transaction: BEGIN IMMEDIATE on construction, ROLLBACK on
// destruction unless commit() succeeded, so an exception never leaves half a write.

#include <QSqlDatabase>

namespace holdfast::storage {

class Transaction
{
public:
    // Throws StoreError when the transaction cannot start (busy, read-only, ...).
    explicit Transaction(const QSqlDatabase &db);
    ~Transaction();

    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    // Throws StoreError (e.g. DiskFull) and rolls back when the commit fails.
    void commit();

private:
    QSqlDatabase m_db;
    bool m_open = false;
};

} // namespace holdfast::storage
