#pragma once

// The data folders the benchmarks read: generated once by holdfast-datagen's
// code into a cache (build/bench-data/<profile>-<last day>) and reused.
// HOLDFAST_BENCH_PROFILE picks the profile: tiny, 1y, 3y or 10y (default).

#include "HeavyHistory.h"

#include "model/Clock.h"
#include "model/FixedClock.h"

#include <QString>

namespace holdfast::bench {

struct BenchData
{
    QString profile;      // "10y"
    QString dir;          // the cached folder (read it; write only to a copy)
    datagen::HeavyProfile heavy;
    LocalDate today;      // the history's last day
    Moment evening;       // 20:30 on that day, for a FixedClock
};

// The profile named by HOLDFAST_BENCH_PROFILE, its folder generated when
// missing (minutes for 10y; progress on stderr).
const BenchData &benchData();
// A private copy of the folder for benchmarks that write (removed at exit).
QString writableCopy();

} // namespace holdfast::bench
