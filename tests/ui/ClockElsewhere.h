#pragma once

// For tests of date-time edits: a pinned clock moved to a zone this computer
// is not in, so what a dialog stores can only match when it was read in the
// clock's zone (through the injected Clock), never the system's.

#include "model/FixedClock.h"
#include "model/Moment.h"

#include <QDateTime>
#include <QTimeZone>

#include <cstdint>

namespace holdfast::testing {

// Kathmandu (+5:45), or New York where the computer is in Kathmandu.
inline void pinClockElsewhere(FixedClock &clock)
{
    const Moment now = clock.now();
    const bool systemInKathmandu = QDateTime::fromMSecsSinceEpoch(now.utcMs).offsetFromUtc() == 345 * 60;
    clock.set(systemInKathmandu ? Moment::fromUtc(now.utcMs, -300, "America/New_York")
                                : Moment::fromUtc(now.utcMs, 345, "Asia/Kathmandu"));
}

// The moment a wall-clock reading stands for where the pinned clock is.
inline Moment onPinnedClock(const FixedClock &clock, const QDateTime &reading)
{
    const Moment now = clock.now();
    const std::int64_t localMs = QDateTime(reading.date(), reading.time(), QTimeZone::utc()).toMSecsSinceEpoch();
    return Moment::fromUtc(localMs - std::int64_t(now.offsetMinutes) * kMsPerMinute, now.offsetMinutes, now.zone);
}

} // namespace holdfast::testing
