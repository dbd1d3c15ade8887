#pragma once

// Evening look backs (look_backs), one per day looked back on. Writes run
// inside the caller's transaction.

#include "model/Store.h"

class QSqlQuery;

namespace holdfast::storage {

class Connection;
class TextSealer;

class LookBackRepository
{
public:
    LookBackRepository(Connection &connection, TextSealer &texts) : m_db(connection), m_texts(texts) {}

    // Inserts or replaces the look back of its day.
    void write(const LookBack &lookBack);
    std::optional<LookBack> at(LocalDate date);
    std::vector<LookBack> inRange(LocalDate from, LocalDate to);

private:
    LookBack read(const QSqlQuery &query) const;

    Connection &m_db;
    TextSealer &m_texts;
};

} // namespace holdfast::storage
