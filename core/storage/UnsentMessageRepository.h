#pragma once

// Messages written to the ex and never sent (unsent_messages). Writes run
// inside the caller's transaction.

#include "model/Store.h"

namespace holdfast::storage {

class Connection;
class TextSealer;

class UnsentMessageRepository
{
public:
    UnsentMessageRepository(Connection &connection, TextSealer &texts) : m_db(connection), m_texts(texts) {}

    std::int64_t write(const UnsentMessage &message);
    std::optional<UnsentMessage> byId(std::int64_t id);
    std::vector<UnsentMessage> all();
    void remove(std::int64_t id);

private:
    Connection &m_db;
    TextSealer &m_texts;
};

} // namespace holdfast::storage
