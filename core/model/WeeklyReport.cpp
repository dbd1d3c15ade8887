#include "WeeklyReport.h"

#include <algorithm>
#include <map>

namespace holdfast {

namespace {

using DayMap = std::map<LocalDate, DaySummary>;

std::optional<double> meanOf(int sum, int count)
{
    if (count <= 0)
        return std::nullopt;
    return double(sum) / double(count);
}

void addInto(DaySummary &into, const DaySummary &day)
{
    into.urges += day.urges;
    into.resisted += day.resisted;
    into.reachedOut += day.reachedOut;
    into.theyContacted += day.theyContacted;
    into.open += day.open;
    into.intensitySum += day.intensitySum;
    into.intensityCount += day.intensityCount;
    into.peakIntensity = std::max(into.peakIntensity, day.peakIntensity);
    for (const auto &[trigger, count] : day.triggers)
        into.triggers[trigger] += count;
    for (const auto &[trigger, count] : day.customTriggers)
        into.customTriggers[trigger] += count;
    for (std::size_t i = 0; i < into.halt.size(); ++i)
        into.halt[i] += day.halt[i];
    for (std::size_t i = 0; i < into.hours.size(); ++i)
        into.hours[i] += day.hours[i];
    for (std::size_t i = 0; i < into.kinds.size(); ++i)
        into.kinds[i] += day.kinds[i];
    if (day.mood)
        into.mood = day.mood;
    if (day.sleep)
        into.sleep = day.sleep;
}

// All days in [from, to] added into one.
DaySummary sumOf(const DayMap &days, LocalDate from, LocalDate to)
{
    DaySummary sum;
    sum.date = from;
    for (auto it = days.lower_bound(from); it != days.end() && it->first <= to; ++it)
        addInto(sum, it->second);
    return sum;
}

WeeklyReport::Totals totalsOf(const DaySummary &sum)
{
    WeeklyReport::Totals totals;
    totals.urges = sum.urges;
    totals.resisted = sum.resisted;
    totals.reachedOut = sum.reachedOut;
    totals.theyContacted = sum.theyContacted;
    totals.open = sum.open;
    totals.meanIntensity = meanOf(sum.intensitySum, sum.intensityCount);
    totals.peakIntensity = sum.peakIntensity;
    return totals;
}

WeeklyReport::DayRow rowOf(LocalDate date, const DayMap &days)
{
    WeeklyReport::DayRow row;
    row.date = date;
    const auto it = days.find(date);
    if (it == days.end())
        return row;
    const DaySummary &day = it->second;
    row.urges = day.urges;
    row.resisted = day.resisted;
    row.reachedOut = day.reachedOut;
    row.theyContacted = day.theyContacted;
    row.meanIntensity = meanOf(day.intensitySum, day.intensityCount);
    row.peakIntensity = day.peakIntensity;
    row.mood = day.mood;
    row.sleep = day.sleep;
    return row;
}

std::vector<WeeklyReport::TriggerCount> rankTriggers(const DaySummary &week)
{
    std::vector<WeeklyReport::TriggerCount> ranking;
    for (const Trigger trigger : kAllTriggers) {
        const auto it = week.triggers.find(trigger);
        if (it != week.triggers.end() && it->second > 0)
            ranking.push_back({trigger, {}, it->second});
    }
    for (const auto &[text, count] : week.customTriggers) { // std::map: alphabetical
        if (!text.empty() && count > 0)
            ranking.push_back({std::nullopt, text, count});
    }
    std::stable_sort(ranking.begin(), ranking.end(),
                     [](const auto &a, const auto &b) { return a.count > b.count; });
    return ranking;
}

} // namespace

WeeklyReport::WeeklyReport(const std::vector<DaySummary> &days, LocalDate dayInWeek, Weekday weekStart)
    : m_weekStart(dayInWeek.startOfWeek(weekStart))
{
    const LocalDate from = trendStart();
    const LocalDate to = weekEnd();
    DayMap byDate;
    bool hasDataBeforeWeek = false;
    for (const auto &day : days) {
        hasDataBeforeWeek = hasDataBeforeWeek || day.date < m_weekStart;
        if (day.date < from || day.date > to)
            continue;
        auto [it, inserted] = byDate.try_emplace(day.date, day);
        if (!inserted)
            addInto(it->second, day);
    }

    for (int i = 0; i < kDaysPerWeek; ++i)
        m_days[std::size_t(i)] = rowOf(m_weekStart.addDays(i), byDate);

    const DaySummary week = sumOf(byDate, m_weekStart, to);
    m_totals = totalsOf(week);
    if (hasDataBeforeWeek)
        m_previousTotals = totalsOf(sumOf(byDate, m_weekStart.addDays(-kDaysPerWeek), m_weekStart.addDays(-1)));
    m_triggerRanking = rankTriggers(week);
    m_halt = {week.halt[0], week.halt[1], week.halt[2], week.halt[3]};
    m_kinds = {week.kinds[0], week.kinds[1], week.kinds[2], week.kinds[3]};
    m_hours = week.hours;

    for (int i = 0; i < kTrendWeeks; ++i) {
        const LocalDate start = from.addDays(std::int64_t(i) * kDaysPerWeek);
        const DaySummary sum = sumOf(byDate, start, start.addDays(kDaysPerWeek - 1));
        TrendPoint point{start, sum.urges, sum.resisted, std::nullopt};
        if (sum.urges > 0)
            point.resistedShare = double(sum.resisted) / double(sum.urges);
        m_trend.push_back(point);
    }
}

std::optional<WeeklyReport::Change> WeeklyReport::change() const
{
    if (!m_previousTotals)
        return std::nullopt;
    return Change{m_totals.urges - m_previousTotals->urges, m_totals.resisted - m_previousTotals->resisted,
                  m_totals.reachedOut - m_previousTotals->reachedOut,
                  m_totals.theyContacted - m_previousTotals->theyContacted};
}

int WeeklyReport::KindCounts::of(UrgeKind kind) const
{
    switch (kind) {
    case UrgeKind::Message:
        return message;
    case UrgeKind::Look:
        return look;
    case UrgeKind::Go:
        return go;
    case UrgeKind::Other:
        break;
    }
    return other;
}

WeeklyReport::Summary WeeklyReport::summary() const
{
    Summary summary;
    summary.urges = m_totals.urges;
    summary.resisted = m_totals.resisted;
    summary.noUrges = m_totals.urges == 0;
    summary.allResisted = m_totals.urges > 0 && m_totals.resisted == m_totals.urges;
    if (const auto difference = change()) {
        summary.urgeDifference = difference->urges;
        summary.direction = difference->urges < 0   ? Direction::Fewer
                            : difference->urges > 0 ? Direction::More
                                                    : Direction::Same;
    }
    if (!m_triggerRanking.empty())
        summary.topTrigger = m_triggerRanking.front();
    for (const UrgeKind kind : kAllUrgeKinds) {
        const int count = m_kinds.of(kind);
        if (kind != UrgeKind::Message && count > 0 && (!summary.topOtherKind || count > summary.topOtherKind->count))
            summary.topOtherKind = KindCount{kind, count};
    }

    std::array<int, 4> perBand{};
    for (int hour = 0; hour < 24; ++hour)
        perBand[std::size_t(bandOfHour(hour))] += m_hours[std::size_t(hour)];
    const auto busiest = std::max_element(perBand.begin(), perBand.end()); // first of equals wins
    if (*busiest > 0)
        summary.busiestBand = DayBand(busiest - perBand.begin());
    return summary;
}

WeeklyReport::DayBand WeeklyReport::bandOfHour(int hour)
{
    if (hour >= 5 && hour < 12)
        return DayBand::Morning;
    if (hour >= 12 && hour < 17)
        return DayBand::Afternoon;
    if (hour >= 17 && hour < 22)
        return DayBand::Evening;
    return DayBand::Night;
}

} // namespace holdfast
