#include "ReviewData.h"

#include <algorithm>

namespace holdfast {

ReviewData ReviewData::load(Store &store, const ReviewWeek &week, std::optional<LocalDate> firstDataDate)
{
    const LocalDate from = week.start().addDays(-7 * (WeeklyReport::kTrendWeeks - 1));
    const LocalDate to = week.end();
    std::vector<DaySummary> days = store.daySummaries(from, to);
    if (firstDataDate && *firstDataDate < from) {
        // Data older than the window: the selected week is not the user's first,
        // even if the weeks just before it were quiet. WeeklyReport only needs
        // to see that a day before the week exists.
        DaySummary earlier;
        earlier.date = *firstDataDate;
        days.insert(days.begin(), earlier);
    }

    ReviewData data(WeeklyReport(days, week.start(), week.weekStart()));
    data.currentWeek = week.isCurrent();
    data.state = ReviewState::of(firstDataDate, week.today(), data.report);

    const std::vector<UrgeRecord> windowUrges = store.urges(from, to);
    std::vector<UrgeRecord> weekUrges;
    std::copy_if(windowUrges.begin(), windowUrges.end(), std::back_inserter(weekUrges),
                 [&week](const UrgeRecord &urge) { return week.contains(urge.start.localDate); });
    data.weekCurve = UrgeCurve::averageCurve(weekUrges);
    data.trendCurve = UrgeCurve::averageCurve(windowUrges);
    data.weekMinutesToHalf = UrgeCurve::medianMinutesToHalf(weekUrges);
    data.trendMinutesToHalf = UrgeCurve::medianMinutesToHalf(windowUrges);
    return data;
}

std::optional<LocalDate> ReviewData::findFirstDataDate(Store &store, LocalDate today)
{
    std::optional<LocalDate> first;
    for (const auto &day : store.daySummaries(LocalDate{1970, 1, 1}, today)) {
        if ((day.urges > 0 || day.mood || day.sleep) && (!first || day.date < *first))
            first = day.date;
    }
    return first;
}

} // namespace holdfast
