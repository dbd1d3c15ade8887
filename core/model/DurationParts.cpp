#include "DurationParts.h"

#include "Moment.h"

namespace holdfast {

DurationParts DurationParts::fromMs(std::int64_t ms)
{
    if (ms <= 0)
        return {};
    DurationParts parts;
    parts.days = ms / kMsPerDay;
    parts.hours = int(ms % kMsPerDay / kMsPerHour);
    parts.minutes = int(ms % kMsPerHour / kMsPerMinute);
    return parts;
}

} // namespace holdfast
