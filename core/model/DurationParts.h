#pragma once

// A span of real time split for display ("23 days, 4 hours"). The UI turns
// the numbers into translated, plural-aware text.

#include <cstdint>

namespace holdfast {

struct DurationParts
{
    std::int64_t days = 0;
    int hours = 0;   // 0..23
    int minutes = 0; // 0..59

    // Whole days, hours and minutes in `ms`, rounded down; a negative span is zero.
    static DurationParts fromMs(std::int64_t ms);

    friend bool operator==(const DurationParts &, const DurationParts &) = default;
};

} // namespace holdfast
