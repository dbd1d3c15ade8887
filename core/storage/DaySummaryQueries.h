#pragma once

// The aggregations the dashboard and the review read: per-day summaries of
// urges and check-ins, urge counts and the first day with data, grouped in SQL.

#include "model/Store.h"

namespace holdfast::storage {

class Connection;
class TextSealer;

class DaySummaryQueries
{
public:
    DaySummaryQueries(Connection &connection, TextSealer &texts) : m_db(connection), m_texts(texts) {}

    std::vector<DaySummary> daySummaries(LocalDate from, LocalDate to);
    std::vector<DayUrgeCount> urgeCounts(LocalDate from, LocalDate to);
    std::optional<LocalDate> firstDataDate(LocalDate upTo);

private:
    Connection &m_db;
    TextSealer &m_texts;
};

} // namespace holdfast::storage
