#include "ReviewWeekCache.h"

namespace holdfast {

std::vector<const ReviewWeekCache::Week *> ReviewWeekCache::weeks(UrgeStore &store,
                                                                  const std::vector<LocalDate> &starts)
{
    std::vector<LocalDate> missing;
    for (const LocalDate &start : starts) {
        if (m_weeks.find(start) == m_weeks.end())
            missing.push_back(start);
    }
    if (!missing.empty()) {
        if (m_weeks.size() + missing.size() > kMaxWeeks)
            m_weeks.clear(); // nothing kept is lost: it is read again when shown
        missing.clear();
        for (const LocalDate &start : starts) {
            if (m_weeks.find(start) == m_weeks.end())
                missing.push_back(start);
        }
        // One read from the first missing week to the last: the weeks between
        // are usually missing too (a first load, or a jump to another date).
        const LocalDate from = missing.front();
        const LocalDate to = missing.back().addDays(6);
        const std::vector<DaySummary> days = store.daySummaries(from, to);
        // The ratings only: the curve needs neither the urges' text nor their triggers.
        std::vector<UrgeRatings> urges = store.urgeRatings(from, to);
        // Each urge and day goes to the missing week it falls in (by local date, as the report counts them).
        std::map<LocalDate, std::vector<UrgeRatings>> urgesByWeek;
        std::map<LocalDate, Week> read;
        for (const LocalDate &start : missing) {
            urgesByWeek[start];
            read[start];
        }
        const auto weekOf = [&](const LocalDate &date) {
            const auto offset = date.dayNumber() - from.dayNumber();
            return from.addDays(offset - offset % 7);
        };
        for (const DaySummary &day : days) {
            if (const auto it = read.find(weekOf(day.date)); it != read.end())
                it->second.days.push_back(day);
        }
        for (UrgeRatings &urge : urges) {
            if (const auto it = urgesByWeek.find(weekOf(urge.startDate)); it != urgesByWeek.end())
                it->second.push_back(std::move(urge));
        }
        for (auto &[start, week] : read) {
            week.curve = UrgeCurve::curveSums(urgesByWeek[start]);
            week.minutesToHalf = UrgeCurve::allMinutesToHalf(urgesByWeek[start]);
            m_weeks.insert_or_assign(start, std::move(week));
        }
    }
    std::vector<const Week *> result;
    result.reserve(starts.size());
    for (const LocalDate &start : starts)
        result.push_back(&m_weeks.at(start));
    return result;
}

} // namespace holdfast
