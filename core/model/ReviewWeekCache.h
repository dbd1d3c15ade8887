#pragma once

// What the review screen keeps of the weeks it has read: each week's day
// summaries, urge-curve sums and minutes-to-half, so switching weeks reads only
// the weeks not seen yet (one, for a step back or forward) instead of twelve.
// Holds figures only, no text; cleared whenever urges, check-ins or settings change.

#include "DaySummary.h"
#include "LocalDate.h"
#include "Store.h"
#include "UrgeCurve.h"

#include <map>
#include <vector>

namespace holdfast {

class ReviewWeekCache
{
public:
    struct Week
    {
        std::vector<DaySummary> days; // the days with data, oldest first
        UrgeCurveSums curve;
        std::vector<double> minutesToHalf;
    };

    // Enough for a year of paging back and forth; beyond it the cache starts over.
    static constexpr std::size_t kMaxWeeks = 60;

    // The seven days from each of `starts` (week starts, oldest first, a week
    // apart), reading the missing ones in one range of two queries (day summaries,
    // and the urges' ratings).
    std::vector<const Week *> weeks(UrgeStore &store, const std::vector<LocalDate> &starts);
    bool has(const LocalDate &start) const { return m_weeks.find(start) != m_weeks.end(); }
    void clear() { m_weeks.clear(); }
    std::size_t size() const { return m_weeks.size(); }

private:
    std::map<LocalDate, Week> m_weeks;
};

} // namespace holdfast
