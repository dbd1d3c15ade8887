#include "NoContactCounter.h"

#include "Settings.h"

#include <algorithm>

namespace holdfast {

NoContactCounter::NoContactCounter(const std::optional<Moment> &since, const std::vector<ContactEvent> &contacts,
                                   bool theirContactCountsOnlyIfReplied, std::int64_t nowUtcMs)
{
    if (!since)
        return;

    const std::int64_t startUtcMs = since->utcMs;
    std::vector<std::int64_t> breaks;
    for (const auto &contact : contacts) {
        if (contact.at.utcMs > startUtcMs && breaksNoContact(contact, theirContactCountsOnlyIfReplied))
            breaks.push_back(contact.at.utcMs);
    }
    std::sort(breaks.begin(), breaks.end());

    std::int64_t attemptStart = startUtcMs;
    for (const std::int64_t breakUtcMs : breaks) {
        m_attempts.push_back({attemptStart, breakUtcMs, breakUtcMs - attemptStart});
        attemptStart = breakUtcMs;
    }
    // A clock behind the last contact (moved back, or a contact logged on
    // another device) must not produce a negative streak.
    m_attempts.push_back({attemptStart, std::nullopt, std::max<std::int64_t>(0, nowUtcMs - attemptStart)});
}

NoContactCounter NoContactCounter::fromSettings(const Settings &settings, const std::vector<ContactEvent> &contacts,
                                                std::int64_t nowUtcMs)
{
    return NoContactCounter(settings.noContactSince, contacts, settings.theirContactCountsOnlyIfReplied,
                            nowUtcMs);
}

bool NoContactCounter::breaksNoContact(const ContactEvent &contact, bool theirContactCountsOnlyIfReplied)
{
    if (contact.purpose == ContactPurpose::Logistics)
        return false;
    if (contact.initiator == Initiator::Me)
        return true;
    return !theirContactCountsOnlyIfReplied || contact.replied;
}

std::int64_t NoContactCounter::currentMs() const
{
    return m_attempts.empty() ? 0 : m_attempts.back().durationMs;
}

std::optional<std::int64_t> NoContactCounter::currentSinceUtcMs() const
{
    if (m_attempts.empty())
        return std::nullopt;
    return m_attempts.back().startUtcMs;
}

std::int64_t NoContactCounter::longestMs() const
{
    std::int64_t longest = 0;
    for (const auto &attempt : m_attempts)
        longest = std::max(longest, attempt.durationMs);
    return longest;
}

std::int64_t NoContactCounter::totalDays() const
{
    std::int64_t days = 0;
    for (const auto &attempt : m_attempts)
        days += attempt.durationMs / kMsPerDay;
    return days;
}

} // namespace holdfast
