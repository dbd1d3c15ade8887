#pragma once

// The no-contact milestones (1, 3, 7, 14, 21, 30, 45, 60, 90, 180, 365 days,
// then every further year): the last one reached, the next one, the progress
// towards it, and which one was just reached for a quiet celebration.

#include <array>
#include <cstdint>
#include <optional>

namespace holdfast {

struct MilestoneProgress
{
    std::optional<int> reachedDays; // nothing before the first day
    int nextDays = 1;
    double progress = 0.0;          // 0..1 from the reached milestone (or zero) to the next

    friend bool operator==(const MilestoneProgress &, const MilestoneProgress &) = default;
};

class Milestones
{
public:
    static constexpr std::array kFirstYearDays{1, 3, 7, 14, 21, 30, 45, 60, 90, 180, 365};
    static constexpr int kDaysPerYear = 365;

    // Every argument is real elapsed time; negative counts as zero.
    static std::optional<int> lastReached(std::int64_t elapsedMs);
    static int next(std::int64_t elapsedMs);
    static double progress(std::int64_t elapsedMs);
    static MilestoneProgress at(std::int64_t elapsedMs);

    // The milestone passed when the elapsed time went from `beforeMs` to
    // `afterMs`, if any; when several were passed at once (the app was closed
    // for a while) the highest. Nothing when time went backwards.
    static std::optional<int> newlyReached(std::int64_t beforeMs, std::int64_t afterMs);
};

} // namespace holdfast
