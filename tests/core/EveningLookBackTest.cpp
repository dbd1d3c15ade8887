// The evening look back's rules: which day a look back is about (a day ends
// at 04:00 for this), when its reminder is due, when the dashboard offers it,
// and what is stored, including the nights when the clocks change.

#include "model/EveningLookBack.h"

#include <gtest/gtest.h>

using namespace holdfast;

namespace {

// Wall-clock time in Berlin with the offset in force then (60 in winter, 120 in summer).
Moment berlin(LocalDate date, int hour, int minute, int offsetMinutes = 60)
{
    const std::int64_t local = date.dayNumber() * kMsPerDay + hour * kMsPerHour + minute * kMsPerMinute;
    return Moment::fromUtc(local - offsetMinutes * kMsPerMinute, offsetMinutes, "Europe/Berlin");
}

constexpr LocalDate kDay{2026, 11, 25};

Settings lookingBack(int reminderMinute = 21 * 60)
{
    Settings settings;
    settings.lookBack = true;
    settings.lookBackReminderMinute = reminderMinute;
    return settings;
}

} // namespace

TEST(EveningLookBack, AfterMidnightTheLookBackIsStillAboutTheEveningBefore)
{
    EXPECT_EQ(EveningLookBack::dayOf(berlin(kDay, 21, 30)), kDay);
    EXPECT_EQ(EveningLookBack::dayOf(berlin(kDay, 23, 59)), kDay);
    EXPECT_EQ(EveningLookBack::dayOf(berlin(kDay.addDays(1), 0, 40)), kDay);
    EXPECT_EQ(EveningLookBack::dayOf(berlin(kDay.addDays(1), 3, 59)), kDay);
    EXPECT_EQ(EveningLookBack::dayOf(berlin(kDay.addDays(1), 4, 0)), kDay.addDays(1));
    // The morning after, the dashboard shows last night's.
    EXPECT_EQ(EveningLookBack::lastNight(berlin(kDay.addDays(1), 7, 30)), kDay);
}

TEST(EveningLookBack, OnTheNightsTheClocksChangeTheDayStillEndsAtFourOnTheWallClock)
{
    // 29 March 2026: 02:00 became 03:00. At 03:30 summer time it is still Saturday's evening.
    const LocalDate spring{2026, 3, 29};
    EXPECT_EQ(EveningLookBack::dayOf(berlin(spring, 1, 30, 60)), spring.addDays(-1));
    EXPECT_EQ(EveningLookBack::dayOf(berlin(spring, 3, 30, 120)), spring.addDays(-1));
    EXPECT_EQ(EveningLookBack::dayOf(berlin(spring, 4, 0, 120)), spring);
    // 25 October 2026: 03:00 became 02:00 again; both 02:30s belong to Saturday.
    const LocalDate autumn{2026, 10, 25};
    EXPECT_EQ(EveningLookBack::dayOf(berlin(autumn, 2, 30, 120)), autumn.addDays(-1));
    EXPECT_EQ(EveningLookBack::dayOf(berlin(autumn, 2, 30, 60)), autumn.addDays(-1));
    EXPECT_EQ(EveningLookBack::dayOf(berlin(autumn, 4, 0, 60)), autumn);
    // The reminder keeps its wall-clock time on both days.
    EXPECT_FALSE(EveningLookBack::isDue(berlin(spring, 20, 59, 120), lookingBack(), false, std::nullopt));
    EXPECT_TRUE(EveningLookBack::isDue(berlin(spring, 21, 0, 120), lookingBack(), false, std::nullopt));
    EXPECT_TRUE(EveningLookBack::isDue(berlin(autumn, 21, 0, 60), lookingBack(), false, std::nullopt));
}

TEST(EveningLookBack, TheReminderComesOnceAnEveningFromItsTimeUntilTheDayIsLookedBackOn)
{
    const Settings settings = lookingBack();
    EXPECT_FALSE(EveningLookBack::isDue(berlin(kDay, 20, 59), settings, false, std::nullopt));
    EXPECT_TRUE(EveningLookBack::isDue(berlin(kDay, 21, 0), settings, false, std::nullopt));
    EXPECT_TRUE(EveningLookBack::isDue(berlin(kDay.addDays(1), 1, 0), settings, false, std::nullopt))
        << "the app started after midnight: the evening is not over";
    EXPECT_FALSE(EveningLookBack::isDue(berlin(kDay, 22, 0), settings, true, std::nullopt)) << "already looked back";
    EXPECT_FALSE(EveningLookBack::isDue(berlin(kDay, 22, 0), settings, false, kDay)) << "reminded tonight";
    EXPECT_FALSE(EveningLookBack::isDue(berlin(kDay.addDays(1), 1, 0), settings, false, kDay));
    EXPECT_FALSE(EveningLookBack::isDue(berlin(kDay.addDays(1), 8, 0), settings, false, kDay)) << "not in the morning";
    EXPECT_TRUE(EveningLookBack::isDue(berlin(kDay.addDays(1), 21, 5), settings, false, kDay)) << "the next evening";
}

TEST(EveningLookBack, AReminderAfterMidnightBelongsToTheEveningBefore)
{
    const Settings halfPastTwelve = lookingBack(30);
    EXPECT_FALSE(EveningLookBack::isDue(berlin(kDay, 23, 0), halfPastTwelve, false, std::nullopt));
    EXPECT_TRUE(EveningLookBack::isDue(berlin(kDay.addDays(1), 0, 30), halfPastTwelve, false, std::nullopt));
    EXPECT_FALSE(EveningLookBack::isDue(berlin(kDay.addDays(1), 0, 45), halfPastTwelve, false, kDay));
    EXPECT_FALSE(EveningLookBack::isDue(berlin(kDay.addDays(1), 9, 0), halfPastTwelve, false, kDay));
}

TEST(EveningLookBack, OffOrWithoutAReminderNothingIsEverDue)
{
    Settings off = lookingBack();
    off.lookBack = false;
    EXPECT_FALSE(EveningLookBack::isDue(berlin(kDay, 22, 0), off, false, std::nullopt));
    EXPECT_FALSE(EveningLookBack::isOffered(berlin(kDay, 22, 0), off, false));
    EXPECT_FALSE(EveningLookBack::isDue(berlin(kDay, 22, 0), lookingBack(-1), false, std::nullopt));
    EXPECT_FALSE(Settings{}.lookBack) << "off by default";
}

TEST(EveningLookBack, TheDashboardOffersItInTheEveningUntilItIsDone)
{
    // From 18:00, or the reminder's time when that is earlier.
    EXPECT_FALSE(EveningLookBack::isOffered(berlin(kDay, 17, 59), lookingBack(), false));
    EXPECT_TRUE(EveningLookBack::isOffered(berlin(kDay, 18, 0), lookingBack(), false));
    EXPECT_TRUE(EveningLookBack::isOffered(berlin(kDay.addDays(1), 2, 0), lookingBack(), false));
    EXPECT_FALSE(EveningLookBack::isOffered(berlin(kDay.addDays(1), 4, 0), lookingBack(), false));
    EXPECT_TRUE(EveningLookBack::isOffered(berlin(kDay, 17, 0), lookingBack(17 * 60), false));
    EXPECT_TRUE(EveningLookBack::isOffered(berlin(kDay, 18, 0), lookingBack(-1), false)) << "no reminder";
    EXPECT_FALSE(EveningLookBack::isOffered(berlin(kDay, 22, 0), lookingBack(), true));
}

TEST(EveningLookBack, WhatIsStoredIsKeptInRangeAndTrimmed)
{
    const Moment now = berlin(kDay.addDays(1), 0, 10);
    const LookBack lookBack = EveningLookBack::make(kDay, now, 9, "  a walk \n", "\t");
    EXPECT_EQ(lookBack.date, kDay);
    EXPECT_EQ(lookBack.recordedAt, now);
    EXPECT_EQ(lookBack.hardness, 5);
    EXPECT_EQ(lookBack.helped, "a walk");
    EXPECT_EQ(lookBack.tomorrow, "");
    EXPECT_EQ(EveningLookBack::make(kDay, now, 0, "", "").hardness, 1);
}
