#pragma once

// Writes a HeavyHistory into a new data folder through SqliteStore, in one
// transaction per batch (Store::importData), so ten years take minutes.

#include "HeavyHistory.h"

#include <QString>

#include <functional>

namespace holdfast::datagen {

struct HeavyFolderReport
{
    HeavyTotals totals;
    double seconds = 0;    // generating and writing
    bool perRecord = false; // importData was not available; saved record by record
};

// Throws StoreError; refuses a folder that already holds a database.
HeavyFolderReport writeHeavyFolder(const QString &dataDir, const HeavyProfile &profile,
                                   const std::function<void(const QString &)> &progress = {});

} // namespace holdfast::datagen
