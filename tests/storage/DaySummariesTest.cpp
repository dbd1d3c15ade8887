// The weekly review reads day summaries computed in SQL; these are the exact
// figures for a small history, bucketed by the user's local date.

#include "StorageTestSupport.h"

#include "storage/SqliteStore.h"

#include <QTemporaryDir>

#include <algorithm>

#include <gtest/gtest.h>

using namespace holdfast;
using namespace holdfast::storage;
using namespace holdfast::storage::test;

namespace {

const LocalDate kA{2026, 3, 27};
const LocalDate kB{2026, 3, 28};
const LocalDate kC{2026, 3, 29};
const LocalDate kD{2026, 3, 30};
constexpr int kNewYork = -5 * 60;

UrgeRecord urgeAt(const Moment &start, std::vector<int> intensities, std::vector<Trigger> triggers,
                  std::vector<std::string> custom, HaltFlags halt, UrgeOutcome outcome)
{
    UrgeRecord urge;
    urge.start = start;
    for (std::size_t i = 0; i < intensities.size(); ++i)
        urge.samples.push_back({start.utcMs + std::int64_t(i) * kMsPerMinute, intensities[i]});
    urge.triggers = std::move(triggers);
    urge.customTriggers = std::move(custom);
    urge.halt = halt;
    urge.outcome = outcome;
    return urge;
}

class DaySummaries : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_store = SqliteStore::open(m_dir.path());
        // Day A: morning in Berlin, then two late urges in New York whose UTC date is already B.
        m_store->saveUrge(urgeAt(localMoment(kA, 9, 15, 60), {5, 7}, {Trigger::SocialMedia}, {"our song"},
                                 HaltFlags{true, false, false, false}, UrgeOutcome::Resisted));
        m_store->saveUrge(urgeAt(localMoment(kA, 23, 30, kNewYork, "America/New_York"), {8, 9, 3},
                                 {Trigger::SocialMedia, Trigger::NightTime}, {}, HaltFlags{false, false, true, true},
                                 UrgeOutcome::ReachedOut));
        m_store->saveUrge(urgeAt(localMoment(kA, 23, 45, kNewYork, "America/New_York"), {},
                                 {Trigger::Loneliness}, {"our song"}, HaltFlags{}, UrgeOutcome::Open));
        // Day B: one urge.
        m_store->saveUrge(urgeAt(localMoment(kB, 14, 0, 60), {4}, {Trigger::Other}, {},
                                 HaltFlags{false, true, false, false}, UrgeOutcome::TheyContactedMe));
        // Outside the range on both sides, though one is inside it by UTC.
        m_store->saveUrge(urgeAt(localMoment(kA.addDays(-1), 23, 59, kNewYork), {10}, {Trigger::Alcohol}, {},
                                 HaltFlags{}, UrgeOutcome::ReachedOut));
        m_store->saveUrge(urgeAt(localMoment(kD.addDays(1), 0, 5, 60), {10}, {}, {}, HaltFlags{},
                                 UrgeOutcome::Resisted));
        // Check-ins: day A and day C (a day with no urge).
        m_store->saveCheckIn(CheckIn{kA, localMoment(kA, 8, 0), 2, 4, ""});
        m_store->saveCheckIn(CheckIn{kC, localMoment(kC, 8, 0), 4, 3, ""});
    }

    QTemporaryDir m_dir;
    std::unique_ptr<SqliteStore> m_store;
};

} // namespace

TEST_F(DaySummaries, ExactFiguresPerLocalDay)
{
    const auto summaries = m_store->daySummaries(kA, kD);
    ASSERT_EQ(summaries.size(), 3u); // A, B and C; D has nothing

    DaySummary a;
    a.date = kA;
    a.urges = 3;
    a.resisted = 1;
    a.reachedOut = 1;
    a.open = 1;
    a.intensitySum = 5 + 8;
    a.intensityCount = 2;
    a.peakIntensity = 9;
    a.triggers = {{Trigger::SocialMedia, 2}, {Trigger::NightTime, 1}, {Trigger::Loneliness, 1}};
    a.customTriggers = {{"our song", 2}};
    a.halt = {1, 0, 1, 1};
    a.kinds = {3, 0, 0, 0}; // stored without a kind: every one is a message urge
    a.hours[9] = 1;
    a.hours[23] = 2;
    a.mood = 2;
    a.sleep = 4;
    EXPECT_EQ(summaries[0], a);

    DaySummary b;
    b.date = kB;
    b.urges = 1;
    b.theyContacted = 1;
    b.intensitySum = 4;
    b.intensityCount = 1;
    b.peakIntensity = 4;
    b.triggers = {{Trigger::Other, 1}};
    b.halt = {0, 1, 0, 0};
    b.kinds = {1, 0, 0, 0};
    b.hours[14] = 1;
    EXPECT_EQ(summaries[1], b);

    DaySummary c;
    c.date = kC;
    c.mood = 4;
    c.sleep = 3;
    EXPECT_EQ(summaries[2], c);
}

TEST_F(DaySummaries, KindsAreCountedByLocalDayAcrossTheSpringForwardNight)
{
    // Day C is 29 March 2026, when Berlin's clocks jump from 02:00 to 03:00.
    UrgeRecord look = urgeAt(localMoment(kC, 0, 30, 60), {6}, {}, {}, HaltFlags{}, UrgeOutcome::ReachedOut);
    look.kind = UrgeKind::Look; // 23:30 UTC on the 28th
    UrgeRecord go = urgeAt(localMoment(kC, 3, 15, 120), {5}, {}, {}, HaltFlags{}, UrgeOutcome::Resisted);
    go.kind = UrgeKind::Go; // half an hour of real time after 01:45 CET
    UrgeRecord other = urgeAt(localMoment(kC, 23, 30, 120), {}, {}, {}, HaltFlags{}, UrgeOutcome::Open);
    other.kind = UrgeKind::Other; // 21:30 UTC
    for (const UrgeRecord &urge : {look, go, other})
        m_store->saveUrge(urge);
    m_store->saveUrge(urgeAt(localMoment(kC, 1, 45, 60), {7}, {}, {}, HaltFlags{}, UrgeOutcome::Resisted));

    const auto day = m_store->daySummaries(kC, kC);
    ASSERT_EQ(day.size(), 1u);
    EXPECT_EQ(day[0].urges, 4);
    EXPECT_EQ(day[0].kinds, (std::array<int, 4>{1, 1, 1, 1}));
    // The neighbours keep theirs: the look urge at 00:30 is not on day B, whose UTC date it has.
    EXPECT_EQ(m_store->daySummaries(kB, kB)[0].kinds, (std::array<int, 4>{1, 0, 0, 0}));
    const auto urges = m_store->urges(kC, kC);
    ASSERT_EQ(urges.size(), 4u);
    EXPECT_EQ(urges[0].kind, UrgeKind::Look);
    EXPECT_EQ(urges[1].kind, UrgeKind::Message);
    EXPECT_EQ(urges[2].kind, UrgeKind::Go);
    EXPECT_EQ(urges[3].kind, UrgeKind::Other);
}

TEST_F(DaySummaries, RangeIsInclusiveAndByLocalDate)
{
    const auto onlyB = m_store->daySummaries(kB, kB);
    ASSERT_EQ(onlyB.size(), 1u);
    EXPECT_EQ(onlyB[0].urges, 1); // the late New York urges stay on day A
    EXPECT_TRUE(m_store->daySummaries(kD, kD).empty());
    EXPECT_EQ(m_store->daySummaries(kA.addDays(-1), kA.addDays(-1)).size(), 1u);
    EXPECT_TRUE(m_store->daySummaries(kD, kA).empty()); // reversed range
}

TEST_F(DaySummaries, AgreeWithTheRawUrges)
{
    const auto summaries = m_store->daySummaries(kA.addDays(-7), kD.addDays(7));
    for (const DaySummary &summary : summaries) {
        const auto urges = m_store->urges(summary.date, summary.date);
        EXPECT_EQ(summary.urges, int(urges.size())) << summary.date.toIso();
        int peak = 0;
        for (const UrgeRecord &urge : urges)
            peak = std::max(peak, urge.peakIntensity().value_or(0));
        EXPECT_EQ(summary.peakIntensity, peak) << summary.date.toIso();
    }
}

TEST_F(DaySummaries, UrgeCountsForTheDashboardMatchTheSummaries)
{
    // The dashboard reads these lean counts; they must show what the review does.
    const std::vector<DayUrgeCount> counts = m_store->urgeCounts(kA.addDays(-1), kD);
    const std::vector<DayUrgeCount> expected{{kA.addDays(-1), 1, 0}, {kA, 3, 1}, {kB, 1, 0}};
    EXPECT_EQ(counts, expected); // day C has a check-in but no urge, day D nothing
    // The port's default, built from the full summaries, agrees.
    EXPECT_EQ(m_store->Store::urgeCounts(kA.addDays(-1), kD), expected);
    EXPECT_TRUE(m_store->urgeCounts(kD, kA).empty()); // reversed range
}

// The urge curve reads only the ratings: the same samples as the full
// records, for the same urges (also one without ratings), by day then id.
TEST_F(DaySummaries, UrgeRatingsMatchTheFullRecordsOfTheRange)
{
    const std::vector<UrgeRecord> full = m_store->urges(kA, kD);
    std::vector<UrgeRatings> expected;
    for (const UrgeRecord &urge : full)
        expected.push_back({urge.id, urge.start.localDate, urge.samples});
    std::sort(expected.begin(), expected.end(), [](const UrgeRatings &a, const UrgeRatings &b) {
        return a.startDate < b.startDate || (a.startDate == b.startDate && a.urgeId < b.urgeId);
    });
    const std::vector<UrgeRatings> ratings = m_store->urgeRatings(kA, kD);
    ASSERT_EQ(ratings.size(), std::size_t(4)); // three on day A, one on day B; none from outside
    EXPECT_EQ(ratings, expected);
    EXPECT_EQ(ratings[0].samples.size(), std::size_t(2));
    EXPECT_EQ(ratings[0].samples[1].intensity, 7);
    EXPECT_TRUE(m_store->urgeRatings(kD.addDays(2), kD.addDays(9)).empty());
}

TEST_F(DaySummaries, UrgeRatingsAreReadableWhileTheStoreIsLocked)
{
    const std::vector<UrgeRatings> before = m_store->urgeRatings(kA, kD);
    m_store->enableEncryption("correct horse battery staple");
    m_store->lock();
    EXPECT_EQ(m_store->urgeRatings(kA, kD), before);
}
