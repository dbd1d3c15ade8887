#pragma once

// A clock that says what it is told: tests, the demo data and the data
// generator pin and advance it instead of sleeping.

#include "Clock.h"

namespace holdfast {

class FixedClock : public Clock
{
public:
    explicit FixedClock(Moment now = {}) : m_now(std::move(now)) {}

    Moment now() const override { return m_now; }
    void set(Moment now) { m_now = std::move(now); }
    // Moves the instant on and recomputes the local date with the current offset.
    void advanceMs(std::int64_t ms) { m_now = Moment::fromUtc(m_now.utcMs + ms, m_now.offsetMinutes, m_now.zone); }

private:
    Moment m_now;
};

} // namespace holdfast
