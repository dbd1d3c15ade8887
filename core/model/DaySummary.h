#pragma once

// Everything the weekly review needs about one local day, aggregated by the
// store (in SQL) so that reports never walk the raw history.

#include "LocalDate.h"
#include "Trigger.h"
#include "UrgeKind.h"

#include <array>
#include <map>
#include <optional>
#include <string>

namespace holdfast {

struct DaySummary
{
    LocalDate date;
    int urges = 0;
    int resisted = 0;
    int reachedOut = 0;
    int theyContacted = 0;
    int open = 0;                  // closed before deciding
    int intensitySum = 0;          // sum of starting intensities of urges that have one
    int intensityCount = 0;
    int peakIntensity = 0;         // highest sample of the day, 0 when none
    std::map<Trigger, int> triggers;
    std::map<std::string, int> customTriggers;
    std::array<int, 4> halt{};     // hungry, angry, lonely, tired
    std::array<int, 4> kinds{};    // urges by UrgeKind: message, look, go, other
    std::array<int, 24> hours{};   // urges by local starting hour
    std::optional<int> mood;       // from the day's check-in
    std::optional<int> sleep;

    friend bool operator==(const DaySummary &, const DaySummary &) = default;
};

// The two numbers of a day the dashboard shows: cheaper than a DaySummary,
// which also groups triggers, hours and check-ins.
struct DayUrgeCount
{
    LocalDate date;
    int urges = 0;
    int resisted = 0;

    friend bool operator==(const DayUrgeCount &, const DayUrgeCount &) = default;
};

} // namespace holdfast
