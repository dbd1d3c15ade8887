#pragma once

// Daily check-ins (check_ins), one per local date. Writes run inside the caller's transaction.

#include "model/Store.h"

namespace holdfast::storage {

class Connection;
class TextSealer;

class CheckInRepository
{
public:
    CheckInRepository(Connection &connection, TextSealer &texts) : m_db(connection), m_texts(texts) {}

    // Inserts or replaces the check-in of its date.
    void write(const CheckIn &checkIn);
    std::optional<CheckIn> at(LocalDate date);
    std::vector<CheckIn> inRange(LocalDate from, LocalDate to);

private:
    Connection &m_db;
    TextSealer &m_texts;
};

} // namespace holdfast::storage
