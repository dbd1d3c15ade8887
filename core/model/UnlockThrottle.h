#pragma once

// The growing pause between wrong passphrase tries on the lock screen: none
// after the first wrong one, then 1 s, 2 s, 4 s … up to kMaxDelayMs. Read from
// the Clock, so tests pin time instead of sleeping.

#include <cstdint>

namespace holdfast {

class Clock;

class UnlockThrottle
{
public:
    static constexpr std::int64_t kFirstDelayMs = 1000;
    static constexpr std::int64_t kMaxDelayMs = 30'000;

    explicit UnlockThrottle(const Clock &clock);

    // The pause that follows the `wrongTries`-th wrong try in a row.
    static std::int64_t delayAfter(int wrongTries);

    bool canTry() const { return remainingMs() == 0; }
    // 0 when a try is allowed now. A clock set backwards never lengthens it.
    std::int64_t remainingMs() const;
    // Whole seconds, rounded up, for a countdown the user reads.
    int remainingSeconds() const;
    int wrongTries() const { return m_wrongTries; }

    void recordWrongTry();
    // The right passphrase: the next lock starts without a pause.
    void reset();

private:
    const Clock &m_clock;
    int m_wrongTries = 0;
    std::int64_t m_lastTryMs = 0;
    std::int64_t m_delayMs = 0;
};

} // namespace holdfast
