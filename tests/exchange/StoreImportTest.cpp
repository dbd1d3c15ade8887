// The whole path a person takes: export from one store, import into another
// (or the same) with merge or replace; a bad file writes nothing at all.

#include "RichDataSet.h"

#include "exchange/ImportPlan.h"
#include "exchange/JsonExporter.h"
#include "exchange/JsonImporter.h"
#include "storage/SqliteStore.h"
#include "support/TestStore.h"
#include "support/WatchedStore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace holdfast;
using namespace holdfast::exchange;
using holdfast::testing::TestStore;
using holdfast::testing::WatchedStore;

namespace {

// Ids are the store's own: compare without them, and with links followed.
DataSet withoutIds(DataSet data)
{
    std::map<std::int64_t, std::size_t> urgeIndex, unsentIndex;
    for (std::size_t i = 0; i < data.urges.size(); ++i)
        urgeIndex[data.urges[i].id] = i;
    for (std::size_t i = 0; i < data.unsentMessages.size(); ++i)
        unsentIndex[data.unsentMessages[i].id] = i;
    const auto index = [](const auto &map, std::optional<std::int64_t> id) -> std::optional<std::int64_t> {
        if (!id || !map.contains(*id))
            return std::nullopt;
        return std::int64_t(map.at(*id));
    };
    for (auto &u : data.urges)
        u.unsentMessageId = index(unsentIndex, u.unsentMessageId);
    for (auto &m : data.unsentMessages)
        m.urgeId = index(urgeIndex, m.urgeId);
    for (auto &c : data.contacts)
        c.urgeId = index(urgeIndex, c.urgeId);
    for (auto &u : data.urges) {
        u.id = 0;
        u.actionId = 0;
    }
    for (auto &x : data.contacts) x.id = 0;
    for (auto &x : data.journalEntries) x.id = 0;
    for (auto &x : data.unsentMessages) x.id = 0;
    for (auto &x : data.reasons) x.id = 0;
    for (auto &x : data.supportPeople) x.id = 0;
    for (auto &x : data.activities) x.id = 0;
    for (auto &x : data.ifThenPlans) x.id = 0;
    for (auto &x : data.riskDates) x.id = 0;
    // Stores list records in their own order; compare as sets.
    std::sort(data.urges.begin(), data.urges.end(), [](auto &a, auto &b) { return a.start.utcMs < b.start.utcMs; });
    std::sort(data.contacts.begin(), data.contacts.end(), [](auto &a, auto &b) { return a.at.utcMs < b.at.utcMs; });
    std::sort(data.checkIns.begin(), data.checkIns.end(), [](auto &a, auto &b) { return a.date < b.date; });
    std::sort(data.journalEntries.begin(), data.journalEntries.end(),
              [](auto &a, auto &b) { return a.created.utcMs < b.created.utcMs; });
    std::sort(data.unsentMessages.begin(), data.unsentMessages.end(),
              [](auto &a, auto &b) { return a.written.utcMs < b.written.utcMs; });
    return data;
}

void importJson(Store &store, const QByteArray &json, ImportMode mode)
{
    const ImportResult read = JsonImporter::read(json);
    ASSERT_TRUE(read.ok());
    ImportPlan::make(read.data, mode, store).apply(store);
}

// Probes whether SqliteStore's export and import are built yet (issue 5).
bool sqliteExchangeBuilt(storage::SqliteStore &store)
{
    try {
        store.everything();
        return true;
    } catch (const StoreError &error) {
        return error.kind() != StoreError::Kind::Other;
    }
}

} // namespace

TEST(StoreImport, RoundTripThroughJson)
{
    TestStore<> source;
    source->importData(test::richDataSet(), ImportMode::Replace);
    const QByteArray json = JsonExporter::toJson(source->everything());

    TestStore<> target;
    importJson(*target, json, ImportMode::Replace);
    EXPECT_EQ(withoutIds(target->everything()), withoutIds(source->everything()));
    EXPECT_EQ(target->everything().settings, test::richDataSet().settings);
}

TEST(StoreImport, TheTickedStepsOfClearThePathTravelAndAnOlderFileTicksNothing)
{
    TestStore<> source;
    Settings settings = source->settings();
    settings.clearedPath = {PathStep::Mute, PathStep::Archive, PathStep::Favourites};
    source->saveSettings(settings);
    const QByteArray json = JsonExporter::toJson(source->everything());

    TestStore<> target;
    importJson(*target, json, ImportMode::Replace);
    EXPECT_EQ(target->settings().clearedPath, settings.clearedPath);

    // A file from before the checklist has no such field: it imports, and
    // replaces what was ticked with nothing ticked.
    QJsonObject root = QJsonDocument::fromJson(json).object();
    QJsonObject older = root.value(QStringLiteral("settings")).toObject();
    ASSERT_TRUE(older.contains(QStringLiteral("clearedPath")));
    older.remove(QStringLiteral("clearedPath"));
    root.insert(QStringLiteral("settings"), older);
    importJson(*target, QJsonDocument(root).toJson(), ImportMode::Replace);
    EXPECT_TRUE(target->settings().clearedPath.empty());
}

TEST(StoreImport, MergingTheSameFileTwiceAddsNothing)
{
    TestStore<> store;
    const QByteArray json = JsonExporter::toJson(test::richDataSet());
    importJson(*store, json, ImportMode::Append);
    const DataSet once = store->everything();
    importJson(*store, json, ImportMode::Append);
    EXPECT_EQ(store->everything(), once);
    EXPECT_EQ(once.urges.size(), 2u);
}

TEST(StoreImport, ABadFileChangesNothing)
{
    TestStore<WatchedStore> watched;
    WatchedStore &store = *watched;
    store.importData(test::richDataSet(), ImportMode::Replace);
    const DataSet before = store.everything();
    store.resetCounts();

    QByteArray json = JsonExporter::toJson(test::richDataSet());
    json.replace("\"sleep\": 1", "\"sleep\": 9"); // the last check-in is wrong
    const ImportResult read = JsonImporter::read(json);
    ASSERT_FALSE(read.ok());
    EXPECT_EQ(store.writes(), 0);
    EXPECT_EQ(store.everything(), before);
}

class SqliteImport : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_store = storage::SqliteStore::open(m_dir.filePath(QStringLiteral("a")));
        if (!sqliteExchangeBuilt(*m_store))
            GTEST_SKIP() << "SqliteStore::everything/importData are not built yet";
    }

    QTemporaryDir m_dir;
    std::unique_ptr<storage::SqliteStore> m_store;
};

TEST_F(SqliteImport, ExportImportReproducesTheData)
{
    m_store->importData(test::richDataSet(), ImportMode::Replace);
    const DataSet stored = m_store->everything();
    EXPECT_EQ(withoutIds(stored), withoutIds(test::richDataSet()));

    const QByteArray json = JsonExporter::toJson(stored);
    auto other = storage::SqliteStore::open(m_dir.filePath(QStringLiteral("b")));
    importJson(*other, json, ImportMode::Replace);
    other.reset();
    other = storage::SqliteStore::open(m_dir.filePath(QStringLiteral("b")));
    const DataSet reimported = other->everything();
    EXPECT_EQ(withoutIds(reimported), withoutIds(stored));
    EXPECT_EQ(reimported.settings, stored.settings);
    // And the export of the copy is the export of the original, id for id
    // when both stores gave the same ids.
    EXPECT_EQ(JsonImporter::read(JsonExporter::toJson(reimported)).data, reimported);
}

TEST_F(SqliteImport, MergeTwiceAddsNothing)
{
    const QByteArray json = JsonExporter::toJson(test::richDataSet());
    importJson(*m_store, json, ImportMode::Append);
    const DataSet once = m_store->everything();
    importJson(*m_store, json, ImportMode::Append);
    EXPECT_EQ(m_store->everything(), once);
}
