#pragma once

// One run of the urge-intervention flow: when it started and ended, how
// strong it felt over time, what set it off, what the user did, and how it
// ended. Closing the flow mid-way still leaves a record (outcome Open).

#include "Moment.h"
#include "Trigger.h"
#include "UrgeKind.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace holdfast {

struct IntensitySample
{
    std::int64_t utcMs = 0;
    int intensity = 0; // 0..10

    friend bool operator==(const IntensitySample &, const IntensitySample &) = default;
};

struct HaltFlags
{
    bool hungry = false;
    bool angry = false;
    bool lonely = false;
    bool tired = false;

    bool any() const { return hungry || angry || lonely || tired; }
    friend bool operator==(const HaltFlags &, const HaltFlags &) = default;
};

enum class UrgeOutcome {
    Open,            // still running, or closed before deciding
    Resisted,        // "I didn't reach out"
    ReachedOut,      // went past the urge: "I reached out" logs contact and restarts the counter;
                     // for a kind that is not contact ("I looked", "I went") nothing restarts
    TheyContactedMe, // they reached out; counts as contact only if the user replied
};

enum class ActionKind { None, SupportPerson, Activity };

struct UrgeRecord
{
    std::int64_t id = 0; // 0 until stored
    Moment start;
    std::optional<Moment> end;
    std::vector<IntensitySample> samples; // in time order; the first is the starting intensity
    std::vector<Trigger> triggers;
    std::vector<std::string> customTriggers;
    HaltFlags halt;
    ActionKind action = ActionKind::None;
    std::int64_t actionId = 0;     // id of the support person or activity
    std::string actionLabel;       // what was chosen, as the user saw it then
    std::optional<std::int64_t> unsentMessageId;
    UrgeOutcome outcome = UrgeOutcome::Open;
    std::string note;              // "what happened", after reaching out
    UrgeKind kind = UrgeKind::Message; // what the pull was

    std::optional<int> startIntensity() const;
    std::optional<int> peakIntensity() const;
    std::optional<int> finalIntensity() const;

    friend bool operator==(const UrgeRecord &, const UrgeRecord &) = default;
};

} // namespace holdfast
