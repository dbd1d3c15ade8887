#pragma once

// The real clock: the instant from the system, the offset, zone name and
// local date from Qt's time-zone data.

#include "model/Clock.h"

class QDateTime;

namespace holdfast::ui {

class SystemClock : public Clock
{
public:
    Moment now() const override;
    // With the offset this computer's zone has at that instant or reading
    // (daylight saving time included), not the one in force now.
    Moment at(std::int64_t utcMs) const override;
    Moment atLocal(std::int64_t localMs) const override;
    // The moment a local date-time stands for, with the offset in force then.
    static Moment fromDateTime(const QDateTime &dateTime);
};

} // namespace holdfast::ui
