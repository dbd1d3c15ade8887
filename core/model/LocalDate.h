#pragma once

// A calendar date as the user saw it on their wall clock when something was
// recorded. Day and week buckets use it, so travel and DST never move a record.

#include <chrono>
#include <compare>
#include <optional>
#include <string>
#include <string_view>

namespace holdfast {

enum class Weekday { Monday = 1, Tuesday, Wednesday, Thursday, Friday, Saturday, Sunday };

class LocalDate
{
public:
    constexpr LocalDate() = default;
    constexpr LocalDate(int year, unsigned month, unsigned day)
        : m_year(year), m_month(month), m_day(day) {}

    static LocalDate fromDayNumber(std::int64_t daysSinceEpoch);
    // Parses "YYYY-MM-DD"; nothing for anything else, including 2026-02-30.
    static std::optional<LocalDate> fromIso(std::string_view text);

    int year() const { return m_year; }
    unsigned month() const { return m_month; }
    unsigned day() const { return m_day; }

    bool isValid() const;
    // Days since 1970-01-01 (negative before).
    std::int64_t dayNumber() const;
    Weekday weekday() const;
    LocalDate addDays(std::int64_t days) const;
    // The first day of the week holding this date, for a week starting on `weekStart`.
    LocalDate startOfWeek(Weekday weekStart) const;
    std::int64_t daysTo(const LocalDate &other) const { return other.dayNumber() - dayNumber(); }
    std::string toIso() const;

    friend constexpr auto operator<=>(const LocalDate &, const LocalDate &) = default;

private:
    int m_year = 1970;
    unsigned m_month = 1;
    unsigned m_day = 1;
};

} // namespace holdfast
