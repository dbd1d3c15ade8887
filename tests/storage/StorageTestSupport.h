#pragma once

// Shared helpers for the storage tests: moments on a given wall clock, raw
// file access and small SQLite files made without the store.

#include "model/Moment.h"
#include "model/StoreError.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <functional>
#include <ostream>
#include <optional>
#include <string>

namespace holdfast::storage::test {

// The moment at local date `date`, hh:mm, at `offsetMinutes` from UTC.
Moment localMoment(LocalDate date, int hour, int minute, int offsetMinutes = 60, std::string zone = "Europe/Berlin");

QByteArray readBytes(const QString &path);
void writeBytes(const QString &path, const QByteArray &bytes);
// The permission bits (07777) of `path`, following links, or -1 when it does
// not exist; through std::filesystem, so no POSIX call is needed.
int fileMode(const QString &path);
// Sets the permission bits of `path` to `mode` (as chmod would); false on failure.
bool setFileMode(const QString &path, int mode);
QString modeText(int mode); // "0600" for messages
// False when a folder made read-only (0500) still lets us create a file in it:
// root (or an administrator), or a system without POSIX permission bits. Tests
// of read-only folders are skipped then, as they could not fail.
bool permissionBitsAreEnforced();

// Runs statements on a plain SQLite connection of its own (not the store).
void runSql(const QString &path, const QStringList &statements);
// PRAGMA user_version read from the file header (big-endian int at 60).
int headerUserVersion(const QString &path);

// The kind thrown by `action`, or nothing when it did not throw a StoreError.
std::optional<StoreError::Kind> errorKindOf(const std::function<void()> &action);
const char *kindName(StoreError::Kind kind);

} // namespace holdfast::storage::test

namespace holdfast {
// Lets GoogleTest print kinds by name in failure messages.
void PrintTo(StoreError::Kind kind, std::ostream *out);
} // namespace holdfast
