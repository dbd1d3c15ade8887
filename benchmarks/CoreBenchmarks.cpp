// The core rules on heavy-profile data in memory: the weekly report from day
// summaries, the urge curve over twelve weeks of urges, the no-contact counter
// over a long contact history. No storage, no Qt.

#include "HeavyHistory.h"

#include "model/NoContactCounter.h"
#include "model/UrgeCurve.h"
#include "model/WeeklyReport.h"

#include <benchmark/benchmark.h>

#include <map>
#include <vector>

using namespace holdfast;

namespace {

constexpr LocalDate kToday{2026, 11, 25};

struct Window
{
    std::vector<UrgeRecord> urges;        // the last twelve weeks
    std::vector<DaySummary> days;         // their summaries, as SQL would give them
};

const Window &window()
{
    static const Window data = [] {
        datagen::HeavyProfile profile;
        profile.years = 1;
        profile.lastDay = kToday;
        profile.journalEntries = 0;
        profile.unsentMessages = 0;
        const LocalDate from = kToday.addDays(-7 * WeeklyReport::kTrendWeeks + 1);
        Window result;
        datagen::HeavyHistory(profile).generate([&](DataSet &&batch) {
            for (UrgeRecord &urge : batch.urges) {
                if (urge.start.localDate >= from)
                    result.urges.push_back(std::move(urge));
            }
        });
        std::map<LocalDate, DaySummary> days;
        for (const UrgeRecord &urge : result.urges) {
            DaySummary &day = days[urge.start.localDate];
            day.date = urge.start.localDate;
            ++day.urges;
            day.resisted += urge.outcome == UrgeOutcome::Resisted;
            day.reachedOut += urge.outcome == UrgeOutcome::ReachedOut;
            day.theyContacted += urge.outcome == UrgeOutcome::TheyContactedMe;
            day.open += urge.outcome == UrgeOutcome::Open;
            if (const auto start = urge.startIntensity()) {
                day.intensitySum += *start;
                ++day.intensityCount;
            }
            day.peakIntensity = std::max(day.peakIntensity, urge.peakIntensity().value_or(0));
            for (const Trigger trigger : urge.triggers)
                ++day.triggers[trigger];
            for (const std::string &custom : urge.customTriggers)
                ++day.customTriggers[custom];
            ++day.hours[std::size_t(urge.start.localHour())];
            day.mood = 3;
            day.sleep = 4;
        }
        for (auto &entry : days)
            result.days.push_back(std::move(entry.second));
        return result;
    }();
    return data;
}

void BM_WeeklyReport(benchmark::State &state)
{
    const Window &data = window();
    for (auto _ : state) {
        WeeklyReport report(data.days, kToday, Weekday::Monday);
        benchmark::DoNotOptimize(report.summary());
    }
    state.counters["days"] = double(data.days.size());
}
BENCHMARK(BM_WeeklyReport)->Unit(benchmark::kMicrosecond);

void BM_UrgeCurveAverage(benchmark::State &state)
{
    const Window &data = window();
    for (auto _ : state)
        benchmark::DoNotOptimize(UrgeCurve::averageCurve(data.urges));
    state.counters["urges"] = double(data.urges.size());
}
BENCHMARK(BM_UrgeCurveAverage)->Unit(benchmark::kMicrosecond);

void BM_UrgeCurveMedianToHalf(benchmark::State &state)
{
    const Window &data = window();
    for (auto _ : state)
        benchmark::DoNotOptimize(UrgeCurve::medianMinutesToHalf(data.urges));
    state.counters["urges"] = double(data.urges.size());
}
BENCHMARK(BM_UrgeCurveMedianToHalf)->Unit(benchmark::kMicrosecond);

// range(0) contact events over ten years, most of them theirs.
void BM_NoContactCounter(benchmark::State &state)
{
    std::vector<ContactEvent> contacts;
    const std::int64_t start = LocalDate(2016, 11, 25).dayNumber() * kMsPerDay;
    const auto count = state.range(0);
    for (std::int64_t i = 0; i < count; ++i) {
        ContactEvent event;
        event.id = i + 1;
        event.at = Moment::fromUtc(start + i * (3650 * kMsPerDay / count), 60);
        event.initiator = i % 5 == 0 ? Initiator::Me : Initiator::Them;
        event.replied = i % 7 == 0;
        contacts.push_back(event);
    }
    const std::optional<Moment> since = Moment::fromUtc(start - kMsPerDay, 60);
    const std::int64_t now = kToday.dayNumber() * kMsPerDay;
    for (auto _ : state) {
        NoContactCounter counter(since, contacts, true, now);
        benchmark::DoNotOptimize(counter.longestMs());
        benchmark::DoNotOptimize(counter.totalDays());
    }
}
BENCHMARK(BM_NoContactCounter)->Arg(30)->Arg(1000)->Arg(10000)->Unit(benchmark::kMicrosecond);

} // namespace

BENCHMARK_MAIN();
