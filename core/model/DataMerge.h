#pragma once

// Merging an import into what is already stored without making duplicates:
// the records of `incoming` that the store already has are dropped, so the
// rest can be written with ImportMode::Append. A record is "already stored"
// when a stored record of its kind has the same content (everything but ids
// and links; a check-in or a look back by its date, as a day has one), matched one for one:
// two equal records in the file and one stored add one. So merging into an
// empty store writes every record, and merging a file twice adds nothing the
// second time (docs/DATA_FORMAT.md).

#include "DataSet.h"

#include <cstddef>
#include <optional>

namespace holdfast {

struct MergeCounts
{
    std::size_t urges = 0;
    std::size_t contacts = 0;
    std::size_t checkIns = 0;
    std::size_t lookBacks = 0;
    std::size_t journalEntries = 0;
    std::size_t unsentMessages = 0;
    std::size_t planItems = 0;

    std::size_t total() const { return urges + contacts + checkIns + lookBacks + journalEntries + unsentMessages + planItems; }
    friend bool operator==(const MergeCounts &, const MergeCounts &) = default;
};

// What one import wrote: records added, left out as already there (merge),
// and removed (replace).
struct ImportReport
{
    MergeCounts added;
    MergeCounts skipped;
    MergeCounts removed;
};

struct MergeResult
{
    DataSet toAdd;       // what is new, ready for importData(..., ImportMode::Append)
    MergeCounts skipped; // records left out because they are already there
};

// What one import writes, decided from what is stored: for Append only the
// new records, for Replace the whole file (over nothing), and what that adds,
// leaves out and removes.
struct ImportDecision
{
    std::optional<DataSet> newOnly; // Append: the records to write; Replace: none (write the whole file)
    ImportReport report;

    const DataSet &toWrite(const DataSet &incoming) const { return newOnly ? *newOnly : incoming; }
};

class DataMerge
{
public:
    // Pure: the same decision wherever the import is written (the store inside
    // its transaction, the import dialog's preview).
    static ImportDecision decide(const DataSet &incoming, ImportMode mode, const DataSet &existing);

    // Pure: reads both sets, changes neither. Plan items that are added get
    // positions after the existing ones, in their incoming order.
    static MergeResult withoutDuplicates(const DataSet &incoming, const DataSet &existing);

    // How many records (not settings) a set holds, per kind.
    static MergeCounts count(const DataSet &data);
};

} // namespace holdfast
