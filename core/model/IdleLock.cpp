#include "IdleLock.h"

#include "Clock.h"

#include <algorithm>

namespace holdfast {

IdleLock::IdleLock(const Clock &clock) : m_clock(clock), m_lastActivityMs(clock.now().utcMs)
{
}

void IdleLock::setMinutes(int minutes)
{
    m_minutes = std::max(0, minutes);
}

void IdleLock::noteActivity()
{
    m_lastActivityMs = m_clock.now().utcMs;
}

bool IdleLock::isDue() const
{
    return msUntilDue() == 0;
}

std::int64_t IdleLock::msUntilDue() const
{
    if (m_minutes == 0)
        return -1;
    const std::int64_t limit = std::int64_t(m_minutes) * kMsPerMinute;
    const std::int64_t idle = m_clock.now().utcMs - m_lastActivityMs;
    // A clock set backwards counts as fresh activity, not as a longer wait.
    return std::clamp<std::int64_t>(limit - idle, 0, limit);
}

} // namespace holdfast
