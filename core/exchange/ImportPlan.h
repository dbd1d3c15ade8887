#pragma once

// What one import will write, decided before anything is written: for a merge
// the records not already stored (DataMerge) appended, for a replace the whole
// file. The UI previews it, then applies it with one Store::importData call.

#include "model/DataMerge.h"
#include "model/DataSet.h"
#include "model/Store.h"

namespace holdfast::exchange {

struct ImportPlan
{
    DataSet data;
    ImportMode mode = ImportMode::Append;
    MergeCounts adding;  // records the import writes
    MergeCounts skipped; // already there (merge only)

    // Reads what is stored (Store::everything) only for a merge. Throws StoreError.
    static ImportPlan make(const DataSet &incoming, ImportMode mode, Store &store);
    // Pure: `existing` is what the store holds.
    static ImportPlan make(const DataSet &incoming, ImportMode mode, const DataSet &existing);

    // One transaction: all or nothing. Throws StoreError.
    void apply(Store &store) const { store.importData(data, mode); }
};

} // namespace holdfast::exchange
