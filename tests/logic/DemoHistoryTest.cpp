#include "model/DemoHistory.h"
#include "model/FixedClock.h"
#include "model/UrgeCurve.h"
#include "model/WeeklyReport.h"
#include "support/TestStore.h"

#include <gtest/gtest.h>

#include <algorithm>

using namespace holdfast;
using holdfast::testing::TestStore;

namespace {

Moment wednesdayMorning()
{
    const std::int64_t utc = LocalDate{2026, 11, 25}.dayNumber() * kMsPerDay + 8 * kMsPerHour;
    return Moment::fromUtc(utc, 60, "Europe/Berlin");
}

class DemoHistoryTest : public ::testing::Test
{
protected:
    void SetUp() override { m_written = DemoHistory().writeTo(m_store, m_clock); }

    FixedClock m_clock{wednesdayMorning()};
    TestStore<> m_folder{&m_clock};
    storage::SqliteStore &m_store = *m_folder;
    DemoHistory::Written m_written;
};

} // namespace

TEST_F(DemoHistoryTest, FillsTenWeeksEndingToday)
{
    EXPECT_EQ(m_written.lastDay, (LocalDate{2026, 11, 25}));
    EXPECT_EQ(m_written.firstDay, (LocalDate{2026, 9, 17}));
    const auto urges = m_store.everything().urges;
    ASSERT_FALSE(urges.empty());
    EXPECT_EQ(int(urges.size()), m_written.urges);
    for (const auto &urge : urges) {
        EXPECT_GE(urge.start.localDate, m_written.firstDay);
        EXPECT_LE(urge.end->utcMs, m_clock.now().utcMs) << "nothing in the future";
    }
    EXPECT_GE(m_written.checkIns, 50);
    EXPECT_GE(m_written.journalEntries, 12);
    EXPECT_GE(m_written.unsentMessages, 3);
    EXPECT_EQ(int(m_store.unsentMessages().size()), m_written.unsentMessages);
    EXPECT_FALSE(m_store.reasons().empty());
    EXPECT_FALSE(m_store.supportPeople().empty());
    EXPECT_FALSE(m_store.activities().empty());
}

TEST_F(DemoHistoryTest, UrgesGetRarerAndWeakerWeekByWeek)
{
    const WeeklyReport report(m_store.daySummaries(m_written.firstDay, m_written.lastDay), m_written.lastDay);
    const auto &trend = report.trend();
    // The trend's last ten weeks hold the demo; compare its first full weeks with its last full ones.
    const int early = trend[3].urges + trend[4].urges;
    const int late = trend[9].urges + trend[10].urges;
    EXPECT_GT(early, 2 * late) << early << " vs " << late;
    EXPECT_GE(trend[3].urges, 12);

    const auto firstWeeks = m_store.urges(m_written.firstDay, m_written.firstDay.addDays(20));
    const auto lastWeeks = m_store.urges(m_written.lastDay.addDays(-20), m_written.lastDay);
    const auto meanStart = [](const std::vector<UrgeRecord> &urges) {
        double sum = 0;
        for (const auto &urge : urges)
            sum += *urge.startIntensity();
        return sum / double(urges.size());
    };
    EXPECT_GT(meanStart(firstWeeks), meanStart(lastWeeks) + 1.5);
    const auto firstHalf = UrgeCurve::medianMinutesToHalf(firstWeeks);
    const auto lastHalf = UrgeCurve::medianMinutesToHalf(lastWeeks);
    ASSERT_TRUE(firstHalf && lastHalf);
    EXPECT_GT(*firstHalf, *lastHalf);
}

TEST_F(DemoHistoryTest, HasExactlyOneLapseAndTheCounterStartsAfterIt)
{
    const auto contacts = m_store.contacts();
    const auto mine = std::count_if(contacts.begin(), contacts.end(),
                                    [](const ContactEvent &c) { return c.initiator == Initiator::Me; });
    EXPECT_EQ(mine, 1);
    const auto lapse = std::find_if(contacts.begin(), contacts.end(),
                                    [](const ContactEvent &c) { return c.initiator == Initiator::Me; });
    const Settings settings = m_store.settings();
    ASSERT_TRUE(settings.noContactSince);
    EXPECT_EQ(settings.noContactSince->utcMs, lapse->at.utcMs);
    EXPECT_TRUE(settings.onboardingDone);
    ASSERT_TRUE(settings.breakupDate);
    EXPECT_LT(*settings.breakupDate, m_written.firstDay);

    ASSERT_TRUE(lapse->urgeId);
    const auto urge = m_store.urge(*lapse->urgeId);
    ASSERT_TRUE(urge);
    EXPECT_EQ(urge->outcome, UrgeOutcome::ReachedOut);
}

TEST_F(DemoHistoryTest, UnsentMessagesAndTheirUrgesPointAtEachOther)
{
    int linked = 0;
    for (const auto &message : m_store.unsentMessages()) {
        if (!message.urgeId)
            continue;
        ++linked;
        const auto urge = m_store.urge(*message.urgeId);
        ASSERT_TRUE(urge);
        EXPECT_EQ(urge->unsentMessageId, message.id);
    }
    EXPECT_GE(linked, 2);
}

TEST_F(DemoHistoryTest, IsTheSameForTheSameSeedAndDayAndDiffersForAnother)
{
    TestStore<> again{&m_clock};
    DemoHistory().writeTo(*again, m_clock);
    EXPECT_EQ(again->everything().urges, m_store.everything().urges);
    EXPECT_EQ(again->checkIns(m_written.firstDay, m_written.lastDay), m_store.checkIns(m_written.firstDay, m_written.lastDay));

    TestStore<> other{&m_clock};
    DemoHistory(7).writeTo(*other, m_clock);
    EXPECT_NE(other->everything().urges, m_store.everything().urges);
}

TEST_F(DemoHistoryTest, UsesTheOffsetInForceOnEachDay)
{
    // Summer time before 25 October, as the system zone would say.
    const auto berlin = [](LocalDate date, int) -> std::int32_t { return date < LocalDate{2026, 10, 25} ? 120 : 60; };
    TestStore<> store{&m_clock};
    DemoHistory(DemoHistory::kDefaultSeed, berlin).writeTo(*store, m_clock);
    for (const auto &urge : store->everything().urges) {
        EXPECT_EQ(urge.start.offsetMinutes, berlin(urge.start.localDate, 0));
        EXPECT_EQ(Moment::fromUtc(urge.start.utcMs, urge.start.offsetMinutes).localDate, urge.start.localDate);
    }
}
