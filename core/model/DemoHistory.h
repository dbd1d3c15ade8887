#pragma once

// A lived-in history for `holdfast --demo`, the screenshots and the docs: ten
// weeks ending today in which urges grow rarer and weaker, with one lapse,
// check-ins, evening look backs in the last three weeks, journal entries,
// unsent messages and a plan. Deterministic for a
// seed, so the same day always gives the same pictures.

#include "Clock.h"
#include "Store.h"

#include <cstdint>
#include <functional>

namespace holdfast {

class DemoHistory
{
public:
    static constexpr int kWeeks = 10;
    static constexpr int kDays = kWeeks * 7;
    static constexpr std::uint64_t kDefaultSeed = 20261125;

    // The UTC offset (minutes) in force at a local wall-clock time. The app
    // passes the system zone's so DST shows as it would have; without one the
    // clock's current offset is used throughout.
    using OffsetAt = std::function<std::int32_t(LocalDate date, int minuteOfDay)>;

    // What was written, for the caller's log and for tests.
    struct Written
    {
        LocalDate firstDay;
        LocalDate lastDay;
        int urges = 0;
        int contacts = 0;
        int checkIns = 0;
        int lookBacks = 0;
        int journalEntries = 0;
        int unsentMessages = 0;
    };

    explicit DemoHistory(std::uint64_t seed = kDefaultSeed, OffsetAt offsetAt = {});

    // Every kind of record is written; encryption and import are not touched.
    struct Stores
    {
        UrgeStore &urges;
        ContactStore &contacts;
        CheckInStore &checkIns;
        LookBackStore &lookBacks;
        JournalStore &journal;
        UnsentMessageStore &unsentMessages;
        PlanStore &plan;
        SettingsStore &settings;
    };

    // Writes the history of the kDays days ending with the clock's today
    // (nothing later than "now"), the plan and the settings into an empty
    // store. Throws StoreError like the store does.
    Written writeTo(Stores stores, const Clock &clock) const;
    // The same into every role of one store.
    Written writeTo(Store &store, const Clock &clock) const;

private:
    std::uint64_t m_seed;
    OffsetAt m_offsetAt;
};

} // namespace holdfast
