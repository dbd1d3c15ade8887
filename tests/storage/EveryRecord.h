#pragma once

// A store holding one or more records of every kind, with every text field
// filled and every link set (urge <-> unsent message, contact -> urge, an
// urge's action -> support person): what the encryption, canary, tampering
// and import tests write and compare.

#include "model/DataSet.h"
#include "model/Store.h"
#include "storage/OpenOptions.h"

#include <QString>
#include <QVariant>

#include <string>

namespace holdfast::storage::test {

// Fast key derivation (Argon2id INTERACTIVE) so the suite stays quick.
OpenOptions fastKeys();

// Ids of what fillEveryKind wrote.
struct EveryRecordIds
{
    std::int64_t urge = 0;
    std::int64_t plainUrge = 0; // a second urge, for "other records still readable"
    std::int64_t message = 0;
    std::int64_t contact = 0;
    std::int64_t journal = 0;
    std::int64_t plainJournal = 0;
    std::int64_t person = 0;
    std::int64_t activity = 0;
    LocalDate checkInDate;
};

// Writes records of every kind through the Store API; every text the user
// could write contains `mark` (so a canary test can look for it).
EveryRecordIds fillEveryKind(Store &store, const std::string &mark);

// The first column of every row `sql` returns, read on a connection of its own.
QVariantList rawColumn(const QString &databasePath, const QString &sql);

} // namespace holdfast::storage::test
