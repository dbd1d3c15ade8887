#include "ImportPlan.h"

#include <utility>

namespace holdfast::exchange {

ImportPlan ImportPlan::make(DataSet incoming, ImportMode mode, Store &store)
{
    return make(std::move(incoming), mode, store.everything());
}

ImportPlan ImportPlan::make(DataSet incoming, ImportMode mode, const DataSet &existing)
{
    ImportPlan plan;
    plan.mode = mode;
    if (mode == ImportMode::Replace) {
        plan.adding = DataMerge::count(incoming);
        plan.removing = DataMerge::count(existing);
    } else {
        const MergeResult merged = DataMerge::withoutDuplicates(incoming, existing);
        plan.adding = DataMerge::count(merged.toAdd);
        plan.skipped = merged.skipped;
    }
    plan.incoming = std::move(incoming);
    return plan;
}

} // namespace holdfast::exchange
