#include "storage/JournalRepository.h"

#include "storage/Connection.h"
#include "storage/FinishOnExit.h"
#include "storage/RecordChecks.h"
#include "storage/SqlValues.h"
#include "storage/TextSealer.h"
#include "storage/JournalSearchIndex.h"

#include <QRegularExpression>

#include <algorithm>
#include <unordered_map>

using namespace Qt::StringLiterals;

namespace holdfast::storage {

namespace {

using Kind = StoreError::Kind;

// Turns what the user typed into an FTS5 query: every word becomes a quoted
// prefix term ("word"*), so operators (AND, NEAR, *, ", parentheses) are plain
// text and the last, half-typed word still matches. Words with nothing the
// tokenizer would index are dropped.
QString ftsQuery(const std::string &typed)
{
    static const QRegularExpression whitespace(u"\\s+"_s);
    QStringList terms;
    const QStringList words = QString::fromStdString(typed).split(whitespace, Qt::SkipEmptyParts);
    for (QString word : words) {
        if (std::none_of(word.cbegin(), word.cend(), [](QChar c) { return c.isLetterOrNumber(); }))
            continue;
        word.replace(u'"', u"\"\""_s);
        terms.append(u"\"%1\"*"_s.arg(word));
    }
    return terms.join(u' ');
}

} // namespace

std::int64_t JournalRepository::write(const JournalEntry &entry)
{
    checkMoment(entry.created, "journal entry created");
    checkMoment(entry.updated, "journal entry updated");
    if (entry.mood)
        checkRange(*entry.mood, 1, 5, "mood");
    const bool isNew = entry.id == 0;
    const std::int64_t id = isNew ? m_db.nextId(u"journal_entries"_s) : entry.id;
    if (!isNew) {
        m_texts.refuseLockedOverwrite("journal_entries", i64(id));
        m_texts.refuseLockedOverwrite("journal_tags", i64(id));
    }
    QVariantList values;
    appendMoment(values, entry.created);
    appendMoment(values, entry.updated);
    values << m_texts.seal(sealed::journalText, idKey(id), entry.text)
           << (entry.mood ? QVariant(*entry.mood) : nullValue());

    if (isNew) {
        QSqlQuery &insert = m_db.prepared(
            u"INSERT INTO journal_entries (id, created_utc_ms, created_offset_min, created_zone, created_local_date, "
            "updated_utc_ms, updated_offset_min, updated_zone, updated_local_date, text, mood) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
        values.prepend(i64(id));
        bindAll(insert, values);
        m_db.exec(insert, "save journal entry");
        insert.finish();
    } else {
        QSqlQuery &update = m_db.prepared(
            u"UPDATE journal_entries SET created_utc_ms = ?, created_offset_min = ?, created_zone = ?, "
            "created_local_date = ?, updated_utc_ms = ?, updated_offset_min = ?, updated_zone = ?, "
            "updated_local_date = ?, text = ?, mood = ? WHERE id = ?"_s);
        values << i64(id);
        bindAll(update, values);
        m_db.exec(update, "save journal entry");
        const int changed = update.numRowsAffected();
        update.finish();
        if (changed == 0)
            throw StoreError(Kind::NotFound, "no journal entry " + std::to_string(id));
        QSqlQuery &remove = m_db.prepared(u"DELETE FROM journal_tags WHERE entry_id = ?"_s);
        remove.bindValue(0, i64(id));
        m_db.exec(remove, "save journal tags");
        remove.finish();
    }
    QSqlQuery &tag = m_db.prepared(u"INSERT INTO journal_tags (entry_id, position, tag) VALUES (?, ?, ?)"_s);
    for (std::size_t i = 0; i < entry.tags.size(); ++i) {
        const QVariant sealed = m_texts.seal(sealed::journalTag, pairKey(id, qint64(i)), entry.tags[i]);
        bindAll(tag, {i64(id), int(i), sealed});
        m_db.exec(tag, "save journal tag");
    }
    tag.finish();
    if (m_index.attached())
        m_index.index(id, entry.text, entry.tags);
    return id;
}

namespace {

constexpr auto kJournalColumns =
    "e.id, e.created_utc_ms, e.created_offset_min, e.created_zone, e.created_local_date, e.updated_utc_ms, "
    "e.updated_offset_min, e.updated_zone, e.updated_local_date, e.text, e.mood";

// Everything but the text, which needs the key (TextSealer::open).
JournalEntry journalEntryFrom(const QSqlQuery &query)
{
    JournalEntry entry;
    entry.id = int64At(query, 0);
    entry.created = momentAt(query, 1);
    entry.updated = momentAt(query, 5);
    if (!query.value(10).isNull())
        entry.mood = intAt(query, 10);
    return entry;
}

} // namespace

void JournalRepository::loadTags(JournalEntry &entry)
{
    QSqlQuery &query = m_db.prepared(u"SELECT position, tag FROM journal_tags WHERE entry_id = ? ORDER BY position"_s);
    const FinishOnExit finish(query);
    query.bindValue(0, i64(entry.id));
    m_db.exec(query, "read journal tags");
    while (query.next())
        entry.tags.push_back(m_texts.open(query.value(1), sealed::journalTag, pairKey(entry.id, int64At(query, 0))));
}

std::optional<JournalEntry> JournalRepository::byId(std::int64_t id)
{
    std::optional<JournalEntry> entry;
    {
        QSqlQuery &query =
            m_db.prepared(u"SELECT "_s + QLatin1String(kJournalColumns) + u" FROM journal_entries e WHERE e.id = ?"_s);
        const FinishOnExit finish(query);
        query.bindValue(0, i64(id));
        m_db.exec(query, "read journal entry");
        if (query.next()) {
            entry = journalEntryFrom(query);
            entry->text = m_texts.open(query.value(9), sealed::journalText, idKey(entry->id));
        }
    }
    if (entry)
        loadTags(*entry);
    return entry;
}

std::vector<JournalEntry> JournalRepository::search(const JournalQuery &filter)
{
    const QString match = ftsQuery(filter.text);
    if (m_texts.locked() && (!match.isEmpty() || filter.tag))
        throwLocked("search the journal");
    // Encrypted and unlocked: the index and the plain tags live in memory only.
    const QString index = m_index.attached() ? u"mem.journal_fts"_s : u"journal_fts"_s;
    const QString tags = m_index.attached() ? u"mem.journal_tags"_s : u"journal_tags"_s;

    // First the ids of the page, newest first. Only ids and times are read and
    // sorted here: sorting whole rows made SQLite carry the text of every match
    // (a one-letter search matches nearly all 20k entries) to keep 500.
    // Without a date range, walking the creation-time index newest first stops
    // after `limit` matches and never touches the entries themselves; with one,
    // the planner's choice (the local-date index) reads only that range.
    // The statement is assembled from fixed fragments only; every value the
    // user typed is bound, and the search text is quoted by ftsQuery().
    const bool byTime = !filter.from && !filter.to;
    QString sql = byTime ? u"SELECT e.id FROM journal_entries e INDEXED BY journal_entries_by_created_utc WHERE 1"_s
                         : u"SELECT e.id FROM journal_entries e WHERE 1"_s;
    QVariantList values;
    if (!match.isEmpty()) {
        sql += u" AND e.id IN (SELECT rowid FROM %1 WHERE journal_fts MATCH ?)"_s.arg(index);
        values << match;
    }
    if (filter.tag) {
        sql += u" AND EXISTS (SELECT 1 FROM %1 t WHERE t.entry_id = e.id AND t.tag = ?)"_s.arg(tags);
        values << text(*filter.tag);
    }
    if (filter.mood) {
        sql += u" AND e.mood = ?"_s;
        values << *filter.mood;
    }
    if (filter.from) {
        sql += u" AND e.created_local_date >= ?"_s;
        values << iso(*filter.from);
    }
    if (filter.to) {
        sql += u" AND e.created_local_date <= ?"_s;
        values << iso(*filter.to);
    }
    sql += u" ORDER BY e.created_utc_ms DESC, e.id DESC LIMIT ?"_s;
    values << (filter.limit > 0 ? filter.limit : -1);

    std::vector<std::int64_t> ids;
    {
        QSqlQuery &query = m_db.prepared(sql);
        const FinishOnExit finish(query);
        bindAll(query, values);
        m_db.exec(query, "search journal");
        while (query.next())
            ids.push_back(int64At(query, 0));
    }
    if (ids.empty())
        return {};

    // Then only those rows and their tags, one statement each: the ids go in
    // as one JSON array, so the statements stay the same (and cached) for any page.
    QString list = u"["_s;
    for (std::size_t i = 0; i < ids.size(); ++i) {
        if (i > 0)
            list += u',';
        list += QString::number(ids[i]);
    }
    list += u']';

    std::vector<JournalEntry> result;
    result.reserve(ids.size());
    std::unordered_map<std::int64_t, std::size_t> slot;
    slot.reserve(ids.size());
    for (std::size_t i = 0; i < ids.size(); ++i)
        slot.emplace(ids[i], i);
    std::vector<std::optional<JournalEntry>> rows(ids.size());
    {
        QSqlQuery &query = m_db.prepared(u"SELECT "_s + QLatin1String(kJournalColumns)
                                    + u" FROM journal_entries e WHERE e.id IN (SELECT value FROM json_each(?))"_s);
        const FinishOnExit finish(query);
        query.bindValue(0, list);
        m_db.exec(query, "search journal");
        while (query.next()) {
            JournalEntry entry = journalEntryFrom(query);
            entry.text = m_texts.open(query.value(9), sealed::journalText, idKey(entry.id));
            const auto at = slot.find(entry.id);
            if (at != slot.end())
                rows[at->second] = std::move(entry);
        }
    }
    {
        QSqlQuery &query = m_db.prepared(u"SELECT entry_id, position, tag FROM journal_tags "
                                    "WHERE entry_id IN (SELECT value FROM json_each(?)) ORDER BY entry_id, position"_s);
        const FinishOnExit finish(query);
        query.bindValue(0, list);
        m_db.exec(query, "read journal tags");
        while (query.next()) {
            const std::int64_t id = int64At(query, 0);
            const auto at = slot.find(id);
            if (at == slot.end() || !rows[at->second])
                continue;
            rows[at->second]->tags.push_back(
                m_texts.open(query.value(2), sealed::journalTag, pairKey(id, int64At(query, 1))));
        }
    }
    for (std::optional<JournalEntry> &row : rows) {
        if (row) // an entry removed between the two reads is left out
            result.push_back(std::move(*row));
    }
    return result;
}

void JournalRepository::remove(std::int64_t id)
{
    QSqlQuery &remove = m_db.prepared(u"DELETE FROM journal_entries WHERE id = ?"_s);
    remove.bindValue(0, i64(id));
    m_db.exec(remove, "remove journal entry");
    remove.finish();
    if (m_index.attached())
        m_index.unindex(id);
}

std::vector<std::string> JournalRepository::tags()
{
    const QString tags = m_index.attached() ? u"mem.journal_tags"_s : u"journal_tags"_s;
    QSqlQuery &query = m_db.prepared(u"SELECT DISTINCT tag FROM %1 ORDER BY tag COLLATE NOCASE, tag"_s.arg(tags));
    const FinishOnExit finish(query);
    m_db.exec(query, "read journal tags");
    std::vector<std::string> result;
    while (query.next()) {
        const QVariant stored = query.value(0);
        if (m_index.attached()) { // the in-memory copy: plain, and tampered tags were left out
            result.push_back(str(stored));
            continue;
        }
        // No row key here: a sealed tag outside the index means locked (or tampered).
        if (isSealed(stored) && m_texts.locked())
            throwLocked("read journal tags");
        result.push_back(m_texts.open(stored, sealed::journalTag, QString()));
    }
    return result;
}

} // namespace holdfast::storage
