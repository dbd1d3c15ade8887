#pragma once

// Years of heavy use as plain records, for benchmarks and for trying the app
// at scale: urges (with samples, triggers, outcomes) spread over days and
// hours, more early on and fading, a check-in every day, long journal entries,
// unsent messages, contacts and a plan. Deterministic for a seed. Records come
// out in batches of whole days, so links between them (urge <-> unsent
// message, contact -> urge) never cross a batch (see Store::importData).

#include "model/DataSet.h"
#include "model/LocalDate.h"

#include <cstdint>
#include <functional>
#include <optional>

namespace holdfast::datagen {

struct HeavyProfile
{
    int years = 10;
    // How many of each over the whole history; -1 follows the heavy profile's
    // daily rates (about 230 urges a day, many more in the first months, and
    // about five journal entries a day), so ten years hold about 1M urges and
    // 20k entries, and the last weeks look the same whatever the years.
    std::int64_t urges = -1;
    int journalEntries = -1;
    int unsentMessages = -1;
    std::uint64_t seed = 20261125;
    LocalDate lastDay;      // the history ends on this day (usually today)
    int batchUrges = 10000; // urges per batch, roughly

    int dayCount() const { return years * 365; }
    LocalDate firstDay() const { return lastDay.addDays(-(dayCount() - 1)); }
};

// What was generated, for the log.
struct HeavyTotals
{
    std::int64_t urges = 0;
    std::int64_t samples = 0;
    std::int64_t contacts = 0;
    std::int64_t checkIns = 0;
    std::int64_t journalEntries = 0;
    std::int64_t journalWords = 0;
    std::int64_t unsentMessages = 0;
    int batches = 0;
    std::optional<Moment> lastReachedOut; // the user's last contact, if any
};

class HeavyHistory
{
public:
    explicit HeavyHistory(HeavyProfile profile);

    // Settings of someone who finished onboarding on the first day and counts
    // from their last contact.
    Settings settings(const HeavyTotals &totals) const;
    // Calls `sink` with each batch, oldest first; the first batch also holds the plan.
    HeavyTotals generate(const std::function<void(DataSet &&batch)> &sink) const;

private:
    HeavyProfile m_profile;
};

} // namespace holdfast::datagen
