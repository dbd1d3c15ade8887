// The user's data is private (owner-only files whatever the umask), and a
// database we cannot or must not use is refused with a clear kind and left
// exactly as it was.

#include "support/UmaskGuard.h"
#include "StorageTestSupport.h"

#include "storage/SqliteStore.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <random>

using namespace holdfast;
using holdfast::testing::UmaskGuard;
using namespace holdfast::storage;
using namespace holdfast::storage::test;

namespace {

QString dbIn(const QString &dir)
{
    return QDir(dir).filePath(QStringLiteral("holdfast.sqlite"));
}

QStringList listing(const QString &dir)
{
    return QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
}

void addSomeData(Store &store)
{
    const LocalDate day{2026, 3, 28};
    for (int i = 0; i < 40; ++i) {
        const Moment at = localMoment(day, 8 + i / 6, i % 60);
        store.saveJournalEntry(JournalEntry{0, at, at, std::string(500, char('a' + i % 26)), 3, {"t"}});
    }
    store.saveReason(Reason{0, "Keep going", 0});
}

QByteArray randomBytes(int size, unsigned seed)
{
    std::mt19937 generator(seed);
    QByteArray bytes(size, '\0');
    for (char &byte : bytes)
        byte = char(generator() & 0xff);
    return bytes;
}

} // namespace

TEST(FileSafety, FolderDatabaseWalAndBackupsAreOwnerOnlyWhateverTheUmask)
{
    const UmaskGuard umask(022);
    QTemporaryDir root;
    const QString dataDir = QDir(root.path()).filePath(QStringLiteral("nested/holdfast"));
    auto store = SqliteStore::open(dataDir);
    store->saveReason(Reason{0, "private", 0});

    const QString db = store->databasePath();
    EXPECT_EQ(modeText(fileMode(dataDir)), QStringLiteral("0700"));
    EXPECT_EQ(modeText(fileMode(db)), QStringLiteral("0600"));
    ASSERT_NE(fileMode(db + QStringLiteral("-wal")), -1) << "WAL file expected while the store is open";
    EXPECT_EQ(modeText(fileMode(db + QStringLiteral("-wal"))), QStringLiteral("0600"));
    ASSERT_NE(fileMode(db + QStringLiteral("-shm")), -1);
    EXPECT_EQ(modeText(fileMode(db + QStringLiteral("-shm"))), QStringLiteral("0600"));

    const QString backup = store->backupNow(QStringLiteral("manual"));
    EXPECT_EQ(modeText(fileMode(store->backupDir())), QStringLiteral("0700"));
    EXPECT_EQ(modeText(fileMode(backup)), QStringLiteral("0600"));
    EXPECT_EQ(modeText(fileMode(db + QStringLiteral("-wal"))), QStringLiteral("0600"));
}

TEST(FileSafety, LooseModesOfAnExistingFolderAndDatabaseAreTightened)
{
    const UmaskGuard umask(022);
    QTemporaryDir root;
    const QString dataDir = QDir(root.path()).filePath(QStringLiteral("data"));
    ASSERT_TRUE(QDir().mkpath(dataDir));
    ASSERT_TRUE(setFileMode(dataDir, 0755));
    SqliteStore::open(dataDir).reset();
    ASSERT_TRUE(setFileMode(dataDir, 0755));
    ASSERT_TRUE(setFileMode(dbIn(dataDir), 0644));

    auto store = SqliteStore::open(dataDir);
    EXPECT_EQ(modeText(fileMode(dataDir)), QStringLiteral("0700"));
    EXPECT_EQ(modeText(fileMode(dbIn(dataDir))), QStringLiteral("0600"));
}

TEST(FileSafety, NewerDatabaseIsRefusedAndLeftByteIdentical)
{
    QTemporaryDir dir;
    const QString db = dbIn(dir.path());
    runSql(db, {QStringLiteral("CREATE TABLE future (x TEXT)"), QStringLiteral("INSERT INTO future VALUES ('keep me')"),
                QStringLiteral("PRAGMA user_version = %1").arg(SqliteStore::latestSchemaVersion() + 1)});
    const QByteArray before = readBytes(db);
    const QStringList filesBefore = listing(dir.path());

    EXPECT_EQ(errorKindOf([&] { SqliteStore::open(dir.path()); }), StoreError::Kind::TooNew);
    EXPECT_EQ(readBytes(db), before);
    EXPECT_EQ(listing(dir.path()), filesBefore);
    // Asking again gives the same answer; nothing was half-migrated.
    EXPECT_EQ(errorKindOf([&] { SqliteStore::open(dir.path()); }), StoreError::Kind::TooNew);
    EXPECT_EQ(readBytes(db), before);
}

TEST(FileSafety, NewerVersionOnlyInTheWalIsRefusedToo)
{
    QTemporaryDir source;
    QTemporaryDir copy;
    SqliteStore::open(source.path()).reset();
    const QString db = dbIn(source.path());
    // A newer app crashed before checkpointing: its version is in the WAL, not in the header.
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("wal-writer"));
        raw.setDatabaseName(db);
        ASSERT_TRUE(raw.open());
        {
            QSqlQuery query(raw);
            ASSERT_TRUE(query.exec(QStringLiteral("PRAGMA journal_mode = WAL")));
            ASSERT_TRUE(query.exec(QStringLiteral("PRAGMA wal_autocheckpoint = 0")));
            ASSERT_TRUE(query.exec(
                QStringLiteral("PRAGMA user_version = %1").arg(SqliteStore::latestSchemaVersion() + 1)));
            for (const QString &name : {QStringLiteral("holdfast.sqlite"), QStringLiteral("holdfast.sqlite-wal")})
                ASSERT_TRUE(QFile::copy(QDir(source.path()).filePath(name), QDir(copy.path()).filePath(name)));
        }
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("wal-writer"));

    const QString copiedDb = dbIn(copy.path());
    ASSERT_EQ(headerUserVersion(copiedDb), SqliteStore::latestSchemaVersion());
    const QByteArray before = readBytes(copiedDb);
    const QByteArray walBefore = readBytes(copiedDb + QStringLiteral("-wal"));
    EXPECT_EQ(errorKindOf([&] { SqliteStore::open(copy.path()); }), StoreError::Kind::TooNew);
    EXPECT_EQ(readBytes(copiedDb), before);
    EXPECT_EQ(readBytes(copiedDb + QStringLiteral("-wal")), walBefore);
}

enum class Damage { RandomBytes, TextFile, TruncatedMidPage, TruncatedOnPageBoundary, GarbledPages };

class CorruptDatabase : public ::testing::TestWithParam<Damage>
{
};

TEST_P(CorruptDatabase, IsRefusedUntouchedAndTheBackupIsOfferedAndRestores)
{
    QTemporaryDir dir;
    const QString db = dbIn(dir.path());
    QString backup;
    {
        auto store = SqliteStore::open(dir.path());
        addSomeData(*store);
        backup = store->backupNow(QStringLiteral("daily"));
    }
    const QByteArray good = readBytes(db);
    ASSERT_GT(good.size(), 8 * 4096);
    QByteArray damaged;
    switch (GetParam()) {
    case Damage::RandomBytes:
        damaged = randomBytes(16384, 7);
        break;
    case Damage::TextFile:
        damaged = "These are my notes, not a database.\nSecond line.\n";
        break;
    case Damage::TruncatedMidPage:
        damaged = good.left(good.size() / 2 + 100);
        break;
    case Damage::TruncatedOnPageBoundary:
        damaged = good.left(4096 * 3);
        break;
    case Damage::GarbledPages:
        damaged = good;
        damaged.replace(4096, 4 * 4096, randomBytes(4 * 4096, 11));
        break;
    }
    writeBytes(db, damaged);

    EXPECT_EQ(errorKindOf([&] { SqliteStore::open(dir.path()); }), StoreError::Kind::Corrupt);
    EXPECT_EQ(readBytes(db), damaged);
    EXPECT_FALSE(QFile::exists(db + QStringLiteral("-wal")));
    EXPECT_EQ(SqliteStore::backupsIn(dir.path()), QStringList{backup});

    SqliteStore::restoreBackup(dir.path(), SqliteStore::backupsIn(dir.path()).front());
    auto restored = SqliteStore::open(dir.path());
    EXPECT_EQ(restored->reasons().size(), 1u);
    EXPECT_EQ(restored->journalEntries({}).size(), 40u);
    // The damaged bytes are kept aside, but never offered as a backup.
    const QStringList kept = QDir(restored->backupDir()).entryList({QStringLiteral("damaged-*")}, QDir::Files);
    ASSERT_EQ(kept.size(), 1);
    EXPECT_EQ(readBytes(QDir(restored->backupDir()).filePath(kept.front())), damaged);
    EXPECT_EQ(SqliteStore::backupsIn(dir.path()), QStringList{backup});
}

INSTANTIATE_TEST_SUITE_P(Damages, CorruptDatabase,
                         ::testing::Values(Damage::RandomBytes, Damage::TextFile, Damage::TruncatedMidPage,
                                           Damage::TruncatedOnPageBoundary, Damage::GarbledPages));

TEST(FileSafety, ReadOnlyFolderGivesReadOnly)
{
    if (!permissionBitsAreEnforced())
        GTEST_SKIP() << "permission bits do not bind this user (root) or system; see DataPathThatIsAFileCannotBeOpened";
    QTemporaryDir dir;
    SqliteStore::open(dir.path()).reset();
    const QByteArray before = readBytes(dbIn(dir.path()));
    ASSERT_TRUE(setFileMode(dir.path(), 0500));
    const auto kind = errorKindOf([&] { SqliteStore::open(dir.path()); });
    setFileMode(dir.path(), 0700);
    EXPECT_EQ(kind, StoreError::Kind::ReadOnly);
    EXPECT_EQ(readBytes(dbIn(dir.path())), before);
}

TEST(FileSafety, NewFolderUnderAReadOnlyParentGivesReadOnly)
{
    if (!permissionBitsAreEnforced())
        GTEST_SKIP() << "permission bits do not bind this user (root) or system; see DataPathThatIsAFileCannotBeOpened";
    QTemporaryDir parent;
    ASSERT_TRUE(setFileMode(parent.path(), 0500));
    const auto kind = errorKindOf([&] { SqliteStore::open(QDir(parent.path()).filePath(QStringLiteral("data"))); });
    setFileMode(parent.path(), 0700);
    EXPECT_EQ(kind, StoreError::Kind::ReadOnly);
}

TEST(FileSafety, ReadOnlyDatabaseFileGivesReadOnly)
{
    if (!permissionBitsAreEnforced())
        GTEST_SKIP() << "permission bits do not bind this user (root) or system; see DataPathThatIsAFileCannotBeOpened";
    QTemporaryDir dir;
    SqliteStore::open(dir.path()).reset();
    ASSERT_TRUE(setFileMode(dbIn(dir.path()), 0400));
    EXPECT_EQ(errorKindOf([&] { SqliteStore::open(dir.path()); }), StoreError::Kind::ReadOnly);
}

TEST(FileSafety, DataPathThatIsAFileCannotBeOpened)
{
    // Runs as root too: no permission bits involved.
    QTemporaryDir root;
    const QString file = QDir(root.path()).filePath(QStringLiteral("not-a-folder"));
    writeBytes(file, "hello");
    EXPECT_EQ(errorKindOf([&] { SqliteStore::open(file); }), StoreError::Kind::CannotOpen);
    EXPECT_EQ(readBytes(file), QByteArray("hello"));
    EXPECT_EQ(errorKindOf([&] { SqliteStore::open(QDir(file).filePath(QStringLiteral("below"))); }),
              StoreError::Kind::CannotOpen);
    EXPECT_EQ(errorKindOf([&] { SqliteStore::open(QString()); }), StoreError::Kind::CannotOpen);

    const QString dataDir = QDir(root.path()).filePath(QStringLiteral("data"));
    ASSERT_TRUE(QDir().mkpath(QDir(dataDir).filePath(QStringLiteral("holdfast.sqlite"))));
    EXPECT_EQ(errorKindOf([&] { SqliteStore::open(dataDir); }), StoreError::Kind::CannotOpen);
}

TEST(FileSafety, FullDiskGivesDiskFullAndKeepsWhatWasStored)
{
    QTemporaryDir dir;
    {
        auto store = SqliteStore::open(dir.path());
        store->saveReason(Reason{0, "Keep going", 0});
    }
    OpenOptions tiny;
    tiny.maxPageCount = 1; // SQLite raises it to the current size: nothing can grow
    {
        auto store = SqliteStore::open(dir.path(), tiny);
        const Moment at = localMoment(LocalDate{2026, 3, 28}, 9, 0);
        const std::string big(256 * 1024, 'x');
        EXPECT_EQ(errorKindOf([&] { store->saveJournalEntry(JournalEntry{0, at, at, big, 3, {"big"}}); }),
                  StoreError::Kind::DiskFull);
        // Still usable for reading after the failed write.
        EXPECT_TRUE(store->journalEntries({}).empty());
        EXPECT_EQ(store->reasons().size(), 1u);
    }
    auto store = SqliteStore::open(dir.path());
    EXPECT_TRUE(store->journalEntries({}).empty());
    EXPECT_TRUE(store->journalTags().empty());
    EXPECT_EQ(store->reasons().size(), 1u);
}

TEST(FileSafety, IntegrityCheckCanRunAfterOpening)
{
    QTemporaryDir dir;
    {
        auto store = SqliteStore::open(dir.path());
        addSomeData(*store);
        EXPECT_EQ(errorKindOf([&] { store->checkIntegrity(); }), std::nullopt);
    }
    QByteArray bytes = readBytes(dbIn(dir.path()));
    bytes.replace(4096, 4 * 4096, randomBytes(4 * 4096, 11));
    writeBytes(dbIn(dir.path()), bytes);

    OpenOptions deferred;
    deferred.quickCheckOnOpen = false; // the app checks after the first paint
    std::unique_ptr<SqliteStore> store;
    // Only the header is read while opening; these pages are not touched yet.
    ASSERT_EQ(errorKindOf([&] { store = SqliteStore::open(dir.path(), deferred); }), std::nullopt);
    EXPECT_EQ(errorKindOf([&] { store->checkIntegrity(); }), StoreError::Kind::Corrupt);
}
