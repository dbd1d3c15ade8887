#pragma once

// The weekly review as numbers: the selected week day by day, its totals
// against the week before, triggers, HALT, hours, a 12-week trend and a
// summary the UI turns into one translated sentence. Buckets are the stored
// local dates, so DST and travel never move an urge to another day or week.

#include "DaySummary.h"
#include "LocalDate.h"
#include "Trigger.h"
#include "UrgeKind.h"

#include <array>
#include <optional>
#include <string>
#include <vector>

namespace holdfast {

class WeeklyReport
{
public:
    static constexpr int kDaysPerWeek = 7;
    static constexpr int kTrendWeeks = 12;

    enum class Direction { FirstWeek, Fewer, Same, More };
    // Local starting hour bands: Morning 5-12, Afternoon 12-17, Evening 17-22, Night 22-5.
    enum class DayBand { Morning, Afternoon, Evening, Night };

    struct DayRow
    {
        LocalDate date;
        int urges = 0;
        int resisted = 0;
        int reachedOut = 0;
        int theyContacted = 0;
        std::optional<double> meanIntensity; // of starting intensities; nothing when none was rated
        int peakIntensity = 0;
        std::optional<int> mood;             // from the day's check-in
        std::optional<int> sleep;

        friend bool operator==(const DayRow &, const DayRow &) = default;
    };

    struct Totals
    {
        int urges = 0;
        int resisted = 0;
        int reachedOut = 0;
        int theyContacted = 0;
        int open = 0;
        std::optional<double> meanIntensity;
        int peakIntensity = 0;

        friend bool operator==(const Totals &, const Totals &) = default;
    };

    // This week minus the week before.
    struct Change
    {
        int urges = 0;
        int resisted = 0;
        int reachedOut = 0;
        int theyContacted = 0;

        friend bool operator==(const Change &, const Change &) = default;
    };

    struct TriggerCount
    {
        std::optional<Trigger> trigger; // a built-in trigger, or
        std::string customTrigger;      // the user's own words when `trigger` is empty
        int count = 0;

        friend bool operator==(const TriggerCount &, const TriggerCount &) = default;
    };

    struct HaltCounts
    {
        int hungry = 0;
        int angry = 0;
        int lonely = 0;
        int tired = 0;

        friend bool operator==(const HaltCounts &, const HaltCounts &) = default;
    };

    // What the week's urges pulled toward: to message or call them, to look, to go, something else.
    struct KindCounts
    {
        int message = 0;
        int look = 0;
        int go = 0;
        int other = 0;

        int of(UrgeKind kind) const;
        friend bool operator==(const KindCounts &, const KindCounts &) = default;
    };

    struct KindCount
    {
        UrgeKind kind = UrgeKind::Message;
        int count = 0;

        friend bool operator==(const KindCount &, const KindCount &) = default;
    };

    struct TrendPoint
    {
        LocalDate weekStart;
        int urges = 0;
        int resisted = 0;
        std::optional<double> resistedShare; // 0..1; nothing in a week without urges

        friend bool operator==(const TrendPoint &, const TrendPoint &) = default;
    };

    // Numbers and enums only: the UI picks the translated sentence.
    struct Summary
    {
        int urges = 0;
        int resisted = 0;
        std::optional<int> urgeDifference; // this week minus last week; nothing in the first week
        Direction direction = Direction::FirstWeek;
        std::optional<TriggerCount> topTrigger;
        std::optional<DayBand> busiestBand;
        bool allResisted = false; // at least one urge, and every one resisted
        // The most frequent pull other than to message them (ties: UrgeKind
        // order); nothing when every urge was to message or call.
        std::optional<KindCount> topOtherKind;
        bool noUrges = true;

        friend bool operator==(const Summary &, const Summary &) = default;
    };

    // `days` may hold any days (the store returns those with an urge or a
    // check-in); the report uses the twelve weeks ending with the week that
    // holds `dayInWeek`. Two summaries for the same date are added up.
    WeeklyReport(const std::vector<DaySummary> &days, LocalDate dayInWeek, Weekday weekStart = Weekday::Monday);

    LocalDate weekStart() const { return m_weekStart; }
    LocalDate weekEnd() const { return m_weekStart.addDays(kDaysPerWeek - 1); }
    // The first day of the oldest week in the trend.
    LocalDate trendStart() const { return m_weekStart.addDays(-kDaysPerWeek * (kTrendWeeks - 1)); }

    const std::array<DayRow, kDaysPerWeek> &days() const { return m_days; }
    const Totals &totals() const { return m_totals; }
    // Nothing when there is no data before the selected week: it is the first
    // week. A quiet week after earlier data counts as a week with zero urges.
    const std::optional<Totals> &previousTotals() const { return m_previousTotals; }
    std::optional<Change> change() const;
    // Built-in and custom triggers of the selected week, most frequent first;
    // ties keep the built-in order, then custom triggers alphabetically.
    const std::vector<TriggerCount> &triggerRanking() const { return m_triggerRanking; }
    const HaltCounts &halt() const { return m_halt; }
    // Urges of the selected week by what they pulled toward.
    const KindCounts &kinds() const { return m_kinds; }
    // Urges of the selected week by local starting hour.
    const std::array<int, 24> &hours() const { return m_hours; }
    // Oldest week first, ending with the selected week; weeks without data are zeros.
    const std::vector<TrendPoint> &trend() const { return m_trend; }
    Summary summary() const;

    static DayBand bandOfHour(int hour);

private:
    LocalDate m_weekStart;
    std::array<DayRow, kDaysPerWeek> m_days{};
    Totals m_totals;
    std::optional<Totals> m_previousTotals;
    std::vector<TriggerCount> m_triggerRanking;
    HaltCounts m_halt;
    KindCounts m_kinds;
    std::array<int, 24> m_hours{};
    std::vector<TrendPoint> m_trend;
};

} // namespace holdfast
