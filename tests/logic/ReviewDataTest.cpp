#include "support/ReviewHistory.h"
#include "support/TestStore.h"
#include "support/WatchedStore.h"

#include "model/ReviewData.h"

#include <gtest/gtest.h>

using namespace holdfast;
using namespace holdfast::testing;

namespace {

constexpr LocalDate kToday{2026, 11, 25};

} // namespace

TEST(ReviewData, SwitchingWeeksReadsTwoQueriesOfTheTwelveWeekWindow)
{
    TestStore<WatchedStore> folder;
    WatchedStore &store = *folder;
    writeReviewHistory(store);
    ReviewWeek week(kToday);
    const auto first = ReviewData::findFirstDataDate(store, kToday);
    EXPECT_EQ(first, (LocalDate{2026, 10, 20}));

    store.resetCounts();
    week.goBack();
    const ReviewData data = ReviewData::load(store, week, first);
    EXPECT_EQ(store.reads(), 2);
    EXPECT_EQ(store.callCount("daySummaries"), 1);
    EXPECT_EQ(store.callCount("urgeRatings"), 1);
    EXPECT_EQ(data.report.weekStart(), (LocalDate{2026, 11, 16}));
    EXPECT_EQ(data.report.totals().urges, 3);
    EXPECT_FALSE(data.currentWeek);
    EXPECT_EQ(data.state, ReviewState::Kind::Normal);
}

TEST(ReviewData, HoldsThePersonalUrgeCurve)
{
    TestStore<> folder;
    storage::SqliteStore &store = *folder;
    writeReviewHistory(store);
    const ReviewData data = ReviewData::load(store, ReviewWeek(kToday), LocalDate{2026, 10, 20});
    EXPECT_TRUE(data.currentWeek);
    EXPECT_EQ(data.weekMinutesToHalf, 4.5);
    // Over twelve weeks: 9 6 4 10 7 8 12 8 5 4 3 6 5 4 -> median of 14 values is 6.
    EXPECT_EQ(data.trendMinutesToHalf, 6.0);
    ASSERT_EQ(data.weekCurve.size(), std::size_t(UrgeCurve::kDefaultLastMinute + 1));
    EXPECT_DOUBLE_EQ(data.weekCurve.front().relativeIntensity, 1.0);
    EXPECT_EQ(data.weekCurve.front().urges, 2);
    // Minute 5: 2/5 and 1/4.
    EXPECT_DOUBLE_EQ(data.weekCurve[5].relativeIntensity, (0.4 + 0.25) / 2);
}

TEST(ReviewData, AWeekAfterALongQuietTimeIsNotTheFirstWeek)
{
    TestStore<> folder;
    storage::SqliteStore &store = *folder;
    store.saveCheckIn(fixtureCheckIn({2026, 1, 12}, 2, 2));
    store.saveUrge(fixtureUrge(localMoment({2026, 11, 24}, 22, 0, kBerlinWinter), UrgeOutcome::Resisted, {{0, 5}},
                               {Trigger::Boredom}));
    const auto first = ReviewData::findFirstDataDate(store, kToday);
    EXPECT_EQ(first, (LocalDate{2026, 1, 12}));
    const ReviewData data = ReviewData::load(store, ReviewWeek(kToday), first);
    ASSERT_TRUE(data.report.previousTotals());
    EXPECT_EQ(data.report.summary().direction, WeeklyReport::Direction::More);
}

TEST(ReviewData, NothingRecordedYet)
{
    TestStore<> folder;
    storage::SqliteStore &store = *folder;
    EXPECT_FALSE(ReviewData::findFirstDataDate(store, kToday));
    const ReviewData data = ReviewData::load(store, ReviewWeek(kToday), std::nullopt);
    EXPECT_EQ(data.state, ReviewState::Kind::NoData);
    EXPECT_TRUE(data.weekCurve.empty());
    EXPECT_FALSE(data.weekMinutesToHalf);
}

TEST(ReviewData, AWeeksContactIsCountedByWhatItWasFor)
{
    const ReviewWeek week(LocalDate{2026, 11, 25}, Weekday::Monday); // Monday 23 to Sunday 29
    std::vector<ContactEvent> contacts(4);
    contacts[0].at = Moment::fromUtc(LocalDate{2026, 11, 22}.dayNumber() * kMsPerDay, 0); // the Sunday before
    contacts[1].at = Moment::fromUtc(LocalDate{2026, 11, 23}.dayNumber() * kMsPerDay, 0);
    contacts[2].at = Moment::fromUtc(LocalDate{2026, 11, 24}.dayNumber() * kMsPerDay, 0);
    contacts[3].at = Moment::fromUtc(LocalDate{2026, 11, 25}.dayNumber() * kMsPerDay, 0);
    contacts[0].purpose = ContactPurpose::Logistics;
    contacts[2].purpose = ContactPurpose::Logistics;
    contacts[3].purpose = ContactPurpose::Logistics;
    EXPECT_EQ(WeekContacts::in(contacts, week), (WeekContacts{1, 2}));
}
