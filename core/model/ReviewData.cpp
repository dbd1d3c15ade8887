#include "ReviewData.h"

#include <algorithm>

namespace holdfast {

ReviewData ReviewData::load(UrgeStore &store, const ReviewWeek &week, std::optional<LocalDate> firstDataDate)
{
    ReviewWeekCache once;
    return load(store, once, week, firstDataDate);
}

bool ReviewData::prefetchStepBack(UrgeStore &store, ReviewWeekCache &cache, const ReviewWeek &week,
                                  std::optional<LocalDate> firstDataDate)
{
    const LocalDate start = week.start().addDays(-7 * WeeklyReport::kTrendWeeks);
    if (!firstDataDate || cache.has(start))
        return false;
    (void)cache.weeks(store, {start});
    return true;
}

ReviewData ReviewData::load(UrgeStore &store, ReviewWeekCache &cache, const ReviewWeek &week,
                            std::optional<LocalDate> firstDataDate)
{
    const LocalDate from = week.start().addDays(-7 * (WeeklyReport::kTrendWeeks - 1));
    std::vector<LocalDate> starts;
    for (int i = 0; i < WeeklyReport::kTrendWeeks; ++i)
        starts.push_back(from.addDays(7 * i));
    const std::vector<const ReviewWeekCache::Week *> weeks = cache.weeks(store, starts);

    std::vector<DaySummary> days;
    if (firstDataDate && *firstDataDate < from) {
        // Data older than the window: the selected week is not the user's first,
        // even if the weeks just before it were quiet. WeeklyReport only needs
        // to see that a day before the week exists.
        DaySummary earlier;
        earlier.date = *firstDataDate;
        days.push_back(earlier);
    }
    UrgeCurveSums trend;
    std::vector<double> trendMinutes;
    for (const ReviewWeekCache::Week *cached : weeks) {
        days.insert(days.end(), cached->days.begin(), cached->days.end());
        UrgeCurve::add(trend, cached->curve);
        trendMinutes.insert(trendMinutes.end(), cached->minutesToHalf.begin(), cached->minutesToHalf.end());
    }

    ReviewData data(WeeklyReport(days, week.start(), week.weekStart()));
    data.currentWeek = week.isCurrent();
    data.state = ReviewState::of(firstDataDate, week.today(), data.report);

    const ReviewWeekCache::Week &selected = *weeks.back();
    data.weekCurve = UrgeCurve::curveOf(selected.curve);
    data.trendCurve = UrgeCurve::curveOf(trend);
    data.weekMinutesToHalf = UrgeCurve::median(selected.minutesToHalf);
    data.trendMinutesToHalf = UrgeCurve::median(std::move(trendMinutes));
    return data;
}

std::optional<LocalDate> ReviewData::findFirstDataDate(UrgeStore &store, LocalDate today)
{
    return store.firstDataDate(today);
}

WeekContacts WeekContacts::in(const std::vector<ContactEvent> &contacts, const ReviewWeek &week)
{
    WeekContacts counts;
    for (const ContactEvent &contact : contacts) {
        if (!week.contains(contact.at.localDate))
            continue;
        if (contact.purpose == ContactPurpose::Logistics)
            ++counts.logistics;
        else
            ++counts.personal;
    }
    return counts;
}

} // namespace holdfast
