#include "model/DashboardPresenter.h"

#include "model/EveningLookBack.h"
#include "model/FixedClock.h"
#include "support/TestStore.h"

#include <gtest/gtest.h>

namespace holdfast {
namespace {

constexpr std::int32_t kBerlinOffset = 60;

// A wall-clock time in Berlin (UTC+1 in winter).
Moment berlin(LocalDate date, int hour, int minute = 0)
{
    const std::int64_t utc = date.dayNumber() * kMsPerDay + (hour * 60 + minute - kBerlinOffset) * kMsPerMinute;
    return Moment::fromUtc(utc, kBerlinOffset, "Europe/Berlin");
}

constexpr LocalDate kWednesday{2026, 11, 25};

UrgeRecord urgeAt(const Moment &start, UrgeOutcome outcome)
{
    UrgeRecord urge;
    urge.start = start;
    urge.end = Moment::fromUtc(start.utcMs + 10 * kMsPerMinute, start.offsetMinutes, start.zone);
    urge.samples = {{start.utcMs, 7}};
    urge.outcome = outcome;
    return urge;
}

RiskDate riskOn(LocalDate date, std::string title, bool yearly = false)
{
    RiskDate risk;
    risk.title = std::move(title);
    risk.date = date;
    risk.yearly = yearly;
    risk.plan = "Spend the evening with Sam";
    return risk;
}

class DashboardPresenterTest : public ::testing::Test
{
protected:
    void startNoContactAt(const Moment &since)
    {
        Settings settings = m_store.settings();
        settings.noContactSince = since;
        m_store.saveSettings(settings);
    }

    Moment ago(std::int64_t ms) const
    {
        const Moment now = m_clock.now();
        return Moment::fromUtc(now.utcMs - ms, now.offsetMinutes, now.zone);
    }

    DashboardState load() const { return DashboardPresenter(m_store, m_clock).load(); }

    FixedClock m_clock{berlin(kWednesday, 9)};
    testing::TestStore<> m_folder{&m_clock};
    storage::SqliteStore &m_store = *m_folder;
};

TEST_F(DashboardPresenterTest, WithoutAStartDateEverythingIsZeroAndTheNudgeIsFlagged)
{
    const DashboardState state = load();

    EXPECT_FALSE(state.hasStartDate);
    EXPECT_EQ(state.today, kWednesday);
    EXPECT_EQ(state.counter.currentMs, 0);
    EXPECT_EQ(state.counter.attempts, 0);
    EXPECT_EQ(state.counter.totalDays, 0);
    EXPECT_FALSE(state.milestone.reachedDays);
    EXPECT_EQ(state.milestone.nextDays, 1);
    EXPECT_FALSE(state.milestone.justReachedDays);
}

TEST_F(DashboardPresenterTest, CounterShowsDaysAndHoursSinceTheStart)
{
    startNoContactAt(ago(23 * kMsPerDay + 4 * kMsPerHour + 12 * kMsPerMinute));

    const DashboardState state = load();

    EXPECT_TRUE(state.hasStartDate);
    EXPECT_EQ(state.counter.current, (DurationParts{23, 4, 12}));
    EXPECT_EQ(state.counter.longest, (DurationParts{23, 4, 12}));
    EXPECT_EQ(state.counter.totalDays, 23);
    EXPECT_EQ(state.counter.attempts, 1);
    EXPECT_EQ(state.milestone.reachedDays, 21);
    EXPECT_EQ(state.milestone.nextDays, 30);
    EXPECT_EQ(state.milestone.daysToNext, 7); // 6 days 19 h 48 min to go
    EXPECT_GT(state.milestone.progress, 0.0);
    EXPECT_LT(state.milestone.progress, 1.0);
    EXPECT_FALSE(state.milestone.justReachedDays); // 21 days was two days ago
}

TEST_F(DashboardPresenterTest, AContactRestartsTheCounterAndCountsAnAttempt)
{
    startNoContactAt(ago(20 * kMsPerDay));
    ContactEvent contact;
    contact.at = ago(3 * kMsPerDay + 5 * kMsPerHour);
    contact.initiator = Initiator::Me;
    m_store.addContact(contact);

    const DashboardState state = load();

    EXPECT_EQ(state.counter.current, (DurationParts{3, 5, 0}));
    EXPECT_EQ(state.counter.longest, (DurationParts{16, 19, 0}));
    EXPECT_EQ(state.counter.totalDays, 16 + 3);
    EXPECT_EQ(state.counter.attempts, 2);
    EXPECT_EQ(state.milestone.reachedDays, 3);
    EXPECT_EQ(state.milestone.justReachedDays, 3); // reached five hours ago
}

TEST_F(DashboardPresenterTest, AMilestoneIsCelebratedForOneDay)
{
    startNoContactAt(ago(7 * kMsPerDay + kMsPerMinute));
    EXPECT_EQ(load().milestone.justReachedDays, 7);

    m_clock.advanceMs(kMsPerDay - 2 * kMsPerMinute);
    EXPECT_EQ(load().milestone.justReachedDays, 7);

    m_clock.advanceMs(2 * kMsPerMinute);
    EXPECT_FALSE(load().milestone.justReachedDays);
    EXPECT_EQ(load().milestone.reachedDays, 7);
}

TEST_F(DashboardPresenterTest, ACounterStartedInTheFutureReadsZero)
{
    startNoContactAt(Moment::fromUtc(m_clock.now().utcMs + kMsPerHour, kBerlinOffset, "Europe/Berlin"));

    const DashboardState state = load();

    EXPECT_EQ(state.counter.currentMs, 0);
    EXPECT_EQ(state.counter.current, DurationParts{});
    EXPECT_FALSE(state.milestone.justReachedDays);
}

TEST_F(DashboardPresenterTest, SavingACheckInStoresItForTodayAndSavingAgainReplacesIt)
{
    DashboardPresenter presenter(m_store, m_clock);

    presenter.saveCheckIn(2, 4, "  Go for a walk  ");
    m_clock.advanceMs(3 * kMsPerHour);
    presenter.saveCheckIn(4, 4, "Call my sister");

    const auto stored = m_store.checkIn(kWednesday);
    ASSERT_TRUE(stored);
    EXPECT_EQ(stored->mood, 4);
    EXPECT_EQ(stored->intention, "Call my sister");
    EXPECT_EQ(stored->recordedAt, berlin(kWednesday, 12));
    EXPECT_EQ(m_store.checkIns(kWednesday.addDays(-7), kWednesday).size(), 1U);
    EXPECT_EQ(presenter.load().todaysCheckIn, stored);
}

TEST_F(DashboardPresenterTest, SavingACheckInTrimsTheIntentionAndKeepsRatingsInRange)
{
    const CheckIn saved = DashboardPresenter(m_store, m_clock).saveCheckIn(0, 9, "\t Rest \n");

    EXPECT_EQ(saved.mood, 1);
    EXPECT_EQ(saved.sleep, 5);
    EXPECT_EQ(saved.intention, "Rest");
    EXPECT_EQ(m_store.checkIn(kWednesday), saved);
}

TEST_F(DashboardPresenterTest, AFailedCheckInSaveThrowsAndStoresNothing)
{
    // The real store's own refusal (what it does once it found damage): every write throws.
    m_store.refuseWrites(StoreError(StoreError::Kind::DiskFull, "no room left"));

    EXPECT_THROW(DashboardPresenter(m_store, m_clock).saveCheckIn(3, 3, "Rest"), StoreError);
    EXPECT_FALSE(m_store.checkIn(kWednesday));
}

TEST_F(DashboardPresenterTest, LastNightsLookBackIsShownInTheMorningAndTonightsIsOfferedInTheEvening)
{
    const LookBack lastNight{kWednesday.addDays(-1), berlin(kWednesday, 0, 20), 4, "Called Sam", "Lunch outside"};
    m_store.saveLookBack(lastNight);
    EXPECT_FALSE(load().lastNightsLookBack) << "not shown while the look back is off";

    Settings settings = m_store.settings();
    settings.lookBack = true;
    m_store.saveSettings(settings);
    const DashboardState morning = load();
    EXPECT_EQ(morning.lastNightsLookBack, lastNight);
    EXPECT_FALSE(morning.lookBackOffered) << "not in the morning";

    m_clock.set(berlin(kWednesday, 21, 30));
    EXPECT_TRUE(load().lookBackOffered);
    EXPECT_FALSE(load().tonightsLookBack);
    m_store.saveLookBack(EveningLookBack::make(kWednesday, m_clock.now(), 2, "A walk", ""));
    EXPECT_FALSE(load().lookBackOffered) << "done for tonight";
    ASSERT_TRUE(load().tonightsLookBack);
    EXPECT_EQ(load().tonightsLookBack->hardness, 2);
    EXPECT_EQ(load().lastNightsLookBack, lastNight) << "until the night is over";

    m_clock.set(berlin(kWednesday.addDays(1), 8, 0));
    ASSERT_TRUE(load().lastNightsLookBack);
    EXPECT_EQ(load().lastNightsLookBack->helped, "A walk");
}

TEST_F(DashboardPresenterTest, TodayRollsOverAtLocalMidnight)
{
    m_clock.set(berlin(kWednesday, 23, 59));
    DashboardPresenter presenter(m_store, m_clock);
    presenter.saveCheckIn(3, 2, "Sleep early");
    m_store.saveUrge(urgeAt(berlin(kWednesday, 23, 30), UrgeOutcome::Resisted));

    DashboardState before = presenter.load();
    EXPECT_EQ(before.today, kWednesday);
    EXPECT_TRUE(before.todaysCheckIn);
    EXPECT_EQ(before.urges.resistedToday, 1);

    m_clock.advanceMs(2 * kMsPerMinute); // 00:01 on Thursday, Berlin
    const DashboardState after = presenter.load();

    EXPECT_EQ(after.today, kWednesday.addDays(1));
    EXPECT_FALSE(after.todaysCheckIn);
    EXPECT_EQ(after.urges.resistedToday, 0);
    EXPECT_EQ(after.urges.resistedThisWeek, 1);
}

TEST_F(DashboardPresenterTest, TodayFollowsTheLocalDateNotUtc)
{
    // 00:30 on Thursday in Berlin is still Wednesday in UTC.
    m_clock.set(berlin(kWednesday.addDays(1), 0, 30));

    EXPECT_EQ(load().today, kWednesday.addDays(1));
}

TEST_F(DashboardPresenterTest, UrgesResistedAreCountedTodayThisWeekAndLastWeek)
{
    const LocalDate monday{2026, 11, 23};
    m_store.saveUrge(urgeAt(berlin(kWednesday, 7), UrgeOutcome::Resisted));
    m_store.saveUrge(urgeAt(berlin(kWednesday, 8), UrgeOutcome::Resisted));
    m_store.saveUrge(urgeAt(berlin(kWednesday, 8, 30), UrgeOutcome::ReachedOut));
    m_store.saveUrge(urgeAt(berlin(monday, 22), UrgeOutcome::Resisted));
    m_store.saveUrge(urgeAt(berlin(monday.addDays(-1), 22), UrgeOutcome::Resisted)); // Sunday: last week
    m_store.saveUrge(urgeAt(berlin(monday.addDays(-7), 10), UrgeOutcome::Resisted)); // last Monday
    m_store.saveUrge(urgeAt(berlin(monday.addDays(-8), 10), UrgeOutcome::Resisted)); // two weeks ago

    const DashboardUrges urges = load().urges;

    EXPECT_EQ(urges.weekStart, monday);
    EXPECT_EQ(urges.resistedToday, 2);
    EXPECT_EQ(urges.urgesToday, 3);
    EXPECT_EQ(urges.resistedThisWeek, 3);
    EXPECT_EQ(urges.urgesThisWeek, 4);
    EXPECT_EQ(urges.resistedLastWeek, 2);
}

TEST_F(DashboardPresenterTest, TheWeekStartsOnTheDayTheSettingsSay)
{
    const LocalDate sunday{2026, 11, 22};
    m_store.saveUrge(urgeAt(berlin(sunday, 22), UrgeOutcome::Resisted));
    Settings settings = m_store.settings();
    settings.weekStart = Weekday::Sunday;
    m_store.saveSettings(settings);

    const DashboardUrges urges = load().urges;

    EXPECT_EQ(urges.weekStart, sunday);
    EXPECT_EQ(urges.resistedThisWeek, 1);
    EXPECT_EQ(urges.resistedLastWeek, 0);
}

TEST_F(DashboardPresenterTest, ANewWeekStartsAtMidnight)
{
    const LocalDate sunday{2026, 11, 29};
    m_store.saveUrge(urgeAt(berlin(sunday, 21), UrgeOutcome::Resisted));
    m_clock.set(berlin(sunday, 23, 59));
    EXPECT_EQ(load().urges.resistedThisWeek, 1);

    m_clock.advanceMs(2 * kMsPerMinute);
    const DashboardUrges urges = load().urges;

    EXPECT_EQ(urges.weekStart, sunday.addDays(1));
    EXPECT_EQ(urges.resistedThisWeek, 0);
    EXPECT_EQ(urges.resistedLastWeek, 1);
}

TEST_F(DashboardPresenterTest, RiskDatesFromTodayToSevenDaysAheadAreShownSoonestFirst)
{
    m_store.saveRiskDate(riskOn(kWednesday.addDays(7), "Last day in"));
    m_store.saveRiskDate(riskOn(kWednesday.addDays(8), "One day too far"));
    m_store.saveRiskDate(riskOn(kWednesday, "Today"));
    m_store.saveRiskDate(riskOn(kWednesday.addDays(-1), "Yesterday"));
    m_store.saveRiskDate(riskOn(kWednesday.addDays(3), "Three days ahead"));

    const auto upcoming = load().riskDates;

    ASSERT_EQ(upcoming.size(), 3U);
    EXPECT_EQ(upcoming[0].title, "Today");
    EXPECT_EQ(upcoming[0].daysAway, 0);
    EXPECT_EQ(upcoming[1].title, "Three days ahead");
    EXPECT_EQ(upcoming[1].daysAway, 3);
    EXPECT_EQ(upcoming[1].plan, "Spend the evening with Sam");
    EXPECT_EQ(upcoming[2].title, "Last day in");
    EXPECT_EQ(upcoming[2].date, kWednesday.addDays(7));
}

TEST_F(DashboardPresenterTest, YearlyRiskDatesShowTheirNextOccurrenceAcrossTheYearEnd)
{
    m_clock.set(berlin({2026, 12, 28}, 9));
    m_store.saveRiskDate(riskOn({2019, 1, 2}, "Their birthday", true));
    m_store.saveRiskDate(riskOn({2019, 12, 27}, "Our anniversary", true)); // yesterday: next year

    const auto upcoming = load().riskDates;

    ASSERT_EQ(upcoming.size(), 1U);
    EXPECT_EQ(upcoming[0].title, "Their birthday");
    EXPECT_EQ(upcoming[0].date, (LocalDate{2027, 1, 2}));
    EXPECT_EQ(upcoming[0].daysAway, 5);
}

TEST_F(DashboardPresenterTest, TheRiskDateWindowMovesAtMidnight)
{
    m_store.saveRiskDate(riskOn(kWednesday.addDays(8), "Next Thursday"));
    m_clock.set(berlin(kWednesday, 23, 59));
    EXPECT_TRUE(load().riskDates.empty());

    m_clock.advanceMs(2 * kMsPerMinute);
    ASSERT_EQ(load().riskDates.size(), 1U);
    EXPECT_EQ(load().riskDates[0].daysAway, 7);
}

TEST_F(DashboardPresenterTest, TheReminderStaysTheSameAllDay)
{
    Reason reason;
    reason.text = "I deserve someone who stays";
    m_store.saveReason(reason);

    m_clock.set(berlin(kWednesday, 0, 1));
    const DashboardReminder morning = load().reminder;
    m_clock.set(berlin(kWednesday, 23, 58));

    EXPECT_EQ(load().reminder, morning);
}

TEST_F(DashboardPresenterTest, AReasonOfTheDayComesWithItsText)
{
    Reason reason;
    reason.text = "  I deserve someone who stays ";
    m_store.saveReason(reason);
    Reason blank;
    blank.text = "   ";
    m_store.saveReason(blank);

    // Any 26 days hold a full run of the 13-day rotation, so the one usable reason comes up.
    int reasonDays = 0;
    for (int day = 0; day < 2 * (int(kAllReminderCards.size()) + 1); ++day) {
        const DashboardReminder reminder = DashboardPresenter::reminderFor(m_store.reasons(), kWednesday.addDays(day));
        if (reminder.reminder.kind == Reminder::Kind::Reason) {
            ++reasonDays;
            EXPECT_EQ(reminder.reasonText, "I deserve someone who stays");
        }
    }
    EXPECT_GE(reasonDays, 1);
}

// The part --summary reports: needs no store, only the settings and contacts.
TEST(DashboardPresenterProgressTest, CountsFromTheSettingsAndContactsAtTheGivenMoment)
{
    const Moment now = berlin(kWednesday, 9);
    Settings settings;
    settings.weekStart = Weekday::Sunday;
    settings.noContactSince = Moment::fromUtc(now.utcMs - 20 * kMsPerDay, kBerlinOffset, "Europe/Berlin");
    ContactEvent contact;
    contact.at = Moment::fromUtc(now.utcMs - 3 * kMsPerDay - 5 * kMsPerHour, kBerlinOffset, "Europe/Berlin");
    contact.initiator = Initiator::Me;

    const DashboardState state = DashboardPresenter::progress(settings, {contact}, now);

    EXPECT_EQ(state.today, kWednesday);
    EXPECT_TRUE(state.hasStartDate);
    EXPECT_EQ(state.counter.current, (DurationParts{3, 5, 0}));
    EXPECT_EQ(state.counter.sinceUtcMs, contact.at.utcMs);
    EXPECT_EQ(state.counter.longest, (DurationParts{16, 19, 0}));
    EXPECT_EQ(state.counter.totalDays, 16 + 3);
    EXPECT_EQ(state.counter.attempts, 2);
    EXPECT_EQ(state.milestone, DashboardPresenter::milestoneFor(state.counter.currentMs, true));
    EXPECT_EQ(state.urges.weekStart, (LocalDate{2026, 11, 22})); // the Sunday before
    EXPECT_EQ(state.urges.urgesThisWeek, 0);
    EXPECT_FALSE(state.todaysCheckIn);
    EXPECT_TRUE(state.riskDates.empty());
}

TEST(DashboardPresenterProgressTest, WithoutAStartNothingCounts)
{
    const DashboardState state = DashboardPresenter::progress(Settings{}, {}, berlin(kWednesday, 23, 30));

    EXPECT_EQ(state.today, kWednesday);
    EXPECT_FALSE(state.hasStartDate);
    EXPECT_EQ(state.counter, DashboardCounter{});
    EXPECT_FALSE(state.milestone.reachedDays);
    EXPECT_EQ(state.milestone.nextDays, 1);
    EXPECT_FALSE(state.milestone.justReachedDays);
    EXPECT_EQ(state.urges.weekStart, kWednesday.startOfWeek(Settings{}.weekStart));
}

TEST_F(DashboardPresenterTest, LoadBuildsOnTheProgressOfTheStoredSettings)
{
    startNoContactAt(ago(23 * kMsPerDay + 4 * kMsPerHour));
    const DashboardState loaded = load();
    const DashboardState progress =
        DashboardPresenter::progress(m_store.settings(), m_store.contactsWithoutNotes(), m_clock.now());

    EXPECT_EQ(loaded.today, progress.today);
    EXPECT_EQ(loaded.hasStartDate, progress.hasStartDate);
    EXPECT_EQ(loaded.counter, progress.counter);
    EXPECT_EQ(loaded.milestone, progress.milestone);
    EXPECT_EQ(loaded.urges.weekStart, progress.urges.weekStart);
}


TEST_F(DashboardPresenterTest, InLowContactModeLogisticsIsCountedAndTheMilestonesFollowThePersonalCount)
{
    Settings settings = m_store.settings();
    settings.noContactSince = ago(10 * kMsPerDay);
    settings.lowContact = true;
    m_store.saveSettings(settings);
    ContactEvent pickUp;
    pickUp.at = ago(2 * kMsPerDay);
    pickUp.initiator = Initiator::Them;
    pickUp.replied = true;
    pickUp.purpose = ContactPurpose::Logistics;
    m_store.addContact(pickUp);
    pickUp.at = ago(1 * kMsPerDay);
    pickUp.initiator = Initiator::Me;
    m_store.addContact(pickUp);

    const DashboardState state = load();
    EXPECT_TRUE(state.lowContact);
    EXPECT_EQ(state.counter.current.days, 10);
    EXPECT_EQ(state.counter.attempts, 1);
    EXPECT_EQ(state.counter.logisticsInStretch, 2);
    EXPECT_EQ(state.milestone.reachedDays, 7);
    EXPECT_EQ(state.milestone.nextDays, 14);

    // A personal contact starts a new stretch: the logistics before it belong to the last one.
    ContactEvent call;
    call.at = ago(12 * kMsPerHour);
    m_store.addContact(call);
    const DashboardState after = load();
    EXPECT_EQ(after.counter.attempts, 2);
    EXPECT_EQ(after.counter.logisticsInStretch, 0);
    EXPECT_FALSE(after.milestone.reachedDays);
}

} // namespace
} // namespace holdfast
