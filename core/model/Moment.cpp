#include "Moment.h"

namespace holdfast {

namespace {

std::int64_t floorDiv(std::int64_t a, std::int64_t b)
{
    std::int64_t q = a / b;
    if ((a % b != 0) && ((a < 0) != (b < 0)))
        --q;
    return q;
}

} // namespace

int Moment::localMinuteOfDay() const
{
    const std::int64_t localMs = utcMs + std::int64_t(offsetMinutes) * kMsPerMinute;
    const std::int64_t msOfDay = localMs - floorDiv(localMs, kMsPerDay) * kMsPerDay;
    return int(msOfDay / kMsPerMinute);
}

Moment Moment::fromUtc(std::int64_t utcMs, std::int32_t offsetMinutes, std::string zone)
{
    const std::int64_t localMs = utcMs + std::int64_t(offsetMinutes) * kMsPerMinute;
    return Moment{utcMs, offsetMinutes, std::move(zone), LocalDate::fromDayNumber(floorDiv(localMs, kMsPerDay))};
}

} // namespace holdfast
