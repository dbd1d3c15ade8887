#include "storage/SearchIndexUpgrader.h"

#include "storage/DataFolder.h"
#include "storage/Migrations.h"
#include "storage/PrivateFiles.h"
#include "storage/ScopedConnection.h"
#include "storage/SqlErrors.h"
#include "storage/Transaction.h"

#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

#include <array>
#include <limits>

using namespace Qt::StringLiterals;

namespace holdfast::storage {

namespace {

using Kind = StoreError::Kind;

// The on-disk journal index as 001.sql creates it, plus a prefix index for one-
// and two-letter prefixes: "w"* then reads one term's list instead of merging
// those of every word starting with w (90 ms -> a few on 20k entries).
constexpr auto kSearchIndexColumns = "text, content = 'journal_entries', content_rowid = 'id', "
                                     "tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2'";
// The tables FTS5 keeps an external-content index in; together they are the whole index.
constexpr std::array<const char *, 4> kSearchIndexShadows{"data", "idx", "docsize", "config"};

void execOn(const QSqlDatabase &db, const QString &sql, const char *context)
{
    QSqlQuery query(db);
    if (!query.exec(sql))
        throw storeError(query.lastError(), context);
}

QVariant valueOn(const QSqlDatabase &db, const QString &sql, const char *context)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(sql))
        throw storeError(query.lastError(), context);
    return query.next() ? query.value(0) : QVariant();
}

// Inside a write transaction: replaces main.journal_fts by one with the prefix
// index, filled from the same table built in `builtIn` (an attached database)
// or, when empty, from journal_entries here and now. The triggers that keep the
// index in step name journal_fts, so they go first and come back word for word.
void swapInSearchIndex(const QSqlDatabase &db, const QString &builtIn)
{
    const char *context = "upgrade the search index";
    QStringList triggers;
    {
        QSqlQuery query(db);
        query.setForwardOnly(true);
        if (!query.exec(u"SELECT name, sql FROM main.sqlite_master WHERE type = 'trigger' "
                        "AND tbl_name = 'journal_entries' AND sql LIKE '%journal_fts%' ORDER BY name"_s))
            throw storeError(query.lastError(), context);
        while (query.next()) {
            execOn(db, u"DROP TRIGGER main.\"%1\""_s.arg(query.value(0).toString()), context);
            triggers.append(query.value(1).toString());
        }
    }
    execOn(db, u"DROP TABLE IF EXISTS main.journal_fts_new"_s, context);
    execOn(db, u"CREATE VIRTUAL TABLE main.journal_fts_new USING fts5(%1)"_s.arg(QLatin1String(kSearchIndexColumns)),
           context);
    if (builtIn.isEmpty()) {
        // Sealed texts (BLOBs) never reach the on-disk index, as in the triggers.
        execOn(db, u"INSERT INTO main.journal_fts_new (rowid, text) "
                   "SELECT id, text FROM main.journal_entries WHERE typeof(text) = 'text'"_s,
               context);
    } else {
        // The index is nothing but these rows: copying them is a fraction of tokenizing again.
        for (const char *shadow : kSearchIndexShadows) {
            const QString table = u"journal_fts_new_"_s + QLatin1String(shadow);
            execOn(db, u"DELETE FROM main.%1"_s.arg(table), context);
            execOn(db, u"INSERT INTO main.%1 SELECT * FROM %2.%1"_s.arg(table, builtIn), context);
        }
    }
    execOn(db, u"DROP TABLE main.journal_fts"_s, context);
    execOn(db, u"ALTER TABLE main.journal_fts_new RENAME TO journal_fts"_s, context);
    for (const QString &trigger : triggers)
        execOn(db, trigger, context);
}

} // namespace

namespace searchindex {

bool hasPrefixIndex(const QSqlDatabase &db)
{
    const QString sql = valueOn(db, u"SELECT sql FROM main.sqlite_master WHERE type = 'table' AND name = 'journal_fts'"_s,
                                "read the search index").toString();
    return sql.contains(u"prefix"_s, Qt::CaseInsensitive);
}

SqliteStore::SearchIndexUpgrade upgrade(const QString &dataDir, int busyTimeoutMs,
                                        const std::function<void()> &afterEachBuild, const std::atomic<bool> *stop)
{
    const char *context = "upgrade the search index";
    constexpr qint64 kSmallJournal = 500;
    using SearchIndexUpgrade = SqliteStore::SearchIndexUpgrade;
    const std::lock_guard upkeep(datafolder::upkeepMutex());
    const QString path = datafolder::databaseFileIn(datafolder::cleanDir(dataDir));
    SearchIndexUpgrade outcome = SearchIndexUpgrade::Postponed;
    {
        ScopedConnection connection(path, false, busyTimeoutMs);
        connection.open(context);
        const QSqlDatabase &db = connection.db();
        // Only a file the store has opened (migrated, WAL) is upgraded.
        if (valueOn(db, u"PRAGMA user_version"_s, context).toInt() != Migrations::latestVersion())
            throw StoreError(Kind::Other, "the search index is upgraded after the store has opened " + path.toStdString());
        if (hasPrefixIndex(db))
            return SearchIndexUpgrade::AlreadyCurrent;
        execOn(db, u"PRAGMA synchronous = FULL"_s, context);
        execOn(db, u"PRAGMA temp_store = MEMORY"_s, context);
        // As the store does once encrypted: what the old index frees is zeroed.
        if (valueOn(db, u"SELECT count(*) FROM main.encryption"_s, context).toInt() > 0)
            execOn(db, u"PRAGMA secure_delete = ON"_s, context);

        // A new or short journal (a first start) is indexed in the swap itself: milliseconds.
        if (valueOn(db, u"SELECT count(*) FROM main.journal_entries"_s, context).toLongLong() < kSmallJournal) {
            Transaction transaction(db);
            swapInSearchIndex(db, QString());
            transaction.commit();
            outcome = SearchIndexUpgrade::Upgraded;
        }
        // Tokenizing 10 M words takes seconds: done in memory from a read
        // snapshot, so the store's writes never wait on it. Only copying the
        // finished index in (a second or less) holds the write lock, and only
        // if nothing was committed since the snapshot; else the build starts over.
        constexpr int kAttempts = 3;
        if (outcome == SearchIndexUpgrade::Postponed)
            execOn(db, u"ATTACH DATABASE ':memory:' AS build"_s, context);
        bool stopped = false;
        for (int attempt = 0; attempt < kAttempts && outcome == SearchIndexUpgrade::Postponed; ++attempt) {
            qint64 snapshot = 0;
            {
                // A read transaction: rolled back (nothing written) when stopped or on an exception.
                Transaction reading(db, Transaction::Mode::Read);
                {
                    valueOn(db, u"SELECT count(*) FROM main.sqlite_master"_s, context); // the snapshot starts here
                    snapshot = valueOn(db, u"PRAGMA main.data_version"_s, context).toLongLong();
                    execOn(db, u"DROP TABLE IF EXISTS build.journal_fts_new"_s, context);
                    execOn(db,
                           u"CREATE VIRTUAL TABLE build.journal_fts_new USING fts5(%1)"_s.arg(
                               QLatin1String(kSearchIndexColumns)),
                           context);
                    // In batches of ids, so quitting never waits for the whole build.
                    {
                        QSqlQuery nextBound(db);
                        nextBound.setForwardOnly(true);
                        nextBound.prepare(
                            u"SELECT id FROM main.journal_entries WHERE id > ? ORDER BY id LIMIT 1 OFFSET 999"_s);
                        QSqlQuery insert(db);
                        insert.prepare(u"INSERT INTO build.journal_fts_new (rowid, text) SELECT id, text "
                                       "FROM main.journal_entries WHERE typeof(text) = 'text' AND id > ? AND id <= ?"_s);
                        QVariant from = std::numeric_limits<qint64>::min();
                        while (!from.isNull() && !stopped) {
                            nextBound.bindValue(0, from);
                            if (!nextBound.exec())
                                throw storeError(nextBound.lastError(), context);
                            const QVariant to = nextBound.next() ? nextBound.value(0) : QVariant();
                            nextBound.finish();
                            insert.bindValue(0, from);
                            insert.bindValue(1, to.isNull() ? QVariant(std::numeric_limits<qint64>::max()) : to);
                            if (!insert.exec())
                                throw storeError(insert.lastError(), context);
                            insert.finish();
                            from = to;
                            stopped = stop && stop->load();
                        }
                    }
                    if (!stopped)
                        reading.commit();
                }
            }
            if (stopped)
                break; // Postponed: nothing was written
            if (afterEachBuild)
                afterEachBuild();
            Transaction transaction(db);
            if (valueOn(db, u"PRAGMA main.data_version"_s, context).toLongLong() != snapshot)
                continue; // written to meanwhile; rolled back by the destructor
            swapInSearchIndex(db, u"build"_s);
            transaction.commit();
            outcome = SearchIndexUpgrade::Upgraded;
        }
    }
    for (const QString &file : QStringList{path + u"-wal"_s, path + u"-shm"_s}) {
        if (QFileInfo::exists(file))
            privatefiles::restrictFile(file);
    }
    return outcome;
}

} // namespace searchindex

} // namespace holdfast::storage
