// everything() and importData(): what an export reads and an import writes.
// A round trip reproduces the data exactly; appending gives new ids and keeps
// every link; a failure part-way changes nothing.

#include "EveryRecord.h"
#include "StorageTestSupport.h"

#include "storage/SqliteStore.h"

#include <QFileInfo>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <algorithm>

using namespace holdfast;
using namespace holdfast::storage;
using namespace holdfast::storage::test;

namespace {

class ImportExport : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_source.isValid());
        ASSERT_TRUE(m_target.isValid());
        m_from = SqliteStore::open(m_source.path(), fastKeys());
        fillEveryKind(*m_from, "export");
        Settings settings = m_from->settings();
        settings.crisisText = "Call 112";
        settings.breakupDate = LocalDate{2026, 2, 14};
        settings.timerMinutes = 12;
        m_from->saveSettings(settings);
        m_data = m_from->everything();
    }

    template<typename T, typename P>
    static const T &only(const std::vector<T> &items, P predicate)
    {
        const auto count = std::count_if(items.begin(), items.end(), predicate);
        EXPECT_EQ(count, 1);
        const auto it = std::find_if(items.begin(), items.end(), predicate);
        if (it == items.end())
            throw std::runtime_error("not found");
        return *it;
    }

    QTemporaryDir m_source;
    QTemporaryDir m_target;
    std::unique_ptr<SqliteStore> m_from;
    DataSet m_data;
};

bool contains(const std::string &text, const char *part)
{
    return text.find(part) != std::string::npos;
}

} // namespace

TEST_F(ImportExport, EverythingHoldsEveryRecordAndTheSettings)
{
    EXPECT_EQ(m_data.urges.size(), 2u);
    EXPECT_EQ(m_data.contacts.size(), 1u);
    EXPECT_EQ(m_data.checkIns.size(), 1u);
    EXPECT_EQ(m_data.journalEntries.size(), 2u);
    EXPECT_EQ(m_data.unsentMessages.size(), 1u);
    EXPECT_EQ(m_data.reasons.size(), 1u);
    EXPECT_EQ(m_data.supportPeople.size(), 2u);
    EXPECT_EQ(m_data.activities.size(), 1u);
    EXPECT_EQ(m_data.ifThenPlans.size(), 2u);
    EXPECT_EQ(m_data.riskDates.size(), 1u);
    EXPECT_EQ(m_data.settings.crisisText, "Call 112");
}

TEST_F(ImportExport, ARoundTripIntoAnEmptyStoreIsExact)
{
    auto to = SqliteStore::open(m_target.path(), fastKeys());
    to->importData(m_data, ImportMode::Replace);
    EXPECT_EQ(to->everything(), m_data);
    // And again through an encrypted store, which must change nothing either.
    to->enableEncryption("round trip");
    to->importData(m_data, ImportMode::Replace);
    EXPECT_EQ(to->everything(), m_data);
}

TEST_F(ImportExport, ReplaceRemovesWhatWasThereIncludingTheSettings)
{
    auto to = SqliteStore::open(m_target.path(), fastKeys());
    fillEveryKind(*to, "old");
    to->saveReason(Reason{0, "an old reason", 1});
    Settings old = to->settings();
    old.language = "de";
    to->saveSettings(old);
    to->importData(m_data, ImportMode::Replace);
    EXPECT_EQ(to->everything(), m_data);
    JournalQuery query;
    query.text = "old";
    EXPECT_TRUE(to->journalEntries(query).empty());
}

TEST_F(ImportExport, AppendGivesNewIdsAndKeepsEveryLink)
{
    auto to = SqliteStore::open(m_target.path(), fastKeys());
    const EveryRecordIds old = fillEveryKind(*to, "old");
    const Settings settingsBefore = to->settings();
    to->importData(m_data, ImportMode::Append);
    const DataSet after = to->everything();
    EXPECT_EQ(after.settings, settingsBefore);
    EXPECT_EQ(after.urges.size(), 4u);
    EXPECT_EQ(after.journalEntries.size(), 4u);

    const UrgeRecord &urge = only(after.urges, [](const UrgeRecord &u) { return contains(u.note, "export"); });
    EXPECT_NE(urge.id, old.urge);
    const UnsentMessage &message =
        only(after.unsentMessages, [](const UnsentMessage &m) { return contains(m.text, "export"); });
    EXPECT_NE(message.id, old.message);
    ASSERT_TRUE(urge.unsentMessageId.has_value());
    EXPECT_EQ(*urge.unsentMessageId, message.id);
    EXPECT_EQ(message.urgeId, urge.id);
    const ContactEvent &contact = only(after.contacts, [](const ContactEvent &c) { return contains(c.note, "export"); });
    EXPECT_EQ(contact.urgeId, urge.id);
    const SupportPerson &person =
        only(after.supportPeople, [](const SupportPerson &p) { return contains(p.name, "export"); });
    EXPECT_EQ(urge.action, ActionKind::SupportPerson);
    EXPECT_EQ(urge.actionId, person.id);
    EXPECT_NE(person.id, old.person);
    // The old records still point where they did.
    const UrgeRecord &oldUrge = only(after.urges, [](const UrgeRecord &u) { return contains(u.note, "old"); });
    EXPECT_EQ(oldUrge.unsentMessageId, old.message);
    EXPECT_EQ(oldUrge.actionId, old.person);
    // The imported journal entries can be searched.
    JournalQuery query;
    query.text = "export";
    EXPECT_EQ(to->journalEntries(query).size(), 1u);
}

TEST_F(ImportExport, ALinkToARecordNotInTheSetIsDropped)
{
    DataSet data;
    UrgeRecord urge = m_data.urges.front();
    for (const UrgeRecord &u : m_data.urges) {
        if (u.unsentMessageId)
            urge = u;
    }
    ASSERT_TRUE(urge.unsentMessageId.has_value());
    data.urges = {urge};
    ContactEvent contact = m_data.contacts.front();
    contact.urgeId = 999;
    data.contacts = {contact};
    auto to = SqliteStore::open(m_target.path(), fastKeys());
    to->importData(data, ImportMode::Append);
    const DataSet after = to->everything();
    ASSERT_EQ(after.urges.size(), 1u);
    EXPECT_FALSE(after.urges.front().unsentMessageId.has_value());
    EXPECT_EQ(after.urges.front().actionId, 0);
    ASSERT_EQ(after.contacts.size(), 1u);
    EXPECT_FALSE(after.contacts.front().urgeId.has_value());
}

TEST_F(ImportExport, AnInvalidRecordAtTheEndChangesNothing)
{
    auto to = SqliteStore::open(m_target.path(), fastKeys());
    fillEveryKind(*to, "old");
    const DataSet before = to->everything();
    DataSet bad = m_data;
    bad.checkIns.push_back(CheckIn{LocalDate{2026, 5, 1}, localMoment(LocalDate{2026, 5, 1}, 8, 0), 9, 3, ""});
    for (const ImportMode mode : {ImportMode::Append, ImportMode::Replace})
        EXPECT_EQ(errorKindOf([&] { to->importData(bad, mode); }), StoreError::Kind::InvalidData);
    EXPECT_EQ(to->everything(), before);
}

TEST_F(ImportExport, AFullDiskPartWayChangesNothing)
{
    {
        auto to = SqliteStore::open(m_target.path(), fastKeys());
        fillEveryKind(*to, "old");
    }
    const qint64 pages = QFileInfo(QDir(m_target.path()).filePath(QStringLiteral("holdfast.sqlite"))).size() / 4096;
    OpenOptions capped = fastKeys();
    capped.maxPageCount = pages + 8;
    auto to = SqliteStore::open(m_target.path(), capped);
    const DataSet before = to->everything();
    DataSet big = m_data;
    for (int i = 0; i < 300; ++i) {
        JournalEntry entry = m_data.journalEntries.front();
        entry.id = 100 + i;
        entry.text = std::string(2000, char('a' + i % 26));
        big.journalEntries.push_back(entry);
    }
    for (const ImportMode mode : {ImportMode::Append, ImportMode::Replace})
        EXPECT_EQ(errorKindOf([&] { to->importData(big, mode); }), StoreError::Kind::DiskFull);
    EXPECT_EQ(to->everything(), before);
    // The same with encryption on: the in-memory index is rolled back as well.
    to.reset();
    to = SqliteStore::open(m_target.path(), fastKeys());
    to->enableEncryption("full");
    to.reset();
    to = SqliteStore::open(m_target.path(), capped);
    to->unlock("full");
    EXPECT_EQ(errorKindOf([&] { to->importData(big, ImportMode::Replace); }), StoreError::Kind::DiskFull);
    EXPECT_EQ(to->everything(), before);
    JournalQuery query;
    query.text = "export";
    EXPECT_TRUE(to->journalEntries(query).empty());
    query.text = "old";
    EXPECT_EQ(to->journalEntries(query).size(), 1u);
}

TEST_F(ImportExport, ALockedStoreRefusesToExportAndToImportText)
{
    auto to = SqliteStore::open(m_target.path(), fastKeys());
    to->enableEncryption("locked");
    to.reset();
    to = SqliteStore::open(m_target.path(), fastKeys());
    EXPECT_EQ(errorKindOf([&] { to->everything(); }), StoreError::Kind::Locked);
    EXPECT_EQ(errorKindOf([&] { to->importData(m_data, ImportMode::Replace); }), StoreError::Kind::Locked);
    to->unlock("locked");
    EXPECT_EQ(to->everything(), DataSet{});
}
