#pragma once

// The evening look backs of one review week, as the weekly review shows them:
// how many evenings were looked back on, how hard the days were on average,
// the hardest and the easiest, and what helped. Days are the stored local
// dates, so a DST night or travel never moves a look back to another day.

#include "LookBack.h"
#include "ReviewWeek.h"
#include "Store.h"

#include <array>
#include <optional>
#include <string>
#include <vector>

namespace holdfast {

struct LookBackWeek
{
    struct Day
    {
        LocalDate date;
        std::optional<int> hardness; // nothing: not looked back on

        friend bool operator==(const Day &, const Day &) = default;
    };

    // One "what helped" line and the days it was written on, in day order.
    struct Helped
    {
        std::string text;
        std::vector<LocalDate> days;

        friend bool operator==(const Helped &, const Helped &) = default;
    };

    std::array<Day, 7> days{};             // the week's seven days, from its first
    int count = 0;                         // evenings looked back on
    std::optional<double> averageHardness; // to one decimal; nothing without look backs
    std::optional<LocalDate> hardestDay;   // the first of the hardest days
    std::optional<LocalDate> easiestDay;   // the first of the easiest days
    std::vector<Helped> helped;            // non-empty lines, in order of their first day; each once

    bool isEmpty() const { return count == 0; }

    // From the look backs the store holds for `week` (any others are left out).
    static LookBackWeek from(const std::vector<LookBack> &lookBacks, const ReviewWeek &week);
    // Reads `week` from the store. While an encrypted store is locked it has
    // none to show (the lock screen covers the review); other StoreErrors are thrown.
    static LookBackWeek read(LookBackStore &store, const ReviewWeek &week);

    friend bool operator==(const LookBackWeek &, const LookBackWeek &) = default;
};

} // namespace holdfast
