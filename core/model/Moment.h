#pragma once

// A point in time as the user lived it: the UTC instant plus the offset, zone
// and local date in force where they were. The Qt side fills in the zone data;
// the core needs no time-zone database.

#include "LocalDate.h"

#include <cstdint>
#include <string>

namespace holdfast {

inline constexpr std::int64_t kMsPerMinute = 60'000;
inline constexpr std::int64_t kMsPerHour = 60 * kMsPerMinute;
inline constexpr std::int64_t kMsPerDay = 24 * kMsPerHour;

struct Moment
{
    std::int64_t utcMs = 0;       // milliseconds since 1970-01-01T00:00Z
    std::int32_t offsetMinutes = 0; // local time minus UTC at that instant
    std::string zone;             // IANA name, e.g. "Europe/Berlin"; may be empty
    LocalDate localDate;          // the wall-clock date at that instant

    // Minutes since local midnight at that instant (0..1439).
    int localMinuteOfDay() const;
    int localHour() const { return localMinuteOfDay() / 60; }

    // A moment whose local date is derived from utcMs and the offset.
    static Moment fromUtc(std::int64_t utcMs, std::int32_t offsetMinutes, std::string zone = {});

    friend bool operator==(const Moment &, const Moment &) = default;
};

} // namespace holdfast
