// Owner-only files through a whole life cycle: with a permissive umask, every
// folder under the data folder stays 0700 and every file in it 0600 after
// writes, backups, pruning, a restore (also over a damaged file) and a reopen.
// FileSafetyTest checks single moments; this sweeps the whole tree at each step.

#include "support/UmaskGuard.h"
#include "RealisticData.h"
#include "StorageTestSupport.h"

#include "model/FixedClock.h"
#include "storage/SqliteStore.h"

#include <QDir>
#include <QDirIterator>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace holdfast;
using holdfast::testing::UmaskGuard;
using namespace holdfast::storage;
using namespace holdfast::storage::test;

namespace {

// Every entry below `dataDir` (and the folder itself) whose mode is not
// 0700 (folders) or 0600 (files), as "path 0644" lines; empty when all is private.
QStringList looseModes(const QString &dataDir)
{
    QStringList loose;
    if (fileMode(dataDir) != 0700)
        loose << dataDir + u' ' + modeText(fileMode(dataDir));
    QDirIterator it(dataDir, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const int expected = it.fileInfo().isDir() ? 0700 : 0600;
        if (fileMode(path) != expected)
            loose << QDir(dataDir).relativeFilePath(path) + u' ' + modeText(fileMode(path));
    }
    return loose;
}

int filesIn(const QString &dir)
{
    int count = 0;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        ++count;
    }
    return count;
}

class Permissions : public ::testing::TestWithParam<int>
{
};

} // namespace

TEST_P(Permissions, EveryFolderIs0700AndEveryFileIs0600ThroughBackupRestoreAndPruning)
{
    const UmaskGuard umask(GetParam());
    QTemporaryDir root;
    const QString dataDir = QDir(root.path()).filePath(QStringLiteral("share/holdfast"));
    FixedClock clock(localMoment(LocalDate{2026, 3, 28}, 10, 0));
    OpenOptions options;
    options.clock = &clock;

    auto store = SqliteStore::open(dataDir, options);
    addRealisticData(*store, 8);
    ASSERT_TRUE(QFile::exists(store->databasePath() + QStringLiteral("-wal")));
    EXPECT_EQ(looseModes(dataDir), QStringList()) << "after writes";

    for (int day = 0; day < 4; ++day) {
        store->backupNow(QStringLiteral("daily"));
        clock.advanceMs(kMsPerDay);
    }
    store->backupNow(QStringLiteral("manual"));
    EXPECT_EQ(looseModes(dataDir), QStringList()) << "after backups";
    store->pruneBackups(2);
    EXPECT_EQ(SqliteStore::backupsIn(dataDir).size(), 2);
    EXPECT_EQ(looseModes(dataDir), QStringList()) << "after pruning";

    const QString backup = SqliteStore::backupsIn(dataDir).last();
    store.reset();
    clock.advanceMs(kMsPerHour);
    SqliteStore::restoreBackup(dataDir, backup, options);
    EXPECT_EQ(looseModes(dataDir), QStringList()) << "after a restore";

    store = SqliteStore::open(dataDir, options);
    store->saveReason(Reason{0, "after the restore", 9});
    EXPECT_EQ(looseModes(dataDir), QStringList()) << "after reopening and writing";
    store.reset();

    // Restoring over a damaged file keeps its bytes aside, privately too.
    QByteArray damaged = readBytes(QDir(dataDir).filePath(QStringLiteral("holdfast.sqlite")));
    damaged.replace(4096, 8192, QByteArray(8192, '\x5a'));
    writeBytes(QDir(dataDir).filePath(QStringLiteral("holdfast.sqlite")), damaged);
    setFileMode(QDir(dataDir).filePath(QStringLiteral("holdfast.sqlite")), 0600);
    clock.advanceMs(kMsPerHour);
    SqliteStore::restoreBackup(dataDir, SqliteStore::backupsIn(dataDir).first(), options);
    EXPECT_EQ(looseModes(dataDir), QStringList()) << "after restoring over a damaged file";
    EXPECT_GE(filesIn(dataDir), 4); // database, three backups and the damaged copy at least
}

INSTANTIATE_TEST_SUITE_P(Umasks, Permissions, ::testing::Values(022, 0, 002),
                         [](const ::testing::TestParamInfo<int> &param) { return "umask0" + std::to_string(param.param / 8) + std::to_string(param.param % 8); });
