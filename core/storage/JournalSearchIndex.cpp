#include "storage/JournalSearchIndex.h"

#include "storage/Connection.h"
#include "storage/FinishOnExit.h"
#include "storage/RecordChecks.h"
#include "storage/SqlValues.h"
#include "storage/TextSealer.h"
#include "storage/SqlErrors.h"
#include "storage/Transaction.h"

#include <QSqlError>

using namespace Qt::StringLiterals;

namespace holdfast::storage {

void JournalSearchIndex::attach()
{
    // Cached statements may name `mem`; prepared again when used.
    m_db.clearStatements();
    m_db.execDirect(u"ATTACH DATABASE ':memory:' AS mem"_s, "create the search index");
    m_attached = true;
    // Zeroes what the index frees, so dropping it at lock leaves no plain text behind in its pages.
    m_db.execDirect(u"PRAGMA mem.secure_delete = ON"_s, "create the search index");
    // No prefix index here, unlike on disk: on 20k entries it made the build at
    // unlock 1.8 s slower and 25 MB larger, and one letter is already searched
    // within its 100 ms budget (about 50 ms).
    m_db.execDirect(u"CREATE VIRTUAL TABLE mem.journal_fts USING fts5(text, tokenize = 'unicode61 remove_diacritics 2')"_s,
               "create the search index");
    m_db.execDirect(u"CREATE TABLE mem.journal_tags (entry_id INTEGER NOT NULL, position INTEGER NOT NULL, "
               "tag TEXT NOT NULL, PRIMARY KEY (entry_id, position))"_s,
               "create the search index");
    m_db.execDirect(u"CREATE INDEX mem.journal_tags_by_tag ON journal_tags(tag, entry_id)"_s, "create the search index");

    // One transaction for the whole build: FTS5 then writes its segments once.
    Transaction transaction(m_db.db());
    QSqlQuery insertText = QSqlQuery(m_db.db());
    insertText.prepare(u"INSERT INTO mem.journal_fts (rowid, text) VALUES (?, ?)"_s);
    QSqlQuery insertTag = QSqlQuery(m_db.db());
    insertTag.prepare(u"INSERT INTO mem.journal_tags (entry_id, position, tag) VALUES (?, ?, ?)"_s);
    {
        QSqlQuery query(m_db.db());
        query.setForwardOnly(true);
        if (!query.exec(u"SELECT id, text FROM journal_entries"_s))
            throw storeError(query.lastError(), "build the search index");
        while (query.next()) {
            const std::int64_t id = int64At(query, 0);
            std::string plain;
            try {
                plain = m_texts.open(query.value(1), sealed::journalText, idKey(id));
            } catch (const StoreError &) {
                continue; // a tampered entry is not searchable; reading it says Tampered
            }
            if (plain.empty())
                continue;
            bindAll(insertText, {i64(id), text(plain)});
            m_db.exec(insertText, "build the search index");
        }
    }
    {
        QSqlQuery query(m_db.db());
        query.setForwardOnly(true);
        if (!query.exec(u"SELECT entry_id, position, tag FROM journal_tags"_s))
            throw storeError(query.lastError(), "build the search index");
        while (query.next()) {
            const std::int64_t id = int64At(query, 0);
            const std::int64_t position = int64At(query, 1);
            std::string plain;
            try {
                plain = m_texts.open(query.value(2), sealed::journalTag, pairKey(id, position));
            } catch (const StoreError &) {
                continue;
            }
            bindAll(insertTag, {i64(id), i64(position), text(plain)});
            m_db.exec(insertTag, "build the search index");
        }
    }
    insertText.finish();
    insertTag.finish();
    transaction.commit();
}

void JournalSearchIndex::detach()
{
    if (!m_attached)
        return;
    m_db.clearStatements();
    // With secure_delete on for `mem`, dropping zeroes the pages before SQLite frees them.
    m_db.execDirect(u"DROP TABLE IF EXISTS mem.journal_fts"_s, "drop the search index");
    m_db.execDirect(u"DROP TABLE IF EXISTS mem.journal_tags"_s, "drop the search index");
    m_db.execDirect(u"DETACH DATABASE mem"_s, "drop the search index");
    m_attached = false;
}

void JournalSearchIndex::index(std::int64_t id, const std::string &plain, const std::vector<std::string> &tags)
{
    unindex(id);
    if (!plain.empty()) {
        QSqlQuery &insert = m_db.prepared(u"INSERT INTO mem.journal_fts (rowid, text) VALUES (?, ?)"_s);
        bindAll(insert, {i64(id), text(plain)});
        m_db.exec(insert, "index journal entry");
        insert.finish();
    }
    QSqlQuery &tag = m_db.prepared(u"INSERT INTO mem.journal_tags (entry_id, position, tag) VALUES (?, ?, ?)"_s);
    for (std::size_t i = 0; i < tags.size(); ++i) {
        bindAll(tag, {i64(id), int(i), text(tags[i])});
        m_db.exec(tag, "index journal tag");
    }
    tag.finish();
}

void JournalSearchIndex::unindex(std::int64_t id)
{
    for (const QString &sql :
         {u"DELETE FROM mem.journal_fts WHERE rowid = ?"_s, u"DELETE FROM mem.journal_tags WHERE entry_id = ?"_s}) {
        QSqlQuery &remove = m_db.prepared(sql);
        remove.bindValue(0, i64(id));
        m_db.exec(remove, "unindex journal entry");
        remove.finish();
    }
}

void JournalSearchIndex::clear()
{
    if (!m_attached)
        return;
    m_db.execDirect(u"DELETE FROM mem.journal_fts"_s, "clear the search index");
    m_db.execDirect(u"DELETE FROM mem.journal_tags"_s, "clear the search index");
}

} // namespace holdfast::storage
