#pragma once

// The wrapped data key in the `encryption` table, and turning a passphrase into the data key.

#include "storage/FieldCipher.h"
#include "storage/KeyEnvelope.h"

#include <memory>
#include <optional>
#include <string>

namespace holdfast::storage {

class Connection;

namespace encryptionkeys {

std::optional<KeyEnvelope> load(Connection &connection);
void store(Connection &connection, const KeyEnvelope &envelope);
// The data key for `passphrase`, or WrongPassphrase (Other when not encrypted).
std::unique_ptr<FieldCipher> cipherFor(const std::optional<KeyEnvelope> &envelope, const std::string &passphrase);

} // namespace encryptionkeys
} // namespace holdfast::storage
