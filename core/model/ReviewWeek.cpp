#include "ReviewWeek.h"

namespace holdfast {

ReviewWeek::ReviewWeek(LocalDate today, Weekday weekStart)
    : m_today(today), m_weekStart(weekStart), m_start(today.startOfWeek(weekStart))
{
}

void ReviewWeek::goBack()
{
    m_start = m_start.addDays(-7);
}

void ReviewWeek::goForward()
{
    if (canGoForward())
        m_start = m_start.addDays(7);
}

void ReviewWeek::goToToday()
{
    m_start = m_today.startOfWeek(m_weekStart);
}

void ReviewWeek::select(LocalDate day)
{
    m_start = (day > m_today ? m_today : day).startOfWeek(m_weekStart);
}

void ReviewWeek::setToday(LocalDate today)
{
    m_today = today;
    if (m_start > m_today)
        goToToday();
}

void ReviewWeek::setWeekStart(Weekday weekStart)
{
    const LocalDate anchor = m_start;
    m_weekStart = weekStart;
    select(anchor);
}

} // namespace holdfast
