#include "model/DurationParts.h"
#include "model/NoContactCounter.h"
#include "model/Settings.h"
#include "support/HistoryBuilder.h"

#include <gtest/gtest.h>

using namespace holdfast;
using namespace holdfast::testsupport;

namespace {

const Moment kStart = wallClock({2026, 1, 10}, 20, 0, kBerlinWinter);

std::int64_t daysAfterStart(double days)
{
    return kStart.utcMs + std::int64_t(days * double(kMsPerDay));
}

ContactEvent contactAt(std::int64_t utcMs, Initiator initiator = Initiator::Me, bool replied = false)
{
    ContactEvent contact;
    contact.at = Moment::fromUtc(utcMs, kBerlinWinter);
    contact.initiator = initiator;
    contact.replied = replied;
    return contact;
}

} // namespace

TEST(NoContactCounter, ShowsNothingBeforeTheUserStarted)
{
    const NoContactCounter counter(std::nullopt, {contactAt(daysAfterStart(1))}, true, daysAfterStart(5));
    EXPECT_FALSE(counter.hasStarted());
    EXPECT_EQ(counter.currentMs(), 0);
    EXPECT_EQ(counter.longestMs(), 0);
    EXPECT_EQ(counter.totalDays(), 0);
    EXPECT_EQ(counter.attempts(), 0);
    EXPECT_TRUE(counter.history().empty());
    EXPECT_FALSE(counter.currentSinceUtcMs().has_value());
}

TEST(NoContactCounter, WithoutContactsCountsFromTheStart)
{
    const std::int64_t now = daysAfterStart(23) + 4 * kMsPerHour + 10 * kMsPerMinute;
    const NoContactCounter counter(kStart, {}, true, now);
    EXPECT_TRUE(counter.hasStarted());
    EXPECT_EQ(counter.currentMs(), now - kStart.utcMs);
    EXPECT_EQ(counter.currentSinceUtcMs(), kStart.utcMs);
    EXPECT_EQ(counter.longestMs(), counter.currentMs());
    EXPECT_EQ(counter.totalDays(), 23);
    EXPECT_EQ(counter.attempts(), 1);
    ASSERT_EQ(counter.history().size(), 1u);
    EXPECT_EQ(counter.history()[0], (NoContactAttempt{kStart.utcMs, std::nullopt, now - kStart.utcMs}));
    EXPECT_TRUE(counter.history()[0].isRunning());
    EXPECT_EQ(DurationParts::fromMs(counter.currentMs()), (DurationParts{23, 4, 10}));
}

TEST(NoContactCounter, IgnoresContactBeforeOrAtTheStart)
{
    const std::vector<ContactEvent> contacts{contactAt(daysAfterStart(-30)), contactAt(daysAfterStart(-1)),
                                             contactAt(kStart.utcMs)};
    const NoContactCounter counter(kStart, contacts, true, daysAfterStart(4));
    EXPECT_EQ(counter.attempts(), 1);
    EXPECT_EQ(counter.currentMs(), 4 * kMsPerDay);
    EXPECT_EQ(counter.longestMs(), 4 * kMsPerDay);
}

struct ContactPolicyCase
{
    const char *name;
    Initiator initiator;
    bool replied;
    bool onlyIfReplied;
    bool restarts;
};

class NoContactPolicy : public testing::TestWithParam<ContactPolicyCase>
{
};

TEST_P(NoContactPolicy, RestartsOnlyForContactThatCounts)
{
    const auto &c = GetParam();
    const ContactEvent contact = contactAt(daysAfterStart(5), c.initiator, c.replied);
    EXPECT_EQ(NoContactCounter::breaksNoContact(contact, c.onlyIfReplied), c.restarts);

    const NoContactCounter counter(kStart, {contact}, c.onlyIfReplied, daysAfterStart(8));
    if (c.restarts) {
        EXPECT_EQ(counter.currentMs(), 3 * kMsPerDay);
        EXPECT_EQ(counter.longestMs(), 5 * kMsPerDay);
        EXPECT_EQ(counter.attempts(), 2);
        EXPECT_EQ(counter.currentSinceUtcMs(), contact.at.utcMs);
    } else {
        EXPECT_EQ(counter.currentMs(), 8 * kMsPerDay);
        EXPECT_EQ(counter.attempts(), 1);
    }
}

INSTANTIATE_TEST_SUITE_P(
    Cases, NoContactPolicy,
    testing::Values(ContactPolicyCase{"IReachedOut_RepliedPolicy", Initiator::Me, false, true, true},
                    ContactPolicyCase{"IReachedOut_AnyContactPolicy", Initiator::Me, false, false, true},
                    ContactPolicyCase{"TheyContacted_NoReply_RepliedPolicy", Initiator::Them, false, true, false},
                    ContactPolicyCase{"TheyContacted_Replied_RepliedPolicy", Initiator::Them, true, true, true},
                    ContactPolicyCase{"TheyContacted_NoReply_AnyContactPolicy", Initiator::Them, false, false, true},
                    ContactPolicyCase{"TheyContacted_Replied_AnyContactPolicy", Initiator::Them, true, false, true}),
    [](const auto &caseInfo) { return std::string(caseInfo.param.name); });

TEST(NoContactCounter, KeepsTheHistoryOfAttemptsInTimeOrder)
{
    // Given out of order, as an import might.
    const std::vector<ContactEvent> contacts{
        contactAt(daysAfterStart(13.5), Initiator::Them, true),
        contactAt(daysAfterStart(3.5)),
        contactAt(daysAfterStart(8), Initiator::Them, false), // not replied: no restart
    };
    const NoContactCounter counter(kStart, contacts, true, daysAfterStart(20));

    const std::vector<NoContactAttempt> expected{
        {kStart.utcMs, daysAfterStart(3.5), daysAfterStart(3.5) - kStart.utcMs},
        {daysAfterStart(3.5), daysAfterStart(13.5), 10 * kMsPerDay},
        {daysAfterStart(13.5), std::nullopt, daysAfterStart(20) - daysAfterStart(13.5)},
    };
    EXPECT_EQ(counter.history(), expected);
    EXPECT_EQ(counter.attempts(), 3);
    EXPECT_EQ(counter.longestMs(), 10 * kMsPerDay);
    EXPECT_EQ(counter.currentMs(), daysAfterStart(20) - daysAfterStart(13.5));
    // 3.5 + 10 + 6.5 days: the partial days around the two lapses do not count.
    EXPECT_EQ(counter.totalDays(), 3 + 10 + 6);
}

TEST(NoContactCounter, ClockMovedBackBehindTheLastContactShowsZero)
{
    const ContactEvent contact = contactAt(daysAfterStart(10));
    const NoContactCounter counter(kStart, {contact}, true, contact.at.utcMs - kMsPerDay);
    EXPECT_EQ(counter.currentMs(), 0);
    EXPECT_EQ(counter.currentSinceUtcMs(), contact.at.utcMs);
    EXPECT_EQ(counter.longestMs(), 10 * kMsPerDay); // the finished attempt is still history
    EXPECT_EQ(counter.attempts(), 2);
    EXPECT_EQ(DurationParts::fromMs(counter.currentMs()), DurationParts{});
}

TEST(NoContactCounter, ClockMovedBackBeforeTheStartShowsZero)
{
    const NoContactCounter counter(kStart, {}, true, kStart.utcMs - kMsPerDay);
    EXPECT_EQ(counter.currentMs(), 0);
    EXPECT_EQ(counter.longestMs(), 0);
    EXPECT_EQ(counter.totalDays(), 0);
    EXPECT_EQ(counter.attempts(), 1);
}

TEST(NoContactCounter, FromSettingsFollowsTheReplyPolicy)
{
    Settings settings;
    settings.noContactSince = kStart;
    const std::vector<ContactEvent> contacts{contactAt(daysAfterStart(2), Initiator::Them, false)};

    settings.theirContactCountsOnlyIfReplied = true;
    EXPECT_EQ(NoContactCounter::fromSettings(settings, contacts, daysAfterStart(3)).currentMs(), 3 * kMsPerDay);
    settings.theirContactCountsOnlyIfReplied = false;
    EXPECT_EQ(NoContactCounter::fromSettings(settings, contacts, daysAfterStart(3)).currentMs(), 1 * kMsPerDay);
}

TEST(DurationParts, SplitsIntoWholeDaysHoursAndMinutes)
{
    struct Case
    {
        std::int64_t ms;
        DurationParts expected;
    };
    const Case cases[] = {
        {0, {0, 0, 0}},
        {-5 * kMsPerHour, {0, 0, 0}},
        {59'999, {0, 0, 0}},
        {kMsPerMinute, {0, 0, 1}},
        {kMsPerHour, {0, 1, 0}},
        {23 * kMsPerHour, {0, 23, 0}},
        {kMsPerDay, {1, 0, 0}},
        {2 * kMsPerDay - 1, {1, 23, 59}},
        {23 * kMsPerDay + 4 * kMsPerHour + 30 * kMsPerMinute + 59'999, {23, 4, 30}},
        {3650 * kMsPerDay, {3650, 0, 0}},
    };
    for (const auto &c : cases) {
        const DurationParts parts = DurationParts::fromMs(c.ms);
        EXPECT_EQ(parts, c.expected) << c.ms << " ms gave " << parts.days << "d " << parts.hours << "h "
                                     << parts.minutes << "m";
    }
}

// Low-contact mode (issue 14): contact marked as logistics is kept but never
// ends the stretch; personal contact ends it as before.

namespace {

ContactEvent logisticsAt(std::int64_t utcMs, Initiator initiator = Initiator::Me, bool replied = false)
{
    ContactEvent contact = contactAt(utcMs, initiator, replied);
    contact.purpose = ContactPurpose::Logistics;
    return contact;
}

} // namespace

TEST(NoContactCounter, LogisticsContactKeepsTheStretch)
{
    const std::vector<ContactEvent> contacts{logisticsAt(daysAfterStart(2)),
                                             logisticsAt(daysAfterStart(5), Initiator::Them, true)};
    const NoContactCounter counter(kStart, contacts, true, daysAfterStart(9));
    EXPECT_EQ(counter.attempts(), 1);
    EXPECT_EQ(counter.currentMs(), 9 * kMsPerDay);
    EXPECT_EQ(counter.currentSinceUtcMs(), kStart.utcMs);
    EXPECT_EQ(counter.totalDays(), 9);
}

TEST(NoContactCounter, PersonalContactEndsTheStretchBesideLogistics)
{
    const std::vector<ContactEvent> contacts{logisticsAt(daysAfterStart(2)), contactAt(daysAfterStart(4)),
                                             logisticsAt(daysAfterStart(6))};
    const NoContactCounter counter(kStart, contacts, true, daysAfterStart(10));
    EXPECT_EQ(counter.attempts(), 2);
    EXPECT_EQ(counter.currentSinceUtcMs(), daysAfterStart(4));
    EXPECT_EQ(counter.currentMs(), 6 * kMsPerDay);
    EXPECT_EQ(counter.longestMs(), 6 * kMsPerDay);
}

TEST(NoContactCounter, TheirPersonalContactStillCountsOnlyIfReplied)
{
    const std::vector<ContactEvent> unreplied{contactAt(daysAfterStart(3), Initiator::Them, false)};
    EXPECT_EQ(NoContactCounter(kStart, unreplied, true, daysAfterStart(7)).attempts(), 1);
    EXPECT_EQ(NoContactCounter(kStart, unreplied, false, daysAfterStart(7)).attempts(), 2);
    // Logistics from them never counts, even when any contact from them would.
    const std::vector<ContactEvent> logistics{logisticsAt(daysAfterStart(3), Initiator::Them, true)};
    EXPECT_EQ(NoContactCounter(kStart, logistics, false, daysAfterStart(7)).attempts(), 1);
}

TEST(NoContactCounter, LogisticsKeepsTheStretchAfterTheModeIsTurnedOff)
{
    // Marked honestly while the mode was on: turning it off must not rewrite the past.
    Settings settings;
    settings.noContactSince = kStart;
    settings.lowContact = false;
    const NoContactCounter counter = NoContactCounter::fromSettings(settings, {logisticsAt(daysAfterStart(1))},
                                                                    daysAfterStart(3));
    EXPECT_EQ(counter.attempts(), 1);
    EXPECT_EQ(counter.currentMs(), 3 * kMsPerDay);
}

TEST(NoContactCounter, LogisticsAcrossTheDstNightKeepsRealHours)
{
    // Berlin springs forward on 29 March 2026: 23 real hours from Saturday noon to Sunday noon.
    const Moment since = wallClock({2026, 3, 28}, 12, 0, kBerlinWinter, "Europe/Berlin");
    const Moment logistics = wallClock({2026, 3, 29}, 3, 30, kBerlinSummer, "Europe/Berlin");
    ContactEvent pickUp;
    pickUp.at = logistics;
    pickUp.purpose = ContactPurpose::Logistics;
    const std::int64_t now = wallClock({2026, 3, 29}, 12, 0, kBerlinSummer, "Europe/Berlin").utcMs;
    const NoContactCounter counter(since, {pickUp}, true, now);
    EXPECT_EQ(counter.attempts(), 1);
    EXPECT_EQ(counter.currentMs(), 23 * kMsPerHour);
}
