// Canary: with encryption on, a unique marker written into every text field
// of every kind of record appears nowhere on disk — not in the database, its
// -wal and -shm files, the backups, nor the temp and cache folders — in any
// encoding we can think of.

#include "EveryRecord.h"
#include "StorageTestSupport.h"

#include "storage/SqliteStore.h"

#include <QDateTime>
#include <QDirIterator>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUuid>

#include <gtest/gtest.h>

using namespace holdfast;
using namespace holdfast::storage;
using namespace holdfast::storage::test;

namespace {

// The marker as bytes in every encoding a leak could take.
std::vector<std::pair<std::string, QByteArray>> encodings(const QString &marker)
{
    std::vector<std::pair<std::string, QByteArray>> result;
    result.emplace_back("UTF-8", marker.toUtf8());
    result.emplace_back("UTF-8 lower case", marker.toLower().toUtf8());
    result.emplace_back("UTF-8 upper case", marker.toUpper().toUtf8());
    QByteArray utf16le;
    QByteArray utf16be;
    QByteArray utf32le;
    for (const QChar c : marker) {
        const auto unit = c.unicode();
        utf16le.append(char(unit & 0xff)).append(char(unit >> 8));
        utf16be.append(char(unit >> 8)).append(char(unit & 0xff));
        utf32le.append(char(unit & 0xff)).append(char(unit >> 8)).append('\0').append('\0');
    }
    result.emplace_back("UTF-16LE", utf16le);
    result.emplace_back("UTF-16BE", utf16be);
    result.emplace_back("UTF-32LE", utf32le);
    result.emplace_back("hex", marker.toUtf8().toHex());
    // Base64 at each of the three alignments, without the edge characters
    // that depend on the neighbouring bytes.
    for (int shift = 0; shift < 3; ++shift) {
        const QByteArray encoded = QByteArray(QByteArray(shift, 'x') + marker.toUtf8()).toBase64();
        result.emplace_back("base64/" + std::to_string(shift), encoded.mid(4, encoded.size() - 12));
    }
    return result;
}

// Every file under `root` (recursively) changed since `since`, or all when `since` is null.
QStringList filesUnder(const QString &root, const QDateTime &since)
{
    QStringList files;
    if (root.isEmpty() || !QFileInfo(root).isDir())
        return files;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QFileInfo info(path);
        if (!info.isReadable() || info.isSymLink() || info.size() > 256 * 1024 * 1024)
            continue;
        if (since.isValid() && info.lastModified() < since)
            continue;
        files << path;
    }
    return files;
}

class Canary : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_started = QDateTime::currentDateTime().addSecs(-2);
        // Distinctive, and impossible to find by chance.
        m_marker = QStringLiteral("CANARY") + QUuid::createUuid().toString(QUuid::Id128).left(20);
    }

    // Hits of the marker in any encoding, as "file: encoding" lines.
    QStringList hits() const
    {
        QStringList files = filesUnder(m_dir.path(), {});
        for (const auto location : {QStandardPaths::TempLocation, QStandardPaths::CacheLocation,
                                    QStandardPaths::GenericCacheLocation, QStandardPaths::RuntimeLocation}) {
            for (const QString &root : QStandardPaths::standardLocations(location)) {
                if (!root.startsWith(m_dir.path()))
                    files << filesUnder(root, m_started);
            }
        }
        files.removeDuplicates();
        EXPECT_TRUE(files.contains(QDir(m_dir.path()).filePath(QStringLiteral("holdfast.sqlite"))));
        QStringList found;
        const auto needles = encodings(m_marker);
        for (const QString &path : files) {
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly))
                continue;
            const QByteArray bytes = file.readAll();
            for (const auto &[name, needle] : needles) {
                if (bytes.contains(needle))
                    found << path + QStringLiteral(": ") + QString::fromStdString(name);
            }
        }
        return found;
    }

    std::string marker() const { return m_marker.toStdString(); }

    QTemporaryDir m_dir;
    QDateTime m_started;
    QString m_marker;
};

} // namespace

TEST_F(Canary, TextWrittenWhileEncryptedNeverReachesTheDisk)
{
    {
        auto store = SqliteStore::open(m_dir.path(), fastKeys());
        store->enableEncryption("canary passphrase");
        const EveryRecordIds ids = fillEveryKind(*store, marker());
        store->backupNow(QStringLiteral("daily"));
        // The marker really was written: the in-memory search finds it.
        JournalQuery query;
        query.text = marker();
        ASSERT_EQ(store->journalEntries(query).size(), 1u);
        ASSERT_EQ(store->journalEntry(ids.journal)->text.find(marker()) != std::string::npos, true);
        // Rewrites and removals leave no plain copy either.
        JournalEntry entry = *store->journalEntry(ids.journal);
        entry.text += " edited " + marker();
        store->saveJournalEntry(entry);
        store->removeJournalEntry(ids.plainJournal);
        // While still open: the -wal and -shm files are there to be scanned.
        const QStringList openHits = hits();
        EXPECT_TRUE(openHits.isEmpty()) << openHits.join(u'\n').toStdString();
        store->lock();
    }
    const QStringList closedHits = hits();
    EXPECT_TRUE(closedHits.isEmpty()) << closedHits.join(u'\n').toStdString();
}

TEST_F(Canary, TextWrittenBeforeEncryptionIsGoneFromDiskAfterEnabling)
{
    {
        auto store = SqliteStore::open(m_dir.path(), fastKeys());
        fillEveryKind(*store, marker());
        store->backupNow(QStringLiteral("daily"));
        // Sanity: unencrypted, the canary is found (the scan works).
        EXPECT_FALSE(hits().isEmpty());
        store->enableEncryption("canary passphrase");
        const QStringList openHits = hits();
        EXPECT_TRUE(openHits.isEmpty()) << openHits.join(u'\n').toStdString();
    }
    const QStringList closedHits = hits();
    EXPECT_TRUE(closedHits.isEmpty()) << closedHits.join(u'\n').toStdString();
    // And the data is all still there behind the passphrase.
    auto store = SqliteStore::open(m_dir.path(), fastKeys());
    store->unlock("canary passphrase");
    EXPECT_EQ(store->reasons().size(), 1u);
    EXPECT_NE(store->reasons().front().text.find(marker()), std::string::npos);
}
