#pragma once

// When an encrypted, unlocked Holdfast locks itself: after
// Settings::autoLockMinutes without keyboard or mouse input (0 is never).
// Read from the Clock, so tests move time on instead of waiting.

#include <cstdint>

namespace holdfast {

class Clock;

class IdleLock
{
public:
    explicit IdleLock(const Clock &clock);

    void setMinutes(int minutes);
    int minutes() const { return m_minutes; }
    // The user pressed a key or moved the mouse.
    void noteActivity();
    bool isDue() const;
    // How long until isDue() becomes true; -1 when auto-lock is off.
    std::int64_t msUntilDue() const;

private:
    const Clock &m_clock;
    int m_minutes = 0;
    std::int64_t m_lastActivityMs = 0;
};

} // namespace holdfast
