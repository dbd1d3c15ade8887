#include "DashboardPresenter.h"

#include "EveningLookBack.h"
#include "JournalText.h"
#include "Milestones.h"
#include "NoContactCounter.h"

#include <algorithm>

namespace holdfast {

DashboardPresenter::DashboardPresenter(Stores stores, const Clock &clock) : m_stores(stores), m_clock(clock)
{
}

DashboardPresenter::DashboardPresenter(Store &store, const Clock &clock)
    : DashboardPresenter(Stores{store, store, store, store, store, store}, clock)
{
}

DashboardState DashboardPresenter::load() const
{
    return load(m_stores.settings.settings());
}

DashboardState DashboardPresenter::load(const Settings &settings) const
{
    DashboardState state = progress(settings, m_stores.contacts.contactsWithoutNotes(), m_clock.now());

    state.todaysCheckIn = m_stores.checkIns.checkIn(state.today);
    if (settings.lookBack) {
        const Moment now = m_clock.now();
        state.lastNightsLookBack = m_stores.lookBacks.lookBack(EveningLookBack::lastNight(now));
        state.tonightsLookBack = m_stores.lookBacks.lookBack(EveningLookBack::dayOf(now));
        state.lookBackOffered = EveningLookBack::isOffered(now, settings, state.tonightsLookBack.has_value());
    }

    const LocalDate lastWeekStart = state.today.startOfWeek(settings.weekStart).addDays(-7);
    state.urges = urgesFor(m_stores.urges.urgeCounts(lastWeekStart, state.today), state.today, settings.weekStart);

    state.reminder = reminderFor(m_stores.plan.reasons(), state.today);
    state.riskDates = upcomingRiskDates(m_stores.plan.riskDates(), state.today);
    return state;
}

DashboardState DashboardPresenter::progress(const Settings &settings, const std::vector<ContactEvent> &contacts,
                                           const Moment &now)
{
    DashboardState state;
    state.today = now.localDate;
    state.hasStartDate = settings.noContactSince.has_value();

    const NoContactCounter counter = NoContactCounter::fromSettings(settings, contacts, now.utcMs);
    state.counter.currentMs = counter.currentMs();
    state.counter.current = DurationParts::fromMs(state.counter.currentMs);
    state.counter.sinceUtcMs = counter.currentSinceUtcMs();
    state.counter.longestMs = counter.longestMs();
    state.counter.longest = DurationParts::fromMs(state.counter.longestMs);
    state.counter.totalDays = counter.totalDays();
    state.counter.attempts = counter.attempts();
    state.lowContact = settings.lowContact;
    if (const auto since = counter.currentSinceUtcMs()) {
        state.counter.logisticsInStretch = int(std::count_if(contacts.begin(), contacts.end(), [&](const ContactEvent &c) {
            return c.purpose == ContactPurpose::Logistics && c.at.utcMs > *since;
        }));
    }
    state.milestone = milestoneFor(state.counter.currentMs, counter.hasStarted());
    state.urges.weekStart = state.today.startOfWeek(settings.weekStart);
    return state;
}

CheckIn DashboardPresenter::saveCheckIn(int mood, int sleep, const std::string &intention)
{
    const Moment now = m_clock.now();
    CheckIn checkIn;
    checkIn.date = now.localDate;
    checkIn.recordedAt = now;
    checkIn.mood = std::clamp(mood, kMinRating, kMaxRating);
    checkIn.sleep = std::clamp(sleep, kMinRating, kMaxRating);
    checkIn.intention = std::string(JournalText::trimmed(intention));
    m_stores.checkIns.saveCheckIn(checkIn);
    return checkIn;
}

DashboardMilestone DashboardPresenter::milestoneFor(std::int64_t currentMs, bool started)
{
    DashboardMilestone milestone;
    const MilestoneProgress progress = Milestones::at(currentMs);
    milestone.reachedDays = progress.reachedDays;
    milestone.nextDays = progress.nextDays;
    milestone.progress = progress.progress;
    const std::int64_t leftMs = std::int64_t(progress.nextDays) * kMsPerDay - std::max<std::int64_t>(0, currentMs);
    milestone.daysToNext = std::max<std::int64_t>(1, (leftMs + kMsPerDay - 1) / kMsPerDay);
    // Stateless on purpose: whoever opens the app during the day after a
    // milestone sees it, whether the app was running at the moment or not.
    if (started)
        milestone.justReachedDays = Milestones::newlyReached(currentMs - kMsPerDay, currentMs);
    return milestone;
}

DashboardUrges DashboardPresenter::urgesFor(const std::vector<DayUrgeCount> &days, LocalDate today, Weekday weekStart)
{
    DashboardUrges urges;
    urges.weekStart = today.startOfWeek(weekStart);
    const LocalDate lastWeekStart = urges.weekStart.addDays(-7);
    for (const DayUrgeCount &day : days) {
        if (day.date > today || day.date < lastWeekStart)
            continue;
        if (day.date >= urges.weekStart) {
            urges.resistedThisWeek += day.resisted;
            urges.urgesThisWeek += day.urges;
            if (day.date == today) {
                urges.resistedToday += day.resisted;
                urges.urgesToday += day.urges;
            }
        } else {
            urges.resistedLastWeek += day.resisted;
            urges.urgesLastWeek += day.urges;
        }
    }
    return urges;
}

std::vector<UpcomingRiskDate> DashboardPresenter::upcomingRiskDates(const std::vector<RiskDate> &riskDates,
                                                                    LocalDate today)
{
    std::vector<UpcomingRiskDate> upcoming;
    for (const RiskDate &risk : riskDates) {
        const auto next = risk.nextOccurrence(today);
        if (!next)
            continue;
        const std::int64_t daysAway = today.daysTo(*next);
        if (daysAway < 0 || daysAway > kRiskDateWindowDays)
            continue;
        upcoming.push_back({risk.id, risk.title, risk.plan, *next, int(daysAway)});
    }
    // Same day: keep the user's own order (the list came ordered by position).
    std::stable_sort(upcoming.begin(), upcoming.end(),
                     [](const UpcomingRiskDate &a, const UpcomingRiskDate &b) { return a.date < b.date; });
    return upcoming;
}

DashboardReminder DashboardPresenter::reminderFor(const std::vector<Reason> &reasons, LocalDate today)
{
    // A reason the user left blank would show an empty card.
    std::vector<Reason> usable;
    for (const Reason &reason : reasons) {
        if (!JournalText::isBlank(reason.text))
            usable.push_back(reason);
    }
    DashboardReminder result;
    result.reminder = ReminderRotation(usable).forDate(today);
    if (result.reminder.kind == Reminder::Kind::Reason) {
        const auto it = std::find_if(usable.begin(), usable.end(),
                                     [&](const Reason &r) { return r.id == result.reminder.reasonId; });
        if (it != usable.end())
            result.reasonText = std::string(JournalText::trimmed(it->text));
    }
    return result;
}

} // namespace holdfast
