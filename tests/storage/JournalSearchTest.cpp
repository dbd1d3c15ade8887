// The journal search behaves like a search box: results narrow as each
// letter is typed, accents don't matter, filters combine, and nothing the
// user types makes it fail. Identically with encryption on, where the index
// lives in memory: kept in step by writes, or built at unlock; and after the
// on-disk index got its prefix index.

#include "EveryRecord.h"
#include "StorageTestSupport.h"

#include "storage/SqliteStore.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <algorithm>

using namespace holdfast;
using namespace holdfast::storage;
using namespace holdfast::storage::test;

namespace {

enum class SearchMode {
    Plain,
    EncryptedBeforeWriting, // the in-memory index follows each write
    EncryptedAndReopened,   // written plain, encrypted, reopened: the index is built at unlock
    PlainUpgraded,          // written plain, then the index upgraded to one with prefixes (upkeep)
};

std::string modeName(const ::testing::TestParamInfo<SearchMode> &info)
{
    switch (info.param) {
    case SearchMode::Plain:
        return "Plain";
    case SearchMode::EncryptedBeforeWriting:
        return "EncryptedBeforeWriting";
    case SearchMode::EncryptedAndReopened:
        return "EncryptedAndReopened";
    case SearchMode::PlainUpgraded:
        return "PlainUpgraded";
    }
    return "?";
}

class JournalSearch : public ::testing::TestWithParam<SearchMode>
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_store = SqliteStore::open(m_dir.path(), fastKeys());
        if (GetParam() == SearchMode::EncryptedBeforeWriting)
            m_store->enableEncryption("search");
        // An entry written and removed again must not be found.
        m_store->removeJournalEntry(add(LocalDate{2026, 3, 2}, "Heartbroken heater hearing", 3, {"progress"}));
        m_heartbreak = add(LocalDate{2026, 3, 1}, "Heartbreak feels lighter today.", 3, {"progress"});
        m_cafe = add(LocalDate{2026, 3, 5}, "Walked past our CAFÉ and kept going.", 2, {"triggers", "walk"});
        m_zoe = add(LocalDate{2026, 3, 9}, "Zoë called; we laughed about the heater.", 4, {"friends", "progress"});
        m_arabic = add(LocalDate{2026, 3, 12}, "اشتقت إليه لكنني بخير", 3, {"progress"});
        m_hearing = add(LocalDate{2026, 3, 20}, "The hearing is next week. Nervous.", 2, {"court"});
        if (GetParam() == SearchMode::EncryptedAndReopened) {
            m_store->enableEncryption("search");
            m_store.reset();
            m_store = SqliteStore::open(m_dir.path(), fastKeys());
            m_store->unlock("search");
        }
        if (GetParam() == SearchMode::PlainUpgraded) {
            ASSERT_EQ(SqliteStore::upgradeSearchIndexOnOwnConnection(m_dir.path()),
                      SqliteStore::SearchIndexUpgrade::Upgraded);
            ASSERT_TRUE(m_store->searchIndexIsCurrent());
            // Kept in step by the triggers after the swap: one more written, then removed.
            m_store->removeJournalEntry(add(LocalDate{2026, 3, 21}, "Heavy hearted", 3, {"progress"}));
        }
    }

    std::int64_t add(LocalDate date, std::string text, int mood, std::vector<std::string> tags)
    {
        const Moment at = localMoment(date, 20, 0);
        return m_store->saveJournalEntry(JournalEntry{0, at, at, std::move(text), mood, std::move(tags)});
    }

    std::vector<std::int64_t> search(const JournalQuery &query)
    {
        std::vector<std::int64_t> ids;
        for (const JournalEntry &entry : m_store->journalEntries(query))
            ids.push_back(entry.id);
        return ids;
    }

    std::vector<std::int64_t> searchText(const std::string &text)
    {
        JournalQuery query;
        query.text = text;
        return search(query);
    }

    QTemporaryDir m_dir;
    std::unique_ptr<SqliteStore> m_store;
    std::int64_t m_heartbreak = 0;
    std::int64_t m_cafe = 0;
    std::int64_t m_zoe = 0;
    std::int64_t m_arabic = 0;
    std::int64_t m_hearing = 0;
};

} // namespace

TEST_P(JournalSearch, EmptyQueryListsEverythingNewestFirst)
{
    EXPECT_EQ(searchText(""), (std::vector<std::int64_t>{m_hearing, m_arabic, m_zoe, m_cafe, m_heartbreak}));
    EXPECT_EQ(searchText("   "), searchText(""));
}

TEST_P(JournalSearch, ResultsNarrowAsTheUserTypes)
{
    EXPECT_EQ(searchText("h").size(), 3u); // heartbreak, heater, hearing
    EXPECT_EQ(searchText("hea"), (std::vector<std::int64_t>{m_hearing, m_zoe, m_heartbreak}));
    EXPECT_EQ(searchText("hear"), (std::vector<std::int64_t>{m_hearing, m_heartbreak}));
    EXPECT_EQ(searchText("heart"), std::vector<std::int64_t>{m_heartbreak});
    EXPECT_EQ(searchText("heartbreak"), std::vector<std::int64_t>{m_heartbreak});
    EXPECT_TRUE(searchText("heartbreaks").empty());
}

TEST_P(JournalSearch, EveryWordMustMatchInAnyOrder)
{
    EXPECT_EQ(searchText("going walked"), std::vector<std::int64_t>{m_cafe});
    EXPECT_EQ(searchText("walk caf"), std::vector<std::int64_t>{m_cafe});
    EXPECT_TRUE(searchText("walked heartbreak").empty());
}

TEST_P(JournalSearch, CaseAndAccentsDoNotMatter)
{
    EXPECT_EQ(searchText("cafe"), std::vector<std::int64_t>{m_cafe});
    EXPECT_EQ(searchText("Café"), std::vector<std::int64_t>{m_cafe});
    EXPECT_EQ(searchText("ZOE"), std::vector<std::int64_t>{m_zoe});
    EXPECT_EQ(searchText("zoë"), std::vector<std::int64_t>{m_zoe});
    EXPECT_EQ(searchText("HEARTBREAK"), std::vector<std::int64_t>{m_heartbreak});
}

TEST_P(JournalSearch, RightToLeftTextIsSearchable)
{
    EXPECT_EQ(searchText("بخير"), std::vector<std::int64_t>{m_arabic});
    EXPECT_EQ(searchText("اشت"), std::vector<std::int64_t>{m_arabic});
}

TEST_P(JournalSearch, SearchSyntaxInTheQueryIsJustText)
{
    const std::vector<std::string> hostile{
        "\"",        "\"\"",          "*",           "**",          "AND",           "OR",
        "NOT",       "NEAR(",         "NEAR(hea",    "hea AND",     "hea OR walk",   "(",
        ")",         "^",             "+",           "-",           "col:hea",       "text:walk",
        "{text}:x",  "hea\"",         "\"hea",       "'",           "'); DROP TABLE journal_entries;--",
        "%",         "_",             "%_\"",        "\\",          ":",             "hea*",
        "*hea",      "NEAR(hea walk, 3)", "\t\n",    "🙂",          "a\"b\"c",       "\x01",
    };
    for (const std::string &text : hostile) {
        EXPECT_EQ(errorKindOf([&] { searchText(text); }), std::nullopt) << text;
    }
    // Operators are words like any other: "and" appears in "and kept going".
    EXPECT_EQ(searchText("AND"), std::vector<std::int64_t>{m_cafe});
    EXPECT_EQ(searchText("hea OR walk").size(), 0u);
    EXPECT_EQ(searchText("\"hea"), (std::vector<std::int64_t>{m_hearing, m_zoe, m_heartbreak}));
    EXPECT_EQ(searchText("NEAR(hea"), std::vector<std::int64_t>{});
    // Nothing searchable typed yet: the list stays as it was.
    EXPECT_EQ(searchText("\"").size(), 5u);
    // Everything is still there.
    EXPECT_EQ(searchText("").size(), 5u);
}

TEST_P(JournalSearch, TagMoodAndDateFiltersCombineWithText)
{
    JournalQuery query;
    query.tag = "progress";
    EXPECT_EQ(search(query), (std::vector<std::int64_t>{m_arabic, m_zoe, m_heartbreak}));
    query.mood = 3;
    EXPECT_EQ(search(query), (std::vector<std::int64_t>{m_arabic, m_heartbreak}));
    query.from = LocalDate{2026, 3, 2};
    EXPECT_EQ(search(query), std::vector<std::int64_t>{m_arabic});
    query.to = LocalDate{2026, 3, 11};
    EXPECT_TRUE(search(query).empty());

    JournalQuery textAndTag;
    textAndTag.text = "hea";
    textAndTag.tag = "progress";
    EXPECT_EQ(search(textAndTag), (std::vector<std::int64_t>{m_zoe, m_heartbreak}));
    textAndTag.from = LocalDate{2026, 3, 9};
    textAndTag.to = LocalDate{2026, 3, 9};
    EXPECT_EQ(search(textAndTag), std::vector<std::int64_t>{m_zoe});

    JournalQuery dates;
    dates.from = LocalDate{2026, 3, 5};
    dates.to = LocalDate{2026, 3, 12};
    EXPECT_EQ(search(dates), (std::vector<std::int64_t>{m_arabic, m_zoe, m_cafe}));

    JournalQuery unknownTag;
    unknownTag.tag = "' OR 1=1 --";
    EXPECT_TRUE(search(unknownTag).empty());
}

TEST_P(JournalSearch, LimitCapsTheNewestResults)
{
    JournalQuery query;
    query.limit = 2;
    EXPECT_EQ(search(query), (std::vector<std::int64_t>{m_hearing, m_arabic}));
}

TEST_P(JournalSearch, TagsAreListedOnceInAlphabeticalOrder)
{
    EXPECT_EQ(m_store->journalTags(), (std::vector<std::string>{"court", "friends", "progress", "triggers", "walk"}));
}

INSTANTIATE_TEST_SUITE_P(Modes, JournalSearch,
                         ::testing::Values(SearchMode::Plain, SearchMode::EncryptedBeforeWriting,
                                           SearchMode::EncryptedAndReopened, SearchMode::PlainUpgraded),
                         modeName);
