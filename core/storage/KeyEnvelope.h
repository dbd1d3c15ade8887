#pragma once

// The data key wrapped under a passphrase, as stored in the `encryption`
// table: Argon2id (crypto_pwhash) turns the passphrase and a random salt into
// a key-encryption key, which seals the data key with XChaCha20-Poly1305.
// The passphrase is checked only by unwrapping: nothing else is stored.

#include "storage/SecretKey.h"

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <memory>
#include <string>

namespace holdfast::storage {

struct KeyEnvelope
{
    // What the app uses (MODERATE) and what tests may pick to stay fast.
    enum class Strength { Moderate, Interactive };

    static constexpr const char *kAlgorithm = "argon2id13+xchacha20poly1305-ietf";

    QString algorithm;
    QByteArray salt;
    std::int64_t opsLimit = 0;
    std::int64_t memLimit = 0;
    QByteArray nonce;
    QByteArray wrappedKey;

    // Wraps `dataKey` under `passphrase` with a fresh salt and nonce.
    static KeyEnvelope wrap(const SecretKey &dataKey, const std::string &passphrase, Strength strength);
    // The data key, or null for a wrong passphrase. Throws StoreError::Tampered
    // when the stored parameters are malformed or out of range.
    std::unique_ptr<SecretKey> unwrap(const std::string &passphrase) const;
};

} // namespace holdfast::storage
