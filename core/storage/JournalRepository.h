#pragma once

// Journal entries and their tags (journal_entries, journal_tags), searched
// through FTS5: on disk when plain, in JournalSearchIndex while unlocked.
// Writes run inside the caller's transaction.

#include "model/Store.h"

namespace holdfast::storage {

class Connection;
class TextSealer;

class JournalSearchIndex;

class JournalRepository
{
public:
    JournalRepository(Connection &connection, TextSealer &texts, JournalSearchIndex &index)
        : m_db(connection), m_texts(texts), m_index(index)
    {
    }

    std::int64_t write(const JournalEntry &entry);
    std::optional<JournalEntry> byId(std::int64_t id);
    std::vector<JournalEntry> search(const JournalQuery &query);
    // Inside the caller's transaction.
    void remove(std::int64_t id);
    std::vector<std::string> tags();

private:
    void loadTags(JournalEntry &entry);

    Connection &m_db;
    TextSealer &m_texts;
    JournalSearchIndex &m_index;
};

} // namespace holdfast::storage
