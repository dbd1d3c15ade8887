// The integrity check and the backup as the app runs them after the first
// paint: on a worker thread with a connection of its own, beside the open store.

#include "StorageTestSupport.h"

#include "model/FixedClock.h"
#include "storage/SqliteStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <optional>
#include <thread>

using namespace holdfast;
using namespace holdfast::storage;
using namespace holdfast::storage::test;

namespace {

const LocalDate kDay{2026, 3, 28};

} // namespace

TEST(UpkeepOnOwnConnection, ABackupTakenOnAnotherThreadHoldsTheDataAndIsPrivate)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    FixedClock clock(localMoment(kDay, 10, 0, 60));
    OpenOptions options;
    options.clock = &clock;
    auto store = SqliteStore::open(dir.path(), options);
    store->saveReason(Reason{0, "I deserve calm", 0});
    const Moment at = localMoment(kDay, 9, 0);
    store->saveJournalEntry(JournalEntry{0, at, at, "café at nine", 3, {"morning"}});

    QString backup;
    std::optional<StoreError::Kind> checkError;
    std::thread worker([&] {
        checkError = errorKindOf([&] { SqliteStore::checkOnOwnConnection(dir.path()); });
        backup = SqliteStore::backupOnOwnConnection(dir.path(), clock.now(), QStringLiteral("daily"));
    });
    worker.join();
    EXPECT_FALSE(checkError);
    // The store stays usable: writing after the worker's reads succeeds.
    store->saveReason(Reason{0, "Mornings are mine again", 1});

    EXPECT_EQ(QFileInfo(backup).fileName(), QStringLiteral("holdfast-2026-03-28-100000-daily.sqlite"));
    EXPECT_EQ(modeText(fileMode(backup)), QStringLiteral("0600"));
    EXPECT_EQ(SqliteStore::backupsIn(dir.path()), QStringList{backup});
    QTemporaryDir elsewhere;
    ASSERT_TRUE(QFile::copy(backup, QDir(elsewhere.path()).filePath(QStringLiteral("holdfast.sqlite"))));
    auto copy = SqliteStore::open(elsewhere.path());
    ASSERT_EQ(copy->reasons().size(), 1u); // taken before the second reason
    JournalQuery query;
    query.text = "cafe";
    EXPECT_EQ(copy->journalEntries(query).size(), 1u);
}
