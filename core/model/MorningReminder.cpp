#include "MorningReminder.h"

namespace holdfast {

bool MorningReminder::isDue(const Moment &now, int reminderMinute, bool checkedInToday,
                            const std::optional<LocalDate> &lastRemindedOn)
{
    if (reminderMinute < 0 || checkedInToday)
        return false;
    if (lastRemindedOn && *lastRemindedOn >= now.localDate)
        return false;
    return now.localMinuteOfDay() >= reminderMinute;
}

} // namespace holdfast
