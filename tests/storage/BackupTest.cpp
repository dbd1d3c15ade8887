// Backups: a consistent private copy under a name that sorts by time, pruning
// that keeps the newest, the daily check, and restore with a safety copy.

#include "StorageTestSupport.h"

#include "model/FixedClock.h"
#include "storage/BackupName.h"
#include "storage/SqliteStore.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace holdfast;
using namespace holdfast::storage;
using namespace holdfast::storage::test;

namespace {

const LocalDate kDay{2026, 3, 28};

class Backups : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_clock.set(localMoment(kDay, 10, 0, 60));
        m_options.clock = &m_clock;
        m_store = SqliteStore::open(m_dir.path(), m_options);
    }

    QStringList backupNames() const
    {
        QStringList names;
        for (const QString &path : SqliteStore::backupsIn(m_dir.path()))
            names.append(QFileInfo(path).fileName());
        return names;
    }

    QTemporaryDir m_dir;
    FixedClock m_clock;
    OpenOptions m_options;
    std::unique_ptr<SqliteStore> m_store;
};

} // namespace

TEST_F(Backups, BackupIsACompleteCopyThatOpensAsAStore)
{
    m_store->saveReason(Reason{0, "I deserve calm", 0});
    const Moment at = localMoment(kDay, 9, 0);
    m_store->saveJournalEntry(JournalEntry{0, at, at, "café at nine", 3, {"morning"}});
    const QString backup = m_store->backupNow(QStringLiteral("manual"));
    EXPECT_EQ(QFileInfo(backup).absolutePath(), QDir(m_store->backupDir()).absolutePath());
    EXPECT_EQ(QFileInfo(backup).fileName(), QStringLiteral("holdfast-2026-03-28-100000-manual.sqlite"));

    QTemporaryDir elsewhere;
    ASSERT_TRUE(QFile::copy(backup, QDir(elsewhere.path()).filePath(QStringLiteral("holdfast.sqlite"))));
    auto copy = SqliteStore::open(elsewhere.path());
    EXPECT_EQ(copy->reasons(), m_store->reasons());
    JournalQuery query;
    query.text = "cafe";
    EXPECT_EQ(copy->journalEntries(query).size(), 1u);
    // No temp files are left behind.
    EXPECT_EQ(QDir(m_store->backupDir()).entryList(QDir::Files | QDir::Hidden).size(), 1);
}

TEST_F(Backups, NamesSortNewestFirstEvenWithinOneSecond)
{
    m_store->backupNow(QStringLiteral("first"));
    m_store->backupNow(QStringLiteral("Before update 2.0!"));
    m_clock.advanceMs(kMsPerDay);
    m_store->backupNow(QStringLiteral("daily"));
    EXPECT_EQ(backupNames(), (QStringList{QStringLiteral("holdfast-2026-03-29-100000-daily.sqlite"),
                                          QStringLiteral("holdfast-2026-03-28-100000.2-before_update_2_0.sqlite"),
                                          QStringLiteral("holdfast-2026-03-28-100000-first.sqlite")}));
}

TEST_F(Backups, PruneKeepsTheNewestAndLeavesOtherFilesAlone)
{
    for (int i = 0; i < 5; ++i) {
        m_store->backupNow(QStringLiteral("daily"));
        m_clock.advanceMs(kMsPerDay);
    }
    writeBytes(QDir(m_store->backupDir()).filePath(QStringLiteral("my-notes.txt")), "mine");
    m_store->pruneBackups(2);
    EXPECT_EQ(backupNames(), (QStringList{QStringLiteral("holdfast-2026-04-01-100000-daily.sqlite"),
                                          QStringLiteral("holdfast-2026-03-31-100000-daily.sqlite")}));
    m_store->pruneBackups(0); // never deletes the last one
    EXPECT_EQ(backupNames(), QStringList{QStringLiteral("holdfast-2026-04-01-100000-daily.sqlite")});
    EXPECT_TRUE(QFile::exists(QDir(m_store->backupDir()).filePath(QStringLiteral("my-notes.txt"))));
}

TEST_F(Backups, DailyBackupIsNeededUntilOneIsTakenThatDay)
{
    EXPECT_TRUE(m_store->needsDailyBackup(kDay));
    m_store->backupNow(QStringLiteral("daily"));
    EXPECT_FALSE(m_store->needsDailyBackup(kDay));
    EXPECT_TRUE(m_store->needsDailyBackup(kDay.addDays(1)));
    // A clock that went back a day still gets its backup.
    EXPECT_TRUE(m_store->needsDailyBackup(kDay.addDays(-1)));
}

TEST_F(Backups, RestoreBringsBackTheOldStateAndKeepsTheCurrentOneAsABackup)
{
    m_store->saveReason(Reason{0, "before", 0});
    const QString backup = m_store->backupNow(QStringLiteral("daily"));
    m_store->saveReason(Reason{0, "after", 1});
    m_clock.advanceMs(kMsPerHour);

    EXPECT_EQ(errorKindOf([&] { SqliteStore::restoreBackup(m_dir.path(), backup, m_options); }),
              StoreError::Kind::Other)
        << "restoring under an open store must be refused";
    const QString db = m_store->databasePath();
    m_store.reset();

    SqliteStore::restoreBackup(m_dir.path(), backup, m_options);
    EXPECT_EQ(modeText(fileMode(db)), QStringLiteral("0600"));
    const QStringList names = backupNames();
    ASSERT_EQ(names.size(), 2);
    EXPECT_EQ(names.front(), QStringLiteral("holdfast-2026-03-28-110000-before_restore.sqlite"));
    {
        auto store = SqliteStore::open(m_dir.path(), m_options);
        ASSERT_EQ(store->reasons().size(), 1u);
        EXPECT_EQ(store->reasons().front().text, "before");
    }
    // Changed their mind: the safety copy restores what they had.
    SqliteStore::restoreBackup(m_dir.path(), SqliteStore::backupsIn(m_dir.path()).front(), m_options);
    auto store = SqliteStore::open(m_dir.path(), m_options);
    EXPECT_EQ(store->reasons().size(), 2u);
}

TEST_F(Backups, RestoringSomethingThatIsNotABackupChangesNothing)
{
    m_store->saveReason(Reason{0, "mine", 0});
    m_store.reset();
    const QString db = QDir(m_dir.path()).filePath(QStringLiteral("holdfast.sqlite"));
    const QByteArray before = readBytes(db);
    const QString bogus = QDir(m_dir.path()).filePath(QStringLiteral("bogus.sqlite"));
    writeBytes(bogus, "not a database at all, just some text that is long enough to pass for a header maybe....");
    EXPECT_EQ(errorKindOf([&] { SqliteStore::restoreBackup(m_dir.path(), bogus); }), StoreError::Kind::Corrupt);
    EXPECT_EQ(errorKindOf([&] { SqliteStore::restoreBackup(m_dir.path(), bogus + QStringLiteral(".missing")); }),
              StoreError::Kind::NotFound);
    EXPECT_EQ(readBytes(db), before);
    EXPECT_TRUE(SqliteStore::backupsIn(m_dir.path()).isEmpty());
}

TEST(BackupName, ParsesWhatItWritesAndIgnoresOtherNames)
{
    const BackupName name(localMoment(LocalDate{2026, 12, 31}, 23, 59, -300), QStringLiteral("Pre-Migration v2"), 3);
    EXPECT_EQ(name.fileName(), QStringLiteral("holdfast-2026-12-31-235900.3-pre_migration_v2.sqlite"));
    const auto parsed = BackupName::parse(name.fileName());
    ASSERT_TRUE(parsed.has_value());
    EXPECT_EQ(*parsed, name);
    EXPECT_EQ(parsed->date(), (LocalDate{2026, 12, 31}));
    for (const char *other : {"holdfast.sqlite", "holdfast-2026-13-01-000000-x.sqlite",
                              "holdfast-2026-01-01-250000-x.sqlite", "damaged-holdfast-2026-01-01-000000-x.sqlite",
                              ".holdfast-2026-01-01-000000-x.sqlite.tmp", "holdfast-2026-01-01-000000-.sqlite"})
        EXPECT_FALSE(BackupName::parse(QString::fromLatin1(other)).has_value()) << other;
    EXPECT_EQ(BackupName::sanitizeTag(QStringLiteral("  ")), QStringLiteral("manual"));
}
