#include "model/MorningReminder.h"

#include <gtest/gtest.h>

using namespace holdfast;

namespace {

Moment at(int hour, int minute, LocalDate date = {2026, 11, 25})
{
    // Berlin in winter: UTC+1.
    const std::int64_t local = date.dayNumber() * kMsPerDay + hour * kMsPerHour + minute * kMsPerMinute;
    return Moment::fromUtc(local - kMsPerHour, 60, "Europe/Berlin");
}

} // namespace

TEST(MorningReminder, IsDueOnceADayFromTheChosenTime)
{
    const int eight = 8 * 60;
    EXPECT_FALSE(MorningReminder::isDue(at(7, 59), eight, false, std::nullopt));
    EXPECT_TRUE(MorningReminder::isDue(at(8, 0), eight, false, std::nullopt));
    EXPECT_TRUE(MorningReminder::isDue(at(21, 30), eight, false, LocalDate{2026, 11, 24}));
    // Already reminded today.
    EXPECT_FALSE(MorningReminder::isDue(at(9, 0), eight, false, LocalDate{2026, 11, 25}));
    // The next morning it is due again.
    EXPECT_TRUE(MorningReminder::isDue(at(8, 5, {2026, 11, 26}), eight, false, LocalDate{2026, 11, 25}));
}

TEST(MorningReminder, StaysQuietWhenCheckedInOrSwitchedOff)
{
    EXPECT_FALSE(MorningReminder::isDue(at(9, 0), 8 * 60, true, std::nullopt));
    EXPECT_FALSE(MorningReminder::isDue(at(9, 0), -1, false, std::nullopt));
}
