// The clock's default readings of another instant and of a wall-clock time:
// a clock without zone rules (FixedClock) keeps the offset and zone in force now.

#include "model/FixedClock.h"

#include <gtest/gtest.h>

using namespace holdfast;

namespace {

// Wednesday 25 November 2026, 13:45 in Kathmandu (UTC+05:45).
Moment kathmanduAfternoon()
{
    return Moment::fromUtc(LocalDate{2026, 11, 25}.dayNumber() * kMsPerDay + 8 * kMsPerHour, 345, "Asia/Kathmandu");
}

} // namespace

TEST(ClockTest, AnotherInstantIsReadWithTheOffsetAndZoneInForceNow)
{
    const FixedClock clock(kathmanduAfternoon());
    // 20:00 UTC is already the next day in Kathmandu.
    const std::int64_t utcMs = LocalDate{2026, 11, 20}.dayNumber() * kMsPerDay + 20 * kMsPerHour;
    const Moment moment = clock.at(utcMs);
    EXPECT_EQ(moment.utcMs, utcMs);
    EXPECT_EQ(moment.offsetMinutes, 345);
    EXPECT_EQ(moment.zone, "Asia/Kathmandu");
    EXPECT_EQ(moment.localDate, (LocalDate{2026, 11, 21}));
    EXPECT_EQ(moment.localMinuteOfDay(), 1 * 60 + 45);
}

TEST(ClockTest, AWallClockReadingIsTheMomentItStandsForWhereTheClockIs)
{
    const FixedClock clock(kathmanduAfternoon());
    // Midnight starting 2 November, Kathmandu time: 18:15 UTC the day before.
    const std::int64_t localMs = LocalDate{2026, 11, 2}.dayNumber() * kMsPerDay;
    const Moment moment = clock.atLocal(localMs);
    EXPECT_EQ(moment.utcMs, localMs - 345 * kMsPerMinute);
    EXPECT_EQ(moment.offsetMinutes, 345);
    EXPECT_EQ(moment.zone, "Asia/Kathmandu");
    EXPECT_EQ(moment.localDate, (LocalDate{2026, 11, 2}));
    EXPECT_EQ(moment.localMinuteOfDay(), 0);
    // And back: the instant read where the clock is gives the same reading.
    EXPECT_EQ(clock.at(moment.utcMs), moment);
}

TEST(ClockTest, WestOfGreenwichTheReadingIsLaterInUtc)
{
    const FixedClock clock(Moment::fromUtc(kathmanduAfternoon().utcMs, -300, "America/New_York"));
    const std::int64_t localMs = LocalDate{2026, 11, 2}.dayNumber() * kMsPerDay + 23 * kMsPerHour + 40 * kMsPerMinute;
    const Moment moment = clock.atLocal(localMs);
    EXPECT_EQ(moment.utcMs, localMs + 300 * kMsPerMinute);
    EXPECT_EQ(moment.localDate, (LocalDate{2026, 11, 2}));
}
