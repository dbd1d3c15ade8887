#pragma once

// The in-memory journal search index (ATTACH ':memory:' AS mem) used while an
// encrypted store is unlocked: the plain text and tags live in memory only.

#include <cstdint>
#include <string>
#include <vector>

namespace holdfast::storage {

class Connection;
class TextSealer;

class JournalSearchIndex
{
public:
    JournalSearchIndex(Connection &connection, TextSealer &texts) : m_db(connection), m_texts(texts) {}

    bool attached() const { return m_attached; }
    // Builds the index from every entry and tag (tampered ones are left out).
    void attach();
    // Drops it; with secure_delete its pages are zeroed first.
    void detach();
    void index(std::int64_t id, const std::string &text, const std::vector<std::string> &tags);
    void unindex(std::int64_t id);
    void clear();

private:
    Connection &m_db;
    TextSealer &m_texts;
    bool m_attached = false;
};

} // namespace holdfast::storage
