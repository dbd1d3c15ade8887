#pragma once

// Seals and opens the text of one stored field with the data key:
// XChaCha20-Poly1305 (libsodium), a fresh random nonce per write, the
// plaintext padded to a 64-byte block so lengths show only roughly, and the
// field's place ("journal_entries.text#42") as associated data, so a
// ciphertext copied to another row or column fails to open.
// Layout: format byte (1) | nonce (24) | ciphertext with tag.

#include "storage/SecretKey.h"

#include <QByteArray>

#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace holdfast::storage {

class FieldCipher
{
public:
    static constexpr std::size_t kPadBlock = 64;

    explicit FieldCipher(std::unique_ptr<SecretKey> key);

    QByteArray seal(std::string_view plaintext, std::string_view place) const;
    // The plaintext, or nothing when the bytes are not an authentic sealed
    // value for `place` (tampered, truncated, moved, or another key's).
    std::optional<std::string> open(const QByteArray &sealed, std::string_view place) const;

private:
    std::unique_ptr<SecretKey> m_key;
};

} // namespace holdfast::storage
