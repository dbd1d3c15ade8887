#pragma once

// Decides when the tray shows the morning check-in reminder: once a local
// day, at or after the chosen time, and only while today's check-in is missing.

#include "Moment.h"

#include <optional>

namespace holdfast {

class MorningReminder
{
public:
    // `reminderMinute` is minutes after local midnight, or negative when off.
    static bool isDue(const Moment &now, int reminderMinute, bool checkedInToday,
                      const std::optional<LocalDate> &lastRemindedOn);
};

} // namespace holdfast
