// The weekly review's figures for the hand-counted fixture history, through
// the real store: weeks and days follow the stored local dates across
// the end of DST and a flight to another time zone.

#include "support/ReviewHistory.h"
#include "support/TestStore.h"

#include "model/UrgeCurve.h"
#include "model/WeeklyReport.h"

#include <gtest/gtest.h>

using namespace holdfast;
using namespace holdfast::testing;

namespace {

class ReviewHistoryReport : public ::testing::Test
{
protected:
    void SetUp() override { writeReviewHistory(m_store); }

    WeeklyReport reportFor(LocalDate day)
    {
        const LocalDate start = day.startOfWeek(Weekday::Monday);
        return WeeklyReport(m_store.daySummaries(start.addDays(-7 * 11), start.addDays(6)), day);
    }

    TestStore<> m_folder;
    storage::SqliteStore &m_store = *m_folder;
};

std::vector<int> urgesPerDay(const WeeklyReport &report)
{
    std::vector<int> urges;
    for (const auto &day : report.days())
        urges.push_back(day.urges);
    return urges;
}

} // namespace

TEST_F(ReviewHistoryReport, TheDstWeekKeepsEveryUrgeOnItsLocalDay)
{
    const WeeklyReport report = reportFor({2026, 10, 25});
    EXPECT_EQ(report.weekStart(), (LocalDate{2026, 10, 19}));
    EXPECT_EQ(urgesPerDay(report), (std::vector{0, 1, 0, 0, 0, 1, 3}));
    EXPECT_EQ(report.totals().urges, 5);
    EXPECT_EQ(report.totals().resisted, 4);
    EXPECT_EQ(report.totals().reachedOut, 1);
    ASSERT_TRUE(report.totals().meanIntensity);
    EXPECT_DOUBLE_EQ(*report.totals().meanIntensity, 7.0);
    EXPECT_EQ(report.totals().peakIntensity, 9);
    // 02:30 happened twice that night; both are hour 2, neither slid to 1 or 3.
    EXPECT_EQ(report.hours()[2], 2);
    EXPECT_EQ(report.hours()[1], 0);
    EXPECT_EQ(report.hours()[23], 2);
    EXPECT_EQ(report.hours()[20], 1);
    EXPECT_EQ(report.halt(), (WeeklyReport::HaltCounts{0, 0, 2, 3}));
    ASSERT_FALSE(report.triggerRanking().empty());
    EXPECT_EQ(report.triggerRanking().front().trigger, Trigger::NightTime);
    EXPECT_EQ(report.triggerRanking().front().count, 2);
    EXPECT_FALSE(report.previousTotals()); // the first week with data
    EXPECT_EQ(report.days()[6].mood, 1);
}

TEST_F(ReviewHistoryReport, TheWeekAfterDstStartsWithAnUrgeThatWasStillSundayInUtc)
{
    const WeeklyReport report = reportFor({2026, 10, 26});
    EXPECT_EQ(urgesPerDay(report), (std::vector{1, 0, 0, 1, 0, 0, 0}));
    EXPECT_EQ(report.hours()[0], 1);
}

TEST_F(ReviewHistoryReport, AWeekSpanningATimeZoneChangeCountsWallClockDays)
{
    const WeeklyReport report = reportFor({2026, 11, 12});
    EXPECT_EQ(urgesPerDay(report), (std::vector{0, 1, 0, 1, 0, 0, 1}));
    EXPECT_EQ(report.totals().urges, 3);
    EXPECT_EQ(report.totals().resisted, 2);
    EXPECT_EQ(report.totals().open, 1);
    EXPECT_EQ(report.hours()[22], 1);
    EXPECT_EQ(report.hours()[23], 1); // Thursday 23:30 in New York, Friday 04:30 UTC
    EXPECT_EQ(report.hours()[21], 1); // Sunday 21:00 in New York, Monday in UTC
    EXPECT_EQ(report.days()[3].mood, 3);
    ASSERT_TRUE(report.change());
    EXPECT_EQ(report.change()->urges, 1);
    const auto summary = report.summary();
    EXPECT_EQ(summary.direction, WeeklyReport::Direction::More);
    ASSERT_TRUE(summary.topTrigger);
    EXPECT_EQ(summary.topTrigger->trigger, Trigger::Memory); // three ties: built-in order
    EXPECT_EQ(summary.busiestBand, WeeklyReport::DayBand::Night);
}

TEST_F(ReviewHistoryReport, ThisWeekAgainstLastWeek)
{
    const WeeklyReport report = reportFor({2026, 11, 25});
    EXPECT_EQ(urgesPerDay(report), (std::vector{1, 1, 0, 0, 0, 0, 0}));
    const auto summary = report.summary();
    EXPECT_EQ(summary.urges, 2);
    EXPECT_EQ(summary.urgeDifference, -1);
    EXPECT_EQ(summary.direction, WeeklyReport::Direction::Fewer);
    EXPECT_TRUE(summary.allResisted);
    ASSERT_TRUE(summary.topTrigger);
    EXPECT_EQ(summary.topTrigger->trigger, Trigger::SocialMedia);
    EXPECT_EQ(summary.topTrigger->count, 2);
    EXPECT_EQ(summary.busiestBand, WeeklyReport::DayBand::Night);
    ASSERT_TRUE(report.totals().meanIntensity);
    EXPECT_DOUBLE_EQ(*report.totals().meanIntensity, 4.5);

    std::vector<int> trendUrges;
    for (const auto &point : report.trend())
        trendUrges.push_back(point.urges);
    EXPECT_EQ(trendUrges, (std::vector{0, 0, 0, 0, 0, 0, 5, 2, 2, 3, 3, 2}));
    EXPECT_DOUBLE_EQ(*report.trend()[6].resistedShare, 0.8);
    EXPECT_DOUBLE_EQ(*report.trend()[8].resistedShare, 0.5);

    const auto urges = m_store.urges(report.weekStart(), report.weekEnd());
    EXPECT_EQ(UrgeCurve::medianMinutesToHalf(urges), 4.5);
}
