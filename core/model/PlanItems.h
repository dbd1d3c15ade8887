#pragma once

// The user's plan: their reasons, their people, what they can do instead,
// if-then plans per trigger and the dates they know will be hard. Each list
// is ordered by `position`, which the user can change.

#include "LocalDate.h"
#include "Trigger.h"

#include <cstdint>
#include <string>

namespace holdfast {

struct Reason
{
    std::int64_t id = 0;
    std::string text;
    int position = 0;

    friend bool operator==(const Reason &, const Reason &) = default;
};

struct SupportPerson
{
    std::int64_t id = 0;
    std::string name;
    std::string contact; // phone number or handle
    std::string note;
    int position = 0;

    friend bool operator==(const SupportPerson &, const SupportPerson &) = default;
};

struct Activity
{
    std::int64_t id = 0;
    std::string title;
    int position = 0;

    friend bool operator==(const Activity &, const Activity &) = default;
};

struct IfThenPlan
{
    std::int64_t id = 0;
    Trigger trigger = Trigger::Other;
    std::string customTrigger; // when the plan is for a trigger of the user's own
    std::string plan;          // "then I mute and call Sam"
    int position = 0;

    friend bool operator==(const IfThenPlan &, const IfThenPlan &) = default;
};

struct RiskDate
{
    std::int64_t id = 0;
    std::string title;  // "Their birthday"
    LocalDate date;
    bool yearly = true; // recurs on the same month and day
    std::string plan;
    int position = 0;

    // The next day on or after `from` when this date falls, if any.
    std::optional<LocalDate> nextOccurrence(LocalDate from) const;

    friend bool operator==(const RiskDate &, const RiskDate &) = default;
};

enum class PlanList { Reasons, SupportPeople, Activities, IfThenPlans, RiskDates };

} // namespace holdfast
