#pragma once

// Which designed state the weekly review is in for the selected week: no
// data at all yet, a week before the user's first entry, the first days of
// use, a week without urges (worth celebrating), or an ordinary week.

#include "LocalDate.h"

#include <optional>

namespace holdfast {

class WeeklyReport;

class ReviewState
{
public:
    enum class Kind {
        NoData,          // nothing recorded yet: no urge, no check-in
        BeforeFirstData, // the week ends before the first entry
        FirstDays,       // the first entry is less than a week old and this week holds it
        QuietWeek,       // data exists, but not a single urge this week
        Normal,
    };

    // Days of history before the trend is more than "the first days".
    static constexpr int kFirstDays = 7;

    // `firstDataDate` is the local date of the oldest urge or check-in.
    static Kind of(std::optional<LocalDate> firstDataDate, LocalDate today, const WeeklyReport &report);
};

} // namespace holdfast
