#pragma once

// The intensity ratings of one stored urge and the local day it started on,
// without its text, triggers or outcome: all the personal urge curve needs,
// so the review can read a week of them cheaply.

#include "LocalDate.h"
#include "UrgeRecord.h"

#include <cstdint>
#include <vector>

namespace holdfast {

struct UrgeRatings
{
    std::int64_t urgeId = 0;
    LocalDate startDate;                  // the urge's start local date
    std::vector<IntensitySample> samples; // in rating order; the first is the starting intensity

    friend bool operator==(const UrgeRatings &, const UrgeRatings &) = default;
};

} // namespace holdfast
