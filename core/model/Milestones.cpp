#include "Milestones.h"

#include "Moment.h"

#include <algorithm>

namespace holdfast {

namespace {

std::int64_t wholeDays(std::int64_t elapsedMs)
{
    return std::max<std::int64_t>(0, elapsedMs) / kMsPerDay;
}

// The highest milestone at or below `days`.
std::optional<int> milestoneAtOrBelow(std::int64_t days)
{
    if (days >= Milestones::kDaysPerYear)
        return int(days / Milestones::kDaysPerYear * Milestones::kDaysPerYear);
    std::optional<int> reached;
    for (const int milestone : Milestones::kFirstYearDays) {
        if (milestone <= days)
            reached = milestone;
    }
    return reached;
}

// The lowest milestone strictly above `days`.
int milestoneAbove(std::int64_t days)
{
    if (days >= Milestones::kDaysPerYear)
        return int((days / Milestones::kDaysPerYear + 1) * Milestones::kDaysPerYear);
    for (const int milestone : Milestones::kFirstYearDays) {
        if (milestone > days)
            return milestone;
    }
    return Milestones::kDaysPerYear;
}

} // namespace

std::optional<int> Milestones::lastReached(std::int64_t elapsedMs)
{
    return milestoneAtOrBelow(wholeDays(elapsedMs));
}

int Milestones::next(std::int64_t elapsedMs)
{
    return milestoneAbove(wholeDays(elapsedMs));
}

double Milestones::progress(std::int64_t elapsedMs)
{
    const std::int64_t elapsed = std::max<std::int64_t>(0, elapsedMs);
    const std::int64_t fromMs = std::int64_t(lastReached(elapsed).value_or(0)) * kMsPerDay;
    const std::int64_t toMs = std::int64_t(next(elapsed)) * kMsPerDay;
    return std::clamp(double(elapsed - fromMs) / double(toMs - fromMs), 0.0, 1.0);
}

MilestoneProgress Milestones::at(std::int64_t elapsedMs)
{
    return {lastReached(elapsedMs), next(elapsedMs), progress(elapsedMs)};
}

std::optional<int> Milestones::newlyReached(std::int64_t beforeMs, std::int64_t afterMs)
{
    const auto before = lastReached(beforeMs);
    const auto after = lastReached(afterMs);
    if (!after || (before && *before >= *after))
        return std::nullopt;
    return after;
}

} // namespace holdfast
