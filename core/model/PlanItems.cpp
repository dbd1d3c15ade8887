#include "PlanItems.h"

namespace holdfast {

std::optional<LocalDate> RiskDate::nextOccurrence(LocalDate from) const
{
    if (!yearly)
        return date >= from ? std::optional(date) : std::nullopt;
    for (int year = from.year(); year <= from.year() + 8; ++year) {
        LocalDate candidate{year, date.month(), date.day()};
        if (!candidate.isValid()) // 29 February in a common year: keep it on 28 February
            candidate = LocalDate{year, 2, 28};
        if (candidate >= from)
            return candidate;
    }
    return std::nullopt;
}

} // namespace holdfast
