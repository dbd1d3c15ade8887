#pragma once

// Everything the dashboard shows, computed in one go by DashboardPresenter:
// plain values the widgets only format, so what the user sees is testable
// without a screen.

#include "CheckIn.h"
#include "DurationParts.h"
#include "LookBack.h"
#include "LocalDate.h"
#include "ReminderRotation.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace holdfast {

struct DashboardCounter
{
    std::int64_t currentMs = 0;
    DurationParts current;          // current streak, split for display
    std::optional<std::int64_t> sinceUtcMs; // start of the current streak
    std::int64_t longestMs = 0;
    DurationParts longest;
    std::int64_t totalDays = 0;
    int attempts = 0;               // counting the first start
    // Contact marked as logistics since the current stretch began: kept in
    // the history, never a restart (low-contact mode).
    int logisticsInStretch = 0;

    friend bool operator==(const DashboardCounter &, const DashboardCounter &) = default;
};

struct DashboardMilestone
{
    std::optional<int> reachedDays; // the last milestone reached, if any
    int nextDays = 1;
    double progress = 0.0;          // 0..1 towards nextDays
    std::int64_t daysToNext = 1;    // whole days still to go (at least 1)
    // A milestone reached within the last 24 hours: shown as a quiet celebration.
    std::optional<int> justReachedDays;

    friend bool operator==(const DashboardMilestone &, const DashboardMilestone &) = default;
};

struct DashboardUrges
{
    int resistedToday = 0;
    int resistedThisWeek = 0;
    int resistedLastWeek = 0;       // the whole previous week
    int urgesToday = 0;
    int urgesThisWeek = 0;
    int urgesLastWeek = 0;
    LocalDate weekStart;            // first day of this week (Settings::weekStart)

    friend bool operator==(const DashboardUrges &, const DashboardUrges &) = default;
};

// The reminder of the day, resolved: a built-in card id (the UI has the
// words) or the text of one of the user's reasons.
struct DashboardReminder
{
    Reminder reminder;
    std::string reasonText;         // when reminder.kind is Reason

    friend bool operator==(const DashboardReminder &, const DashboardReminder &) = default;
};

struct UpcomingRiskDate
{
    std::int64_t id = 0;
    std::string title;
    std::string plan;
    LocalDate date;                 // this occurrence
    int daysAway = 0;               // 0 is today

    friend bool operator==(const UpcomingRiskDate &, const UpcomingRiskDate &) = default;
};

struct DashboardState
{
    LocalDate today;
    // False until the user set when no contact started (onboarding skipped):
    // the counter reads zero and the page nudges them to set it.
    bool hasStartDate = false;
    // Low-contact mode: the counter counts days without personal contact.
    bool lowContact = false;
    DashboardCounter counter;
    DashboardMilestone milestone;
    std::optional<CheckIn> todaysCheckIn;
    // The evening look back, only while it is turned on: last night's, shown
    // in the morning; tonight's once written; and whether tonight's is
    // offered now (evening, not written yet).
    std::optional<LookBack> lastNightsLookBack;
    std::optional<LookBack> tonightsLookBack;
    bool lookBackOffered = false;
    DashboardUrges urges;
    DashboardReminder reminder;
    std::vector<UpcomingRiskDate> riskDates; // soonest first

    friend bool operator==(const DashboardState &, const DashboardState &) = default;
};

} // namespace holdfast
