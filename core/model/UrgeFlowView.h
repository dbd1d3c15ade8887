#pragma once

// What the urge flow needs from its screen. The dialog implements it; tests
// record the calls. The timer is polled through UrgeFlow::remainingMs().

#include "StoreError.h"
#include "StrongUrgeNote.h"
#include "UrgeFlowMessage.h"
#include "UrgeFlowStored.h"
#include "UrgeStep.h"

#include <cstdint>
#include <optional>

namespace holdfast {

class UrgeFlowView
{
public:
    virtual ~UrgeFlowView() = default;

    // The flow moved to `step` (also called once by start() with NameIt).
    virtual void showStep(UrgeStep step) = 0;
    // `storeError` is set for SaveFailed and LoadFailed only.
    virtual void showMessage(UrgeFlowMessage message, std::optional<StoreError::Kind> storeError) = 0;
    // The timer started or was extended; until the next call the remaining
    // time only runs down, so polling remainingMs() is enough.
    virtual void timerChanged(std::int64_t remainingMs, std::int64_t totalMs) = 0;
    // What to show for a strong urge on the current step, or nothing (the
    // urge is below UrgeFlow::kStrongIntensity, or the step has no room for
    // it). Called when that changes: after a rating and on a change of step.
    virtual void showStrongUrgeNote(const std::optional<StrongUrgeNote> &note) = 0;
    // Records of this kind were written and everything entered is stored:
    // the screen tells the others. Once per change, never for a failed
    // write; also while the flow closes with its screen.
    virtual void announceStored(UrgeFlowStored stored) = 0;
};

} // namespace holdfast
