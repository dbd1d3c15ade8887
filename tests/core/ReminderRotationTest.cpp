#include "model/ReminderRotation.h"

#include <gtest/gtest.h>

#include <set>

using namespace holdfast;

namespace {

std::vector<Reason> reasons(int count)
{
    std::vector<Reason> list;
    for (int i = 0; i < count; ++i)
        list.push_back({100 + i, "reason " + std::to_string(i), i});
    return list;
}

std::string describe(const Reminder &reminder)
{
    return reminder.kind == Reminder::Kind::Card ? "card " + std::to_string(int(reminder.card))
                                                 : "reason " + std::to_string(reminder.reasonId);
}

} // namespace

TEST(ReminderRotation, PoolHoldsEveryCardThenEveryReason)
{
    const ReminderRotation rotation(reasons(3));
    ASSERT_EQ(rotation.pool().size(), kAllReminderCards.size() + 3);
    EXPECT_EQ(rotation.pool().front(), Reminder::ofCard(kAllReminderCards.front()));
    EXPECT_EQ(rotation.pool().back(), Reminder::ofReason(102));
}

TEST(ReminderRotation, SameDateSameCardAcrossRefreshAndRestart)
{
    const LocalDate date{2026, 3, 29};
    const ReminderRotation first(reasons(2));
    const Reminder shown = first.forDate(date);
    EXPECT_EQ(first.forDate(date), shown);                    // refresh
    EXPECT_EQ(ReminderRotation(reasons(2)).forDate(date), shown); // restart: a new object
}

TEST(ReminderRotation, KnownDatesKeepTheirCardsAcrossReleases)
{
    // Pinned values: if the mixing changes, users would see today's card
    // change after an update. Change these only on purpose.
    const ReminderRotation rotation;
    const std::pair<LocalDate, ReminderCard> pinned[] = {
        {{2026, 3, 29}, ReminderCard::ResistingIsStrength},
        {{2026, 10, 25}, ReminderCard::AboutSelfWorth},
        {{2027, 1, 1}, ReminderCard::ResistingIsStrength},
    };
    for (const auto &[date, card] : pinned)
        EXPECT_EQ(describe(rotation.forDate(date)), describe(Reminder::ofCard(card))) << date.toIso();
    EXPECT_EQ(ReminderRotation::mix(0), 0xE220A8397B1DCDAFULL); // splitmix64's first output for seed 0
}

TEST(ReminderRotation, ConsecutiveDaysDifferAndEveryReminderComesUp)
{
    for (const int reasonCount : {0, 1, 5, 20}) {
        SCOPED_TRACE(reasonCount);
        const ReminderRotation rotation(reasons(reasonCount));
        const auto size = std::int64_t(rotation.pool().size());
        // From 1969 into 1978: negative day numbers and well over a hundred cycle boundaries.
        const std::int64_t firstDay = -2 * size;
        Reminder previous = rotation.forDate(LocalDate::fromDayNumber(firstDay - 1));
        std::set<std::string> cycle;
        for (std::int64_t day = firstDay; day < 3000; ++day) {
            const Reminder current = rotation.forDate(LocalDate::fromDayNumber(day));
            ASSERT_NE(describe(current), describe(previous)) << LocalDate::fromDayNumber(day).toIso();
            previous = current;
            cycle.insert(describe(current));
            if ((day - firstDay + 1) % size == 0) {
                ASSERT_EQ(cycle.size(), std::size_t(size)) << "a run of days missed a reminder";
                cycle.clear();
            }
        }
    }
}

TEST(ReminderRotation, DifferentDatesShowDifferentCardsOverAWeek)
{
    const ReminderRotation rotation(reasons(2));
    std::set<std::string> week;
    for (int i = 0; i < 7; ++i)
        week.insert(describe(rotation.forDate(LocalDate{2026, 11, 23}.addDays(i))));
    EXPECT_GE(week.size(), 6u);
}

TEST(ReminderRotation, UrgeDialogCyclesThroughEverythingStartingWithTodaysCard)
{
    for (const LocalDate date : {LocalDate{2026, 3, 29}, LocalDate{2026, 3, 30}, LocalDate{1969, 12, 31}}) {
        SCOPED_TRACE(date.toIso());
        const ReminderRotation rotation(reasons(4));
        const std::size_t size = rotation.pool().size();
        EXPECT_EQ(rotation.at(date, 0), rotation.forDate(date));

        std::set<std::string> seen;
        for (std::size_t i = 0; i < size; ++i) {
            seen.insert(describe(rotation.at(date, i)));
            EXPECT_NE(describe(rotation.at(date, i)), describe(rotation.at(date, i + 1))) << i;
        }
        EXPECT_EQ(seen.size(), size);
        EXPECT_EQ(rotation.at(date, size), rotation.at(date, 0));
        EXPECT_EQ(rotation.at(date, 3 * size + 2), rotation.at(date, 2));
        EXPECT_EQ(ReminderRotation(reasons(4)).at(date, 5), rotation.at(date, 5)); // stable across restarts
    }
}
