#include "support/ReviewHistory.h"
#include "support/TestStore.h"
#include "support/WatchedStore.h"

#include "model/ReviewData.h"
#include "model/ReviewWeekCache.h"

#include <gtest/gtest.h>

using namespace holdfast;
using namespace holdfast::testing;

namespace {

constexpr LocalDate kToday{2026, 11, 25};

void expectSameFigures(const ReviewData &cached, const ReviewData &fresh)
{
    EXPECT_EQ(cached.report.weekStart(), fresh.report.weekStart());
    EXPECT_EQ(cached.report.totals().urges, fresh.report.totals().urges);
    EXPECT_EQ(cached.report.totals().resisted, fresh.report.totals().resisted);
    EXPECT_EQ(cached.report.previousTotals().has_value(), fresh.report.previousTotals().has_value());
    EXPECT_EQ(cached.report.summary().direction, fresh.report.summary().direction);
    EXPECT_EQ(cached.state, fresh.state);
    EXPECT_EQ(cached.weekCurve, fresh.weekCurve);
    EXPECT_EQ(cached.trendCurve, fresh.trendCurve);
    EXPECT_EQ(cached.weekMinutesToHalf, fresh.weekMinutesToHalf);
    EXPECT_EQ(cached.trendMinutesToHalf, fresh.trendMinutesToHalf);
}

} // namespace

TEST(ReviewWeekCache, SteppingBackAWeekReadsOnlyThatWeekAndShowsTheSameFigures)
{
    TestStore<WatchedStore> folder;
    WatchedStore &store = *folder;
    writeReviewHistory(store);
    const auto first = ReviewData::findFirstDataDate(store, kToday);
    ReviewWeekCache cache;
    ReviewWeek week(kToday);
    (void)ReviewData::load(store, cache, week, first);
    EXPECT_EQ(cache.size(), std::size_t(12));

    for (int step = 0; step < 6; ++step) {
        week.goBack();
        store.resetCounts();
        const ReviewData cached = ReviewData::load(store, cache, week, first);
        // One new week at the far end of the twelve: one small read of each kind.
        EXPECT_EQ(store.callCount("daySummaries"), 1);
        EXPECT_EQ(store.callCount("urgeRatings"), 1);
        expectSameFigures(cached, ReviewData::load(store, week, first));
    }

    // Back to weeks already read: nothing is read at all.
    week.goToToday();
    store.resetCounts();
    const ReviewData again = ReviewData::load(store, cache, week, first);
    EXPECT_EQ(store.reads(), 0);
    expectSameFigures(again, ReviewData::load(store, week, first));
}

TEST(ReviewWeekCache, AWeekReadAheadMakesTheStepBackReadNothing)
{
    TestStore<WatchedStore> folder;
    WatchedStore &store = *folder;
    writeReviewHistory(store);
    const auto first = ReviewData::findFirstDataDate(store, kToday);
    ReviewWeekCache cache;
    ReviewWeek week(kToday);
    (void)ReviewData::load(store, cache, week, first);

    // While the user looks at this week, the page reads the one a step back needs.
    EXPECT_TRUE(ReviewData::prefetchStepBack(store, cache, week, first));
    EXPECT_FALSE(ReviewData::prefetchStepBack(store, cache, week, first)); // once is enough

    week.goBack();
    store.resetCounts();
    const ReviewData stepped = ReviewData::load(store, cache, week, first);
    EXPECT_EQ(store.reads(), 0);
    expectSameFigures(stepped, ReviewData::load(store, week, first));

    // Someone who has recorded nothing yet has nothing to read ahead.
    ReviewWeekCache empty;
    EXPECT_FALSE(ReviewData::prefetchStepBack(store, empty, week, std::nullopt));
    EXPECT_EQ(empty.size(), std::size_t(0));
}

TEST(ReviewWeekCache, AfterClearingANewUrgeIsCounted)
{
    TestStore<> folder;
    storage::SqliteStore &store = *folder;
    writeReviewHistory(store);
    const auto first = ReviewData::findFirstDataDate(store, kToday);
    ReviewWeekCache cache;
    const ReviewWeek week(kToday);
    const int before = ReviewData::load(store, cache, week, first).report.totals().urges;

    store.saveUrge(fixtureUrge(localMoment(kToday, 8, 0, kBerlinWinter), UrgeOutcome::Resisted, {{0, 6}, {3, 2}},
                               {Trigger::Boredom}));
    cache.clear(); // what the screen does when urges change
    const ReviewData after = ReviewData::load(store, cache, week, first);
    EXPECT_EQ(after.report.totals().urges, before + 1);
    expectSameFigures(after, ReviewData::load(store, week, first));
}
