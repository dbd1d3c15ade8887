// Encryption at rest: a passphrase locks every text the user wrote, the wrong
// one changes nothing, and turning encryption on or off keeps all the data.

#include "EveryRecord.h"
#include "StorageTestSupport.h"
#include "V1Fixture.h"

#include "storage/SqliteStore.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <map>

using namespace holdfast;
using namespace holdfast::storage;
using namespace holdfast::storage::test;

namespace {

const std::string kPassphrase = "correct horse battery staple";

class Encryption : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_store = SqliteStore::open(m_dir.path(), fastKeys());
    }

    void reopen()
    {
        m_store.reset();
        m_store = SqliteStore::open(m_dir.path(), fastKeys());
    }

    QString dbPath() const { return m_store->databasePath(); }

    // Every file in the data folder (backups included) with its bytes.
    std::map<QString, QByteArray> snapshot() const
    {
        std::map<QString, QByteArray> files;
        for (const QString &dir : {m_dir.path(), m_dir.filePath(QStringLiteral("backups"))}) {
            for (const QString &name : QDir(dir).entryList(QDir::Files | QDir::Hidden)) {
                if (name.endsWith(QStringLiteral("-shm"))) // readers' marks, not data
                    continue;
                files[name] = readBytes(QDir(dir).filePath(name));
            }
        }
        return files;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<SqliteStore> m_store;
};

} // namespace

TEST_F(Encryption, IsOffByDefaultAndLockDoesNothing)
{
    EXPECT_EQ(m_store->encryptionState(), EncryptionState::Off);
    fillEveryKind(*m_store, "x");
    m_store->lock();
    EXPECT_EQ(m_store->encryptionState(), EncryptionState::Off);
    EXPECT_EQ(m_store->reasons().size(), 1u);
}

TEST_F(Encryption, EnablingKeepsEveryRecordAndLeavesTheStoreUnlocked)
{
    fillEveryKind(*m_store, "enable");
    const DataSet before = m_store->everything();
    m_store->enableEncryption(kPassphrase);
    EXPECT_EQ(m_store->encryptionState(), EncryptionState::Unlocked);
    EXPECT_EQ(m_store->everything(), before);

    // Every text is stored sealed; nothing the user wrote is left as text.
    EXPECT_EQ(rawColumn(dbPath(), QStringLiteral("SELECT typeof(text) FROM journal_entries")),
              (QVariantList{QStringLiteral("blob"), QStringLiteral("blob")}));
    EXPECT_EQ(rawColumn(dbPath(), QStringLiteral("SELECT count(*) FROM support_people WHERE typeof(name) = 'text'")),
              QVariantList{0});
    EXPECT_EQ(rawColumn(dbPath(), QStringLiteral("SELECT count(*) FROM encryption")), QVariantList{1});
}

TEST_F(Encryption, AReopenedStoreIsLockedUntilTheRightPassphrase)
{
    fillEveryKind(*m_store, "reopen");
    const DataSet before = m_store->everything();
    m_store->enableEncryption(kPassphrase);
    reopen();
    EXPECT_EQ(m_store->encryptionState(), EncryptionState::Locked);
    EXPECT_EQ(errorKindOf([&] { m_store->unlock("correct horse battery stapler"); }),
              StoreError::Kind::WrongPassphrase);
    EXPECT_EQ(errorKindOf([&] { m_store->unlock(""); }), StoreError::Kind::WrongPassphrase);
    EXPECT_EQ(m_store->encryptionState(), EncryptionState::Locked);
    m_store->unlock(kPassphrase);
    EXPECT_EQ(m_store->encryptionState(), EncryptionState::Unlocked);
    EXPECT_EQ(m_store->everything(), before);

    m_store->lock();
    EXPECT_EQ(m_store->encryptionState(), EncryptionState::Locked);
    EXPECT_EQ(errorKindOf([&] { m_store->reasons(); }), StoreError::Kind::Locked);
    m_store->unlock(kPassphrase);
    EXPECT_EQ(m_store->everything(), before);
}

TEST_F(Encryption, AWrongPassphraseChangesNoFile)
{
    fillEveryKind(*m_store, "files");
    m_store->enableEncryption(kPassphrase);
    reopen();
    const auto before = snapshot();
    ASSERT_FALSE(before.empty());
    for (const std::string &wrong : std::vector<std::string>{"nope", "Correct horse battery staple", std::string(500, 'x')})
        EXPECT_EQ(errorKindOf([&] { m_store->unlock(wrong); }), StoreError::Kind::WrongPassphrase) << wrong;
    EXPECT_EQ(snapshot(), before);
    EXPECT_EQ(errorKindOf([&] { m_store->changePassphrase("nope", "new one"); }), StoreError::Kind::WrongPassphrase);
    EXPECT_EQ(errorKindOf([&] { m_store->disableEncryption("nope"); }), StoreError::Kind::WrongPassphrase);
    EXPECT_EQ(snapshot(), before);
    EXPECT_EQ(m_store->encryptionState(), EncryptionState::Locked);
}

TEST_F(Encryption, ChangingThePassphraseKeepsTheDataAndRetiresTheOldOne)
{
    fillEveryKind(*m_store, "change");
    const DataSet before = m_store->everything();
    m_store->enableEncryption(kPassphrase);
    const QVariantList sealedBefore = rawColumn(dbPath(), QStringLiteral("SELECT text FROM journal_entries ORDER BY id"));
    m_store->changePassphrase(kPassphrase, "a new passphrase");
    // Only the key was re-wrapped: the sealed texts are the same bytes.
    EXPECT_EQ(rawColumn(dbPath(), QStringLiteral("SELECT text FROM journal_entries ORDER BY id")), sealedBefore);
    EXPECT_EQ(m_store->encryptionState(), EncryptionState::Unlocked);
    reopen();
    EXPECT_EQ(errorKindOf([&] { m_store->unlock(kPassphrase); }), StoreError::Kind::WrongPassphrase);
    m_store->unlock("a new passphrase");
    EXPECT_EQ(m_store->everything(), before);
}

TEST_F(Encryption, DisablingRestoresPlainDataAndSearch)
{
    const EveryRecordIds ids = fillEveryKind(*m_store, "disable");
    const DataSet before = m_store->everything();
    m_store->enableEncryption(kPassphrase);
    m_store->disableEncryption(kPassphrase);
    EXPECT_EQ(m_store->encryptionState(), EncryptionState::Off);
    EXPECT_EQ(m_store->everything(), before);
    reopen();
    EXPECT_EQ(m_store->encryptionState(), EncryptionState::Off);
    EXPECT_EQ(m_store->everything(), before);
    EXPECT_EQ(rawColumn(dbPath(), QStringLiteral("SELECT count(*) FROM encryption")), QVariantList{0});
    JournalQuery query;
    query.text = "disab";
    ASSERT_EQ(m_store->journalEntries(query).size(), 1u);
    EXPECT_EQ(m_store->journalEntries(query).front().id, ids.journal);

    // And on again, from a locked store this time.
    m_store->enableEncryption(kPassphrase);
    reopen();
    m_store->disableEncryption(kPassphrase);
    EXPECT_EQ(m_store->everything(), before);
}

TEST_F(Encryption, EnableAndDisableLeaveABackupOfTheStateBefore)
{
    fillEveryKind(*m_store, "backup");
    m_store->backupNow(QStringLiteral("daily"));
    m_store->enableEncryption(kPassphrase);
    // Older backups held plain text: only the encrypted one is left.
    QStringList backups = SqliteStore::backupsIn(m_dir.path());
    ASSERT_EQ(backups.size(), 1);
    EXPECT_TRUE(backups.front().contains(QStringLiteral("encrypted")));
    m_store->disableEncryption(kPassphrase);
    backups = SqliteStore::backupsIn(m_dir.path());
    ASSERT_EQ(backups.size(), 2);
    EXPECT_TRUE(backups.front().contains(QStringLiteral("before_decryption")));
}

TEST_F(Encryption, EmptyPassphraseOrEnablingTwiceIsRefused)
{
    EXPECT_EQ(errorKindOf([&] { m_store->enableEncryption(""); }), StoreError::Kind::InvalidData);
    EXPECT_EQ(m_store->encryptionState(), EncryptionState::Off);
    m_store->enableEncryption(kPassphrase);
    EXPECT_EQ(errorKindOf([&] { m_store->enableEncryption("other"); }), StoreError::Kind::Other);
    EXPECT_EQ(errorKindOf([&] { m_store->changePassphrase(kPassphrase, ""); }), StoreError::Kind::InvalidData);
    reopen();
    m_store->unlock(kPassphrase);
}

// ---- the Locked rule (SqliteStore.h) ------------------------------------------------

TEST_F(Encryption, LockedStoreStillShowsNumbersDatesAndSettings)
{
    const EveryRecordIds ids = fillEveryKind(*m_store, "numbers");
    Settings settings = m_store->settings();
    settings.crisisText = "Call 112";
    settings.timerMinutes = 15;
    m_store->saveSettings(settings);
    const LocalDate day = ids.checkInDate;
    const std::vector<DaySummary> unlocked = m_store->daySummaries(day.addDays(-3), day.addDays(3));
    m_store->enableEncryption(kPassphrase);
    reopen();
    ASSERT_EQ(m_store->encryptionState(), EncryptionState::Locked);

    EXPECT_EQ(m_store->settings(), settings);
    std::vector<DaySummary> locked = m_store->daySummaries(day.addDays(-3), day.addDays(3));
    ASSERT_EQ(locked.size(), 1u);
    // The names of custom triggers are text: left out until unlocked, all else is there.
    EXPECT_TRUE(locked.front().customTriggers.empty());
    std::vector<DaySummary> expected = unlocked;
    expected.front().customTriggers.clear();
    EXPECT_EQ(locked, expected);
    m_store->unlock(kPassphrase);
    EXPECT_EQ(m_store->daySummaries(day.addDays(-3), day.addDays(3)), unlocked);
}

TEST_F(Encryption, LockedStoreStillCountsContactsWithoutTheirNotes)
{
    fillEveryKind(*m_store, "counter");
    const std::vector<ContactEvent> unlocked = m_store->contacts();
    ASSERT_FALSE(unlocked.empty());
    ASSERT_FALSE(unlocked.front().note.empty());
    m_store->enableEncryption(kPassphrase);
    reopen();

    // The counter on the dashboard and in --summary needs when, who and whether
    // anyone replied; the note stays sealed.
    std::vector<ContactEvent> expected = unlocked;
    for (ContactEvent &event : expected)
        event.note.clear();
    EXPECT_EQ(m_store->contactsWithoutNotes(), expected);
    EXPECT_EQ(errorKindOf([&] { m_store->contacts(); }), StoreError::Kind::Locked);
}

TEST_F(Encryption, LockedStoreRefusesToReadOrWriteText)
{
    const EveryRecordIds ids = fillEveryKind(*m_store, "locked");
    m_store->enableEncryption(kPassphrase);
    reopen();
    const auto locked = [&](const std::function<void()> &action) { return errorKindOf(action); };
    const auto kLocked = std::optional(StoreError::Kind::Locked);

    EXPECT_EQ(locked([&] { m_store->journalEntry(ids.journal); }), kLocked);
    EXPECT_EQ(locked([&] { m_store->journalEntry(ids.plainJournal); }), kLocked);
    EXPECT_EQ(locked([&] { m_store->journalEntries({}); }), kLocked);
    JournalQuery search;
    search.text = "slept";
    EXPECT_EQ(locked([&] { m_store->journalEntries(search); }), kLocked);
    JournalQuery byTag;
    byTag.tag = "morning";
    EXPECT_EQ(locked([&] { m_store->journalEntries(byTag); }), kLocked);
    EXPECT_EQ(locked([&] { m_store->journalTags(); }), kLocked);
    EXPECT_EQ(locked([&] { m_store->unsentMessages(); }), kLocked);
    EXPECT_EQ(locked([&] { m_store->unsentMessage(ids.message); }), kLocked);
    EXPECT_EQ(locked([&] { m_store->urge(ids.urge); }), kLocked);
    EXPECT_EQ(locked([&] { m_store->contacts(); }), kLocked);
    EXPECT_EQ(locked([&] { m_store->checkIn(ids.checkInDate); }), kLocked);
    EXPECT_EQ(locked([&] { m_store->reasons(); }), kLocked);
    EXPECT_EQ(locked([&] { m_store->supportPeople(); }), kLocked);
    EXPECT_EQ(locked([&] { m_store->activities(); }), kLocked);
    EXPECT_EQ(locked([&] { m_store->ifThenPlans(); }), kLocked);
    EXPECT_EQ(locked([&] { m_store->riskDates(); }), kLocked);
    EXPECT_EQ(locked([&] { m_store->everything(); }), kLocked);

    const Moment at = localMoment(LocalDate{2026, 4, 3}, 10, 0);
    EXPECT_EQ(locked([&] { m_store->saveJournalEntry(JournalEntry{0, at, at, "secret", 3, {}}); }), kLocked);
    EXPECT_EQ(locked([&] { m_store->saveJournalEntry(JournalEntry{0, at, at, "", 3, {"tag"}}); }), kLocked);
    EXPECT_EQ(locked([&] { m_store->saveReason(Reason{0, "a reason", 0}); }), kLocked);
    EXPECT_EQ(locked([&] { m_store->addContact(ContactEvent{0, at, Initiator::Me, ContactChannel::Text, false, "hi", {}}); }),
              kLocked);
    // Saving empty text over a stored sealed one would erase it: refused too.
    EXPECT_EQ(locked([&] { m_store->saveCheckIn(CheckIn{ids.checkInDate, at, 2, 2, ""}); }), kLocked);
    EXPECT_EQ(locked([&] { m_store->saveActivity(Activity{ids.activity, "", 0}); }), kLocked);
    UrgeRecord blank;
    blank.id = ids.plainUrge;
    blank.start = at;
    EXPECT_EQ(locked([&] { m_store->saveUrge(blank); }), kLocked);

    m_store->unlock(kPassphrase);
    EXPECT_EQ(m_store->urge(ids.plainUrge)->note, "morning, short");
    EXPECT_EQ(m_store->checkIn(ids.checkInDate)->mood, 3);
    EXPECT_EQ(m_store->reasons().size(), 1u);
    EXPECT_EQ(m_store->contacts().size(), 1u);
}

TEST_F(Encryption, LockedStoreAcceptsRecordsWithoutText)
{
    fillEveryKind(*m_store, "no text");
    m_store->enableEncryption(kPassphrase);
    reopen();
    // The urge dialog from the tray: an urge and its outcome, no words.
    UrgeRecord urge;
    urge.start = localMoment(LocalDate{2026, 4, 5}, 22, 0);
    urge.samples = {{urge.start.utcMs, 9}};
    urge.triggers = {Trigger::NightTime};
    urge.id = m_store->saveUrge(urge);
    urge.samples.push_back({urge.start.utcMs + 60000, 4});
    urge.outcome = UrgeOutcome::Resisted;
    m_store->saveUrge(urge);
    EXPECT_EQ(m_store->urge(urge.id), urge);
    const CheckIn checkIn{LocalDate{2026, 4, 5}, urge.start, 4, 3, ""};
    m_store->saveCheckIn(checkIn);
    EXPECT_EQ(m_store->checkIn(checkIn.date), checkIn);
    const auto days = m_store->daySummaries(LocalDate{2026, 4, 5}, LocalDate{2026, 4, 5});
    ASSERT_EQ(days.size(), 1u);
    EXPECT_EQ(days.front().resisted, 1);
    EXPECT_EQ(days.front().mood, 4);
    m_store->removeJournalEntry(1);
    m_store->unlock(kPassphrase);
    EXPECT_EQ(m_store->urge(urge.id), urge);
    EXPECT_EQ(m_store->journalEntries({}).size(), 1u);
}

// ---- migration -------------------------------------------------------------------------

TEST(EncryptionMigration, V1FixtureMigratesAndEncryptsWithAllItsData)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString fixture = QStringLiteral(HOLDFAST_SOURCE_DIR "/tests/fixtures/holdfast-v1.sqlite");
    ASSERT_TRUE(QFile::copy(fixture, QDir(dir.path()).filePath(QLatin1String(SqliteStore::kDatabaseFileName))));
    auto store = SqliteStore::open(dir.path(), fastKeys());
    EXPECT_EQ(rawColumn(store->databasePath(), QStringLiteral("PRAGMA user_version")), QVariantList{SqliteStore::latestSchemaVersion()});
    EXPECT_EQ(store->encryptionState(), EncryptionState::Off);
    expectV1Fixture(*store);
    store->enableEncryption(kPassphrase);
    expectV1Fixture(*store);
    store.reset();
    store = SqliteStore::open(dir.path(), fastKeys());
    EXPECT_EQ(store->encryptionState(), EncryptionState::Locked);
    store->unlock(kPassphrase);
    expectV1Fixture(*store);
}

// ---- figures for the report (not timed assertions) ----------------------------------------

// Run: storage_tests --gtest_also_run_disabled_tests --gtest_filter='EncryptionFigures.*'
TEST(EncryptionFigures, DISABLED_UnlockWithModerateLimits)
{
    QTemporaryDir dir;
    auto store = SqliteStore::open(dir.path());
    store->enableEncryption(kPassphrase);
    store.reset();
    store = SqliteStore::open(dir.path());
    QElapsedTimer timer;
    timer.start();
    store->unlock(kPassphrase);
    std::printf("unlock with MODERATE limits: %lld ms\n", static_cast<long long>(timer.elapsed()));
    timer.restart();
    EXPECT_EQ(errorKindOf([&] { store->unlock("wrong"); }), StoreError::Kind::WrongPassphrase);
    std::printf("wrong passphrase with MODERATE limits: %lld ms\n", static_cast<long long>(timer.elapsed()));
}

TEST(EncryptionFigures, DISABLED_SearchIndexFor20kLongEntries)
{
    QTemporaryDir dir;
    auto store = SqliteStore::open(dir.path(), fastKeys());
    store->enableEncryption(kPassphrase);
    const std::vector<std::string> words{"walked", "heart", "morning", "café", "called", "Sam", "tired", "proud",
                                         "sleep", "again", "missing", "them", "tonight", "better", "slowly", "Zoë"};
    JournalEntry entry;
    QElapsedTimer timer;
    store->lock();
    timer.start();
    store->unlock(kPassphrase);
    std::printf("unlock with INTERACTIVE limits, empty journal: %lld ms\n", static_cast<long long>(timer.elapsed()));
    timer.restart();
    {
        // Written through importData: one transaction for all of them.
        DataSet data;
        for (int i = 0; i < 20000; ++i) {
            entry.created = entry.updated = localMoment(LocalDate{2020, 1, 1}.addDays(i / 8), 8 + i % 12, 0);
            entry.text.clear();
            for (int w = 0; entry.text.size() < 2000; ++w)
                entry.text += words[std::size_t((i * 7 + w * 13) % int(words.size()))] + ' ';
            entry.tags = {i % 3 == 0 ? "hard day" : "ok", "tag" + std::to_string(i % 40)};
            data.journalEntries.push_back(entry);
        }
        store->importData(data, ImportMode::Append);
    }
    std::printf("writing 20k entries of 2,000 characters (encrypted): %lld ms\n", static_cast<long long>(timer.elapsed()));
    store->lock();
    timer.restart();
    store->unlock(kPassphrase);
    std::printf("unlock incl. in-memory index for 20k entries: %lld ms\n", static_cast<long long>(timer.elapsed()));
    JournalQuery query;
    query.text = "cafe slow";
    timer.restart();
    const auto found = store->journalEntries(query);
    std::printf("search over 20k entries: %lld ms, %zu results\n", static_cast<long long>(timer.elapsed()), found.size());
}
