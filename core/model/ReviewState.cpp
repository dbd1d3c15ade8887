#include "ReviewState.h"

#include "WeeklyReport.h"

namespace holdfast {

ReviewState::Kind ReviewState::of(std::optional<LocalDate> firstDataDate, LocalDate today, const WeeklyReport &report)
{
    if (!firstDataDate)
        return Kind::NoData;
    if (report.weekEnd() < *firstDataDate)
        return Kind::BeforeFirstData;
    const bool young = firstDataDate->daysTo(today) < kFirstDays;
    if (young && report.weekStart() <= today && today <= report.weekEnd())
        return Kind::FirstDays;
    if (report.totals().urges == 0)
        return Kind::QuietWeek;
    return Kind::Normal;
}

} // namespace holdfast
