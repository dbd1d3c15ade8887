#include "model/Milestones.h"
#include "model/Moment.h"

#include <gtest/gtest.h>

using namespace holdfast;

namespace {

constexpr std::int64_t days(double value)
{
    return std::int64_t(value * double(kMsPerDay));
}

} // namespace

TEST(Milestones, ReachedNextAndProgressAtTheBoundaries)
{
    struct Case
    {
        const char *name;
        std::int64_t elapsedMs;
        std::optional<int> reached;
        int next;
        double progress;
    };
    const Case cases[] = {
        {"nothing yet", 0, std::nullopt, 1, 0.0},
        {"clock behind the start", -days(0.5), std::nullopt, 1, 0.0},
        {"half a day", days(0.5), std::nullopt, 1, 0.5},
        {"a moment before one day", days(1) - 1, std::nullopt, 1, 1.0 - 1.0 / double(kMsPerDay)},
        {"exactly one day", days(1), 1, 3, 0.0},
        {"two days", days(2), 1, 3, 0.5},
        {"exactly a week", days(7), 7, 14, 0.0},
        {"ten and a half days", days(10.5), 7, 14, 0.5},
        {"day 364", days(364), 180, 365, 184.0 / 185.0},
        {"exactly a year", days(365), 365, 730, 0.0},
        {"a year and a half", days(547.5), 365, 730, 0.5},
        {"exactly two years", days(730), 730, 1095, 0.0},
        {"three years", days(1095), 1095, 1460, 0.0},
        {"ten years and half a day", days(3650.5), 3650, 4015, 0.5 / 365.0},
    };
    for (const auto &c : cases) {
        SCOPED_TRACE(c.name);
        EXPECT_EQ(Milestones::lastReached(c.elapsedMs), c.reached);
        EXPECT_EQ(Milestones::next(c.elapsedMs), c.next);
        EXPECT_NEAR(Milestones::progress(c.elapsedMs), c.progress, 1e-9);
        const MilestoneProgress at = Milestones::at(c.elapsedMs);
        EXPECT_EQ(at.reachedDays, c.reached);
        EXPECT_EQ(at.nextDays, c.next);
        EXPECT_NEAR(at.progress, c.progress, 1e-9);
    }
}

TEST(Milestones, FollowTheFirstYearThenEveryYear)
{
    const std::vector<int> expected{1, 3, 7, 14, 21, 30, 45, 60, 90, 180, 365, 730, 1095, 1460};
    std::vector<int> walked;
    std::int64_t elapsed = 0;
    for (std::size_t i = 0; i < expected.size(); ++i) {
        const int next = Milestones::next(elapsed);
        walked.push_back(next);
        elapsed = next * kMsPerDay;
        EXPECT_EQ(Milestones::lastReached(elapsed), next);
    }
    EXPECT_EQ(walked, expected);
}

TEST(Milestones, NewlyReachedOnlyWhenAMilestoneIsCrossed)
{
    struct Case
    {
        const char *name;
        std::int64_t before;
        std::int64_t after;
        std::optional<int> celebrated;
    };
    const Case cases[] = {
        {"still the first day", 0, days(1) - 1, std::nullopt},
        {"the first day completes", days(1) - 1, days(1), 1},
        {"from the start to one day", 0, days(1), 1},
        {"between milestones", days(1), days(2.9), std::nullopt},
        {"same value again", days(3), days(3), std::nullopt},
        {"app closed for a week: the highest", days(2), days(10), 7},
        {"a year", days(364.9), days(365), 365},
        {"two years", days(729), days(730), 730},
        {"after two years, nothing until three", days(730), days(1094), std::nullopt},
        {"clock moved back", days(8), days(6), std::nullopt},
        {"clock moved back behind the start", days(0.5), -days(1), std::nullopt},
    };
    for (const auto &c : cases) {
        SCOPED_TRACE(c.name);
        EXPECT_EQ(Milestones::newlyReached(c.before, c.after), c.celebrated);
    }
}
