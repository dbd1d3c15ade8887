#pragma once

// Finishes a cached statement however the scope is left, so no statement stays
// active (an active read would block VACUUM INTO and WAL checkpoints).

#include <QSqlQuery>

namespace holdfast::storage {

class FinishOnExit
{
public:
    explicit FinishOnExit(QSqlQuery &query) : m_query(query) {}
    ~FinishOnExit() { m_query.finish(); }
    FinishOnExit(const FinishOnExit &) = delete;
    FinishOnExit &operator=(const FinishOnExit &) = delete;

private:
    QSqlQuery &m_query;
};

} // namespace holdfast::storage
