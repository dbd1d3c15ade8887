#pragma once

// The dashboard's logic: reads the store and the clock and says what the
// home screen shows (DashboardState), and writes today's check-in. The
// widget only formats the state; "today" always comes from the clock, so the
// page rolls over at local midnight by loading again.

#include "CheckIn.h"
#include "Clock.h"
#include "DashboardState.h"
#include "Settings.h"
#include "Store.h"

#include <string>

namespace holdfast {

class DashboardPresenter
{
public:
    // Risk dates from today up to this many days ahead are shown.
    static constexpr int kRiskDateWindowDays = 7;
    static constexpr int kMinRating = 1;
    static constexpr int kMaxRating = 5;

    // What the dashboard reads, and the check-in it writes.
    struct Stores
    {
        UrgeStore &urges;
        ContactStore &contacts;
        CheckInStore &checkIns;
        LookBackStore &lookBacks;
        PlanStore &plan;
        SettingsStore &settings;
    };

    DashboardPresenter(Stores stores, const Clock &clock);
    // Every role from one store. Build the presenter where it is used (it is
    // cheap): the store may be another one after a restore.
    DashboardPresenter(Store &store, const Clock &clock);

    // Reads everything with these settings (the UI passes its cached copy).
    // Throws StoreError when the store cannot be read.
    DashboardState load(const Settings &settings) const;
    // Same, reading the settings from the store.
    DashboardState load() const;

    // Saves the check-in for today's local date, replacing an earlier one
    // from the same day. Ratings are kept within 1..5 and the intention is
    // trimmed. Returns what was stored; throws StoreError and stores nothing
    // when the write fails.
    CheckIn saveCheckIn(int mood, int sleep, const std::string &intention);

    // Today, the counter and its milestone at `now`, and the start of this
    // week (urges.weekStart; the counts stay zero): the part of the state that
    // needs only the settings and the contacts. load() builds on it, and
    // --summary reports it, so both show the same figures.
    static DashboardState progress(const Settings &settings, const std::vector<ContactEvent> &contacts, const Moment &now);

    // Pure parts, public for tests and for other screens that need the same rules.
    static DashboardMilestone milestoneFor(std::int64_t currentMs, bool started);
    static DashboardUrges urgesFor(const std::vector<DayUrgeCount> &days, LocalDate today, Weekday weekStart);
    static std::vector<UpcomingRiskDate> upcomingRiskDates(const std::vector<RiskDate> &riskDates, LocalDate today);
    static DashboardReminder reminderFor(const std::vector<Reason> &reasons, LocalDate today);

private:
    Stores m_stores;
    const Clock &m_clock;
};

} // namespace holdfast
