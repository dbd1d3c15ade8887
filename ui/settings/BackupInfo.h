#pragma once

// One backup as the Backups panel lists it: when it was taken (the user's
// wall-clock time then), why, and how big it is. The id is the app's handle.

#include <QDateTime>
#include <QString>

namespace holdfast::ui {

enum class BackupReason {
    Daily,          // the automatic copy at the first start of a day
    Manual,         // "Back up now"
    BeforeUpdate,   // before a new version changed the file's layout
    BeforeRestore,  // the state just before a restore replaced it
    BeforeEncryption, // before encryption was turned on or off
    Other,
};

struct BackupInfo
{
    QString id;         // opaque to the UI; passed back to BackupCatalog::restore
    QDateTime takenAt;  // local wall-clock time when it was taken
    BackupReason reason = BackupReason::Other;
    qint64 sizeBytes = 0;
};

} // namespace holdfast::ui
