#pragma once

// The rules of the evening look back: which day a look back is about, when
// its reminder is due, and which one the dashboard shows in the morning.
//
// A day, for looking back, ends at 04:00 local time rather than at midnight:
// "how hard was today?" asked at half past midnight is about the evening the
// person is still in. Everything here works on wall-clock minutes, so a DST
// night (23 or 25 hours) changes nothing.

#include "LookBack.h"
#include "Moment.h"
#include "Settings.h"

#include <optional>

namespace holdfast {

class EveningLookBack
{
public:
    // Minutes after local midnight at which the day looked back on changes.
    static constexpr int kDayEndsMinute = 4 * 60;

    // The day a look back written at `now` is about.
    static LocalDate dayOf(const Moment &now);

    // Whether the tray shows the evening reminder at `now`: the look back is
    // on, its reminder time has come in the day being looked back on (a time
    // after midnight but before 04:00 belongs to the evening before), that day
    // has no look back yet and no reminder was shown for it.
    static bool isDue(const Moment &now, const Settings &settings, bool lookedBack,
                      const std::optional<LocalDate> &lastRemindedFor);

    // Whether the dashboard offers "Look back on today" at `now`: the look
    // back is on, it is evening (from the reminder time, or from 18:00 when
    // there is no reminder) and the day has none yet.
    static bool isOffered(const Moment &now, const Settings &settings, bool lookedBack);

    // The day whose look back the dashboard shows at `now`: last night's.
    static LocalDate lastNight(const Moment &now) { return dayOf(now).addDays(-1); }

    // The look back to store for `day`, saved at `now`: how hard kept within
    // 1..5, both lines trimmed.
    static LookBack make(LocalDate day, const Moment &now, int hardness, const std::string &helped,
                         const std::string &tomorrow);

    // Minutes since the look-back day began (04:00 is 0, 03:59 is 1439).
    static int minuteOfLookBackDay(int localMinuteOfDay);
};

} // namespace holdfast
