#pragma once

// An RAII transaction: BEGIN IMMEDIATE (a write) or BEGIN (a read that sees one
// state of the file) on construction, ROLLBACK on destruction unless commit()
// succeeded, so an exception never leaves half a write.

#include <QSqlDatabase>

namespace holdfast::storage {

class Transaction
{
public:
    enum class Mode { Write, Read };

    // Throws StoreError when the transaction cannot start (busy, read-only, ...).
    explicit Transaction(const QSqlDatabase &db, Mode mode = Mode::Write);
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
