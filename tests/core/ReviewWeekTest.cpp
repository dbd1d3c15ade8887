#include "model/ReviewWeek.h"

#include <gtest/gtest.h>

using namespace holdfast;

namespace {

constexpr LocalDate kWednesday{2026, 11, 25};

} // namespace

TEST(ReviewWeek, OpensOnTheWeekHoldingToday)
{
    const ReviewWeek week(kWednesday);
    EXPECT_EQ(week.start(), (LocalDate{2026, 11, 23}));
    EXPECT_EQ(week.end(), (LocalDate{2026, 11, 29}));
    EXPECT_TRUE(week.isCurrent());
    EXPECT_FALSE(week.canGoForward());
}

TEST(ReviewWeek, FollowsTheWeekStartSetting)
{
    const ReviewWeek sunday(kWednesday, Weekday::Sunday);
    EXPECT_EQ(sunday.start(), (LocalDate{2026, 11, 22}));
    EXPECT_EQ(sunday.end(), (LocalDate{2026, 11, 28}));
}

TEST(ReviewWeek, GoesBackFreelyButNeverPastTheCurrentWeek)
{
    ReviewWeek week(kWednesday);
    week.goForward();
    EXPECT_EQ(week.start(), (LocalDate{2026, 11, 23}));
    week.goBack();
    week.goBack();
    EXPECT_EQ(week.start(), (LocalDate{2026, 11, 9}));
    EXPECT_TRUE(week.canGoForward());
    week.goForward();
    EXPECT_EQ(week.start(), (LocalDate{2026, 11, 16}));
    week.goToToday();
    EXPECT_EQ(week.start(), (LocalDate{2026, 11, 23}));
}

TEST(ReviewWeek, WeeksAcrossTheDstChangeStaySevenLocalDays)
{
    ReviewWeek week(kWednesday);
    week.select({2026, 10, 25}); // clocks went back that Sunday
    EXPECT_EQ(week.start(), (LocalDate{2026, 10, 19}));
    EXPECT_EQ(week.end(), (LocalDate{2026, 10, 25}));
    week.goForward();
    EXPECT_EQ(week.start(), (LocalDate{2026, 10, 26}));
}

TEST(ReviewWeek, PickingAFutureDayShowsThisWeek)
{
    ReviewWeek week(kWednesday);
    week.select({2027, 1, 10});
    EXPECT_EQ(week.start(), (LocalDate{2026, 11, 23}));
}

TEST(ReviewWeek, ChangingTheWeekStartKeepsTheSameDaysInView)
{
    ReviewWeek week(kWednesday);
    week.select({2026, 11, 11});
    week.setWeekStart(Weekday::Sunday);
    EXPECT_EQ(week.start(), (LocalDate{2026, 11, 8}));
    EXPECT_TRUE(week.contains({2026, 11, 9}));
}

TEST(ReviewWeek, ANewDayMovesTheLimitForward)
{
    ReviewWeek week(kWednesday);
    week.setToday({2026, 11, 30});
    EXPECT_TRUE(week.canGoForward());
    week.goForward();
    EXPECT_EQ(week.start(), (LocalDate{2026, 11, 30}));
    EXPECT_TRUE(week.isCurrent());
}
