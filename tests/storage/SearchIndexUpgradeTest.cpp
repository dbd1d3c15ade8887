// The one-time upgrade of the journal's search index to one with a prefix
// index (fast one- and two-letter searches as you type), as the upkeep thread
// runs it beside the open store: the same results before and after, nothing
// lost when the user writes meanwhile, idempotent, and encrypted stores keep
// their on-disk index empty.

#include "EveryRecord.h"
#include "StorageTestSupport.h"
#include "V1Fixture.h"

#include "model/DataSet.h"
#include "storage/SqliteStore.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <atomic>
#include <map>
#include <set>
#include <thread>

using namespace holdfast;
using namespace holdfast::storage;
using namespace holdfast::storage::test;

namespace {

using Upgrade = SqliteStore::SearchIndexUpgrade;
using Ids = std::vector<std::int64_t>;

QString dbIn(const QString &dir)
{
    return QDir(dir).filePath(QStringLiteral("holdfast.sqlite"));
}

// Rows of one query on a plain connection of its own, each row's columns joined by '|'.
QStringList rowsOf(const QString &path, const QString &sql)
{
    QStringList rows;
    const QString name = QStringLiteral("search-index-test");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        EXPECT_TRUE(db.open());
        QSqlQuery query(db);
        EXPECT_TRUE(query.exec(sql)) << sql.toStdString();
        while (query.next()) {
            QStringList columns;
            for (int i = 0; i < query.record().count(); ++i)
                columns << query.value(i).toString();
            rows << columns.join(QLatin1Char('|'));
        }
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return rows;
}

QStringList triggersIn(const QString &path)
{
    return rowsOf(path, QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name"));
}

// FTS5's own check of an external-content index against journal_entries.
bool indexIsConsistent(const QString &path)
{
    bool ok = true;
    const QString name = QStringLiteral("search-index-check");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        ok = db.open();
        QSqlQuery query(db);
        ok = ok && query.exec(QStringLiteral("INSERT INTO journal_fts (journal_fts) VALUES ('integrity-check')"));
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

// Gives a closed store file the index every file written before the upgrade
// has (001.sql's table, 002.sql's triggers), filled from its plain entries.
void useIndexWithoutPrefixes(const QString &path)
{
    runSql(path, {
        QStringLiteral("DROP TRIGGER journal_entries_fts_insert"),
        QStringLiteral("DROP TRIGGER journal_entries_fts_delete"),
        QStringLiteral("DROP TRIGGER journal_entries_fts_update"),
        QStringLiteral("DROP TABLE journal_fts"),
        QStringLiteral("CREATE VIRTUAL TABLE journal_fts USING fts5(\n    text,\n    content = 'journal_entries',\n"
                       "    content_rowid = 'id',\n    tokenize = 'unicode61 remove_diacritics 2'\n)"),
        QStringLiteral("INSERT INTO journal_fts (rowid, text) SELECT id, text FROM journal_entries "
                       "WHERE typeof(text) = 'text'"),
        QStringLiteral("CREATE TRIGGER journal_entries_fts_insert AFTER INSERT ON journal_entries\n"
                       "WHEN typeof(new.text) = 'text' BEGIN\n"
                       "    INSERT INTO journal_fts(rowid, text) VALUES (new.id, new.text);\nEND"),
        QStringLiteral("CREATE TRIGGER journal_entries_fts_delete AFTER DELETE ON journal_entries\n"
                       "WHEN typeof(old.text) = 'text' BEGIN\n"
                       "    INSERT INTO journal_fts(journal_fts, rowid, text) VALUES ('delete', old.id, old.text);\nEND"),
        QStringLiteral("CREATE TRIGGER journal_entries_fts_update AFTER UPDATE OF text ON journal_entries BEGIN\n"
                       "    INSERT INTO journal_fts(journal_fts, rowid, text)\n"
                       "        SELECT 'delete', old.id, old.text WHERE typeof(old.text) = 'text';\n"
                       "    INSERT INTO journal_fts(rowid, text)\n"
                       "        SELECT new.id, new.text WHERE typeof(new.text) = 'text';\nEND"),
    });
}

// What a user types one letter at a time, plus whole words and two-word searches.
std::vector<std::string> typedSearches()
{
    std::vector<std::string> typed{"", "w", "wa", "wal", "walk", "walked", "c", "ca", "caf", "café", "cafe", "z",
                                   "zo", "zoë", "h", "he", "hea", "a", "an", "an", "ا", "اش", "1", "12", "wa ca",
                                   "s", "sé", "se", "x", "q", "y"};
    for (char letter = 'a'; letter <= 'z'; ++letter)
        typed.emplace_back(1, letter);
    return typed;
}

class SearchIndexUpgrade : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_store = SqliteStore::open(m_dir.path(), fastKeys());
        // Enough words that one- and two-letter prefixes match many entries, some on the same minute.
        const std::vector<std::string> words{"walked", "wave",   "waiting", "café",  "calm",  "called",  "zoë",
                                             "heart",  "heater", "seaside", "sélin", "anger", "and",     "a",
                                             "12",     "1st",    "اشتقت",   "lake",  "quiet", "yesterday"};
        // More than the upgrade indexes within its swap (500): it builds beside
        // the store, in batches of 1000 entries.
        DataSet data;
        for (int i = 0; i < 2100; ++i) {
            std::string text;
            for (int w = 0; w < 1 + i % 7; ++w)
                text += words[std::size_t(i * 7 + w * 3) % words.size()] + " ";
            const Moment at = localMoment(LocalDate{2026, 1 + unsigned(i % 10), 1 + unsigned(i % 27)}, i % 5 ? 20 : 9, 0);
            data.journalEntries.push_back(JournalEntry{i + 1, at, at, text, 3, {"t"}});
        }
        m_store->importData(data, ImportMode::Append);
        add(LocalDate{2026, 11, 20}, 20, ""); // an empty page is in the index too, as the trigger puts it
        m_store.reset();
        useIndexWithoutPrefixes(dbIn(m_dir.path()));
        m_store = SqliteStore::open(m_dir.path(), fastKeys());
        ASSERT_FALSE(m_store->searchIndexIsCurrent());
    }

    std::int64_t add(LocalDate date, int hour, const std::string &text)
    {
        const Moment at = localMoment(date, hour, 0);
        return m_store->saveJournalEntry(JournalEntry{0, at, at, text, 3, {"t"}});
    }

    Ids search(const std::string &text, int limit = 500)
    {
        JournalQuery query;
        query.text = text;
        query.limit = limit;
        Ids ids;
        for (const JournalEntry &entry : m_store->journalEntries(query))
            ids.push_back(entry.id);
        return ids;
    }

    std::map<std::string, Ids> searchAll()
    {
        std::map<std::string, Ids> results;
        for (const std::string &typed : typedSearches())
            results[typed] = search(typed);
        return results;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<SqliteStore> m_store;
};

} // namespace

TEST_F(SearchIndexUpgrade, GivesTheSameResultsNewestFirstWhileTheStoreStaysOpen)
{
    const auto before = searchAll();
    const QStringList triggers = triggersIn(dbIn(m_dir.path()));
    ASSERT_EQ(triggers.size(), 3);
    ASSERT_GT(before.at("w").size(), 100u);

    EXPECT_EQ(SqliteStore::upgradeSearchIndexOnOwnConnection(m_dir.path()), Upgrade::Upgraded);

    // The open store's own connection (and its cached statements) sees the new index.
    EXPECT_TRUE(m_store->searchIndexIsCurrent());
    EXPECT_EQ(searchAll(), before);
    // "w" lists the newest entries first, as before: the creation time decides, then the id.
    const Ids newest = search("w", 5);
    EXPECT_EQ(newest, Ids(before.at("w").begin(), before.at("w").begin() + 5));
    EXPECT_EQ(triggersIn(dbIn(m_dir.path())), triggers); // word for word
    EXPECT_TRUE(indexIsConsistent(dbIn(m_dir.path())));
    EXPECT_EQ(rowsOf(dbIn(m_dir.path()), QStringLiteral("SELECT name FROM sqlite_master WHERE name LIKE '%_new%'")),
              QStringList{});

    m_store.reset();
    m_store = SqliteStore::open(m_dir.path(), fastKeys());
    EXPECT_EQ(searchAll(), before);
}

TEST_F(SearchIndexUpgrade, RunsOnceThenLeavesTheFileAlone)
{
    EXPECT_EQ(SqliteStore::upgradeSearchIndexOnOwnConnection(m_dir.path()), Upgrade::Upgraded);
    const QString schemaSql = QStringLiteral("SELECT type, name, sql FROM sqlite_master ORDER BY name");
    const QStringList schema = rowsOf(dbIn(m_dir.path()), schemaSql);
    const auto results = searchAll();
    EXPECT_EQ(SqliteStore::upgradeSearchIndexOnOwnConnection(m_dir.path()), Upgrade::AlreadyCurrent);
    EXPECT_EQ(rowsOf(dbIn(m_dir.path()), schemaSql), schema);
    EXPECT_EQ(searchAll(), results);
}

TEST_F(SearchIndexUpgrade, WritesAfterTheUpgradeAreFoundAndForgotten)
{
    ASSERT_EQ(SqliteStore::upgradeSearchIndexOnOwnConnection(m_dir.path()), Upgrade::Upgraded);
    const Moment at = localMoment(LocalDate{2026, 11, 24}, 21, 0);
    const std::int64_t id = m_store->saveJournalEntry(JournalEntry{0, at, at, "Xylophone practice", 4, {}});
    EXPECT_EQ(search("x"), Ids{id});
    EXPECT_EQ(search("xy"), Ids{id});

    m_store->saveJournalEntry(JournalEntry{id, at, at, "Juggling practice", 4, {}});
    EXPECT_TRUE(search("x").empty());
    EXPECT_EQ(search("ju"), Ids{id});

    m_store->removeJournalEntry(id);
    EXPECT_TRUE(search("j").empty());
    EXPECT_TRUE(indexIsConsistent(dbIn(m_dir.path())));
}

TEST_F(SearchIndexUpgrade, AnEntryWrittenDuringTheBuildIsNotLost)
{
    const auto before = searchAll();
    std::int64_t written = 0;
    int builds = 0;
    const Upgrade outcome = SqliteStore::upgradeSearchIndexOnOwnConnection(m_dir.path(), 5000, [&] {
        // The store reads and writes while the new index is being built beside it.
        EXPECT_EQ(search("walk"), before.at("walk"));
        if (++builds == 1)
            written = add(LocalDate{2026, 11, 25}, 8, "Xylophone at dawn");
    });
    EXPECT_EQ(outcome, Upgrade::Upgraded);
    EXPECT_EQ(builds, 2); // the first build missed the entry, so it was built again
    EXPECT_EQ(search("x"), Ids{written});
    EXPECT_EQ(search("xy"), Ids{written});
    EXPECT_TRUE(indexIsConsistent(dbIn(m_dir.path())));
}

TEST_F(SearchIndexUpgrade, AJournalThatKeepsChangingIsUpgradedAtALaterStart)
{
    const auto before = searchAll();
    int builds = 0;
    const Upgrade outcome = SqliteStore::upgradeSearchIndexOnOwnConnection(m_dir.path(), 5000, [&] {
        ++builds;
        m_store->saveReason(Reason{0, "Any write counts", builds});
    });
    EXPECT_EQ(outcome, Upgrade::Postponed);
    EXPECT_EQ(builds, 3);
    EXPECT_FALSE(m_store->searchIndexIsCurrent());
    EXPECT_EQ(searchAll(), before);
    EXPECT_TRUE(indexIsConsistent(dbIn(m_dir.path())));

    EXPECT_EQ(SqliteStore::upgradeSearchIndexOnOwnConnection(m_dir.path()), Upgrade::Upgraded);
    EXPECT_EQ(searchAll(), before);
}

TEST_F(SearchIndexUpgrade, QuittingStopsTheBuildAndWritesNothing)
{
    const auto before = searchAll();
    const QString schemaSql = QStringLiteral("SELECT type, name, sql FROM sqlite_master ORDER BY name");
    const QStringList schema = rowsOf(dbIn(m_dir.path()), schemaSql);
    const std::atomic<bool> stop{true};
    EXPECT_EQ(SqliteStore::upgradeSearchIndexOnOwnConnection(m_dir.path(), 5000, [] { ADD_FAILURE() << "swapped"; }, &stop),
              Upgrade::Postponed);
    EXPECT_EQ(rowsOf(dbIn(m_dir.path()), schemaSql), schema);
    EXPECT_EQ(searchAll(), before);
    EXPECT_EQ(SqliteStore::upgradeSearchIndexOnOwnConnection(m_dir.path()), Upgrade::Upgraded); // at the next start
    EXPECT_EQ(searchAll(), before);
}

TEST_F(SearchIndexUpgrade, RunsOnAnotherThreadWhileTheStoreWrites)
{
    const auto before = searchAll();
    Upgrade outcome = Upgrade::AlreadyCurrent;
    std::optional<StoreError::Kind> error;
    std::thread worker([&] {
        error = errorKindOf([&] { outcome = SqliteStore::upgradeSearchIndexOnOwnConnection(m_dir.path()); });
    });
    Ids written;
    for (int i = 0; i < 20; ++i)
        written.insert(written.begin(), add(LocalDate{2026, 11, 26}, 6 + i % 12, "Quokka " + std::to_string(i)));
    EXPECT_EQ(search("walk"), before.at("walk"));
    worker.join();
    ASSERT_FALSE(error);
    if (outcome == Upgrade::Postponed) { // every build met a write: the next start does it
        EXPECT_EQ(SqliteStore::upgradeSearchIndexOnOwnConnection(m_dir.path()), Upgrade::Upgraded);
    } else {
        EXPECT_EQ(outcome, Upgrade::Upgraded);
    }
    EXPECT_TRUE(m_store->searchIndexIsCurrent());
    const Ids found = search("quo");
    EXPECT_EQ(std::set<std::int64_t>(found.begin(), found.end()), std::set<std::int64_t>(written.begin(), written.end()));
    EXPECT_EQ(search("w"), before.at("w"));
    EXPECT_TRUE(indexIsConsistent(dbIn(m_dir.path())));
}

TEST_F(SearchIndexUpgrade, AnEncryptedStoreKeepsItsOnDiskIndexEmpty)
{
    const auto before = searchAll();
    m_store->enableEncryption("upgrade");
    m_store.reset();
    useIndexWithoutPrefixes(dbIn(m_dir.path())); // encrypted before the upgrade existed
    m_store = SqliteStore::open(m_dir.path(), fastKeys()); // locked, as the app starts

    EXPECT_EQ(SqliteStore::upgradeSearchIndexOnOwnConnection(m_dir.path()), Upgrade::Upgraded);
    EXPECT_TRUE(m_store->searchIndexIsCurrent());
    // Only the one empty page is indexed on disk: sealed texts never are.
    EXPECT_EQ(rowsOf(dbIn(m_dir.path()), QStringLiteral("SELECT count(*) FROM journal_fts_docsize")),
              QStringList{QStringLiteral("1")});
    EXPECT_EQ(errorKindOf([&] { search("w"); }), StoreError::Kind::Locked);

    m_store->unlock("upgrade");
    EXPECT_EQ(searchAll(), before);
    m_store->disableEncryption("upgrade");
    EXPECT_TRUE(m_store->searchIndexIsCurrent());
    EXPECT_EQ(searchAll(), before); // the plain index is rebuilt with its prefixes
    EXPECT_TRUE(indexIsConsistent(dbIn(m_dir.path())));
}

TEST(SearchIndexUpgradeFresh, ANewStoreIsUpgradedOnItsFirstStart)
{
    QTemporaryDir dir;
    auto store = SqliteStore::open(dir.path());
    // Opening writes nothing new: the upkeep after the first paint upgrades the empty index.
    EXPECT_FALSE(store->searchIndexIsCurrent());
    EXPECT_EQ(SqliteStore::upgradeSearchIndexOnOwnConnection(dir.path(), 5000, [] { ADD_FAILURE() << "built"; }),
              Upgrade::Upgraded);
    EXPECT_TRUE(store->searchIndexIsCurrent());
    EXPECT_EQ(SqliteStore::upgradeSearchIndexOnOwnConnection(dir.path()), Upgrade::AlreadyCurrent);
    const Moment at = localMoment(LocalDate{2026, 11, 25}, 9, 0);
    const std::int64_t id = store->saveJournalEntry(JournalEntry{0, at, at, "Walked to the lake", 3, {}});
    EXPECT_EQ(store->journalEntries(JournalQuery{"w", {}, {}, {}, {}, 500}).size(), 1u);
    EXPECT_EQ(store->journalEntries(JournalQuery{"w", {}, {}, {}, {}, 500}).front().id, id);
}

TEST(SearchIndexUpgradeFresh, TheV1FixtureIsUpgradedWithAllItsEntriesFound)
{
    QTemporaryDir dir;
    ASSERT_TRUE(QFile::copy(QStringLiteral(HOLDFAST_SOURCE_DIR "/tests/fixtures/holdfast-v1.sqlite"), dbIn(dir.path())));
    QFile::setPermissions(dbIn(dir.path()), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    auto store = SqliteStore::open(dir.path());
    EXPECT_FALSE(store->searchIndexIsCurrent()); // it has entries: upgraded by the upkeep, not at open
    std::map<std::string, std::size_t> before;
    for (const std::string &typed : typedSearches())
        before[typed] = store->journalEntries(JournalQuery{typed, {}, {}, {}, {}, 500}).size();

    // A short journal is indexed within the swap: no build beside the store.
    EXPECT_EQ(SqliteStore::upgradeSearchIndexOnOwnConnection(dir.path(), 5000, [] { ADD_FAILURE() << "built"; }),
              Upgrade::Upgraded);
    EXPECT_TRUE(store->searchIndexIsCurrent());
    for (const std::string &typed : typedSearches())
        EXPECT_EQ(store->journalEntries(JournalQuery{typed, {}, {}, {}, {}, 500}).size(), before[typed]) << typed;
    expectV1Fixture(*store);
    EXPECT_TRUE(indexIsConsistent(dbIn(dir.path())));
}
