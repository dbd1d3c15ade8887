#include "storage/KeyEnvelope.h"

#include "model/StoreError.h"

#include <sodium.h>

#include <string_view>

namespace holdfast::storage {

namespace {

// Binds the wrapped key to this scheme: a value moved from elsewhere fails.
constexpr std::string_view kAssociatedData = "holdfast data key v1";

// Refuse absurd parameters a tampered file could carry (e.g. 1 TiB of memory).
constexpr std::int64_t kMaxMemLimit = std::int64_t(1) << 30;
constexpr std::int64_t kMaxOpsLimit = 64;

const unsigned char *bytes(const QByteArray &array)
{
    return reinterpret_cast<const unsigned char *>(array.constData());
}

const unsigned char *associatedData()
{
    return reinterpret_cast<const unsigned char *>(kAssociatedData.data());
}

std::unique_ptr<SecretKey> deriveKey(const std::string &passphrase, const QByteArray &salt, std::int64_t opsLimit,
                                     std::int64_t memLimit)
{
    std::unique_ptr<SecretKey> key = SecretKey::blank();
    if (crypto_pwhash(key->data(), SecretKey::kSize, passphrase.data(), passphrase.size(), bytes(salt),
                      static_cast<unsigned long long>(opsLimit), static_cast<std::size_t>(memLimit),
                      crypto_pwhash_ALG_ARGON2ID13)
        != 0)
        throw StoreError(StoreError::Kind::Other, "not enough memory to derive the key from the passphrase");
    return key;
}

} // namespace

KeyEnvelope KeyEnvelope::wrap(const SecretKey &dataKey, const std::string &passphrase, Strength strength)
{
    SecretKey::initLibrary();
    KeyEnvelope envelope;
    envelope.algorithm = QString::fromLatin1(kAlgorithm);
    const bool moderate = strength == Strength::Moderate;
    envelope.opsLimit = std::int64_t(moderate ? crypto_pwhash_OPSLIMIT_MODERATE : crypto_pwhash_OPSLIMIT_INTERACTIVE);
    envelope.memLimit = std::int64_t(moderate ? crypto_pwhash_MEMLIMIT_MODERATE : crypto_pwhash_MEMLIMIT_INTERACTIVE);
    envelope.salt = QByteArray(qsizetype(crypto_pwhash_SALTBYTES), Qt::Uninitialized);
    randombytes_buf(envelope.salt.data(), std::size_t(envelope.salt.size()));
    envelope.nonce = QByteArray(qsizetype(crypto_aead_xchacha20poly1305_ietf_NPUBBYTES), Qt::Uninitialized);
    randombytes_buf(envelope.nonce.data(), std::size_t(envelope.nonce.size()));

    const std::unique_ptr<SecretKey> wrappingKey =
        deriveKey(passphrase, envelope.salt, envelope.opsLimit, envelope.memLimit);
    envelope.wrappedKey =
        QByteArray(qsizetype(SecretKey::kSize + crypto_aead_xchacha20poly1305_ietf_ABYTES), Qt::Uninitialized);
    unsigned long long written = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(reinterpret_cast<unsigned char *>(envelope.wrappedKey.data()),
                                               &written, dataKey.data(), SecretKey::kSize, associatedData(),
                                               kAssociatedData.size(), nullptr, bytes(envelope.nonce),
                                               wrappingKey->data());
    return envelope;
}

std::unique_ptr<SecretKey> KeyEnvelope::unwrap(const std::string &passphrase) const
{
    SecretKey::initLibrary();
    if (algorithm != QLatin1String(kAlgorithm))
        throw StoreError(StoreError::Kind::Tampered, "unknown key algorithm " + algorithm.toStdString());
    if (salt.size() != qsizetype(crypto_pwhash_SALTBYTES)
        || nonce.size() != qsizetype(crypto_aead_xchacha20poly1305_ietf_NPUBBYTES)
        || wrappedKey.size() != qsizetype(SecretKey::kSize + crypto_aead_xchacha20poly1305_ietf_ABYTES))
        throw StoreError(StoreError::Kind::Tampered, "the stored key has the wrong size");
    if (opsLimit < std::int64_t(crypto_pwhash_OPSLIMIT_MIN) || opsLimit > kMaxOpsLimit
        || memLimit < std::int64_t(crypto_pwhash_MEMLIMIT_MIN) || memLimit > kMaxMemLimit)
        throw StoreError(StoreError::Kind::Tampered, "the stored key parameters are out of range");

    const std::unique_ptr<SecretKey> wrappingKey = deriveKey(passphrase, salt, opsLimit, memLimit);
    std::unique_ptr<SecretKey> dataKey = SecretKey::blank();
    unsigned long long length = 0;
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(dataKey->data(), &length, nullptr, bytes(wrappedKey),
                                                   std::size_t(wrappedKey.size()), associatedData(),
                                                   kAssociatedData.size(), bytes(nonce), wrappingKey->data())
            != 0
        || length != SecretKey::kSize)
        return nullptr;
    return dataKey;
}

} // namespace holdfast::storage
