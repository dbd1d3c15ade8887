#include "LocalDate.h"

#include <charconv>
#include <cstdio>

namespace holdfast {

namespace {

std::chrono::year_month_day toYmd(const LocalDate &date)
{
    return std::chrono::year_month_day{std::chrono::year{date.year()}, std::chrono::month{date.month()},
                                       std::chrono::day{date.day()}};
}

bool parseNumber(std::string_view text, int &out)
{
    const auto *end = text.data() + text.size();
    const auto result = std::from_chars(text.data(), end, out);
    return result.ec == std::errc{} && result.ptr == end;
}

} // namespace

LocalDate LocalDate::fromDayNumber(std::int64_t daysSinceEpoch)
{
    const std::chrono::sys_days days{std::chrono::days{daysSinceEpoch}};
    const std::chrono::year_month_day ymd{days};
    return {int(ymd.year()), unsigned(ymd.month()), unsigned(ymd.day())};
}

std::optional<LocalDate> LocalDate::fromIso(std::string_view text)
{
    if (text.size() != 10 || text[4] != '-' || text[7] != '-')
        return std::nullopt;
    int year = 0;
    int month = 0;
    int day = 0;
    if (!parseNumber(text.substr(0, 4), year) || !parseNumber(text.substr(5, 2), month)
        || !parseNumber(text.substr(8, 2), day) || month < 1 || day < 1)
        return std::nullopt;
    const LocalDate date{year, unsigned(month), unsigned(day)};
    if (!date.isValid())
        return std::nullopt;
    return date;
}

bool LocalDate::isValid() const
{
    return toYmd(*this).ok();
}

std::int64_t LocalDate::dayNumber() const
{
    return std::chrono::sys_days{toYmd(*this)}.time_since_epoch().count();
}

Weekday LocalDate::weekday() const
{
    const std::chrono::weekday wd{std::chrono::sys_days{toYmd(*this)}};
    return Weekday(wd.iso_encoding());
}

LocalDate LocalDate::addDays(std::int64_t days) const
{
    return fromDayNumber(dayNumber() + days);
}

LocalDate LocalDate::startOfWeek(Weekday weekStart) const
{
    const int offset = (int(weekday()) - int(weekStart) + 7) % 7;
    return addDays(-offset);
}

std::string LocalDate::toIso() const
{
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02u", m_year, m_month, m_day);
    return buffer;
}

} // namespace holdfast
