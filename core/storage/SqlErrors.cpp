#include "storage/SqlErrors.h"

namespace holdfast::storage {

namespace {

// SQLite primary result codes (sqlite3.h); the driver reports them as text.
constexpr int kSqliteBusy = 5;
constexpr int kSqliteLocked = 6;
constexpr int kSqliteReadOnly = 8;
constexpr int kSqliteIoErr = 10;
constexpr int kSqliteCorrupt = 11;
constexpr int kSqliteFull = 13;
constexpr int kSqliteCantOpen = 14;
constexpr int kSqliteConstraint = 19;
constexpr int kSqliteMismatch = 20;
constexpr int kSqliteNotADb = 26;

} // namespace

int sqliteResultCode(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    // Extended codes carry the primary code in the low byte.
    return ok ? (code & 0xff) : 0;
}

StoreError::Kind storeErrorKind(const QSqlError &error)
{
    switch (sqliteResultCode(error)) {
    case kSqliteFull:
        return StoreError::Kind::DiskFull;
    case kSqliteReadOnly:
        return StoreError::Kind::ReadOnly;
    case kSqliteCorrupt:
    case kSqliteNotADb:
        return StoreError::Kind::Corrupt;
    case kSqliteCantOpen:
        return StoreError::Kind::CannotOpen;
    case kSqliteConstraint:
    case kSqliteMismatch:
        return StoreError::Kind::InvalidData;
    case kSqliteBusy:
    case kSqliteLocked:
    case kSqliteIoErr:
    default:
        return StoreError::Kind::Other;
    }
}

StoreError storeError(const QSqlError &error, std::string_view context)
{
    std::string detail(context);
    detail += ": ";
    detail += error.text().toStdString();
    if (!error.nativeErrorCode().isEmpty()) {
        detail += " (SQLite ";
        detail += error.nativeErrorCode().toStdString();
        detail += ')';
    }
    return StoreError(storeErrorKind(error), detail);
}

} // namespace holdfast::storage
