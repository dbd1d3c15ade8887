#pragma once

// A small, hand-counted history for the weekly review tests, written through
// the Store port. Berlin, with clock "today" Wednesday 2026-11-25. It holds
// the week DST ended (Sunday 25 October 2026: 02:30 happened twice) and a
// week in which the user flew to New York and stayed there over Sunday, so
// bucketing by UTC or by today's offset would move urges to other days or
// weeks. Every figure the tests expect is spelled out beside the data.

#include "model/Store.h"

#include <initializer_list>
#include <string>
#include <utility>

namespace holdfast::testing {

inline constexpr std::int32_t kBerlinWinter = 60;
inline constexpr std::int32_t kBerlinSummer = 120;
inline constexpr std::int32_t kNewYorkWinter = -300;

// A moment at a local wall-clock time with the offset in force then.
inline Moment localMoment(LocalDate date, int hour, int minute, std::int32_t offset,
                          std::string zone = "Europe/Berlin")
{
    Moment moment;
    moment.utcMs = (date.dayNumber() * 24 * 60 + hour * 60 + minute - offset) * kMsPerMinute;
    moment.offsetMinutes = offset;
    moment.zone = std::move(zone);
    moment.localDate = date;
    return moment;
}

// samples: (minutes after the start, intensity), the first at minute 0.
inline UrgeRecord fixtureUrge(const Moment &start, UrgeOutcome outcome,
                              std::initializer_list<std::pair<int, int>> samples,
                              std::initializer_list<Trigger> triggers, HaltFlags halt = {})
{
    UrgeRecord urge;
    urge.start = start;
    for (const auto &[minute, intensity] : samples)
        urge.samples.push_back({start.utcMs + minute * kMsPerMinute, intensity});
    const int last = urge.samples.empty() ? 0 : samples.end()[-1].first;
    urge.end = Moment::fromUtc(start.utcMs + (last + 1) * kMsPerMinute, start.offsetMinutes, start.zone);
    urge.triggers = triggers;
    urge.halt = halt;
    urge.outcome = outcome;
    return urge;
}

inline CheckIn fixtureCheckIn(LocalDate date, int mood, int sleep, std::int32_t offset = kBerlinWinter,
                              std::string zone = "Europe/Berlin")
{
    CheckIn checkIn;
    checkIn.date = date;
    checkIn.recordedAt = localMoment(date, 8, 0, offset, std::move(zone));
    checkIn.mood = mood;
    checkIn.sleep = sleep;
    return checkIn;
}

// The clock the fixture assumes: Wednesday 2026-11-25 09:00 in Berlin.
inline Moment reviewHistoryNow()
{
    return localMoment({2026, 11, 25}, 9, 0, kBerlinWinter);
}

inline void writeReviewHistory(Store &store)
{
    using O = UrgeOutcome;
    using T = Trigger;
    const HaltFlags lonely{false, false, true, false};
    const HaltFlags tired{false, false, false, true};
    const HaltFlags lonelyTired{false, false, true, true};
    const std::string ny = "America/New_York";

    // Week of Mon 19 Oct (DST ends on its Sunday): 5 urges, 4 resisted, 1 reached out;
    // days Tue 1, Sat 1, Sun 3; hours 20:1, 23:2, 02:2; mean start 7.0, peak 9;
    // NightTime 2, SocialMedia/Memory/Loneliness/Alcohol 1; lonely 2, tired 3.
    store.saveUrge(fixtureUrge(localMoment({2026, 10, 20}, 20, 0, kBerlinSummer), O::Resisted,
                               {{0, 8}, {5, 6}, {9, 3}}, {T::SocialMedia}, lonely));
    store.saveUrge(fixtureUrge(localMoment({2026, 10, 24}, 23, 30, kBerlinSummer), O::Resisted, {{0, 7}, {6, 3}},
                               {T::NightTime, T::Loneliness}, lonelyTired));
    // 02:30 summer time (00:30 UTC), then 02:30 winter time (01:30 UTC): both hour 2 of the 25th.
    store.saveUrge(fixtureUrge(localMoment({2026, 10, 25}, 2, 30, kBerlinSummer), O::Resisted, {{0, 6}, {4, 2}},
                               {T::NightTime}, tired));
    store.saveUrge(fixtureUrge(localMoment({2026, 10, 25}, 2, 30, kBerlinWinter), O::ReachedOut, {{0, 9}},
                               {T::Alcohol}, tired));
    store.saveUrge(fixtureUrge(localMoment({2026, 10, 25}, 23, 45, kBerlinWinter), O::Resisted, {{0, 5}, {10, 2}},
                               {T::Memory}));
    store.saveCheckIn(fixtureCheckIn({2026, 10, 20}, 2, 3, kBerlinSummer));
    store.saveCheckIn(fixtureCheckIn({2026, 10, 25}, 1, 2));

    // Week of Mon 26 Oct: 2 urges. The first is still Sunday in UTC.
    store.saveUrge(fixtureUrge(localMoment({2026, 10, 26}, 0, 15, kBerlinWinter), O::Resisted, {{0, 4}},
                               {T::Boredom}));
    store.saveUrge(fixtureUrge(localMoment({2026, 10, 29}, 21, 10, kBerlinWinter), O::Resisted, {{0, 6}, {7, 2}},
                               {T::Loneliness}));

    // Week of Mon 2 Nov: 2 urges, 1 resisted, they contacted once.
    store.saveUrge(fixtureUrge(localMoment({2026, 11, 4}, 22, 40, kBerlinWinter), O::Resisted,
                               {{0, 6}, {5, 4}, {8, 2}}, {T::NightTime}));
    store.saveUrge(fixtureUrge(localMoment({2026, 11, 7}, 19, 0, kBerlinWinter), O::TheyContactedMe,
                               {{0, 7}, {12, 3}}, {T::TheyContactedMe}));

    // Week of Mon 9 Nov, flying to New York on Wednesday: 3 urges (Tue 22h, Thu 23h, Sun 21h),
    // 2 resisted, 1 left open; Memory, Loneliness, NightTime 1 each.
    store.saveUrge(fixtureUrge(localMoment({2026, 11, 10}, 22, 0, kBerlinWinter), O::Resisted, {{0, 7}, {8, 3}},
                               {T::Loneliness}, lonely));
    // 04:30 UTC on Friday; Thursday night where the user was.
    store.saveUrge(fixtureUrge(localMoment({2026, 11, 12}, 23, 30, kNewYorkWinter, ny), O::Resisted,
                               {{0, 6}, {5, 2}}, {T::NightTime}, tired));
    // 02:00 UTC on Monday 16th; still Sunday, still this week, where the user was.
    store.saveUrge(fixtureUrge(localMoment({2026, 11, 15}, 21, 0, kNewYorkWinter, ny), O::Open, {{0, 5}},
                               {T::Memory}));
    store.saveCheckIn(fixtureCheckIn({2026, 11, 12}, 3, 2, kNewYorkWinter, ny));

    // Week of Mon 16 Nov, back in Berlin: 3 urges, all resisted.
    store.saveUrge(fixtureUrge(localMoment({2026, 11, 16}, 8, 0, kBerlinWinter), O::Resisted, {{0, 5}, {4, 2}},
                               {T::Boredom}));
    store.saveUrge(fixtureUrge(localMoment({2026, 11, 20}, 22, 30, kBerlinWinter), O::Resisted, {{0, 4}, {3, 1}},
                               {T::SocialMedia}));
    store.saveUrge(fixtureUrge(localMoment({2026, 11, 21}, 23, 0, kBerlinWinter), O::Resisted, {{0, 6}, {6, 2}},
                               {T::SocialMedia, T::NightTime}, tired));

    // This week (Mon 23 Nov, today Wednesday): 2 urges, both resisted, 1 fewer than last
    // week; SocialMedia 2, NightTime 1; hours 22 and 23; mean start 4.5, peak 5;
    // minutes to half 5 and 4 (median 4.5); check-ins Mon 3/3, Tue 4/3, Wed 4/4.
    store.saveUrge(fixtureUrge(localMoment({2026, 11, 23}, 22, 15, kBerlinWinter), O::Resisted, {{0, 5}, {5, 2}},
                               {T::SocialMedia}, tired));
    store.saveUrge(fixtureUrge(localMoment({2026, 11, 24}, 23, 20, kBerlinWinter), O::Resisted, {{0, 4}, {4, 1}},
                               {T::NightTime, T::SocialMedia}));
    store.saveCheckIn(fixtureCheckIn({2026, 11, 23}, 3, 3));
    store.saveCheckIn(fixtureCheckIn({2026, 11, 24}, 4, 3));
    store.saveCheckIn(fixtureCheckIn({2026, 11, 25}, 4, 4));
}

} // namespace holdfast::testing
