#pragma once

// Which week the weekly review shows, and how the user moves between weeks:
// back without limit, forward up to the week that holds today. Weeks are
// runs of stored local dates, so DST and travel never shift a boundary.

#include "LocalDate.h"

namespace holdfast {

class ReviewWeek
{
public:
    ReviewWeek(LocalDate today, Weekday weekStart = Weekday::Monday);

    LocalDate start() const { return m_start; }
    LocalDate end() const { return m_start.addDays(6); }
    LocalDate today() const { return m_today; }
    Weekday weekStart() const { return m_weekStart; }
    bool contains(LocalDate date) const { return date >= start() && date <= end(); }
    // The selected week holds today: it is still going on.
    bool isCurrent() const { return contains(m_today); }
    bool canGoForward() const { return end() < m_today; }

    void goBack();
    // Does nothing in the current week: there is nothing to review ahead.
    void goForward();
    void goToToday();
    // Shows the week holding `day`; a day after today shows the current week.
    void select(LocalDate day);
    // A new day began (the app stayed open past midnight).
    void setToday(LocalDate today);
    // The user changed the week start: keep showing the same days as far as
    // possible by re-anchoring on the selected week's first day.
    void setWeekStart(Weekday weekStart);

private:
    LocalDate m_today;
    Weekday m_weekStart;
    LocalDate m_start;
};

} // namespace holdfast
