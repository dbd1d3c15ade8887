#include "ReminderRotation.h"

#include <algorithm>
#include <numeric>

namespace holdfast {

namespace {

constexpr std::uint64_t kGoldenGamma = 0x9E3779B97F4A7C15ULL;
// Keeps the dialog's sequence from being the same shuffle as the daily rotation.
constexpr std::uint64_t kSequenceSalt = 0xD1B54A32D192ED03ULL;

std::int64_t floorDiv(std::int64_t a, std::int64_t b)
{
    std::int64_t quotient = a / b;
    if (a % b != 0 && ((a < 0) != (b < 0)))
        --quotient;
    return quotient;
}

} // namespace

ReminderRotation::ReminderRotation(const std::vector<Reason> &reasons)
{
    m_pool.reserve(kAllReminderCards.size() + reasons.size());
    for (const ReminderCard card : kAllReminderCards)
        m_pool.push_back(Reminder::ofCard(card));
    for (const auto &reason : reasons)
        m_pool.push_back(Reminder::ofReason(reason.id));
}

std::uint64_t ReminderRotation::mix(std::uint64_t value)
{
    std::uint64_t z = value + kGoldenGamma;
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

std::vector<std::size_t> ReminderRotation::shuffledIndices(std::uint64_t seed) const
{
    std::vector<std::size_t> indices(m_pool.size());
    std::iota(indices.begin(), indices.end(), std::size_t{0});
    // Fisher-Yates with our own generator: std::shuffle's result differs
    // between standard libraries.
    std::uint64_t state = seed;
    for (std::size_t i = indices.size(); i > 1; --i) {
        state = mix(state);
        std::swap(indices[i - 1], indices[std::size_t(state % i)]);
    }
    return indices;
}

std::size_t ReminderRotation::dailyIndex(std::int64_t dayNumber) const
{
    // Days run in cycles of pool-size days; each cycle shows every reminder
    // once in its own shuffled order.
    const auto size = std::int64_t(m_pool.size());
    const std::int64_t cycle = floorDiv(dayNumber, size);
    const auto position = std::size_t(dayNumber - cycle * size);
    std::vector<std::size_t> order = shuffledIndices(mix(std::uint64_t(cycle)));
    if (order.size() > 2) {
        // The last day of the previous cycle must not repeat on the first day
        // of this one. Only position 0 and 1 move, so the previous cycle's
        // last day is its unadjusted shuffle's last entry.
        const std::size_t previousLast = shuffledIndices(mix(std::uint64_t(cycle - 1))).back();
        if (order.front() == previousLast)
            std::swap(order[0], order[1]);
    }
    return order[position];
}

Reminder ReminderRotation::forDate(LocalDate date) const
{
    return m_pool[dailyIndex(date.dayNumber())];
}

Reminder ReminderRotation::at(LocalDate date, std::size_t index) const
{
    const std::int64_t day = date.dayNumber();
    std::vector<std::size_t> order = shuffledIndices(mix(std::uint64_t(day) ^ kSequenceSalt));
    const auto today = std::find(order.begin(), order.end(), dailyIndex(day));
    std::rotate(order.begin(), today, today + 1); // the card of the day first, the rest keep their order
    return m_pool[order[index % order.size()]];
}

} // namespace holdfast
