#include "EveningLookBack.h"

#include "JournalText.h"

#include <algorithm>

namespace holdfast {

namespace {

constexpr int kMinutesPerDay = 24 * 60;
constexpr int kEveningMinute = 18 * 60; // when the dashboard offers it without a reminder

} // namespace

int EveningLookBack::minuteOfLookBackDay(int localMinuteOfDay)
{
    return (localMinuteOfDay - kDayEndsMinute + kMinutesPerDay) % kMinutesPerDay;
}

LookBack EveningLookBack::make(LocalDate day, const Moment &now, int hardness, const std::string &helped,
                               const std::string &tomorrow)
{
    LookBack lookBack;
    lookBack.date = day;
    lookBack.recordedAt = now;
    lookBack.hardness = std::clamp(hardness, 1, 5);
    lookBack.helped = std::string(JournalText::trimmed(helped));
    lookBack.tomorrow = std::string(JournalText::trimmed(tomorrow));
    return lookBack;
}

LocalDate EveningLookBack::dayOf(const Moment &now)
{
    return now.localMinuteOfDay() < kDayEndsMinute ? now.localDate.addDays(-1) : now.localDate;
}

bool EveningLookBack::isDue(const Moment &now, const Settings &settings, bool lookedBack,
                            const std::optional<LocalDate> &lastRemindedFor)
{
    const int reminder = settings.lookBackReminderMinute;
    if (!settings.lookBack || reminder < 0 || reminder >= kMinutesPerDay || lookedBack)
        return false;
    const LocalDate day = dayOf(now);
    if (lastRemindedFor && *lastRemindedFor >= day)
        return false;
    return minuteOfLookBackDay(now.localMinuteOfDay()) >= minuteOfLookBackDay(reminder);
}

bool EveningLookBack::isOffered(const Moment &now, const Settings &settings, bool lookedBack)
{
    if (!settings.lookBack || lookedBack)
        return false;
    const int reminder = settings.lookBackReminderMinute;
    const int from = reminder >= 0 && reminder < kMinutesPerDay ? std::min(minuteOfLookBackDay(reminder),
                                                                           minuteOfLookBackDay(kEveningMinute))
                                                                : minuteOfLookBackDay(kEveningMinute);
    return minuteOfLookBackDay(now.localMinuteOfDay()) >= from;
}

} // namespace holdfast
