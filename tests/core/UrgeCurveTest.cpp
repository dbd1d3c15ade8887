#include "model/UrgeCurve.h"
#include "support/HistoryBuilder.h"

#include <gtest/gtest.h>

using namespace holdfast;
using namespace holdfast::testsupport;

namespace {

const Moment kEvening = wallClock({2026, 6, 3}, 21, 0, kBerlinSummer);

UrgeRecord urgeWith(std::initializer_list<std::pair<int, int>> minuteAndIntensity, int startOffsetMinutes = 0)
{
    return urgeAt(Moment::fromUtc(kEvening.utcMs + startOffsetMinutes * kMsPerMinute, kBerlinSummer))
        .ratings(minuteAndIntensity);
}

} // namespace

TEST(UrgeCurve, MinutesUntilIntensityFellBelowHalf)
{
    struct Case
    {
        const char *name;
        UrgeRecord urge;
        std::optional<double> minutes;
    };
    const Case cases[] = {
        {"falls steadily", urgeWith({{0, 8}, {5, 6}, {12, 3}}), 12.0},
        {"exactly half is not below half", urgeWith({{0, 8}, {5, 4}}), std::nullopt},
        {"below half after exactly half", urgeWith({{0, 8}, {5, 4}, {9, 3}}), 9.0},
        {"odd start: 3 is below 3.5", urgeWith({{0, 7}, {3, 3}}), 3.0},
        {"odd start: 4 is not below 3.5", urgeWith({{0, 7}, {3, 4}}), std::nullopt},
        {"rises before it falls", urgeWith({{0, 5}, {3, 9}, {20, 2}}), 20.0},
        {"never falls", urgeWith({{0, 9}, {2, 9}, {10, 10}}), std::nullopt},
        {"a single rating", urgeWith({{0, 8}}), std::nullopt},
        {"never rated", urgeWith({}), std::nullopt},
        {"started at zero", urgeWith({{0, 0}, {5, 0}}), std::nullopt},
        {"from one to zero", urgeWith({{0, 1}, {4, 0}}), 4.0},
        {"first fall counts, not a later one", urgeWith({{0, 10}, {7, 4}, {9, 8}, {15, 1}}), 7.0},
    };
    for (const auto &c : cases) {
        SCOPED_TRACE(c.name);
        EXPECT_EQ(UrgeCurve::minutesToHalf(c.urge), c.minutes);
    }
}

TEST(UrgeCurve, MeasuresRealTimeInFractionsOfAMinute)
{
    UrgeRecord urge = urgeWith({{0, 6}});
    urge.samples.push_back({kEvening.utcMs + 90'000, 2});
    EXPECT_EQ(UrgeCurve::minutesToHalf(urge), 1.5);
}

TEST(UrgeCurve, ARatingStampedBeforeTheStartIsNeverNegative)
{
    // The clock was moved back a day while the dialog was open.
    UrgeRecord urge = urgeWith({{0, 8}});
    urge.samples.push_back({kEvening.utcMs - kMsPerDay + 5 * kMsPerMinute, 3});
    EXPECT_EQ(UrgeCurve::minutesToHalf(urge), 0.0);
}

TEST(UrgeCurve, MedianOverTheUrgesThatFell)
{
    const UrgeRecord never = urgeWith({{0, 9}, {10, 9}});
    const UrgeRecord single = urgeWith({{0, 9}});
    auto fellAfter = [](int minutes) { return urgeWith({{0, 8}, {minutes, 1}}); };
    struct Case
    {
        const char *name;
        std::vector<UrgeRecord> urges;
        std::optional<double> median;
    };
    const Case cases[] = {
        {"none", {}, std::nullopt},
        {"none qualifies", {never, single}, std::nullopt},
        {"one", {fellAfter(7)}, 7.0},
        {"odd count", {fellAfter(3), fellAfter(12), fellAfter(9)}, 9.0},
        {"even count: mean of the middle two", {fellAfter(20), fellAfter(4), fellAfter(10), fellAfter(6)}, 8.0},
        {"non-qualifying urges are left out", {fellAfter(5), never, single, fellAfter(11)}, 8.0},
    };
    for (const auto &c : cases) {
        SCOPED_TRACE(c.name);
        EXPECT_EQ(UrgeCurve::medianMinutesToHalf(c.urges), c.median);
    }
}

TEST(UrgeCurve, AverageCurveUsesTheLastRatingAtOrBeforeEachMinute)
{
    const std::vector<UrgeRecord> urges{
        urgeWith({{0, 8}, {5, 4}, {10, 2}}),
        urgeWith({{0, 10}, {2, 10}, {6, 0}}, 60), // an hour later: minutes count from each urge's own start
        urgeWith({{0, 7}}),                        // one rating: no curve
        urgeWith({{0, 0}, {3, 0}}),                // started at zero: no curve
    };
    const auto curve = UrgeCurve::averageCurve(urges, 10);
    ASSERT_EQ(curve.size(), 11u);
    const std::pair<int, double> expected[] = {
        {0, 1.0}, {4, 1.0}, {5, 0.75}, {6, 0.25}, {9, 0.25}, {10, 0.125},
    };
    for (const auto &[minute, relative] : expected) {
        SCOPED_TRACE(minute);
        EXPECT_EQ(curve[std::size_t(minute)].minute, minute);
        EXPECT_DOUBLE_EQ(curve[std::size_t(minute)].relativeIntensity, relative);
        EXPECT_EQ(curve[std::size_t(minute)].urges, 2);
    }
}

TEST(UrgeCurve, AverageCurveDefaultsToThirtyMinutesAndStaysOnScale)
{
    const auto curve = UrgeCurve::averageCurve({urgeWith({{0, 4}, {1, 8}, {40, 1}})});
    ASSERT_EQ(curve.size(), std::size_t(UrgeCurve::kDefaultLastMinute) + 1);
    EXPECT_EQ(curve.back().minute, 30);
    for (const auto &point : curve)
        EXPECT_DOUBLE_EQ(point.relativeIntensity, 1.0) << point.minute; // doubled intensity shows as the start
}

TEST(UrgeCurve, AverageCurveIsEmptyWithoutQualifyingUrges)
{
    EXPECT_TRUE(UrgeCurve::averageCurve({}).empty());
    EXPECT_TRUE(UrgeCurve::averageCurve({urgeWith({{0, 6}}), urgeWith({})}).empty());
}
