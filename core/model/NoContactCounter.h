#pragma once

// The dashboard's no-contact figures: the current streak, the longest one,
// total no-contact days and the attempts (restarts) so far. Counts real
// elapsed time between UTC instants, so time zones, DST and travel never
// stretch or shrink a streak.

#include "ContactEvent.h"
#include "Moment.h"

#include <cstdint>
#include <optional>
#include <vector>

namespace holdfast {

struct Settings;

// One attempt at no contact: from the start (or a contact that broke the
// previous attempt) to the next breaking contact; the last one is still running.
struct NoContactAttempt
{
    std::int64_t startUtcMs = 0;
    std::optional<std::int64_t> endUtcMs; // nothing while it runs
    std::int64_t durationMs = 0;          // never negative

    bool isRunning() const { return !endUtcMs.has_value(); }
    friend bool operator==(const NoContactAttempt &, const NoContactAttempt &) = default;
};

class NoContactCounter
{
public:
    // `since` is where counting starts (Settings::noContactSince); nothing means
    // the user has not started yet and every figure is zero. Contacts at or
    // before the start are part of the past and ignored.
    NoContactCounter(const std::optional<Moment> &since, const std::vector<ContactEvent> &contacts,
                     bool theirContactCountsOnlyIfReplied, std::int64_t nowUtcMs);
    static NoContactCounter fromSettings(const Settings &settings, const std::vector<ContactEvent> &contacts,
                                         std::int64_t nowUtcMs);

    // Whether this contact restarts the counter: logistics never does (the
    // person marked it so; turning low-contact mode off later does not rewrite
    // the past); personal contact the user made always does; contact from them
    // does when the user replied, or always when the policy says any contact
    // from them counts.
    static bool breaksNoContact(const ContactEvent &contact, bool theirContactCountsOnlyIfReplied);

    bool hasStarted() const { return !m_attempts.empty(); }
    // Real time since the last breaking contact (or the start); zero when the
    // clock reads earlier than that, e.g. after it was moved back.
    std::int64_t currentMs() const;
    std::optional<std::int64_t> currentSinceUtcMs() const;
    std::int64_t longestMs() const;
    // Whole no-contact days summed over the attempts: the partial day around
    // each lapse does not count.
    std::int64_t totalDays() const;
    // How many times the user has started over, counting the first start.
    int attempts() const { return int(m_attempts.size()); }
    // Oldest first; the last entry is the running attempt.
    const std::vector<NoContactAttempt> &history() const { return m_attempts; }

private:
    std::vector<NoContactAttempt> m_attempts;
};

} // namespace holdfast
