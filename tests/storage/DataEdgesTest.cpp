// The edges around the store's own proofs: a file already called damaged is
// never written again, an emptied file with a -wal or backups beside it is
// damage and not a new store, an import decides what is new inside its own
// write transaction, and an export reads one state of the file.

#include "RealisticData.h"
#include "StorageTestSupport.h"

#include "HeavyHistory.h"
#include "model/DataMerge.h"
#include "storage/SqliteStore.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <atomic>
#include <set>
#include <mutex>
#include <thread>

using namespace holdfast;
using namespace holdfast::storage;
using namespace holdfast::storage::test;

namespace {

class DataEdges : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(m_dir.isValid()); }

    QString db() const { return QDir(m_dir.path()).filePath(QStringLiteral("holdfast.sqlite")); }
    // The bytes of the database and its -wal, to prove nothing was written.
    QByteArray fingerprint() const
    {
        QCryptographicHash hash(QCryptographicHash::Sha256);
        for (const QString &path : QStringList{db(), db() + QStringLiteral("-wal")})
            hash.addData(QFileInfo::exists(path) ? readBytes(path) : QByteArray("absent"));
        return hash.result();
    }

    QTemporaryDir m_dir;
};

CheckIn checkInOn(LocalDate date, const std::string &intention)
{
    const Moment at = localMoment(date, 8, 30);
    return CheckIn{date, at, 4, 3, intention};
}

} // namespace

TEST_F(DataEdges, AStoreToldTheFileIsDamagedWritesNothingMoreToIt)
{
    auto store = SqliteStore::open(m_dir.path());
    addRealisticData(*store, 5);
    const DataSet before = readAll(*store);
    const QByteArray bytes = fingerprint();

    store->refuseWrites(StoreError(StoreError::Kind::Corrupt, "quick_check found damage"));
    EXPECT_TRUE(store->refusesWrites());
    EXPECT_EQ(errorKindOf([&] { store->saveCheckIn(checkInOn(LocalDate{2026, 3, 30}, "a walk")); }),
              StoreError::Kind::Corrupt);
    EXPECT_EQ(errorKindOf([&] { store->saveReason(Reason{0, "they did not listen", 0}); }), StoreError::Kind::Corrupt);
    Settings settings = store->settings();
    settings.crisisText = "changed";
    EXPECT_EQ(errorKindOf([&] { store->saveSettings(settings); }), StoreError::Kind::Corrupt);
    EXPECT_EQ(errorKindOf([&] { store->importMerged(before, ImportMode::Replace); }), StoreError::Kind::Corrupt);
    // Reading goes on, so what is there can still be seen and exported.
    EXPECT_EQ(readAll(*store), before);
    EXPECT_EQ(fingerprint(), bytes) << "the damaged file's bytes changed";
}

TEST_F(DataEdges, AnEmptiedFileWithItsWalBesideItIsDamageAndBothStayAsTheyAre)
{
    writeBytes(db(), {});
    const QByteArray wal(64 * 1024, '\x5a'); // what a kill after a commit can leave
    writeBytes(db() + QStringLiteral("-wal"), wal);

    EXPECT_EQ(errorKindOf([&] { SqliteStore::open(m_dir.path()); }), StoreError::Kind::Corrupt);
    EXPECT_EQ(errorKindOf([&] { SqliteStore::checkNotEmptied(m_dir.path()); }), StoreError::Kind::Corrupt);
    EXPECT_EQ(QFileInfo(db()).size(), 0);
    EXPECT_EQ(readBytes(db() + QStringLiteral("-wal")), wal) << "Holdfast must never delete or reset a -wal";
}

TEST_F(DataEdges, AnEmptiedFileWithBackupsIsDamageSoTheLatestBackupIsOffered)
{
    {
        auto store = SqliteStore::open(m_dir.path());
        addRealisticData(*store, 3);
        store->backupNow(QStringLiteral("daily"));
    }
    QFile::remove(db() + QStringLiteral("-wal"));
    writeBytes(db(), {});

    EXPECT_EQ(errorKindOf([&] { SqliteStore::open(m_dir.path()); }), StoreError::Kind::Corrupt);
    EXPECT_EQ(QFileInfo(db()).size(), 0);
    ASSERT_EQ(SqliteStore::backupsIn(m_dir.path()).size(), 1);
    // The offer main() makes: restoring brings the data back.
    SqliteStore::restoreBackup(m_dir.path(), SqliteStore::backupsIn(m_dir.path()).front());
    auto restored = SqliteStore::open(m_dir.path());
    EXPECT_FALSE(restored->reasons().empty());
}

TEST_F(DataEdges, AnEmptyFileWithNoHistoryIsStillANewStore)
{
    writeBytes(db(), {}); // a first start that stopped right after creating the file
    auto store = SqliteStore::open(m_dir.path());
    EXPECT_TRUE(store->reasons().empty());
}

TEST_F(DataEdges, ALinkToAnOpenFolderIsThatFolder)
{
    const QString link = m_dir.filePath(QStringLiteral("link"));
    const QString real = m_dir.filePath(QStringLiteral("real"));
    ASSERT_TRUE(QDir().mkpath(real));
    ASSERT_TRUE(QFile::link(real, link));
    auto store = SqliteStore::open(link);
    EXPECT_EQ(store->dataDir(), QFileInfo(real).canonicalFilePath());
    // Restoring under the open store through the other name is refused like through the same name.
    const QString backup = store->backupNow(QStringLiteral("daily"));
    EXPECT_EQ(errorKindOf([&] { SqliteStore::restoreBackup(real, backup); }), StoreError::Kind::Other);
}

TEST_F(DataEdges, AReplaceTakesABackupFirstAndReportsWhatItRemoved)
{
    auto store = SqliteStore::open(m_dir.path());
    addRealisticData(*store, 4);
    const DataSet before = readAll(*store);
    ASSERT_TRUE(SqliteStore::backupsIn(m_dir.path()).isEmpty());

    DataSet nothing;
    nothing.settings = before.settings;
    const ImportReport report = store->importMerged(nothing, ImportMode::Replace);
    EXPECT_EQ(report.removed, DataMerge::count(before));
    EXPECT_EQ(report.added.total(), 0u);
    EXPECT_TRUE(store->reasons().empty());

    const QStringList backups = SqliteStore::backupsIn(m_dir.path());
    ASSERT_EQ(backups.size(), 1);
    EXPECT_TRUE(QFileInfo(backups.front()).fileName().contains(QStringLiteral("before_replace")));
    store.reset();
    SqliteStore::restoreBackup(m_dir.path(), backups.front());
    auto restored = SqliteStore::open(m_dir.path());
    EXPECT_EQ(readAll(*restored), before);
}

TEST_F(DataEdges, AnotherOpenersWriteProbeDoesNotStopThisOne)
{
    // Found with two imports at once: both probed the folder with the same
    // file name, and the one that found the other's file failed to open with
    // "cannot write to data folder". Something in the way of the old name
    // (here a folder, which cannot be removed as a file) stops nothing now.
    { SqliteStore::open(m_dir.path()); }
    ASSERT_TRUE(QDir(m_dir.path()).mkdir(QStringLiteral(".holdfast-write-probe")));
    std::unique_ptr<SqliteStore> store;
    EXPECT_NO_THROW(store = SqliteStore::open(m_dir.path()));
    ASSERT_TRUE(store);
    EXPECT_NO_THROW(store->saveReason(Reason{0, "still here", 0}));
    // And the probe leaves nothing of its own behind.
    const QStringList left = QDir(m_dir.path()).entryList({QStringLiteral(".holdfast-write-probe-*")},
                                                           QDir::Files | QDir::Hidden);
    EXPECT_TRUE(left.isEmpty()) << left.join(u' ').toStdString();
}

TEST_F(DataEdges, TwoMergeImportsAtOnceAddEveryRecordOnce)
{
    DataSet incoming;
    {
        QTemporaryDir source;
        auto store = SqliteStore::open(source.path());
        addRealisticData(*store, 20);
        incoming = store->everything();
    }
    { SqliteStore::open(m_dir.path()); }

    // Two connections, as two `holdfast --import` processes have; each
    // thread opens its own (a QtSql connection belongs to its thread).
    std::atomic<int> ready{0};
    std::atomic<int> failures{0};
    std::mutex whyLock;
    std::string why; // what failed, for the message
    const auto failed = [&](const char *where, const StoreError &error) {
        ++failures;
        const std::lock_guard lock(whyLock);
        why += std::string(where) + ": " + error.what() + "\n";
    };
    const auto importOnce = [&] {
        std::unique_ptr<SqliteStore> store;
        try {
            store = SqliteStore::open(m_dir.path());
        } catch (const StoreError &error) {
            failed("open", error);
        }
        ++ready; // whatever happened, so the other thread never waits for ever
        while (ready < 2)
            std::this_thread::yield();
        if (!store)
            return;
        try {
            store->importMerged(incoming, ImportMode::Append);
        } catch (const StoreError &error) {
            failed("import", error);
        }
    };
    std::thread first(importOnce);
    std::thread second(importOnce);
    first.join();
    second.join();
    EXPECT_EQ(failures, 0) << why;

    auto store = SqliteStore::open(m_dir.path());
    EXPECT_EQ(DataMerge::count(store->everything()), DataMerge::count(incoming));
}

TEST_F(DataEdges, AnExportBesideReplacingImportsSeesOneStateOrTheOther)
{
    QTemporaryDir sources;
    DataSet a;
    DataSet b;
    {
        auto store = SqliteStore::open(QDir(sources.path()).filePath(QStringLiteral("a")));
        addRealisticData(*store, 6);
        a = store->everything();
    }
    {
        auto store = SqliteStore::open(QDir(sources.path()).filePath(QStringLiteral("b")));
        addRealisticData(*store, 15);
        b = store->everything();
    }
    { SqliteStore::open(m_dir.path())->importMerged(a, ImportMode::Replace); }
    const MergeCounts countsA = DataMerge::count(a);
    const MergeCounts countsB = DataMerge::count(b);

    std::atomic<bool> done{false};
    std::atomic<bool> writerFailed{false};
    std::thread writer([&] {
        try {
            auto store = SqliteStore::open(m_dir.path());
            for (int i = 0; i < 12; ++i)
                store->importData(i % 2 == 0 ? b : a, ImportMode::Replace);
        } catch (const StoreError &) {
            writerFailed = true;
        }
        done = true;
    });
    auto reader = SqliteStore::open(m_dir.path());
    int mixed = 0;
    int reads = 0;
    while (!done || reads == 0) {
        const MergeCounts seen = DataMerge::count(reader->everything());
        ++reads;
        if (!(seen == countsA) && !(seen == countsB))
            ++mixed;
    }
    writer.join();
    EXPECT_FALSE(writerFailed);
    EXPECT_EQ(mixed, 0) << "of " << reads << " exports, some mixed two states";
}

TEST_F(DataEdges, MergingTenYearsOfHistoryIntoNothingWritesEveryRecord)
{
    // The generator's ten years, thinned so the test is quick, with many urges
    // a day so that distinct urges share a start minute as in heavy use.
    datagen::HeavyProfile profile;
    profile.years = 10;
    profile.urges = 60'000;
    profile.journalEntries = 3'000;
    profile.unsentMessages = 600;
    profile.lastDay = LocalDate{2026, 11, 25};
    DataSet all;
    datagen::HeavyHistory(profile).generate([&](DataSet &&batch) {
        auto append = [](auto &to, auto &from) { to.insert(to.end(), from.begin(), from.end()); };
        append(all.urges, batch.urges);
        append(all.contacts, batch.contacts);
        append(all.checkIns, batch.checkIns);
        append(all.journalEntries, batch.journalEntries);
        append(all.unsentMessages, batch.unsentMessages);
        append(all.reasons, batch.reasons);
        append(all.supportPeople, batch.supportPeople);
        append(all.activities, batch.activities);
        append(all.ifThenPlans, batch.ifThenPlans);
        append(all.riskDates, batch.riskDates);
    });
    std::set<std::int64_t> starts;
    for (const UrgeRecord &urge : all.urges)
        starts.insert(urge.start.utcMs);
    ASSERT_LT(starts.size(), all.urges.size()) << "the history should hold urges that start in the same minute";

    const MergeResult intoNothing = DataMerge::withoutDuplicates(all, DataSet{});
    EXPECT_EQ(intoNothing.skipped.total(), 0u);
    EXPECT_EQ(DataMerge::count(intoNothing.toAdd), DataMerge::count(all)) << "merge into empty must equal replace";
    EXPECT_EQ(intoNothing.toAdd.urges, all.urges);
    // And merging the same history again adds nothing.
    const MergeResult again = DataMerge::withoutDuplicates(all, all);
    EXPECT_EQ(DataMerge::count(again.toAdd).total(), 0u);
    EXPECT_EQ(again.skipped, DataMerge::count(all));
}

TEST_F(DataEdges, AMergeIntoAnEmptyStoreStoresWhatAReplaceStores)
{
    datagen::HeavyProfile profile;
    profile.years = 1;
    profile.urges = 2'500;
    profile.journalEntries = 100;
    profile.unsentMessages = 40;
    profile.lastDay = LocalDate{2026, 11, 25};
    DataSet all;
    datagen::HeavyHistory(profile).generate([&](DataSet &&batch) {
        all.urges.insert(all.urges.end(), batch.urges.begin(), batch.urges.end());
        all.journalEntries.insert(all.journalEntries.end(), batch.journalEntries.begin(), batch.journalEntries.end());
    });
    QTemporaryDir replaced;
    auto byReplace = SqliteStore::open(replaced.path());
    byReplace->importMerged(all, ImportMode::Replace);
    auto byMerge = SqliteStore::open(m_dir.path());
    const ImportReport report = byMerge->importMerged(all, ImportMode::Append);
    EXPECT_EQ(report.skipped.total(), 0u);
    EXPECT_EQ(DataMerge::count(byMerge->everything()), DataMerge::count(byReplace->everything()));
    // A second merge of the same file adds nothing.
    EXPECT_EQ(byMerge->importMerged(all, ImportMode::Append).added.total(), 0u);
}

TEST_F(DataEdges, ABackupCutShortLeavesNothingBehindAfterTheNextBackup)
{
    { addRealisticData(*SqliteStore::open(m_dir.path()), 2); }
    const QString backups = QDir(m_dir.path()).filePath(QStringLiteral("backups"));
    ASSERT_TRUE(QDir().mkpath(backups));
    const QStringList leftovers{QStringLiteral(".holdfast-2026-11-20_090000-daily.sqlite.tmp"),
                                QStringLiteral(".holdfast-2026-11-20_090000-daily.sqlite.tmp-journal")};
    for (const QString &name : leftovers) {
        const QString path = QDir(backups).filePath(name);
        writeBytes(path, QByteArray(4096, 'x'));
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::ReadWrite));
        ASSERT_TRUE(file.setFileTime(QDateTime::currentDateTimeUtc().addDays(-2), QFileDevice::FileModificationTime));
    }
    const QString fresh = QDir(backups).filePath(QStringLiteral(".holdfast-2026-11-25_090000-daily.sqlite.tmp"));
    writeBytes(fresh, QByteArray(16, 'y')); // perhaps another backup running right now: kept

    SqliteStore::backupOnOwnConnection(m_dir.path(), localMoment(LocalDate{2026, 11, 25}, 9, 0), QStringLiteral("daily"));
    for (const QString &name : leftovers)
        EXPECT_FALSE(QFileInfo::exists(QDir(backups).filePath(name))) << name.toStdString();
    EXPECT_TRUE(QFileInfo::exists(fresh));
    EXPECT_EQ(SqliteStore::backupsIn(m_dir.path()).size(), 1);
}

TEST_F(DataEdges, AStoreNoticesWhatAnotherProcessCommittedButNotItsOwnWrites)
{
    auto window = SqliteStore::open(m_dir.path());
    EXPECT_FALSE(window->changedElsewhere());
    window->saveReason(Reason{0, "my own write", 0});
    EXPECT_FALSE(window->changedElsewhere()) << "its own writes are not news";

    std::thread commandLine([&] {
        auto other = SqliteStore::open(m_dir.path());
        other->saveReason(Reason{0, "written by an import", 1});
    });
    commandLine.join();
    EXPECT_TRUE(window->changedElsewhere());
    EXPECT_FALSE(window->changedElsewhere()) << "told once";
}
