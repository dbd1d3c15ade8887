// Date-time edits read and written through the injected clock: a pinned
// clock's zone wins over this computer's, and the system clock agrees with
// Qt's local time.

#include "headless/SystemClock.h"
#include "model/FixedClock.h"
#include "ui/DateConversion.h"

#include <QDateTime>
#include <QTimeZone>

#include <gtest/gtest.h>

using namespace holdfast;

namespace {

// 25 November 2026, 08:00 UTC, somewhere this computer is unlikely to be.
FixedClock clockIn(std::int32_t offsetMinutes, const char *zone)
{
    return FixedClock(Moment::fromUtc(LocalDate{2026, 11, 25}.dayNumber() * kMsPerDay + 8 * kMsPerHour, offsetMinutes, zone));
}

} // namespace

TEST(DateConversionTest, AnEditShowsTheWallClockWhereThePinnedClockIs)
{
    const FixedClock clock = clockIn(345, "Asia/Kathmandu");
    EXPECT_EQ(ui::toWallClock(clock.now().utcMs, clock), QDateTime(QDate(2026, 11, 25), QTime(13, 45)));
}

TEST(DateConversionTest, AnEditsReadingIsTheMomentWhereThePinnedClockIs)
{
    const FixedClock clock = clockIn(-300, "America/New_York");
    const QDateTime reading(QDate(2026, 11, 2), QTime(23, 40));
    const Moment moment = ui::fromWallClock(reading, clock);
    EXPECT_EQ(moment.utcMs, QDateTime(QDate(2026, 11, 3), QTime(4, 40), QTimeZone::utc()).toMSecsSinceEpoch());
    EXPECT_EQ(moment.offsetMinutes, -300);
    EXPECT_EQ(moment.zone, "America/New_York");
    EXPECT_EQ(moment.localDate, (LocalDate{2026, 11, 2}));
    EXPECT_EQ(ui::toWallClock(moment.utcMs, clock), reading);
}

TEST(DateConversionTest, TheSystemClockReadsAsThisComputersLocalTime)
{
    const ui::SystemClock clock;
    // One reading in winter and one in summer: the offset is the one in force then.
    for (const QDateTime &local : {QDateTime(QDate(2026, 1, 15), QTime(9, 30)), QDateTime(QDate(2026, 7, 15), QTime(21, 5))}) {
        const Moment moment = ui::fromWallClock(local, clock);
        EXPECT_EQ(moment, ui::SystemClock::fromDateTime(local));
        EXPECT_EQ(moment.utcMs, local.toMSecsSinceEpoch());
        EXPECT_EQ(clock.at(moment.utcMs), moment);
        EXPECT_EQ(ui::toWallClock(moment.utcMs, clock), local);
    }
}
