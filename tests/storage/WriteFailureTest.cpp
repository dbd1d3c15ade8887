// When the store cannot write (a full disk, a folder made read-only) every
// kind of write fails with the kind the UI explains, the failed write leaves
// no trace, and nothing confirmed before is lost, in the session or after a
// restart. FileSafetyTest covers opening; this covers writing.

#include "RealisticData.h"
#include "StorageTestSupport.h"

#include "storage/SqliteStore.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <functional>
#include <string>
#include <utility>
#include <vector>

using namespace holdfast;
using namespace holdfast::storage;
using namespace holdfast::storage::test;

namespace {

// Large enough to need new pages (overflow pages for one row).
const std::string kBig(64 * 1024, 'w');

class WriteFailure : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        auto store = SqliteStore::open(m_dir.path());
        addRealisticData(*store, 12);
        m_before = readAll(*store);
    }

    QString db() const { return QDir(m_dir.path()).filePath(QStringLiteral("holdfast.sqlite")); }

    QTemporaryDir m_dir;
    DataSet m_before;
};

// Every write the Store offers, each with content that must grow the file.
std::vector<std::pair<const char *, std::function<void(Store &)>>> growingWrites(const DataSet &existing)
{
    const Moment at = localMoment(LocalDate{2026, 3, 29}, 9, 0, 120);
    return {
        {"new urge", [at](Store &store) {
             UrgeRecord urge;
             urge.start = at;
             for (int i = 0; i < 4000; ++i)
                 urge.samples.push_back(IntensitySample{at.utcMs + i * 1000, i % 11});
             urge.note = kBig;
             store.saveUrge(urge);
         }},
        {"urge update", [&existing](Store &store) {
             UrgeRecord urge = existing.urges.front();
             urge.note = kBig;
             store.saveUrge(urge);
         }},
        {"contact", [at](Store &store) { store.addContact(ContactEvent{0, at, Initiator::Me, ContactChannel::Call, false, kBig, {}}); }},
        {"check-in", [at](Store &store) { store.saveCheckIn(CheckIn{at.localDate, at, 3, 3, kBig}); }},
        {"journal entry", [at](Store &store) { store.saveJournalEntry(JournalEntry{0, at, at, kBig, 3, {"new tag"}}); }},
        {"journal edit", [&existing, at](Store &store) {
             JournalEntry entry = existing.journalEntries.front();
             entry.text = kBig;
             entry.updated = at;
             store.saveJournalEntry(entry);
         }},
        {"unsent message", [at](Store &store) { store.saveUnsentMessage(UnsentMessage{0, at, at, kBig, {}, {}}); }},
        {"reason", [](Store &store) { store.saveReason(Reason{0, kBig, 9}); }},
        {"support person", [](Store &store) { store.saveSupportPerson(SupportPerson{0, "Sam", "+49", kBig, 9}); }},
        {"activity", [](Store &store) { store.saveActivity(Activity{0, kBig, 9}); }},
        {"if-then plan", [](Store &store) { store.saveIfThenPlan(IfThenPlan{0, Trigger::Other, "x", kBig, 9}); }},
        {"risk date", [](Store &store) { store.saveRiskDate(RiskDate{0, "Anniversary", LocalDate{2026, 6, 1}, true, kBig, 9}); }},
        {"settings", [](Store &store) {
             Settings settings = store.settings();
             settings.crisisText = kBig;
             store.saveSettings(settings);
         }},
    };
}

} // namespace

TEST_F(WriteFailure, OnAFullDiskEveryWriteSaysDiskFullAndNothingConfirmedIsLost)
{
    OpenOptions full;
    full.maxPageCount = 1; // raised by SQLite to the current size: the file cannot grow
    {
        auto store = SqliteStore::open(m_dir.path(), full);
        for (const auto &growing : growingWrites(m_before)) {
            // Not a structured binding: clang 14 cannot capture one in a lambda.
            const char *what = growing.first;
            EXPECT_EQ(errorKindOf([&] { growing.second(*store); }), StoreError::Kind::DiskFull) << what;
            // The failed write left nothing behind, and everything else is still readable.
            EXPECT_EQ(readAll(*store), m_before) << "after the failed " << what;
        }
        EXPECT_EQ(errorKindOf([&] { store->checkIntegrity(); }), std::nullopt);
    }

    // After a restart with space again: all that was confirmed, nothing half-written.
    auto store = SqliteStore::open(m_dir.path());
    EXPECT_EQ(readAll(*store), m_before);
    EXPECT_EQ(errorKindOf([&] { store->checkIntegrity(); }), std::nullopt);
    for (const auto &growing : growingWrites(m_before))
        EXPECT_EQ(errorKindOf([&] { growing.second(*store); }), std::nullopt) << growing.first << " once there is space again";
}

TEST_F(WriteFailure, AWriteThatFitsStillSucceedsOnANearlyFullDisk)
{
    // The cap must not turn small edits into errors while there is room in the pages.
    OpenOptions full;
    full.maxPageCount = 1;
    auto store = SqliteStore::open(m_dir.path(), full);
    Reason reason = m_before.reasons.front();
    reason.text = "shorter";
    EXPECT_EQ(errorKindOf([&] { store->saveReason(reason); }), std::nullopt);
    EXPECT_EQ(store->reasons().front().text, "shorter");
}

TEST_F(WriteFailure, ABackupIntoAReadOnlyFolderSaysReadOnlyAndLeavesNoFile)
{
    if (!permissionBitsAreEnforced())
        GTEST_SKIP() << "permission bits do not bind this user (root) or system";
    auto store = SqliteStore::open(m_dir.path());
    ASSERT_TRUE(QDir().mkpath(store->backupDir()));
    ASSERT_TRUE(setFileMode(store->backupDir(), 0500));
    const auto kind = errorKindOf([&] { store->backupNow(QStringLiteral("manual")); });
    setFileMode(store->backupDir(), 0700);
    EXPECT_EQ(kind, StoreError::Kind::ReadOnly);
    EXPECT_TRUE(QDir(store->backupDir()).entryList(QDir::Files | QDir::Hidden).isEmpty());
    EXPECT_EQ(readAll(*store), m_before);
}

TEST_F(WriteFailure, ARestoreIntoAReadOnlyFolderIsRefusedAndChangesNothing)
{
    if (!permissionBitsAreEnforced())
        GTEST_SKIP() << "permission bits do not bind this user (root) or system";
    QString backup;
    {
        auto store = SqliteStore::open(m_dir.path());
        backup = store->backupNow(QStringLiteral("manual"));
        store->saveReason(Reason{0, "after the backup", 9});
    }
    const QByteArray before = readBytes(db());
    ASSERT_TRUE(setFileMode(m_dir.path(), 0500));
    const auto kind = errorKindOf([&] { SqliteStore::restoreBackup(m_dir.path(), backup); });
    setFileMode(m_dir.path(), 0700);
    ASSERT_TRUE(kind.has_value());
    EXPECT_EQ(*kind, StoreError::Kind::ReadOnly);
    EXPECT_EQ(readBytes(db()), before);
    auto store = SqliteStore::open(m_dir.path());
    EXPECT_EQ(store->reasons().back().text, "after the backup");
}
