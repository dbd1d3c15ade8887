#include "model/WeeklyReport.h"
#include "support/HistoryBuilder.h"

#include <gtest/gtest.h>

using namespace holdfast;
using namespace holdfast::testsupport;

namespace {

// Monday 23 November 2026.
constexpr LocalDate kMonday{2026, 11, 23};

std::vector<int> urgesPerDay(const WeeklyReport &report)
{
    std::vector<int> counts;
    for (const auto &row : report.days())
        counts.push_back(row.urges);
    return counts;
}

UrgeRecord urgeOn(LocalDate date, int hour, UrgeOutcome outcome = UrgeOutcome::Resisted)
{
    return urgeAt(wallClock(date, hour, 0, kBerlinWinter)).ratings({{0, 5}}).outcome(outcome);
}

} // namespace

TEST(WeeklyReport, ShowsSevenDaysOfTheSelectedWeek)
{
    // Sunday before, the whole week, and the Monday after.
    const auto days = makeDaySummaries(kMonday.addDays(-1), {9, 1, 2, 0, 3, 0, 0, 4, 9});
    const WeeklyReport report(days, kMonday.addDays(2), Weekday::Monday); // any day of the week selects it

    EXPECT_EQ(report.weekStart(), kMonday);
    EXPECT_EQ(report.weekEnd(), (LocalDate{2026, 11, 29}));
    EXPECT_EQ(urgesPerDay(report), (std::vector<int>{1, 2, 0, 3, 0, 0, 4}));
    for (int i = 0; i < 7; ++i)
        EXPECT_EQ(report.days()[std::size_t(i)].date, kMonday.addDays(i));
    EXPECT_EQ(report.totals().urges, 10);
    EXPECT_EQ(report.totals().resisted, 10);
}

TEST(WeeklyReport, WeekStartSundayShiftsTheWeek)
{
    const auto days = makeDaySummaries(kMonday.addDays(-1), {9, 1, 2, 0, 3, 0, 0, 4, 9});
    struct Case
    {
        Weekday weekStart;
        LocalDate expectedStart;
        std::vector<int> expectedDays;
        int expectedTotal;
    };
    const Case cases[] = {
        {Weekday::Monday, kMonday, {1, 2, 0, 3, 0, 0, 4}, 10},
        {Weekday::Sunday, kMonday.addDays(-1), {9, 1, 2, 0, 3, 0, 0}, 15},
        {Weekday::Saturday, kMonday.addDays(-2), {0, 9, 1, 2, 0, 3, 0}, 15},
    };
    for (const auto &c : cases) {
        SCOPED_TRACE(int(c.weekStart));
        const WeeklyReport report(days, kMonday.addDays(3), c.weekStart);
        EXPECT_EQ(report.weekStart(), c.expectedStart);
        EXPECT_EQ(urgesPerDay(report), c.expectedDays);
        EXPECT_EQ(report.totals().urges, c.expectedTotal);
    }
}

TEST(WeeklyReport, DayRowsCarryOutcomesIntensityAndCheckIns)
{
    const LocalDate tuesday = kMonday.addDays(1);
    const std::vector<UrgeRecord> urges{
        urgeAt(wallClock(tuesday, 9, 0, 60)).ratings({{0, 4}, {5, 9}, {20, 1}}).outcome(UrgeOutcome::Resisted),
        urgeAt(wallClock(tuesday, 21, 0, 60)).ratings({{0, 7}}).outcome(UrgeOutcome::ReachedOut),
        urgeAt(wallClock(tuesday, 22, 0, 60)).outcome(UrgeOutcome::TheyContactedMe), // never rated
        urgeAt(wallClock(kMonday.addDays(3), 8, 0, 60)).ratings({{0, 2}}).outcome(UrgeOutcome::Open),
    };
    const std::vector<CheckIn> checkIns{{tuesday, wallClock(tuesday, 7, 0, 60), 2, 4, {}},
                                        {kMonday.addDays(4), wallClock(kMonday.addDays(4), 7, 0, 60), 5, 3, {}}};
    const WeeklyReport report(summarizeByLocalDate(urges, checkIns), kMonday);

    const auto &row = report.days()[1];
    EXPECT_EQ(row.date, tuesday);
    EXPECT_EQ(row.urges, 3);
    EXPECT_EQ(row.resisted, 1);
    EXPECT_EQ(row.reachedOut, 1);
    EXPECT_EQ(row.theyContacted, 1);
    ASSERT_TRUE(row.meanIntensity.has_value());
    EXPECT_DOUBLE_EQ(*row.meanIntensity, 5.5); // starting intensities 4 and 7; the unrated urge has none
    EXPECT_EQ(row.peakIntensity, 9);
    EXPECT_EQ(row.mood, 2);
    EXPECT_EQ(row.sleep, 4);

    const auto &quietDay = report.days()[0];
    EXPECT_EQ(quietDay.urges, 0);
    EXPECT_FALSE(quietDay.meanIntensity.has_value());
    EXPECT_FALSE(quietDay.mood.has_value());
    EXPECT_EQ(report.days()[4].mood, 5); // a check-in without urges still shows

    const auto &totals = report.totals();
    EXPECT_EQ(totals.urges, 4);
    EXPECT_EQ(totals.open, 1);
    ASSERT_TRUE(totals.meanIntensity.has_value());
    EXPECT_DOUBLE_EQ(*totals.meanIntensity, (4.0 + 7.0 + 2.0) / 3.0);
    EXPECT_EQ(totals.peakIntensity, 9);
}

TEST(WeeklyReport, ComparesWithTheWeekBefore)
{
    struct Case
    {
        const char *name;
        std::vector<int> earlierWeeks; // urges per day starting three weeks before the selected one
        int thisWeek;
        std::optional<int> difference;
        WeeklyReport::Direction direction;
    };
    using D = WeeklyReport::Direction;
    const std::vector<int> none(21, 0);
    auto lastWeekWith = [](int urges) {
        std::vector<int> days(21, 0);
        days[14] = urges; // Monday of last week
        return days;
    };
    auto onlyThreeWeeksAgo = std::vector<int>(21, 0);
    onlyThreeWeeksAgo[0] = 5;
    const Case cases[] = {
        {"fewer", lastWeekWith(12), 10, -2, D::Fewer},
        {"same", lastWeekWith(4), 4, 0, D::Same},
        {"more", lastWeekWith(1), 3, 2, D::More},
        {"first week with data", none, 3, std::nullopt, D::FirstWeek},
        {"quiet last week after earlier data", onlyThreeWeeksAgo, 2, 2, D::More},
    };
    for (const auto &c : cases) {
        SCOPED_TRACE(c.name);
        std::vector<int> perDay = c.earlierWeeks;
        perDay.push_back(c.thisWeek);
        const WeeklyReport report(makeDaySummaries(kMonday.addDays(-21), perDay), kMonday);
        const auto summary = report.summary();
        EXPECT_EQ(summary.urges, c.thisWeek);
        EXPECT_EQ(summary.urgeDifference, c.difference);
        EXPECT_EQ(summary.direction, c.direction);
        EXPECT_EQ(report.previousTotals().has_value(), c.difference.has_value());
        if (c.difference) {
            EXPECT_EQ(report.previousTotals()->urges, c.thisWeek - *c.difference);
            EXPECT_EQ(report.change()->urges, *c.difference);
        } else {
            EXPECT_FALSE(report.change().has_value());
        }
    }
}

TEST(WeeklyReport, ChangeCoversEveryOutcome)
{
    const std::vector<UrgeRecord> urges{
        urgeOn(kMonday.addDays(-7), 9, UrgeOutcome::ReachedOut), urgeOn(kMonday.addDays(-6), 9),
        urgeOn(kMonday.addDays(-5), 9), urgeOn(kMonday, 9), urgeOn(kMonday, 10, UrgeOutcome::TheyContactedMe)};
    const WeeklyReport report(summarizeByLocalDate(urges), kMonday);
    ASSERT_TRUE(report.change().has_value());
    EXPECT_EQ(*report.change(), (WeeklyReport::Change{-1, -1, -1, 1}));
}

TEST(WeeklyReport, EmptyWeekIsAllZeros)
{
    const WeeklyReport report({}, kMonday);
    for (const auto &row : report.days()) {
        EXPECT_EQ(row.urges, 0);
        EXPECT_FALSE(row.meanIntensity.has_value());
        EXPECT_EQ(row.peakIntensity, 0);
    }
    EXPECT_EQ(report.totals(), WeeklyReport::Totals{});
    EXPECT_TRUE(report.triggerRanking().empty());
    EXPECT_EQ(report.halt(), WeeklyReport::HaltCounts{});
    EXPECT_EQ(report.hours(), (std::array<int, 24>{}));

    const auto summary = report.summary();
    EXPECT_TRUE(summary.noUrges);
    EXPECT_FALSE(summary.allResisted);
    EXPECT_EQ(summary.direction, WeeklyReport::Direction::FirstWeek);
    EXPECT_FALSE(summary.topTrigger.has_value());
    EXPECT_FALSE(summary.busiestBand.has_value());
}

TEST(WeeklyReport, AllResistedOnlyWhenEveryUrgeWas)
{
    const WeeklyReport allResisted(summarizeByLocalDate({urgeOn(kMonday, 9), urgeOn(kMonday.addDays(1), 9)}),
                                   kMonday);
    EXPECT_TRUE(allResisted.summary().allResisted);
    EXPECT_FALSE(allResisted.summary().noUrges);
    EXPECT_EQ(allResisted.summary().resisted, 2);

    const WeeklyReport oneLapse(
        summarizeByLocalDate({urgeOn(kMonday, 9), urgeOn(kMonday.addDays(1), 9, UrgeOutcome::ReachedOut)}), kMonday);
    EXPECT_FALSE(oneLapse.summary().allResisted);
    EXPECT_EQ(oneLapse.summary().resisted, 1);
}

TEST(WeeklyReport, RanksTriggersWithStableTies)
{
    std::vector<UrgeRecord> urges;
    auto add = [&urges](int times, auto configure) {
        for (int i = 0; i < times; ++i) {
            auto builder = urgeAt(wallClock(kMonday.addDays(i % 7), 10, 0, 60));
            configure(builder);
            urges.push_back(builder);
        }
    };
    add(2, [](UrgeBuilder &b) { b.trigger(Trigger::Memory); });
    add(2, [](UrgeBuilder &b) { b.customTrigger("payday"); });
    add(3, [](UrgeBuilder &b) { b.trigger(Trigger::Loneliness); });
    add(2, [](UrgeBuilder &b) { b.customTrigger("gym"); });
    add(2, [](UrgeBuilder &b) { b.trigger(Trigger::SocialMedia); });
    add(1, [](UrgeBuilder &b) { b.trigger(Trigger::Alcohol).trigger(Trigger::NightTime); });
    // Last week's triggers must not count.
    urges.push_back(urgeAt(wallClock(kMonday.addDays(-1), 10, 0, 60)).trigger(Trigger::Boredom).trigger(Trigger::Boredom));

    const WeeklyReport report(summarizeByLocalDate(urges), kMonday);
    using TC = WeeklyReport::TriggerCount;
    const std::vector<TC> expected{
        TC{Trigger::Loneliness, {}, 3}, TC{Trigger::SocialMedia, {}, 2}, TC{Trigger::Memory, {}, 2},
        TC{std::nullopt, "gym", 2},     TC{std::nullopt, "payday", 2},   TC{Trigger::NightTime, {}, 1},
        TC{Trigger::Alcohol, {}, 1},
    };
    // Built-in order (kAllTriggers) breaks ties: SocialMedia before Memory, NightTime before Alcohol.
    EXPECT_EQ(report.triggerRanking(), expected);
    ASSERT_TRUE(report.summary().topTrigger.has_value());
    EXPECT_EQ(*report.summary().topTrigger, (TC{Trigger::Loneliness, {}, 3}));
}

TEST(WeeklyReport, TopTriggerCanBeTheUsersOwn)
{
    const std::vector<UrgeRecord> urges{urgeAt(wallClock(kMonday, 10, 0, 60)).customTrigger("their sister's post"),
                                        urgeAt(wallClock(kMonday, 11, 0, 60)).customTrigger("their sister's post")};
    const auto summary = WeeklyReport(summarizeByLocalDate(urges), kMonday).summary();
    ASSERT_TRUE(summary.topTrigger.has_value());
    EXPECT_FALSE(summary.topTrigger->trigger.has_value());
    EXPECT_EQ(summary.topTrigger->customTrigger, "their sister's post");
}

TEST(WeeklyReport, CountsHaltFlagsAndHours)
{
    const std::vector<UrgeRecord> urges{
        urgeAt(wallClock(kMonday, 23, 10, 60)).halt({false, false, true, true}),
        urgeAt(wallClock(kMonday.addDays(1), 23, 50, 60)).halt({true, false, true, false}),
        urgeAt(wallClock(kMonday.addDays(2), 7, 0, 60)).halt({false, true, false, false}),
        urgeAt(wallClock(kMonday.addDays(2), 0, 5, 60)),
    };
    const WeeklyReport report(summarizeByLocalDate(urges), kMonday);
    EXPECT_EQ(report.halt(), (WeeklyReport::HaltCounts{1, 1, 2, 1}));
    std::array<int, 24> hours{};
    hours[23] = 2;
    hours[7] = 1;
    hours[0] = 1;
    EXPECT_EQ(report.hours(), hours);
    EXPECT_EQ(report.summary().busiestBand, WeeklyReport::DayBand::Night);
}

TEST(WeeklyReport, HoursFallIntoTimeOfDayBands)
{
    using B = WeeklyReport::DayBand;
    const std::pair<int, B> cases[] = {
        {0, B::Night},      {4, B::Night},      {5, B::Morning},  {11, B::Morning}, {12, B::Afternoon},
        {16, B::Afternoon}, {17, B::Evening},   {21, B::Evening}, {22, B::Night},   {23, B::Night},
    };
    for (const auto &[hour, band] : cases)
        EXPECT_EQ(WeeklyReport::bandOfHour(hour), band) << hour;
}

TEST(WeeklyReport, BusiestBandPicksTheMostUrgesAndBreaksTiesInDayOrder)
{
    struct Case
    {
        std::vector<int> hours;
        WeeklyReport::DayBand expected;
    };
    using B = WeeklyReport::DayBand;
    const Case cases[] = {
        {{13, 14, 9}, B::Afternoon},
        {{18, 19, 20, 22}, B::Evening},
        {{23, 9}, B::Morning}, // tie: Morning comes first
        {{2, 16}, B::Afternoon},
        {{22, 23, 1, 4, 5}, B::Night},
    };
    for (const auto &c : cases) {
        std::vector<UrgeRecord> urges;
        for (const int hour : c.hours)
            urges.push_back(urgeOn(kMonday.addDays(2), hour));
        EXPECT_EQ(WeeklyReport(summarizeByLocalDate(urges), kMonday).summary().busiestBand, c.expected);
    }
}

TEST(WeeklyReport, TrendShowsTwelveWeeksWithZerosForQuietWeeks)
{
    const LocalDate oldest = kMonday.addDays(-7 * 11);
    std::vector<UrgeRecord> urges{
        urgeOn(oldest.addDays(-1), 9),                         // 13 weeks back: outside the trend
        urgeOn(oldest, 9),             urgeOn(oldest.addDays(6), 9, UrgeOutcome::ReachedOut),
        urgeOn(kMonday.addDays(-35), 9, UrgeOutcome::Open),    // six weeks back
        urgeOn(kMonday.addDays(6), 9), urgeOn(kMonday.addDays(6), 10), urgeOn(kMonday.addDays(6), 11),
        urgeOn(kMonday.addDays(7), 9),                         // next week: not shown
    };
    const WeeklyReport report(summarizeByLocalDate(urges), kMonday);
    EXPECT_EQ(report.trendStart(), oldest);

    const auto &trend = report.trend();
    ASSERT_EQ(trend.size(), std::size_t(WeeklyReport::kTrendWeeks));
    for (std::size_t i = 0; i < trend.size(); ++i) {
        SCOPED_TRACE(i);
        EXPECT_EQ(trend[i].weekStart, oldest.addDays(std::int64_t(i) * 7));
        if (i == 0) {
            EXPECT_EQ(trend[i].urges, 2);
            EXPECT_EQ(trend[i].resisted, 1);
            EXPECT_EQ(trend[i].resistedShare, 0.5);
        } else if (i == 6) {
            EXPECT_EQ(trend[i].urges, 1);
            EXPECT_EQ(trend[i].resisted, 0);
            EXPECT_EQ(trend[i].resistedShare, 0.0);
        } else if (i == 11) {
            EXPECT_EQ(trend[i].urges, 3);
            EXPECT_EQ(trend[i].resistedShare, 1.0);
        } else {
            EXPECT_EQ(trend[i].urges, 0);
            EXPECT_EQ(trend[i].resisted, 0);
            EXPECT_FALSE(trend[i].resistedShare.has_value()); // no urges is not "none resisted"
        }
    }
}

TEST(WeeklyReport, AddsUpTwoSummariesForTheSameDate)
{
    auto first = summarizeByLocalDate({urgeOn(kMonday, 9)});
    const auto second = summarizeByLocalDate({urgeOn(kMonday, 14), urgeOn(kMonday, 15, UrgeOutcome::ReachedOut)});
    first.insert(first.end(), second.begin(), second.end());
    const WeeklyReport report(first, kMonday);
    EXPECT_EQ(report.days()[0].urges, 3);
    EXPECT_EQ(report.days()[0].reachedOut, 1);
    EXPECT_EQ(report.hours()[9] + report.hours()[14] + report.hours()[15], 3);
}

TEST(WeeklyReport, CountsWhatTheUrgesPulledTowardAndNamesTheTopPullOtherThanAMessage)
{
    const std::vector<UrgeRecord> urges{
        urgeAt(wallClock(kMonday, 9, 0, kBerlinWinter)).kind(UrgeKind::Look),
        urgeAt(wallClock(kMonday, 22, 0, kBerlinWinter)).kind(UrgeKind::Look),
        urgeAt(wallClock(kMonday.addDays(2), 8, 0, kBerlinWinter)).kind(UrgeKind::Go),
        urgeAt(wallClock(kMonday.addDays(3), 8, 0, kBerlinWinter)),
        urgeAt(wallClock(kMonday.addDays(6), 23, 0, kBerlinWinter)).kind(UrgeKind::Other),
        // The week before and after do not count.
        urgeAt(wallClock(kMonday.addDays(-1), 23, 0, kBerlinWinter)).kind(UrgeKind::Go),
        urgeAt(wallClock(kMonday.addDays(7), 0, 30, kBerlinWinter)).kind(UrgeKind::Go),
    };
    const WeeklyReport report(summarizeByLocalDate(urges), kMonday);
    EXPECT_EQ(report.kinds(), (WeeklyReport::KindCounts{1, 2, 1, 1}));
    EXPECT_EQ(report.kinds().of(UrgeKind::Look), 2);
    EXPECT_EQ(report.summary().topOtherKind, (WeeklyReport::KindCount{UrgeKind::Look, 2}));

    // Only message urges: nothing to say about other pulls. A tie goes to the earlier kind.
    const WeeklyReport onlyMessages(summarizeByLocalDate({urgeOn(kMonday, 9), urgeOn(kMonday, 10)}), kMonday);
    EXPECT_EQ(onlyMessages.kinds(), (WeeklyReport::KindCounts{2, 0, 0, 0}));
    EXPECT_EQ(onlyMessages.summary().topOtherKind, std::nullopt);
    const WeeklyReport tie(summarizeByLocalDate({urgeAt(wallClock(kMonday, 9, 0, 60)).kind(UrgeKind::Other),
                                                 urgeAt(wallClock(kMonday, 10, 0, 60)).kind(UrgeKind::Go)}),
                           kMonday);
    EXPECT_EQ(tie.summary().topOtherKind, (WeeklyReport::KindCount{UrgeKind::Go, 1}));
}
