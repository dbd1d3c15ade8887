#pragma once

// What the urge flow would otherwise read from the store when a later step
// first needs it. A screen that already holds some of it passes it in, so
// the flow reads less; every field left empty is loaded lazily.
// (The `= {}` lets callers name only some fields: `preload({.settings = s})`.)

#include "PlanItems.h"
#include "Settings.h"

#include <optional>
#include <vector>

namespace holdfast {

struct UrgeFlowData
{
    std::optional<Settings> settings = {};
    std::optional<std::vector<SupportPerson>> supportPeople = {};
    std::optional<std::vector<Activity>> activities = {};
    std::optional<std::vector<IfThenPlan>> ifThenPlans = {};
    std::optional<std::vector<Reason>> reasons = {};
    // Urges already recorded on the day this one started; rotates the suggestions.
    std::optional<int> earlierUrgesToday = {};
};

} // namespace holdfast
