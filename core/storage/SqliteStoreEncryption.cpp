// SqliteStore's encryption at rest (docs/PRIVACY.md): locking and
// unlocking, turning encryption on and off, and changing the passphrase. The
// rest of the facade is in SqliteStore.cpp.

#include "storage/SqliteStore.h"

#include "storage/Connection.h"
#include "storage/DataFolder.h"
#include "storage/EncryptionKeys.h"
#include "storage/JournalSearchIndex.h"
#include "storage/PrivateFiles.h"
#include "storage/TextSealer.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <mutex>
#include <optional>

using namespace Qt::StringLiterals;

namespace holdfast::storage {

using Kind = StoreError::Kind;

EncryptionState SqliteStore::encryptionState()
{
    if (!m_texts->encrypted())
        return EncryptionState::Off;
    return m_texts->unlocked() ? EncryptionState::Unlocked : EncryptionState::Locked;
}

KeyEnvelope::Strength SqliteStore::keyStrength() const
{
    return m_options.fastKeyDerivation ? KeyEnvelope::Strength::Interactive : KeyEnvelope::Strength::Moderate;
}

void SqliteStore::unlock(const std::string &passphrase)
{
    if (!m_texts->encrypted())
        return;
    std::unique_ptr<FieldCipher> cipher = encryptionkeys::cipherFor(encryptionkeys::load(*m_db), passphrase);
    if (m_texts->unlocked()) // already unlocked: the passphrase was checked, nothing else to do
        return;
    m_texts->setCipher(std::move(cipher));
    try {
        m_searchIndex->attach();
    } catch (...) {
        m_texts->setCipher(nullptr);
        try {
            m_searchIndex->detach();
        } catch (const StoreError &) {
            // Nothing else to undo: the index lives in memory only.
        }
        throw;
    }
}

void SqliteStore::lock()
{
    if (!m_texts->encrypted())
        return;
    m_searchIndex->detach();
    m_texts->setCipher(nullptr); // sodium_free wipes the key
}
void SqliteStore::enableEncryption(const std::string &passphrase)
{
    m_db->refuseIfDamaged();
    if (m_texts->encrypted())
        throw StoreError(Kind::Other, "the data is already encrypted");
    if (passphrase.empty())
        throw StoreError(Kind::InvalidData, "an empty passphrase");
    const std::lock_guard upkeep(datafolder::upkeepMutex());
    // Plain like the data it copies; removed below once the encrypted backup exists.
    backupNow(u"before_encryption"_s);

    std::unique_ptr<SecretKey> dataKey = SecretKey::random();
    const KeyEnvelope envelope = KeyEnvelope::wrap(*dataKey, passphrase, keyStrength());
    auto cipher = std::make_unique<FieldCipher>(std::move(dataKey));
    m_db->execDirect(u"PRAGMA secure_delete = ON"_s, "set secure delete");
    m_db->write([&] {
        encryptionkeys::store(*m_db, envelope);
        m_texts->rewriteAll(nullptr, cipher.get());
        // The update triggers left delete markers (with the words) in the index; drop it all.
        m_db->execDirect(u"INSERT INTO journal_fts (journal_fts) VALUES ('delete-all')"_s, "empty the search index");
    });
    m_texts->setEncrypted(true);
    m_texts->setCipher(std::move(cipher));
    m_db->clearStatements();

    // From here the data is encrypted; what follows wipes old plain copies.
    // A failure is reported after the store is in its new state (Unlocked).
    std::optional<StoreError> failure;
    try {
        m_db->compact();
    } catch (const StoreError &error) {
        failure = error;
    }
    try {
        const QString encryptedBackup = backupNow(u"encrypted"_s);
        // Only once an encrypted backup exists: the user is never left without one.
        const QDir backups(backupDir());
        const QStringList all = backups.entryList(QDir::Files | QDir::Hidden | QDir::System);
        for (const QString &name : all) {
            const QString path = backups.filePath(name);
            if (QFileInfo(path).absoluteFilePath() != QFileInfo(encryptedBackup).absoluteFilePath())
                QFile::remove(path);
        }
        privatefiles::syncDir(backupDir());
    } catch (const StoreError &error) {
        if (!failure)
            failure = error;
    }
    m_searchIndex->attach();
    if (failure)
        throw *failure;
}

void SqliteStore::disableEncryption(const std::string &passphrase)
{
    m_db->refuseIfDamaged();
    if (!m_texts->encrypted())
        return;
    std::unique_ptr<FieldCipher> cipher = encryptionkeys::cipherFor(encryptionkeys::load(*m_db), passphrase);
    const std::lock_guard upkeep(datafolder::upkeepMutex());
    backupNow(u"before_decryption"_s);
    m_searchIndex->detach();
    try {
        m_db->write([&] {
            m_texts->rewriteAll(cipher.get(), nullptr);
            m_db->execDirect(u"DELETE FROM encryption"_s, "remove the wrapped key");
            m_db->execDirect(u"INSERT INTO journal_fts (journal_fts) VALUES ('rebuild')"_s, "rebuild the search index");
        });
    } catch (...) {
        if (m_texts->unlocked())
            m_searchIndex->attach();
        throw;
    }
    m_texts->setEncrypted(false);
    m_texts->setCipher(nullptr);
    m_db->compact();
}

void SqliteStore::changePassphrase(const std::string &oldPassphrase, const std::string &newPassphrase)
{
    m_db->refuseIfDamaged();
    if (!m_texts->encrypted())
        throw StoreError(Kind::Other, "the data is not encrypted");
    if (newPassphrase.empty())
        throw StoreError(Kind::InvalidData, "an empty passphrase");
    const std::optional<KeyEnvelope> envelope = encryptionkeys::load(*m_db);
    if (!envelope)
        throw StoreError(Kind::Other, "the data is not encrypted");
    const std::unique_ptr<SecretKey> dataKey = envelope->unwrap(oldPassphrase);
    if (!dataKey)
        throw StoreError(Kind::WrongPassphrase, "the old passphrase does not open the data key");
    const KeyEnvelope rewrapped = KeyEnvelope::wrap(*dataKey, newPassphrase, keyStrength());
    m_db->write([&] { encryptionkeys::store(*m_db, rewrapped); });
}

} // namespace holdfast::storage
