// Schema steps: a new database starts at the latest version without a backup;
// a database with content is backed up before any step runs; a step that
// fails leaves the data as it was; every released version's fixture opens.

#include "StorageTestSupport.h"
#include "V1Fixture.h"

#include "model/FixedClock.h"
#include "storage/Migrations.h"
#include "storage/SqliteStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>

#include <gtest/gtest.h>

using namespace holdfast;
using namespace holdfast::storage;
using namespace holdfast::storage::test;

namespace {

QString dbIn(const QString &dir)
{
    return QDir(dir).filePath(QStringLiteral("holdfast.sqlite"));
}

QString fixturePath(const char *name)
{
    return QDir(QStringLiteral(HOLDFAST_SOURCE_DIR "/tests/fixtures")).filePath(QString::fromLatin1(name));
}

QStringList tablesIn(const QString &path)
{
    QStringList tables;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tables"));
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery query(db);
            query.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"));
            while (query.next())
                tables.append(query.value(0).toString());
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("tables"));
    return tables;
}

} // namespace

TEST(Migrations, NewDatabaseIsAtTheLatestVersionAndNeedsNoBackup)
{
    QTemporaryDir dir;
    SqliteStore::open(dir.path()).reset();
    EXPECT_GE(SqliteStore::latestSchemaVersion(), 1);
    EXPECT_EQ(headerUserVersion(dbIn(dir.path())), SqliteStore::latestSchemaVersion());
    EXPECT_TRUE(SqliteStore::backupsIn(dir.path()).isEmpty());
    // Opening again runs nothing and takes no backup.
    SqliteStore::open(dir.path()).reset();
    EXPECT_TRUE(SqliteStore::backupsIn(dir.path()).isEmpty());
}

TEST(Migrations, EmptyFileIsTreatedAsANewDatabase)
{
    QTemporaryDir dir;
    writeBytes(dbIn(dir.path()), {});
    auto store = SqliteStore::open(dir.path());
    store->saveReason(Reason{0, "fresh start", 0});
    EXPECT_EQ(store->reasons().size(), 1u);
    EXPECT_TRUE(SqliteStore::backupsIn(dir.path()).isEmpty());
}

TEST(Migrations, V1FixtureOpensWithAllItsData)
{
    const QString fixture = fixturePath("holdfast-v1.sqlite");
    ASSERT_TRUE(QFile::exists(fixture)) << fixture.toStdString();
    ASSERT_EQ(headerUserVersion(fixture), 1);
    QTemporaryDir dir;
    ASSERT_TRUE(QFile::copy(fixture, dbIn(dir.path())));
    QFile::setPermissions(dbIn(dir.path()), QFileDevice::ReadOwner | QFileDevice::WriteOwner);

    FixedClock clock(localMoment(LocalDate{2026, 4, 2}, 8, 0));
    OpenOptions options;
    options.clock = &clock;
    {
        auto store = SqliteStore::open(dir.path(), options);
        expectV1Fixture(*store);
    }
    EXPECT_EQ(headerUserVersion(dbIn(dir.path())), SqliteStore::latestSchemaVersion());

    const QStringList backups = SqliteStore::backupsIn(dir.path());
    if (SqliteStore::latestSchemaVersion() == 1) {
        EXPECT_TRUE(backups.isEmpty()) << "nothing to migrate, so no backup";
    } else {
        // A backup of the v1 file was taken before the first step ran.
        ASSERT_EQ(backups.size(), 1);
        EXPECT_TRUE(QFileInfo(backups.front()).fileName().contains(QStringLiteral("before_migration")));
        EXPECT_EQ(headerUserVersion(backups.front()), 1);
    }
}

TEST(Migrations, ASchemaTwoDatabasesUrgesReadAsMessageUrgesAndTakeAKindAfterwards)
{
    // A schema-2 file: the v1 fixture brought to version 2 by the step of that time.
    QTemporaryDir dir;
    ASSERT_TRUE(QFile::copy(fixturePath("holdfast-v1.sqlite"), dbIn(dir.path())));
    QFile::setPermissions(dbIn(dir.path()), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v2"));
        db.setDatabaseName(dbIn(dir.path()));
        ASSERT_TRUE(db.open());
        Migrations::apply(db, 2);
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v2"));
    ASSERT_EQ(headerUserVersion(dbIn(dir.path())), 2);

    FixedClock clock(localMoment(LocalDate{2026, 4, 2}, 8, 0));
    OpenOptions options;
    options.clock = &clock;
    auto store = SqliteStore::open(dir.path(), options);
    auto urges = store->urges(LocalDate{2026, 1, 1}, LocalDate{2026, 12, 31});
    ASSERT_FALSE(urges.empty());
    for (const UrgeRecord &urge : urges)
        EXPECT_EQ(urge.kind, UrgeKind::Message);

    // The migrated rows take a kind like any other.
    urges.front().kind = UrgeKind::Look;
    store->saveUrge(urges.front());
    UrgeRecord go = urges.back();
    go.id = 0;
    go.unsentMessageId.reset();
    go.kind = UrgeKind::Go;
    go.id = store->saveUrge(go);
    const auto again = store->urges(LocalDate{2026, 1, 1}, LocalDate{2026, 12, 31});
    ASSERT_EQ(again.size(), urges.size() + 1);
    EXPECT_EQ(again.front(), urges.front());
    EXPECT_EQ(std::count_if(again.begin(), again.end(), [](const UrgeRecord &u) { return u.kind == UrgeKind::Go; }), 1);
    store.reset();
    EXPECT_EQ(headerUserVersion(dbIn(dir.path())), SqliteStore::latestSchemaVersion());
}

TEST(Migrations, ContactsFromBeforeSchemaThreeArePersonalAndNewOnesKeepTheirPurpose)
{
    QTemporaryDir dir;
    ASSERT_TRUE(QFile::copy(fixturePath("holdfast-v1.sqlite"), dbIn(dir.path())));
    QFile::setPermissions(dbIn(dir.path()), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    FixedClock clock(localMoment(LocalDate{2026, 4, 2}, 8, 0));
    OpenOptions options;
    options.clock = &clock;
    auto store = SqliteStore::open(dir.path(), options);
    const std::vector<ContactEvent> old = store->contacts();
    ASSERT_FALSE(old.empty());
    for (const ContactEvent &contact : old)
        EXPECT_EQ(contact.purpose, ContactPurpose::Personal);
    EXPECT_FALSE(store->settings().lowContact);

    ContactEvent pickUp;
    pickUp.at = localMoment(LocalDate{2026, 4, 2}, 7, 30);
    pickUp.initiator = Initiator::Them;
    pickUp.purpose = ContactPurpose::Logistics;
    pickUp.id = store->addContact(pickUp);
    store.reset();
    store = SqliteStore::open(dir.path(), options);
    const std::vector<ContactEvent> now = store->contacts();
    ASSERT_EQ(now.size(), old.size() + 1);
    EXPECT_EQ(now.back(), pickUp);
}

TEST(Migrations, ASchemaThreeDatabaseGainsTheEveningLookBackTurnedOff)
{
    // A schema-3 file: the v1 fixture brought to version 3 by the steps of that time.
    QTemporaryDir dir;
    ASSERT_TRUE(QFile::copy(fixturePath("holdfast-v1.sqlite"), dbIn(dir.path())));
    QFile::setPermissions(dbIn(dir.path()), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v3"));
        db.setDatabaseName(dbIn(dir.path()));
        ASSERT_TRUE(db.open());
        Migrations::apply(db, 2);
        Migrations::apply(db, 3);
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v3"));
    ASSERT_FALSE(tablesIn(dbIn(dir.path())).contains(QStringLiteral("look_backs")));

    FixedClock clock(localMoment(LocalDate{2026, 4, 2}, 22, 0));
    OpenOptions options;
    options.clock = &clock;
    auto store = SqliteStore::open(dir.path(), options);
    const Settings before = store->settings();
    EXPECT_FALSE(before.lookBack) << "off until the person turns it on";
    EXPECT_TRUE(store->lookBacks(LocalDate{1970, 1, 1}, LocalDate{2100, 1, 1}).empty());
    const std::size_t urges = store->urges(LocalDate{2026, 1, 1}, LocalDate{2026, 12, 31}).size();
    EXPECT_GT(urges, 0u) << "the rest of the data is all there";

    const LookBack tonight{LocalDate{2026, 4, 2}, localMoment(LocalDate{2026, 4, 2}, 22, 0), 3, "a walk", "call Sam"};
    store->saveLookBack(tonight);
    store.reset();
    store = SqliteStore::open(dir.path(), options);
    EXPECT_EQ(store->lookBack(LocalDate{2026, 4, 2}), tonight);
    store.reset();
    EXPECT_EQ(headerUserVersion(dbIn(dir.path())), SqliteStore::latestSchemaVersion());
}

TEST(Migrations, ExistingDatabaseWithContentIsBackedUpBeforeTheFirstStep)
{
    QTemporaryDir dir;
    const QString db = dbIn(dir.path());
    // user_version 0 with content: e.g. a file someone put there by hand.
    runSql(db, {QStringLiteral("CREATE TABLE notes (text TEXT)"), QStringLiteral("INSERT INTO notes VALUES ('hi')")});
    {
        auto store = SqliteStore::open(dir.path());
        store->saveReason(Reason{0, "works", 0});
    }
    const QStringList backups = SqliteStore::backupsIn(dir.path());
    ASSERT_EQ(backups.size(), 1);
    EXPECT_EQ(headerUserVersion(backups.front()), 0);
    EXPECT_EQ(tablesIn(backups.front()), QStringList{QStringLiteral("notes")});
    EXPECT_TRUE(tablesIn(db).contains(QStringLiteral("notes")));
    EXPECT_TRUE(tablesIn(db).contains(QStringLiteral("urges")));
}

TEST(Migrations, FailedStepRollsBackAndLeavesABackup)
{
    QTemporaryDir dir;
    const QString db = dbIn(dir.path());
    // A table in the way of step 1.
    runSql(db, {QStringLiteral("CREATE TABLE urges (mine TEXT)"), QStringLiteral("INSERT INTO urges VALUES ('x')")});
    EXPECT_EQ(errorKindOf([&] { SqliteStore::open(dir.path()); }), StoreError::Kind::MigrationFailed);
    EXPECT_EQ(headerUserVersion(db), 0);
    EXPECT_EQ(tablesIn(db), QStringList{QStringLiteral("urges")}); // nothing half-created
    ASSERT_EQ(SqliteStore::backupsIn(dir.path()).size(), 1);
    EXPECT_EQ(tablesIn(SqliteStore::backupsIn(dir.path()).front()), QStringList{QStringLiteral("urges")});
}

TEST(Migrations, ScriptsSplitIntoStatementsKeepingTriggerBodiesWhole)
{
    const QStringList statements = Migrations::splitStatements(QStringLiteral(
        "-- a comment; with a semicolon\n"
        "CREATE TABLE a (x TEXT DEFAULT 'semi;colon', end_date TEXT);\n"
        "/* block; comment */ CREATE TRIGGER t AFTER INSERT ON a BEGIN\n"
        "  INSERT INTO b VALUES (CASE WHEN new.x = ';' THEN 1 ELSE 0 END);\n"
        "  DELETE FROM c;\n"
        "END;\n"
        "CREATE INDEX \"odd;name\" ON a(x);"));
    ASSERT_EQ(statements.size(), 3);
    EXPECT_TRUE(statements[0].startsWith(QStringLiteral("CREATE TABLE a")));
    EXPECT_TRUE(statements[0].contains(QStringLiteral("'semi;colon'")));
    EXPECT_TRUE(statements[1].startsWith(QStringLiteral("CREATE TRIGGER t")));
    EXPECT_TRUE(statements[1].endsWith(QStringLiteral("END")));
    EXPECT_TRUE(statements[2].contains(QStringLiteral("\"odd;name\"")));
}

TEST(Migrations, EveryStepIsCompiledIn)
{
    for (int version = 1; version <= Migrations::latestVersion(); ++version)
        EXPECT_FALSE(Migrations::script(version).isEmpty()) << version;
    EXPECT_TRUE(Migrations::script(Migrations::latestVersion() + 1).isEmpty());
}

// Writes tests/fixtures/holdfast-v1.sqlite. Run once per released schema
// version (see tests/fixtures/README.md), never in normal test runs:
//   HOLDFAST_FIXTURE_OUT=$PWD/tests/fixtures/holdfast-v1.sqlite
//     build/tests/storage/storage_tests --gtest_also_run_disabled_tests
//     --gtest_filter=FixtureWriter.DISABLED_WriteV1Fixture   (one command line)
TEST(FixtureWriter, DISABLED_WriteV1Fixture)
{
    const QString out = qEnvironmentVariable("HOLDFAST_FIXTURE_OUT");
    if (out.isEmpty())
        GTEST_SKIP() << "set HOLDFAST_FIXTURE_OUT to the file to write";
    ASSERT_EQ(SqliteStore::latestSchemaVersion(), 1) << "the v1 fixture must be written by a v1 build";
    QTemporaryDir dir;
    {
        FixedClock clock(localMoment(LocalDate{2026, 3, 29}, 12, 0));
        OpenOptions options;
        options.clock = &clock;
        auto store = SqliteStore::open(dir.path(), options);
        writeV1Fixture(*store);
        expectV1Fixture(*store);
    }
    QFile::remove(out);
    ASSERT_TRUE(QFile::copy(dbIn(dir.path()), out));
}
