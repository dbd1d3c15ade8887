#include "model/LocalDate.h"
#include "model/Moment.h"

#include <gtest/gtest.h>

using namespace holdfast;

TEST(LocalDate, ParsesAndFormatsIsoDates)
{
    const auto date = LocalDate::fromIso("2026-03-29");
    ASSERT_TRUE(date.has_value());
    EXPECT_EQ(date->toIso(), "2026-03-29");
    EXPECT_EQ(date->weekday(), Weekday::Sunday);
}

TEST(LocalDate, RejectsImpossibleDates)
{
    for (const char *text : {"2026-02-29", "2026-13-01", "2026-00-10", "26-01-01", "2026/01/01", "", "2026-01-1x"})
        EXPECT_FALSE(LocalDate::fromIso(text).has_value()) << text;
    EXPECT_TRUE(LocalDate::fromIso("2028-02-29").has_value());
}

TEST(LocalDate, WeekStartsOnTheChosenDay)
{
    const LocalDate wednesday{2026, 11, 25};
    EXPECT_EQ(wednesday.startOfWeek(Weekday::Monday), (LocalDate{2026, 11, 23}));
    EXPECT_EQ(wednesday.startOfWeek(Weekday::Sunday), (LocalDate{2026, 11, 22}));
    EXPECT_EQ(wednesday.startOfWeek(Weekday::Wednesday), wednesday);
    // Across a year boundary.
    EXPECT_EQ((LocalDate{2027, 1, 1}).startOfWeek(Weekday::Monday), (LocalDate{2026, 12, 28}));
}

TEST(Moment, LocalDateFollowsTheOffsetNotUtc)
{
    // 23:30 UTC on 28 March 2026 is already 29 March in Berlin (UTC+1).
    const std::int64_t utc = (LocalDate{2026, 3, 28}.dayNumber() * 24 + 23) * kMsPerHour + 30 * kMsPerMinute;
    EXPECT_EQ(Moment::fromUtc(utc, 60).localDate, (LocalDate{2026, 3, 29}));
    EXPECT_EQ(Moment::fromUtc(utc, 60).localHour(), 0);
    EXPECT_EQ(Moment::fromUtc(utc, -300).localDate, (LocalDate{2026, 3, 28}));
    EXPECT_EQ(Moment::fromUtc(utc, -300).localHour(), 18);
}
