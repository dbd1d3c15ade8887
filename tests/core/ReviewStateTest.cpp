#include "model/ReviewState.h"
#include "model/WeeklyReport.h"

#include <gtest/gtest.h>

using namespace holdfast;

namespace {

constexpr LocalDate kToday{2026, 11, 25};

DaySummary urgeDay(LocalDate date, int urges)
{
    DaySummary day;
    day.date = date;
    day.urges = urges;
    day.resisted = urges;
    return day;
}

DaySummary checkInDay(LocalDate date)
{
    DaySummary day;
    day.date = date;
    day.mood = 3;
    day.sleep = 3;
    return day;
}

} // namespace

TEST(ReviewState, NothingRecordedYet)
{
    const WeeklyReport report({}, kToday);
    EXPECT_EQ(ReviewState::of(std::nullopt, kToday, report), ReviewState::Kind::NoData);
}

TEST(ReviewState, AWeekBeforeTheFirstEntry)
{
    const std::vector days{urgeDay({2026, 11, 10}, 2)};
    const WeeklyReport report(days, {2026, 11, 2});
    EXPECT_EQ(ReviewState::of(LocalDate{2026, 11, 10}, kToday, report), ReviewState::Kind::BeforeFirstData);
}

TEST(ReviewState, TheFirstDaysOfUse)
{
    const std::vector days{checkInDay({2026, 11, 23})};
    const WeeklyReport report(days, kToday);
    EXPECT_EQ(ReviewState::of(LocalDate{2026, 11, 23}, kToday, report), ReviewState::Kind::FirstDays);
    // A week later the same data makes an ordinary quiet week.
    const WeeklyReport later(days, {2026, 11, 30});
    EXPECT_EQ(ReviewState::of(LocalDate{2026, 11, 23}, {2026, 11, 30}, later), ReviewState::Kind::QuietWeek);
}

TEST(ReviewState, AWeekWithoutUrgesIsQuiet)
{
    const std::vector days{urgeDay({2026, 11, 3}, 4), checkInDay({2026, 11, 17})};
    const WeeklyReport report(days, {2026, 11, 17});
    EXPECT_EQ(ReviewState::of(LocalDate{2026, 11, 3}, kToday, report), ReviewState::Kind::QuietWeek);
}

TEST(ReviewState, AWeekWithUrgesIsNormal)
{
    const std::vector days{urgeDay({2026, 11, 3}, 4), urgeDay({2026, 11, 24}, 1)};
    const WeeklyReport report(days, kToday);
    EXPECT_EQ(ReviewState::of(LocalDate{2026, 11, 3}, kToday, report), ReviewState::Kind::Normal);
}
