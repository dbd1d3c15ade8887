#pragma once

// What one import will write, shown before anything is written: for a merge
// the records not already stored (DataMerge), for a replace the whole file.
// The UI previews it; apply() then writes it with one Store::importMerged
// call (ExchangeStore), which decides again inside its write transaction, so what lands is
// right even if the store changed after the preview.

#include "model/DataMerge.h"
#include "model/DataSet.h"
#include "model/Store.h"

namespace holdfast::exchange {

struct ImportPlan
{
    DataSet incoming;    // the file's records, as read
    ImportMode mode = ImportMode::Append;
    MergeCounts adding;  // records the import writes (as previewed)
    MergeCounts skipped; // already there (merge only)
    MergeCounts removing; // stored records a replace removes

    // Reads what is stored (Store::everything). Throws StoreError.
    static ImportPlan make(DataSet incoming, ImportMode mode, ExchangeStore &store);
    // Pure: `existing` is what the store holds.
    static ImportPlan make(DataSet incoming, ImportMode mode, const DataSet &existing);

    // A replace that leaves nothing: the file holds no records but the store does.
    bool removesEverything() const { return mode == ImportMode::Replace && adding.total() == 0 && removing.total() > 0; }

    // One transaction: all or nothing. Returns what was really written. Throws StoreError.
    ImportReport apply(ExchangeStore &store) const { return store.importMerged(incoming, mode); }
};

} // namespace holdfast::exchange
