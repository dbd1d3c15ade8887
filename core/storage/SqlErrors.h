#pragma once

// Maps SQLite failures reported through QtSql to the core's StoreError kinds,
// so the UI can say "the disk is full" instead of a driver message.

#include "model/StoreError.h"

#include <QSqlError>

#include <string_view>

namespace holdfast::storage {

// SQLite's primary result code from a QSqlError (0 when there is none).
int sqliteResultCode(const QSqlError &error);
StoreError::Kind storeErrorKind(const QSqlError &error);
// A StoreError of the matching kind whose detail names what we were doing.
StoreError storeError(const QSqlError &error, std::string_view context);

} // namespace holdfast::storage
