// Real-life clock situations: DST changes in Berlin and New York, a flight
// there and back, and a clock moved back a day. Moments carry the offsets
// the Qt side would supply; the core must bucket by the recorded local date
// and count real elapsed time.

#include "model/DurationParts.h"
#include "model/Milestones.h"
#include "model/NoContactCounter.h"
#include "model/UrgeCurve.h"
#include "model/WeeklyReport.h"
#include "support/HistoryBuilder.h"

#include <gtest/gtest.h>

using namespace holdfast;
using namespace holdfast::testsupport;

namespace {

std::int64_t currentStreakMs(const Moment &since, const Moment &now, const std::vector<ContactEvent> &contacts = {})
{
    return NoContactCounter(since, contacts, true, now.utcMs).currentMs();
}

const DaySummary *summaryFor(const std::vector<DaySummary> &days, LocalDate date)
{
    for (const auto &day : days) {
        if (day.date == date)
            return &day;
    }
    return nullptr;
}

// Each urge must land on the local date it was recorded with, at its recorded local hour.
void expectEachUrgeOnItsRecordedDay(const std::vector<UrgeRecord> &urges)
{
    const auto days = summarizeByLocalDate(urges);
    for (const auto &urge : urges) {
        const DaySummary *day = summaryFor(days, urge.start.localDate);
        ASSERT_NE(day, nullptr) << urge.start.localDate.toIso();
        EXPECT_GE(day->hours[std::size_t(urge.start.localHour())], 1) << urge.start.localDate.toIso();
    }
    int total = 0;
    for (const auto &day : days)
        total += day.urges;
    EXPECT_EQ(total, int(urges.size()));
}

} // namespace

TEST(TimeZoneScenarios, StreaksCountRealHoursAcrossDstNights)
{
    struct Case
    {
        const char *name;
        Moment since;
        Moment now;
        std::int64_t hours;
    };
    const Case cases[] = {
        // Saturday noon to Sunday noon on the wall clock.
        {"Berlin spring forward (29 Mar 2026)", berlin({2026, 3, 28}, 12, 0, kBerlinWinter),
         berlin({2026, 3, 29}, 12, 0, kBerlinSummer), 23},
        {"Berlin fall back (25 Oct 2026)", berlin({2026, 10, 24}, 12, 0, kBerlinSummer),
         berlin({2026, 10, 25}, 12, 0, kBerlinWinter), 25},
        {"New York spring forward (8 Mar 2026)", newYork({2026, 3, 7}, 12, 0, kNewYorkWinter),
         newYork({2026, 3, 8}, 12, 0, kNewYorkSummer), 23},
        {"New York fall back (1 Nov 2026)", newYork({2026, 10, 31}, 12, 0, kNewYorkSummer),
         newYork({2026, 11, 1}, 12, 0, kNewYorkWinter), 25},
        // 01:30 to 03:30 on the wall clock is one real hour when 02:00 is skipped.
        {"Berlin skipped hour", berlin({2026, 3, 29}, 1, 30, kBerlinWinter),
         berlin({2026, 3, 29}, 3, 30, kBerlinSummer), 1},
        // 01:30 happens twice in New York on 1 Nov: an hour apart.
        {"New York repeated hour", newYork({2026, 11, 1}, 1, 30, kNewYorkSummer),
         newYork({2026, 11, 1}, 1, 30, kNewYorkWinter), 1},
    };
    for (const auto &c : cases) {
        SCOPED_TRACE(c.name);
        EXPECT_EQ(currentStreakMs(c.since, c.now), c.hours * kMsPerHour);
    }
}

TEST(TimeZoneScenarios, SpringForwardDayIsNotYetAWholeDay)
{
    const Moment since = berlin({2026, 3, 28}, 12, 0, kBerlinWinter);
    const std::int64_t streak = currentStreakMs(since, berlin({2026, 3, 29}, 12, 0, kBerlinSummer));
    EXPECT_EQ(DurationParts::fromMs(streak), (DurationParts{0, 23, 0}));
    EXPECT_FALSE(Milestones::lastReached(streak).has_value());
    // The first day completes an hour later on the wall clock.
    const std::int64_t later = currentStreakMs(since, berlin({2026, 3, 29}, 13, 0, kBerlinSummer));
    EXPECT_EQ(Milestones::newlyReached(streak, later), 1);

    const std::int64_t fallBack = currentStreakMs(berlin({2026, 10, 24}, 12, 0, kBerlinSummer),
                                                  berlin({2026, 10, 25}, 12, 0, kBerlinWinter));
    EXPECT_EQ(DurationParts::fromMs(fallBack), (DurationParts{1, 1, 0}));
}

TEST(TimeZoneScenarios, BerlinSpringForwardUrgesStayOnTheirLocalDays)
{
    const std::vector<UrgeRecord> urges{
        urgeAt(berlin({2026, 3, 28}, 23, 30, kBerlinWinter)), // 22:30 UTC Saturday
        urgeAt(berlin({2026, 3, 29}, 0, 30, kBerlinWinter)),  // 23:30 UTC Saturday, Sunday in Berlin
        urgeAt(berlin({2026, 3, 29}, 1, 45, kBerlinWinter)),
        urgeAt(berlin({2026, 3, 29}, 3, 15, kBerlinSummer)),  // half an hour after the one above
        urgeAt(berlin({2026, 3, 29}, 23, 30, kBerlinSummer)), // 21:30 UTC Sunday
    };
    expectEachUrgeOnItsRecordedDay(urges);

    const WeeklyReport report(summarizeByLocalDate(urges), {2026, 3, 29}, Weekday::Monday);
    EXPECT_EQ(report.weekStart(), (LocalDate{2026, 3, 23}));
    EXPECT_EQ(report.days()[5].urges, 1); // Saturday
    EXPECT_EQ(report.days()[6].urges, 4); // Sunday
    std::array<int, 24> hours{};
    hours[23] = 2;
    hours[0] = 1;
    hours[1] = 1;
    hours[3] = 1;
    EXPECT_EQ(report.hours(), hours); // no urge in the hour that did not exist

    // With Sunday as week start, the Sunday urges open the next week.
    const WeeklyReport sundayWeek(summarizeByLocalDate(urges), {2026, 3, 29}, Weekday::Sunday);
    EXPECT_EQ(sundayWeek.weekStart(), (LocalDate{2026, 3, 29}));
    EXPECT_EQ(sundayWeek.totals().urges, 4);
    EXPECT_EQ(sundayWeek.previousTotals()->urges, 1);
}

TEST(TimeZoneScenarios, BerlinFallBackRepeatedHourHoldsBothUrges)
{
    const std::vector<UrgeRecord> urges{
        urgeAt(berlin({2026, 10, 25}, 2, 30, kBerlinSummer)), // 00:30 UTC
        urgeAt(berlin({2026, 10, 25}, 2, 30, kBerlinWinter)), // 01:30 UTC, the same wall-clock time
        urgeAt(berlin({2026, 10, 24}, 23, 59, kBerlinSummer)),
    };
    expectEachUrgeOnItsRecordedDay(urges);
    EXPECT_EQ(urges[1].start.utcMs - urges[0].start.utcMs, kMsPerHour);

    const WeeklyReport report(summarizeByLocalDate(urges), {2026, 10, 25});
    EXPECT_EQ(report.days()[6].date, (LocalDate{2026, 10, 25}));
    EXPECT_EQ(report.days()[6].urges, 2);
    EXPECT_EQ(report.days()[5].urges, 1);
    EXPECT_EQ(report.hours()[2], 2);
    EXPECT_EQ(report.summary().busiestBand, WeeklyReport::DayBand::Night);
}

TEST(TimeZoneScenarios, NewYorkDstUrgesAndWeekStart)
{
    const std::vector<UrgeRecord> urges{
        urgeAt(newYork({2026, 3, 7}, 23, 30, kNewYorkWinter)), // 04:30 UTC on 8 Mar
        urgeAt(newYork({2026, 3, 8}, 3, 30, kNewYorkSummer)),  // 07:30 UTC: three real hours later
        urgeAt(newYork({2026, 11, 1}, 1, 30, kNewYorkSummer)),
        urgeAt(newYork({2026, 11, 1}, 1, 30, kNewYorkWinter)),
    };
    expectEachUrgeOnItsRecordedDay(urges);
    const auto days = summarizeByLocalDate(urges);

    // Monday weeks: Saturday 7 and Sunday 8 March share a week.
    const WeeklyReport monday(days, {2026, 3, 8}, Weekday::Monday);
    EXPECT_EQ(monday.weekStart(), (LocalDate{2026, 3, 2}));
    EXPECT_EQ(monday.days()[5].urges, 1);
    EXPECT_EQ(monday.days()[6].urges, 1);
    EXPECT_EQ(monday.totals().urges, 2);
    EXPECT_EQ(monday.summary().direction, WeeklyReport::Direction::FirstWeek);

    // Sunday weeks: 8 March opens a new week; Saturday belongs to the one before.
    const WeeklyReport sunday(days, {2026, 3, 8}, Weekday::Sunday);
    EXPECT_EQ(sunday.weekStart(), (LocalDate{2026, 3, 8}));
    EXPECT_EQ(sunday.days()[0].urges, 1);
    EXPECT_EQ(sunday.totals().urges, 1);
    EXPECT_EQ(sunday.summary().direction, WeeklyReport::Direction::Same);

    // The repeated 01:30 on 1 November: two urges, one day, one hour bucket.
    const WeeklyReport november(days, {2026, 11, 1}, Weekday::Sunday);
    EXPECT_EQ(november.days()[0].urges, 2);
    EXPECT_EQ(november.hours()[1], 2);
}

TEST(TimeZoneScenarios, UrgeCurveCountsRealMinutesAcrossTheSkippedHour)
{
    // Starts 01:50 CET; the rating twenty real minutes later reads 03:10 CEST.
    const UrgeRecord urge = urgeAt(berlin({2026, 3, 29}, 1, 50, kBerlinWinter)).ratings({{0, 8}, {20, 3}});
    EXPECT_EQ(UrgeCurve::minutesToHalf(urge), 20.0);
    EXPECT_EQ(Moment::fromUtc(urge.samples.back().utcMs, kBerlinSummer).localHour(), 3);
}

TEST(TimeZoneScenarios, FlightToNewYorkAndBack)
{
    // Leaves Berlin on Friday 10 July 2026, flies back on Friday 17 July, lands Saturday morning.
    const Moment since = berlin({2026, 7, 10}, 7, 0, kBerlinSummer); // 05:00 UTC
    const std::vector<UrgeRecord> urges{
        urgeAt(berlin({2026, 7, 10}, 9, 0, kBerlinSummer)),    // at the Berlin gate
        urgeAt(newYork({2026, 7, 10}, 23, 30, kNewYorkSummer)), // 03:30 UTC on Saturday
        urgeAt(newYork({2026, 7, 12}, 23, 0, kNewYorkSummer)),  // Sunday night: Monday in UTC and Berlin
        urgeAt(berlin({2026, 7, 18}, 9, 30, kBerlinSummer)),    // home again
    };
    expectEachUrgeOnItsRecordedDay(urges);
    const auto days = summarizeByLocalDate(urges);
    ASSERT_NE(summaryFor(days, {2026, 7, 10}), nullptr);
    EXPECT_EQ(summaryFor(days, {2026, 7, 10})->urges, 2);
    EXPECT_EQ(summaryFor(days, {2026, 7, 10})->hours[9], 1);
    EXPECT_EQ(summaryFor(days, {2026, 7, 10})->hours[23], 1);
    EXPECT_EQ(summaryFor(days, {2026, 7, 11}), nullptr);
    EXPECT_EQ(summaryFor(days, {2026, 7, 13}), nullptr);

    const WeeklyReport away(days, {2026, 7, 10});
    EXPECT_EQ(away.weekStart(), (LocalDate{2026, 7, 6}));
    EXPECT_EQ(away.totals().urges, 3); // the Sunday-night urge stays in this week
    EXPECT_EQ(away.days()[4].urges, 2);
    EXPECT_EQ(away.days()[6].urges, 1);

    const WeeklyReport home(days, {2026, 7, 18});
    EXPECT_EQ(home.totals().urges, 1);
    EXPECT_EQ(home.days()[5].urges, 1);
    EXPECT_EQ(home.summary().direction, WeeklyReport::Direction::Fewer);
    EXPECT_EQ(home.summary().urgeDifference, -2);

    // The counter: 07:00 in Berlin to 21:00 in New York reads as 14 hours but is 20.
    EXPECT_EQ(currentStreakMs(since, newYork({2026, 7, 10}, 21, 0, kNewYorkSummer)), 20 * kMsPerHour);
    // Back in Berlin on Saturday 09:00: eight days and two hours.
    const Moment back = berlin({2026, 7, 18}, 9, 0, kBerlinSummer);
    EXPECT_EQ(DurationParts::fromMs(currentStreakMs(since, back)), (DurationParts{8, 2, 0}));

    // They called while the user was in New York, and the user answered.
    ContactEvent call;
    call.at = newYork({2026, 7, 11}, 10, 0, kNewYorkSummer); // 14:00 UTC
    call.initiator = Initiator::Them;
    call.channel = ContactChannel::Call;
    call.replied = true;
    const NoContactCounter counter(since, {call}, true, back.utcMs);
    EXPECT_EQ(DurationParts::fromMs(counter.currentMs()), (DurationParts{6, 17, 0}));
    ASSERT_EQ(counter.attempts(), 2);
    EXPECT_EQ(counter.history()[0].durationMs, 33 * kMsPerHour); // Berlin 07:00 Friday to New York 10:00 Saturday
    EXPECT_EQ(counter.longestMs(), counter.currentMs());
}

TEST(TimeZoneScenarios, ClockMovedBackADay)
{
    const Moment since = berlin({2026, 10, 1}, 8, 0, kBerlinSummer);
    ContactEvent lapse;
    lapse.at = berlin({2026, 11, 2}, 20, 0, kBerlinWinter); // Monday
    const std::int64_t beforeTheJump = lapse.at.utcMs + 2 * kMsPerHour;
    const Moment afterTheJump = berlin({2026, 11, 1}, 22, 0, kBerlinWinter); // the clock now says Sunday

    const NoContactCounter counter(since, {lapse}, true, afterTheJump.utcMs);
    EXPECT_EQ(counter.currentMs(), 0);
    EXPECT_EQ(DurationParts::fromMs(counter.currentMs()), DurationParts{});
    EXPECT_EQ(counter.attempts(), 2);
    EXPECT_EQ(counter.longestMs(), lapse.at.utcMs - since.utcMs);
    const NoContactCounter earlier(since, {lapse}, true, beforeTheJump);
    EXPECT_FALSE(Milestones::newlyReached(earlier.currentMs(), counter.currentMs()).has_value());
    EXPECT_EQ(Milestones::at(counter.currentMs()), (MilestoneProgress{std::nullopt, 1, 0.0}));

    // An urge recorded on the wrong clock keeps the day it was recorded with.
    const std::vector<UrgeRecord> urges{
        urgeAt(berlin({2026, 11, 2}, 21, 0, kBerlinWinter)).outcome(UrgeOutcome::ReachedOut),
        urgeAt(afterTheJump).outcome(UrgeOutcome::Resisted),
    };
    expectEachUrgeOnItsRecordedDay(urges);
    const auto days = summarizeByLocalDate(urges);
    const WeeklyReport thisWeek(days, {2026, 11, 2});
    EXPECT_EQ(thisWeek.totals().urges, 1);
    EXPECT_EQ(thisWeek.totals().reachedOut, 1);
    EXPECT_EQ(thisWeek.previousTotals()->resisted, 1);
}

TEST(TimeZoneScenarios, KindsOfUrgeStayOnTheFallBackDayTheyWereRecordedOn)
{
    const std::vector<UrgeRecord> urges{
        urgeAt(berlin({2026, 10, 25}, 2, 30, kBerlinSummer)).kind(UrgeKind::Look), // 00:30 UTC
        urgeAt(berlin({2026, 10, 25}, 2, 30, kBerlinWinter)).kind(UrgeKind::Look), // 01:30 UTC, the repeated hour
        urgeAt(berlin({2026, 10, 25}, 0, 30, kBerlinSummer)).kind(UrgeKind::Go),   // 22:30 UTC on Saturday
        urgeAt(berlin({2026, 10, 26}, 0, 15, kBerlinWinter)),                      // 23:15 UTC on Sunday: Monday
    };
    expectEachUrgeOnItsRecordedDay(urges);
    const WeeklyReport report(summarizeByLocalDate(urges), {2026, 10, 25});
    EXPECT_EQ(report.kinds(), (WeeklyReport::KindCounts{0, 2, 1, 0}));
    const WeeklyReport next(summarizeByLocalDate(urges), {2026, 10, 26});
    EXPECT_EQ(next.kinds(), (WeeklyReport::KindCounts{1, 0, 0, 0}));
}
