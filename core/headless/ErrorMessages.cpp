#include "headless/ErrorMessages.h"

#include <QCoreApplication>

namespace holdfast::ui {

QString describeStoreError(StoreError::Kind kind)
{
    switch (kind) {
    case StoreError::Kind::CannotOpen:
        return QCoreApplication::translate("ErrorMessages", "Holdfast could not open its data folder. Check that it exists and that you can open it.");
    case StoreError::Kind::ReadOnly:
        return QCoreApplication::translate("ErrorMessages", "The data folder is read-only, so nothing can be saved. Your data is unchanged.");
    case StoreError::Kind::DiskFull:
        return QCoreApplication::translate("ErrorMessages", "The disk is full, so this could not be saved. What you wrote is still here; free some space and try again.");
    case StoreError::Kind::Corrupt:
        return QCoreApplication::translate("ErrorMessages", "The data file is damaged or is not a Holdfast file. It has been left as it is.");
    case StoreError::Kind::TooNew:
        return QCoreApplication::translate("ErrorMessages", "This data was saved by a newer version of Holdfast. Please update Holdfast to open it; the file has been left as it is.");
    case StoreError::Kind::MigrationFailed:
        return QCoreApplication::translate("ErrorMessages", "Holdfast could not update the data file to this version. The file has been left as it was.");
    case StoreError::Kind::InvalidData:
        return QCoreApplication::translate("ErrorMessages", "Something in this entry could not be saved. Please check it and try again.");
    case StoreError::Kind::NotFound:
        return QCoreApplication::translate("ErrorMessages", "That item no longer exists.");
    case StoreError::Kind::Locked:
        return QCoreApplication::translate("ErrorMessages", "Your data is locked. Unlock Holdfast with your passphrase to see or save this; what you wrote is still here.");
    case StoreError::Kind::WrongPassphrase:
        return QCoreApplication::translate("ErrorMessages", "That passphrase did not open your data. Nothing was changed; please try again.");
    case StoreError::Kind::Tampered:
        return QCoreApplication::translate("ErrorMessages", "Part of your data could not be read back as it was written: it may have been damaged or changed outside Holdfast. The rest is unaffected.");
    case StoreError::Kind::Other:
        break;
    }
    return QCoreApplication::translate("ErrorMessages", "Something went wrong while saving. What you wrote is still here; please try again.");
}

QString describeStoreError(const StoreError &error)
{
    return describeStoreError(error.kind());
}

} // namespace holdfast::ui
