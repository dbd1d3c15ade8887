#pragma once

// Test fixtures for urge history, built through the core's public types:
// moments as a wall clock showed them (with the offset in force), urges with
// ratings, and day summaries aggregated the way the store's GROUP BY
// local_date does. Pure C++: usable from core, storage and UI tests.

#include "model/CheckIn.h"
#include "model/DaySummary.h"
#include "model/LocalDate.h"
#include "model/Moment.h"
#include "model/UrgeRecord.h"

#include <algorithm>
#include <cstdint>
#include <initializer_list>
#include <map>
#include <string>
#include <utility>
#include <vector>

namespace holdfast::testsupport {

// UTC offsets in minutes, as the Qt side would supply them.
inline constexpr std::int32_t kBerlinWinter = 60;   // CET
inline constexpr std::int32_t kBerlinSummer = 120;  // CEST
inline constexpr std::int32_t kNewYorkWinter = -300; // EST
inline constexpr std::int32_t kNewYorkSummer = -240; // EDT

// The moment a wall clock showing `date` `hour`:`minute` with `offsetMinutes` stands for.
inline Moment wallClock(LocalDate date, int hour, int minute, std::int32_t offsetMinutes, std::string zone = {})
{
    const std::int64_t localMs = date.dayNumber() * kMsPerDay + hour * kMsPerHour + minute * kMsPerMinute;
    return Moment{localMs - offsetMinutes * kMsPerMinute, offsetMinutes, std::move(zone), date};
}

inline Moment berlin(LocalDate date, int hour, int minute, std::int32_t offsetMinutes)
{
    return wallClock(date, hour, minute, offsetMinutes, "Europe/Berlin");
}

inline Moment newYork(LocalDate date, int hour, int minute, std::int32_t offsetMinutes)
{
    return wallClock(date, hour, minute, offsetMinutes, "America/New_York");
}

// Builds one UrgeRecord; ratings are placed at real minutes after the start.
class UrgeBuilder
{
public:
    explicit UrgeBuilder(Moment start) { m_urge.start = std::move(start); }

    // (minute after start, intensity) pairs.
    UrgeBuilder &ratings(std::initializer_list<std::pair<int, int>> minuteAndIntensity)
    {
        for (const auto &[minute, intensity] : minuteAndIntensity)
            m_urge.samples.push_back({m_urge.start.utcMs + minute * kMsPerMinute, intensity});
        return *this;
    }
    // One rating every `minutes`, starting at the start.
    UrgeBuilder &ratedEvery(int minutes, std::initializer_list<int> intensities)
    {
        int minute = 0;
        for (const int intensity : intensities) {
            m_urge.samples.push_back({m_urge.start.utcMs + minute * kMsPerMinute, intensity});
            minute += minutes;
        }
        return *this;
    }
    UrgeBuilder &trigger(Trigger trigger)
    {
        m_urge.triggers.push_back(trigger);
        return *this;
    }
    UrgeBuilder &customTrigger(std::string text)
    {
        m_urge.customTriggers.push_back(std::move(text));
        return *this;
    }
    UrgeBuilder &halt(HaltFlags flags)
    {
        m_urge.halt = flags;
        return *this;
    }
    UrgeBuilder &outcome(UrgeOutcome outcome)
    {
        m_urge.outcome = outcome;
        return *this;
    }
    UrgeBuilder &kind(UrgeKind kind)
    {
        m_urge.kind = kind;
        return *this;
    }

    UrgeRecord build() const { return m_urge; }
    operator UrgeRecord() const { return build(); } // NOLINT(google-explicit-constructor): reads well in lists

private:
    UrgeRecord m_urge;
};

inline UrgeBuilder urgeAt(Moment start)
{
    return UrgeBuilder(std::move(start));
}

// One summary per local date that has an urge or a check-in, oldest first:
// the reference for what Store::daySummaries returns. Urges are bucketed by
// the local date and hour they were recorded with, never by UTC.
inline std::vector<DaySummary> summarizeByLocalDate(const std::vector<UrgeRecord> &urges,
                                                    const std::vector<CheckIn> &checkIns = {})
{
    std::map<LocalDate, DaySummary> days;
    auto dayOf = [&days](LocalDate date) -> DaySummary & {
        DaySummary &day = days[date];
        day.date = date;
        return day;
    };
    for (const auto &urge : urges) {
        DaySummary &day = dayOf(urge.start.localDate);
        ++day.urges;
        switch (urge.outcome) {
        case UrgeOutcome::Open: ++day.open; break;
        case UrgeOutcome::Resisted: ++day.resisted; break;
        case UrgeOutcome::ReachedOut: ++day.reachedOut; break;
        case UrgeOutcome::TheyContactedMe: ++day.theyContacted; break;
        }
        if (const auto start = urge.startIntensity()) {
            day.intensitySum += *start;
            ++day.intensityCount;
        }
        day.peakIntensity = std::max(day.peakIntensity, urge.peakIntensity().value_or(0));
        for (const Trigger trigger : urge.triggers)
            ++day.triggers[trigger];
        for (const auto &text : urge.customTriggers)
            ++day.customTriggers[text];
        day.halt[0] += urge.halt.hungry ? 1 : 0;
        day.halt[1] += urge.halt.angry ? 1 : 0;
        day.halt[2] += urge.halt.lonely ? 1 : 0;
        day.halt[3] += urge.halt.tired ? 1 : 0;
        ++day.hours[std::size_t(urge.start.localHour())];
        ++day.kinds[std::size_t(urge.kind)];
    }
    for (const auto &checkIn : checkIns) {
        DaySummary &day = dayOf(checkIn.date);
        day.mood = checkIn.mood;
        day.sleep = checkIn.sleep;
    }
    std::vector<DaySummary> result;
    for (auto &entry : days)
        result.push_back(std::move(entry.second));
    return result;
}

// urgesPerDay[i] resisted urges on firstDay + i, spread over the waking
// hours, each starting at intensity 6 and falling to 2 after ten minutes.
inline std::vector<UrgeRecord> makeHistory(LocalDate firstDay, const std::vector<int> &urgesPerDay,
                                           std::int32_t offsetMinutes = 0)
{
    std::vector<UrgeRecord> urges;
    for (std::size_t i = 0; i < urgesPerDay.size(); ++i) {
        const LocalDate date = firstDay.addDays(std::int64_t(i));
        for (int k = 0; k < urgesPerDay[i]; ++k) {
            const int minuteOfDay = (9 * 60 + 47 * k) % (24 * 60);
            urges.push_back(urgeAt(wallClock(date, minuteOfDay / 60, minuteOfDay % 60, offsetMinutes))
                                .ratings({{0, 6}, {10, 2}})
                                .outcome(UrgeOutcome::Resisted));
        }
    }
    return urges;
}

inline std::vector<DaySummary> makeDaySummaries(LocalDate firstDay, const std::vector<int> &urgesPerDay)
{
    return summarizeByLocalDate(makeHistory(firstDay, urgesPerDay));
}

} // namespace holdfast::testsupport
