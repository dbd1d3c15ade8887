#include "storage/EncryptionKeys.h"

#include "storage/Connection.h"
#include "storage/FinishOnExit.h"
#include "storage/SqlValues.h"
#include "model/StoreError.h"

using namespace Qt::StringLiterals;

namespace holdfast::storage {

namespace encryptionkeys {

using Kind = StoreError::Kind;

std::optional<KeyEnvelope> load(Connection &connection)
{
    QSqlQuery &query =
        connection.prepared(u"SELECT algorithm, salt, opslimit, memlimit, nonce, wrapped_key FROM encryption WHERE id = 1"_s);
    const FinishOnExit finish(query);
    connection.exec(query, "read the wrapped key");
    if (!query.next())
        return std::nullopt;
    KeyEnvelope envelope;
    envelope.algorithm = query.value(0).toString();
    envelope.salt = query.value(1).toByteArray();
    envelope.opsLimit = int64At(query, 2);
    envelope.memLimit = int64At(query, 3);
    envelope.nonce = query.value(4).toByteArray();
    envelope.wrappedKey = query.value(5).toByteArray();
    return envelope;
}

void store(Connection &connection, const KeyEnvelope &envelope)
{
    QSqlQuery &upsert = connection.prepared(
        u"INSERT INTO encryption (id, algorithm, salt, opslimit, memlimit, nonce, wrapped_key) "
        "VALUES (1, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET algorithm = excluded.algorithm, "
        "salt = excluded.salt, opslimit = excluded.opslimit, memlimit = excluded.memlimit, "
        "nonce = excluded.nonce, wrapped_key = excluded.wrapped_key"_s);
    bindAll(upsert, {envelope.algorithm, envelope.salt, i64(envelope.opsLimit), i64(envelope.memLimit),
                     envelope.nonce, envelope.wrappedKey});
    connection.exec(upsert, "store the wrapped key");
    upsert.finish();
}

// The data key for `passphrase`, or WrongPassphrase. Reads nothing but `envelope`.
std::unique_ptr<FieldCipher> cipherFor(const std::optional<KeyEnvelope> &envelope, const std::string &passphrase)
{
    if (!envelope)
        throw StoreError(Kind::Other, "the data is not encrypted");
    std::unique_ptr<SecretKey> key = envelope->unwrap(passphrase);
    if (!key)
        throw StoreError(Kind::WrongPassphrase, "the passphrase does not open the data key");
    return std::make_unique<FieldCipher>(std::move(key));
}

} // namespace encryptionkeys

} // namespace holdfast::storage
