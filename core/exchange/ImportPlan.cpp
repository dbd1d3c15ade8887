#include "ImportPlan.h"

namespace holdfast::exchange {

ImportPlan ImportPlan::make(const DataSet &incoming, ImportMode mode, Store &store)
{
    if (mode == ImportMode::Replace)
        return make(incoming, mode, DataSet{});
    return make(incoming, mode, store.everything());
}

ImportPlan ImportPlan::make(const DataSet &incoming, ImportMode mode, const DataSet &existing)
{
    ImportPlan plan;
    plan.mode = mode;
    if (mode == ImportMode::Replace) {
        plan.data = incoming;
    } else {
        MergeResult merged = DataMerge::withoutDuplicates(incoming, existing);
        plan.data = std::move(merged.toAdd);
        plan.skipped = merged.skipped;
    }
    plan.adding = DataMerge::count(plan.data);
    return plan;
}

} // namespace holdfast::exchange
