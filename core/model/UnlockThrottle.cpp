#include "UnlockThrottle.h"

#include "Clock.h"

#include <algorithm>

namespace holdfast {

UnlockThrottle::UnlockThrottle(const Clock &clock) : m_clock(clock)
{
}

std::int64_t UnlockThrottle::delayAfter(int wrongTries)
{
    // A single typo costs nothing; only repeated misses slow down.
    if (wrongTries <= 1)
        return 0;
    std::int64_t delay = kFirstDelayMs;
    for (int i = 2; i < wrongTries && delay < kMaxDelayMs; ++i)
        delay *= 2;
    return std::min(delay, kMaxDelayMs);
}

std::int64_t UnlockThrottle::remainingMs() const
{
    if (m_delayMs == 0)
        return 0;
    const std::int64_t elapsed = m_clock.now().utcMs - m_lastTryMs;
    return std::clamp<std::int64_t>(m_delayMs - elapsed, 0, m_delayMs);
}

int UnlockThrottle::remainingSeconds() const
{
    return int((remainingMs() + 999) / 1000);
}

void UnlockThrottle::recordWrongTry()
{
    ++m_wrongTries;
    m_lastTryMs = m_clock.now().utcMs;
    m_delayMs = delayAfter(m_wrongTries);
}

void UnlockThrottle::reset()
{
    m_wrongTries = 0;
    m_lastTryMs = 0;
    m_delayMs = 0;
}

} // namespace holdfast
