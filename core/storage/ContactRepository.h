#pragma once

// Contacts with the ex (contacts). Writes run inside the caller's transaction.

#include "model/Store.h"

namespace holdfast::storage {

class Connection;
class TextSealer;

class ContactRepository
{
public:
    ContactRepository(Connection &connection, TextSealer &texts) : m_db(connection), m_texts(texts) {}

    std::int64_t write(const ContactEvent &event);
    // Without notes no sealed text is read, so it works while locked.
    std::vector<ContactEvent> all(bool withNotes);
    void remove(std::int64_t id);

private:
    Connection &m_db;
    TextSealer &m_texts;
};

} // namespace holdfast::storage
