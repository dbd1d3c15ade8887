// The week's evening look backs as the weekly review shows them: how many,
// how hard on average, the hardest and the easiest day, what helped (each
// line once, with its days), an empty week, and the week the clocks went back.

#include "model/EveningLookBack.h"
#include "model/LookBackWeek.h"

#include <gtest/gtest.h>

using namespace holdfast;

namespace {

// Wall-clock time in Berlin with the offset in force then (60 in winter, 120 in summer).
Moment berlin(LocalDate date, int hour, int minute, int offsetMinutes = 60)
{
    const std::int64_t local = date.dayNumber() * kMsPerDay + hour * kMsPerHour + minute * kMsPerMinute;
    return Moment::fromUtc(local - offsetMinutes * kMsPerMinute, offsetMinutes, "Europe/Berlin");
}

// Written at 21:30 on `date`, about `date`.
LookBack lookBack(LocalDate date, int hardness, std::string helped = {})
{
    return EveningLookBack::make(date, berlin(date, 21, 30), hardness, helped, "");
}

constexpr LocalDate kMonday{2026, 11, 16};

ReviewWeek weekOf(LocalDate day)
{
    ReviewWeek week(LocalDate{2026, 11, 25});
    week.select(day);
    return week;
}

} // namespace

TEST(LookBackWeek, AnEmptyWeekStillHasItsSevenDaysAndNothingElse)
{
    const LookBackWeek week = LookBackWeek::from({}, weekOf(kMonday));
    EXPECT_TRUE(week.isEmpty());
    EXPECT_EQ(week.count, 0);
    EXPECT_FALSE(week.averageHardness);
    EXPECT_FALSE(week.hardestDay);
    EXPECT_FALSE(week.easiestDay);
    EXPECT_TRUE(week.helped.empty());
    for (std::size_t i = 0; i < week.days.size(); ++i) {
        EXPECT_EQ(week.days[i].date, kMonday.addDays(static_cast<std::int64_t>(i)));
        EXPECT_FALSE(week.days[i].hardness);
    }
}

TEST(LookBackWeek, CountsTheEveningsAndAveragesHowHardToOneDecimal)
{
    const LookBackWeek week = LookBackWeek::from(
        {lookBack(kMonday, 4), lookBack(kMonday.addDays(1), 2), lookBack(kMonday.addDays(3), 3),
         lookBack(kMonday.addDays(5), 2)},
        weekOf(kMonday));
    EXPECT_FALSE(week.isEmpty());
    EXPECT_EQ(week.count, 4);
    ASSERT_TRUE(week.averageHardness);
    EXPECT_DOUBLE_EQ(*week.averageHardness, 2.8); // 11 / 4 = 2.75
    EXPECT_EQ(week.hardestDay, kMonday);
    EXPECT_EQ(week.easiestDay, kMonday.addDays(1)); // the first of the two easiest
    EXPECT_EQ(week.days[0].hardness, 4);
    EXPECT_EQ(week.days[1].hardness, 2);
    EXPECT_FALSE(week.days[2].hardness);
    EXPECT_EQ(week.days[3].hardness, 3);
    EXPECT_FALSE(week.days[4].hardness);
    EXPECT_EQ(week.days[5].hardness, 2);
    EXPECT_FALSE(week.days[6].hardness);

    const LookBackWeek thirds =
        LookBackWeek::from({lookBack(kMonday, 1), lookBack(kMonday.addDays(2), 1), lookBack(kMonday.addDays(6), 2)},
                           weekOf(kMonday));
    EXPECT_DOUBLE_EQ(*thirds.averageHardness, 1.3);
    const LookBackWeek one = LookBackWeek::from({lookBack(kMonday.addDays(4), 5)}, weekOf(kMonday));
    EXPECT_EQ(one.count, 1);
    EXPECT_DOUBLE_EQ(*one.averageHardness, 5.0);
    EXPECT_EQ(one.hardestDay, one.easiestDay);
}

TEST(LookBackWeek, WhatHelpedComesInDayOrderEachLineOnceWithItsDays)
{
    LookBack untrimmed = lookBack(kMonday.addDays(4), 2);
    untrimmed.helped = "  Called Sam \n"; // as an import might hold it
    const LookBackWeek week = LookBackWeek::from(
        {lookBack(kMonday, 4, "A walk after dinner"), lookBack(kMonday.addDays(1), 3, ""),
         lookBack(kMonday.addDays(2), 3, "Called Sam"), lookBack(kMonday.addDays(3), 2, "A walk after dinner"),
         untrimmed, lookBack(kMonday.addDays(6), 1, "Went to bed early")},
        weekOf(kMonday));
    const std::vector<LookBackWeek::Helped> expected{
        {"A walk after dinner", {kMonday, kMonday.addDays(3)}},
        {"Called Sam", {kMonday.addDays(2), kMonday.addDays(4)}},
        {"Went to bed early", {kMonday.addDays(6)}},
    };
    EXPECT_EQ(week.helped, expected);
    EXPECT_EQ(week.count, 6); // an evening with nothing that helped still counts
}

TEST(LookBackWeek, TheOrderTheStoreGivesDoesNotMatter)
{
    const std::vector<LookBack> inOrder{lookBack(kMonday, 3, "Tea"), lookBack(kMonday.addDays(2), 4, "Gym"),
                                        lookBack(kMonday.addDays(5), 2, "Tea")};
    const std::vector<LookBack> shuffled{inOrder[2], inOrder[0], inOrder[1]};
    EXPECT_EQ(LookBackWeek::from(shuffled, weekOf(kMonday)), LookBackWeek::from(inOrder, weekOf(kMonday)));
}

TEST(LookBackWeek, OnlyTheWeeksOwnDaysCountAndTheWeekStartIsFollowed)
{
    const std::vector<LookBack> around{lookBack(kMonday.addDays(-1), 5, "Before"), lookBack(kMonday, 2, "Monday"),
                                       lookBack(kMonday.addDays(6), 4, "Sunday"),
                                       lookBack(kMonday.addDays(7), 1, "After")};
    const LookBackWeek monday = LookBackWeek::from(around, weekOf(kMonday));
    EXPECT_EQ(monday.count, 2);
    ASSERT_EQ(monday.helped.size(), 2U);
    EXPECT_EQ(monday.helped[0].text, "Monday");
    EXPECT_EQ(monday.helped[1].text, "Sunday");

    ReviewWeek sundayStart(LocalDate{2026, 11, 25}, Weekday::Sunday);
    sundayStart.select(kMonday); // Sunday 15th .. Saturday 21st
    const LookBackWeek sunday = LookBackWeek::from(around, sundayStart);
    EXPECT_EQ(sunday.days[0].date, kMonday.addDays(-1));
    EXPECT_EQ(sunday.days[0].hardness, 5);
    EXPECT_EQ(sunday.count, 2);
    EXPECT_EQ(sunday.hardestDay, kMonday.addDays(-1));
    EXPECT_EQ(sunday.easiestDay, kMonday);
}

TEST(LookBackWeek, TheWeekTheClocksWentBackKeepsEachEveningOnItsDay)
{
    // Berlin left summer time on Sunday 25 October 2026 (03:00 CEST became 02:00 CET).
    constexpr LocalDate kSaturday{2026, 10, 24};
    constexpr LocalDate kSunday{2026, 10, 25};
    // Saturday's look back written at 00:40 on Sunday, still in summer time:
    // before 04:00 it is about the evening before.
    const Moment lateSaturday = berlin(kSunday, 0, 40, 120);
    // Sunday's written at 02:30 on Monday, in winter time, after the 25-hour day.
    const Moment lateSunday = berlin(kSunday.addDays(1), 2, 30, 60);
    const Moment friday = berlin(LocalDate{2026, 10, 23}, 22, 0, 120);
    const std::vector<LookBack> lookBacks{
        EveningLookBack::make(EveningLookBack::dayOf(friday), friday, 3, "Cooked with the radio on", ""),
        EveningLookBack::make(EveningLookBack::dayOf(lateSaturday), lateSaturday, 4, "Called Sam", ""),
        EveningLookBack::make(EveningLookBack::dayOf(lateSunday), lateSunday, 2, "Called Sam", ""),
    };
    const LookBackWeek week = LookBackWeek::from(lookBacks, weekOf(kSunday));
    EXPECT_EQ(week.days[0].date, (LocalDate{2026, 10, 19}));
    EXPECT_EQ(week.days[6].date, kSunday);
    EXPECT_EQ(week.days[4].hardness, 3);
    EXPECT_EQ(week.days[5].hardness, 4);
    EXPECT_EQ(week.days[6].hardness, 2);
    EXPECT_EQ(week.count, 3);
    EXPECT_DOUBLE_EQ(*week.averageHardness, 3.0);
    EXPECT_EQ(week.hardestDay, kSaturday);
    EXPECT_EQ(week.easiestDay, kSunday);
    const std::vector<LookBackWeek::Helped> expected{
        {"Cooked with the radio on", {LocalDate{2026, 10, 23}}},
        {"Called Sam", {kSaturday, kSunday}},
    };
    EXPECT_EQ(week.helped, expected);
}
