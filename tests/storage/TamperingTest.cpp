// Tampering: a flipped byte in any encrypted field, or a sealed value moved
// to another row, gives StoreError::Tampered for that record — never garbage
// text, never a crash — and the other records stay readable.

#include "EveryRecord.h"
#include "StorageTestSupport.h"

#include "storage/SqliteStore.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace holdfast;
using namespace holdfast::storage;
using namespace holdfast::storage::test;

namespace {

const std::string kPassphrase = "tamper test";

// Runs `statement` with `blob` bound, on a connection of its own.
void writeRaw(const QString &path, const QString &statement, const QVariant &value)
{
    static int counter = 0;
    const QString name = QStringLiteral("test-tamper-%1").arg(++counter);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        ASSERT_TRUE(db.open());
        QSqlQuery query(db);
        ASSERT_TRUE(query.prepare(statement)) << query.lastError().text().toStdString();
        query.bindValue(0, value);
        ASSERT_TRUE(query.exec()) << query.lastError().text().toStdString();
        EXPECT_EQ(query.numRowsAffected(), 1) << statement.toStdString();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

struct SealedField
{
    const char *table;
    const char *column;
    const char *where; // the row of the record under test
};

class Tampering : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_store = SqliteStore::open(m_dir.path(), fastKeys());
        m_store->enableEncryption(kPassphrase);
        m_ids = fillEveryKind(*m_store, "tamper");
    }

    // What reading the record behind `field` does after tampering.
    std::optional<StoreError::Kind> readRecord(const SealedField &field)
    {
        const std::string table = field.table;
        return errorKindOf([&] {
            if (table == "urges" || table == "urge_triggers")
                m_store->urge(m_ids.urge);
            else if (table == "contacts")
                m_store->contacts();
            else if (table == "check_ins")
                m_store->checkIn(m_ids.checkInDate);
            else if (table == "journal_entries" || table == "journal_tags")
                m_store->journalEntry(m_ids.journal);
            else if (table == "unsent_messages")
                m_store->unsentMessage(m_ids.message);
            else if (table == "reasons")
                m_store->reasons();
            else if (table == "support_people")
                m_store->supportPeople();
            else if (table == "activities")
                m_store->activities();
            else if (table == "if_then_plans")
                m_store->ifThenPlans();
            else if (table == "risk_dates")
                m_store->riskDates();
            else
                ADD_FAILURE() << "no reader for " << table;
        });
    }

    void expectOthersReadable(const SealedField &field)
    {
        const std::string table = field.table;
        EXPECT_EQ(m_store->urge(m_ids.plainUrge)->note, "morning, short");
        EXPECT_EQ(m_store->journalEntry(m_ids.plainJournal)->text, "Slept well.");
        if (table != "reasons") {
            EXPECT_EQ(m_store->reasons().size(), 1u);
        }
        if (table != "activities") {
            EXPECT_EQ(m_store->activities().size(), 1u);
        }
        if (table != "unsent_messages") {
            EXPECT_EQ(m_store->unsentMessages().size(), 1u);
        }
        if (table != "check_ins") {
            EXPECT_EQ(m_store->checkIns(LocalDate{2026, 1, 1}, LocalDate{2026, 12, 31}).size(), 1u);
        }
        EXPECT_FALSE(m_store->daySummaries(LocalDate{2026, 1, 1}, LocalDate{2026, 12, 31}).empty());
    }

    QTemporaryDir m_dir;
    std::unique_ptr<SqliteStore> m_store;
    EveryRecordIds m_ids;
};

const std::vector<SealedField> kFields{
    {"urges", "note", "id = 1"},
    {"urges", "action_label", "id = 1"},
    {"urge_triggers", "custom_text", "urge_id = 1 AND position = 2"},
    {"contacts", "note", "id = 1"},
    {"check_ins", "intention", "local_date = '2026-04-02'"},
    {"journal_entries", "text", "id = 1"},
    {"journal_tags", "tag", "entry_id = 1 AND position = 0"},
    {"unsent_messages", "text", "id = 1"},
    {"reasons", "text", "id = 1"},
    {"support_people", "name", "id = 1"},
    {"support_people", "contact", "id = 1"},
    {"support_people", "note", "id = 1"},
    {"activities", "title", "id = 1"},
    {"if_then_plans", "custom_trigger", "id = 1"},
    {"if_then_plans", "plan", "id = 1"},
    {"risk_dates", "title", "id = 1"},
    {"risk_dates", "plan", "id = 1"},
};

} // namespace

TEST_F(Tampering, AFlippedByteInAnyEncryptedFieldIsReportedForThatRecordOnly)
{
    const QString db = m_store->databasePath();
    ASSERT_EQ(m_ids.urge, 1);
    ASSERT_EQ(m_ids.journal, 1);
    for (const SealedField &field : kFields) {
        SCOPED_TRACE(std::string(field.table) + "." + field.column);
        const QString select = QStringLiteral("SELECT %1 FROM %2 WHERE %3")
                                   .arg(QLatin1String(field.column), QLatin1String(field.table), QLatin1String(field.where));
        const QVariantList stored = rawColumn(db, select);
        ASSERT_EQ(stored.size(), 1);
        const QByteArray original = stored.front().toByteArray();
        ASSERT_EQ(stored.front().typeId(), QMetaType::QByteArray);
        const QString update = QStringLiteral("UPDATE %1 SET %2 = ? WHERE %3")
                                   .arg(QLatin1String(field.table), QLatin1String(field.column), QLatin1String(field.where));
        // A byte of the nonce, of the ciphertext, of the tag; and a cut-off value.
        for (const qsizetype at : {qsizetype(3), original.size() / 2, original.size() - 1}) {
            QByteArray flipped = original;
            flipped[at] = char(flipped[at] ^ 0x20);
            writeRaw(db, update, flipped);
            EXPECT_EQ(readRecord(field), StoreError::Kind::Tampered) << "byte " << at;
            expectOthersReadable(field);
        }
        writeRaw(db, update, original.left(original.size() - 20));
        EXPECT_EQ(readRecord(field), StoreError::Kind::Tampered);
        // Plain text slipped in where a sealed value belongs is not shown either.
        writeRaw(db, update, QStringLiteral("injected"));
        EXPECT_EQ(readRecord(field), StoreError::Kind::Tampered);
        writeRaw(db, update, original);
        EXPECT_EQ(readRecord(field), std::nullopt);
    }
}

TEST_F(Tampering, ASealedValueMovedToAnotherRowOrColumnDoesNotOpen)
{
    const QString db = m_store->databasePath();
    const QByteArray journalText =
        rawColumn(db, QStringLiteral("SELECT text FROM journal_entries WHERE id = %1").arg(m_ids.journal)).front().toByteArray();
    const QByteArray urgeNote = rawColumn(db, QStringLiteral("SELECT note FROM urges WHERE id = 1")).front().toByteArray();
    // Another row of the same column.
    const std::int64_t other = m_store->saveJournalEntry(
        JournalEntry{0, localMoment(LocalDate{2026, 4, 9}, 9, 0), localMoment(LocalDate{2026, 4, 9}, 9, 0), "other", 3, {}});
    writeRaw(db, QStringLiteral("UPDATE journal_entries SET text = ? WHERE id = %1").arg(other), journalText);
    EXPECT_EQ(errorKindOf([&] { m_store->journalEntry(other); }), StoreError::Kind::Tampered);
    EXPECT_EQ(m_store->journalEntry(m_ids.journal)->text.find("journal text"), 0u);
    // Another column of the same row.
    writeRaw(db, QStringLiteral("UPDATE urges SET action_label = ? WHERE id = 1"), urgeNote);
    EXPECT_EQ(errorKindOf([&] { m_store->urge(m_ids.urge); }), StoreError::Kind::Tampered);
}

TEST_F(Tampering, ATamperedEntryDoesNotStopUnlockingOrSearch)
{
    const QString db = m_store->databasePath();
    QByteArray text = rawColumn(db, QStringLiteral("SELECT text FROM journal_entries WHERE id = 1")).front().toByteArray();
    text[40] = char(text[40] ^ 1);
    writeRaw(db, QStringLiteral("UPDATE journal_entries SET text = ? WHERE id = 1"), text);
    m_store->lock();
    m_store->unlock(kPassphrase);
    JournalQuery query;
    query.text = "slept";
    ASSERT_EQ(m_store->journalEntries(query).size(), 1u);
    EXPECT_EQ(m_store->journalEntries(query).front().id, m_ids.plainJournal);
    EXPECT_EQ(errorKindOf([&] { m_store->journalEntries({}); }), StoreError::Kind::Tampered);
}

TEST_F(Tampering, DamagedKeyParametersAreReportedNotTried)
{
    const QString db = m_store->databasePath();
    m_store.reset();
    writeRaw(db, QStringLiteral("UPDATE encryption SET memlimit = ? WHERE id = 1"), QVariant(qint64(1) << 40));
    m_store = SqliteStore::open(m_dir.path(), fastKeys());
    EXPECT_EQ(errorKindOf([&] { m_store->unlock(kPassphrase); }), StoreError::Kind::Tampered);
    m_store.reset();
    writeRaw(db, QStringLiteral("UPDATE encryption SET salt = ? WHERE id = 1"), QByteArray("short"));
    m_store = SqliteStore::open(m_dir.path(), fastKeys());
    EXPECT_EQ(errorKindOf([&] { m_store->unlock(kPassphrase); }), StoreError::Kind::Tampered);
    EXPECT_EQ(m_store->encryptionState(), EncryptionState::Locked);
}

TEST_F(Tampering, AFlippedByteInTheWrappedKeyLooksLikeAWrongPassphrase)
{
    const QString db = m_store->databasePath();
    QByteArray wrapped = rawColumn(db, QStringLiteral("SELECT wrapped_key FROM encryption")).front().toByteArray();
    wrapped[5] = char(wrapped[5] ^ 1);
    m_store.reset();
    writeRaw(db, QStringLiteral("UPDATE encryption SET wrapped_key = ? WHERE id = 1"), wrapped);
    m_store = SqliteStore::open(m_dir.path(), fastKeys());
    EXPECT_EQ(errorKindOf([&] { m_store->unlock(kPassphrase); }), StoreError::Kind::WrongPassphrase);
}
