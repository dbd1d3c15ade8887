#pragma once

// The port through which the core asks for "now", and the one place a time
// the user picked is read in their zone. The app supplies the system clock
// with zone data from Qt; tests pin it with FixedClock.

#include "Moment.h"

#include <cstdint>
#include <utility>

namespace holdfast {

class Clock
{
public:
    virtual ~Clock() = default;
    virtual Moment now() const = 0;

    // The instant `utcMs` where this clock is: with the offset, zone and local
    // date in force then. This default keeps the offset in force now, as a
    // clock without zone rules must (FixedClock); the system clock knows the
    // rules of its zone.
    virtual Moment at(std::int64_t utcMs) const
    {
        Moment current = now();
        return Moment::fromUtc(utcMs, current.offsetMinutes, std::move(current.zone));
    }

    // The moment a wall-clock reading where this clock is stands for:
    // `localMs` counts milliseconds since 1970-01-01 00:00 local time (the
    // reading as if it were UTC). Same default as at().
    virtual Moment atLocal(std::int64_t localMs) const
    {
        Moment current = now();
        const std::int64_t utcMs = localMs - std::int64_t(current.offsetMinutes) * kMsPerMinute;
        return Moment::fromUtc(utcMs, current.offsetMinutes, std::move(current.zone));
    }
};

} // namespace holdfast
