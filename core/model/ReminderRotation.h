#pragma once

// Which reminder to show: one a day on the dashboard, and a rotating sequence
// in the urge dialog. It mixes the built-in cards with the user's own reasons
// and depends only on the local date, so a refresh or a restart shows the
// same card all day.

#include "LocalDate.h"
#include "PlanItems.h"
#include "ReminderCard.h"

#include <cstddef>
#include <cstdint>
#include <vector>

namespace holdfast {

// A built-in card or one of the user's reasons.
struct Reminder
{
    enum class Kind { Card, Reason };

    Kind kind = Kind::Card;
    ReminderCard card = ReminderCard::UrgePasses; // when kind is Card
    std::int64_t reasonId = 0;                     // when kind is Reason

    static Reminder ofCard(ReminderCard card) { return {Kind::Card, card, 0}; }
    static Reminder ofReason(std::int64_t id) { return {Kind::Reason, ReminderCard::UrgePasses, id}; }

    friend bool operator==(const Reminder &, const Reminder &) = default;
};

class ReminderRotation
{
public:
    // The reasons in the user's order; only their ids are kept.
    explicit ReminderRotation(const std::vector<Reason> &reasons = {});

    // Every built-in card, then every reason.
    const std::vector<Reminder> &pool() const { return m_pool; }

    // The card of the day. Every reminder comes up once in each run of
    // pool().size() days, and two consecutive days never show the same one.
    // Adding or removing a reason reshuffles the rotation.
    Reminder forDate(LocalDate date) const;

    // The urge dialog's rotating reminders opened on `date`: index 0 is the
    // card of the day, then every other reminder once before any repeats.
    Reminder at(LocalDate date, std::size_t index) const;

    // A fixed integer mixer (splitmix64): the same result on every platform
    // and in every release, unlike std::hash.
    static std::uint64_t mix(std::uint64_t value);

private:
    std::vector<std::size_t> shuffledIndices(std::uint64_t seed) const;
    std::size_t dailyIndex(std::int64_t dayNumber) const;

    std::vector<Reminder> m_pool;
};

} // namespace holdfast
