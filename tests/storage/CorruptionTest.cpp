// 1,000 damaged copies of a realistic database: bytes flipped in the header,
// in pages and in the WAL, files cut at random lengths, pages zeroed. Each
// copy either gives a clear StoreError or opens and reads every kind of
// record; none crashes (run it under ASan too), none changes a refused file,
// and the original is never written. A fixed seed makes every case repeatable:
// a failure names its case number.

#include "RealisticData.h"
#include "StorageTestSupport.h"

#include "storage/SqliteStore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <cstdlib>
#include <map>
#include <random>

using namespace holdfast;
using namespace holdfast::storage;
using namespace holdfast::storage::test;

namespace {

constexpr int kShards = 4;
constexpr std::uint32_t kSeed = 20261125;
constexpr int kPage = 4096;

// How many damaged copies in all: 1,000 unless HOLDFAST_CORRUPTION_CASES says
// otherwise (a quick local run, or a much longer one).
int caseCount()
{
    const QByteArray value = qgetenv("HOLDFAST_CORRUPTION_CASES");
    bool ok = false;
    const int count = value.toInt(&ok);
    return ok && count > 0 ? count : 1000;
}

enum class Damage {
    FlipHeader,   // bytes in the first 100 bytes: page size, versions, counts
    FlipPages,    // bytes anywhere in the file
    FlipWal,      // bytes in the WAL of a database that was not checkpointed
    TruncateDb,   // the database cut at a random length
    TruncateWal,  // the WAL cut at a random length
    ZeroPages,    // whole pages of zeros (a lost write)
    Count,
};

const char *damageName(Damage damage)
{
    switch (damage) {
    case Damage::FlipHeader: return "flip-header";
    case Damage::FlipPages: return "flip-pages";
    case Damage::FlipWal: return "flip-wal";
    case Damage::TruncateDb: return "truncate-db";
    case Damage::TruncateWal: return "truncate-wal";
    case Damage::ZeroPages: return "zero-pages";
    case Damage::Count: break;
    }
    return "?";
}

QString sha256(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

// The originals every case copies from: one checkpointed database, and one
// caught with recent writes still in its WAL (as after a crash).
class Originals
{
public:
    Originals()
    {
        {
            auto store = SqliteStore::open(plainDir());
            addRealisticData(*store);
        }
        auto store = SqliteStore::open(walDir());
        addRealisticData(*store, 20);
        // Copy while the store is open: the last writes are only in the WAL.
        for (const char *suffix : {"", "-wal"}) {
            const QString name = QStringLiteral("holdfast.sqlite") + QLatin1String(suffix);
            m_walCopy[suffix] = readBytes(QDir(walDir()).filePath(name));
        }
        store.reset();
        m_plain = readBytes(QDir(plainDir()).filePath(QStringLiteral("holdfast.sqlite")));
    }

    QString plainDir() const { return QDir(m_root.path()).filePath(QStringLiteral("plain")); }
    QString walDir() const { return QDir(m_root.path()).filePath(QStringLiteral("wal")); }
    const QByteArray &plain() const { return m_plain; }
    const QByteArray &walDb() const { return m_walCopy.at(""); }
    const QByteArray &wal() const { return m_walCopy.at("-wal"); }
    // Hashes of every file the originals consist of.
    QStringList hashes() const
    {
        QStringList result;
        result << sha256(readBytes(QDir(plainDir()).filePath(QStringLiteral("holdfast.sqlite")))) << sha256(m_plain)
               << sha256(walDb()) << sha256(wal());
        return result;
    }

private:
    QTemporaryDir m_root;
    QByteArray m_plain;
    std::map<std::string, QByteArray> m_walCopy;
};

class CorruptionTest : public ::testing::TestWithParam<int>
{
protected:
    static void SetUpTestSuite() { s_originals = new Originals(); }
    static void TearDownTestSuite()
    {
        delete s_originals;
        s_originals = nullptr;
    }

    static Originals *s_originals;
};

Originals *CorruptionTest::s_originals = nullptr;

struct DamagedCopy
{
    Damage damage = Damage::FlipHeader;
    QByteArray db;
    QByteArray wal; // empty: no WAL file
};

DamagedCopy makeDamage(const Originals &originals, int caseNumber)
{
    std::mt19937 random(kSeed + std::uint32_t(caseNumber));
    const auto below = [&random](qsizetype limit) { return qsizetype(random() % std::uint32_t(limit)); };
    DamagedCopy copy;
    copy.damage = Damage(caseNumber % int(Damage::Count));
    const bool useWal = copy.damage == Damage::FlipWal || copy.damage == Damage::TruncateWal || caseNumber % 5 == 0;
    copy.db = useWal ? originals.walDb() : originals.plain();
    if (useWal)
        copy.wal = originals.wal();
    const int flips = 1 + int(below(8));
    const auto flip = [&](QByteArray &bytes, qsizetype from, qsizetype to) {
        for (int i = 0; i < flips; ++i) {
            const qsizetype at = from + below(std::max<qsizetype>(1, to - from));
            bytes[at] = char(bytes[at] ^ char(1 + below(255)));
        }
    };
    switch (copy.damage) {
    case Damage::FlipHeader:
        flip(copy.db, 0, 100);
        break;
    case Damage::FlipPages:
        flip(copy.db, 0, copy.db.size());
        break;
    case Damage::FlipWal:
        flip(copy.wal, 0, copy.wal.size());
        break;
    case Damage::TruncateDb:
        copy.db.truncate(below(copy.db.size()));
        break;
    case Damage::TruncateWal:
        copy.wal.truncate(below(copy.wal.size()));
        break;
    case Damage::ZeroPages: {
        const qsizetype pages = copy.db.size() / kPage;
        for (int i = 0; i < 1 + int(below(3)); ++i)
            copy.db.replace(below(pages) * kPage, kPage, QByteArray(kPage, '\0'));
        break;
    }
    case Damage::Count:
        break;
    }
    return copy;
}

// Everything the app reads, record by record and in the lists the screens show.
void readEveryKind(SqliteStore &store)
{
    store.checkIntegrity();
    const DataSet data = readAll(store);
    for (const UrgeRecord &urge : data.urges)
        store.urge(urge.id);
    for (const JournalEntry &entry : data.journalEntries)
        store.journalEntry(entry.id);
    for (const UnsentMessage &message : data.unsentMessages)
        store.unsentMessage(message.id);
    for (const CheckIn &checkIn : data.checkIns)
        store.checkIn(checkIn.date);
    store.daySummaries(LocalDate{2000, 1, 1}, LocalDate{2100, 1, 1});
    store.journalTags();
    JournalQuery search;
    search.text = "walk";
    store.journalEntries(search);
    // And one write: a damaged file must refuse it cleanly too.
    store.saveReason(Reason{0, "still here", 99});
}

} // namespace

TEST_P(CorruptionTest, EveryDamagedCopyGivesAClearErrorOrOpensAndReads)
{
    const QStringList originalHashes = s_originals->hashes();
    const int total = caseCount();
    const int shard = GetParam();
    std::map<std::string, int> outcomes;
    // Consecutive cases per shard, so every shard meets every kind of damage.
    for (int caseNumber = shard * total / kShards; caseNumber < (shard + 1) * total / kShards; ++caseNumber) {
        const DamagedCopy copy = makeDamage(*s_originals, caseNumber);
        const std::string label = "case " + std::to_string(caseNumber) + " (" + damageName(copy.damage) + ")";
        QTemporaryDir dir;
        ASSERT_TRUE(dir.isValid());
        const QString db = QDir(dir.path()).filePath(QStringLiteral("holdfast.sqlite"));
        writeBytes(db, copy.db);
        if (!copy.wal.isNull())
            writeBytes(db + QStringLiteral("-wal"), copy.wal);

        std::string outcome;
        std::unique_ptr<SqliteStore> store;
        try {
            store = SqliteStore::open(dir.path());
        } catch (const StoreError &error) {
            outcome = std::string("refused at open: ") + kindName(error.kind());
            // A refused file is left exactly as it was.
            EXPECT_EQ(readBytes(db), copy.db) << label << " was changed although it was refused";
        } catch (const std::exception &error) {
            ADD_FAILURE() << label << ": not a StoreError: " << error.what();
            continue;
        }
        if (store) {
            try {
                readEveryKind(*store);
                outcome = "opened and read";
            } catch (const StoreError &error) {
                outcome = std::string("opened, then ") + kindName(error.kind());
            } catch (const std::exception &error) {
                ADD_FAILURE() << label << ": not a StoreError: " << error.what();
            }
            store.reset();
        }
        if (outcome.rfind("refused", 0) == 0 || outcome.find("Other") != std::string::npos) {
            const auto kindText = outcome.substr(outcome.rfind(' ') + 1);
            EXPECT_TRUE(kindText == "Corrupt" || kindText == "TooNew" || kindText == "CannotOpen")
                << label << ": " << outcome;
        }
        ++outcomes[outcome];
    }
    EXPECT_EQ(s_originals->hashes(), originalHashes) << "an original was written";
    std::string summary;
    for (const auto &[outcome, count] : outcomes)
        summary += "  " + std::to_string(count) + " x " + outcome + "\n";
    std::cout << "shard " << shard << " of " << kShards << ", " << total << " cases in all:\n" << summary;
}

INSTANTIATE_TEST_SUITE_P(Shards, CorruptionTest, ::testing::Range(0, kShards));
