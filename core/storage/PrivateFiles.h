#pragma once

// File-system steps that keep the user's data private and durable: owner-only
// modes regardless of the umask, fsync before rename, and a write probe that
// tells a read-only folder from a full disk. Qt calls wherever Qt has one, so
// Windows and macOS builds need no change (see PrivateFiles.cpp).

#include <QString>

namespace holdfast::storage::privatefiles {

enum class Probe { Writable, ReadOnly, DiskFull, Missing, Failed };

// Creates the folder (and parents) when missing and makes it owner-only (0700):
// group and other bits are removed, owner bits are left as they are.
// Returns false when it is missing and cannot be created or is not a folder.
bool ensurePrivateDir(const QString &path);
// Removes group and other bits from an existing file (0600 at most). False on failure.
bool restrictFile(const QString &path);
// Creates an empty file with mode 0600; fails (false) if it exists.
// On failure `failure` receives why: ReadOnly, DiskFull, Missing (no folder) or Failed.
bool createPrivateFile(const QString &path, Probe *failure = nullptr);
// Tries to create and remove a file in the folder.
Probe probeWritable(const QString &dir);
// Flushes a file's contents to the disk.
bool syncFile(const QString &path);
// Flushes a folder entry list (after a rename) to the disk.
bool syncDir(const QString &path);
// Copies bytes into a new 0600 file at `to` (which must not exist) and syncs it.
bool copyPrivate(const QString &from, const QString &to);
// Atomic replacement of `to` on the same file system (rename(2), MoveFileEx on Windows).
bool replaceFile(const QString &from, const QString &to);
// The permission bits (e.g. 0600), or -1 when the file does not exist.
int modeOf(const QString &path);

} // namespace holdfast::storage::privatefiles
