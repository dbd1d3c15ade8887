#include "ImportPlan.h"

#include <utility>

namespace holdfast::exchange {

ImportPlan ImportPlan::make(DataSet incoming, ImportMode mode, ExchangeStore &store)
{
    return make(std::move(incoming), mode, store.everything());
}

ImportPlan ImportPlan::make(DataSet incoming, ImportMode mode, const DataSet &existing)
{
    const ImportReport preview = DataMerge::decide(incoming, mode, existing).report;
    ImportPlan plan;
    plan.mode = mode;
    plan.adding = preview.added;
    plan.skipped = preview.skipped;
    plan.removing = preview.removed;
    plan.incoming = std::move(incoming);
    return plan;
}

} // namespace holdfast::exchange
