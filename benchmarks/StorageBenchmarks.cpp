// The storage paths the screens wait on, on a generated heavy folder (see
// BenchData.h): day summaries, dashboard refresh, the review week switch,
// journal search as you type, durable commits, integrity check and backup.
// Reports figures only; nothing here is a pass/fail gate.

#include "BenchData.h"

#include "model/DashboardPresenter.h"
#include "model/ReviewData.h"
#include "model/ReviewWeek.h"
#include "model/ReviewWeekCache.h"
#include "storage/SqliteStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <memory>
#include <vector>

using namespace holdfast;
using namespace Qt::StringLiterals;

namespace {

storage::SqliteStore &readStore()
{
    static std::unique_ptr<storage::SqliteStore> store = [] {
        storage::OpenOptions options;
        options.quickCheckOnOpen = false;
        return storage::SqliteStore::open(bench::benchData().dir, options);
    }();
    return *store;
}

storage::SqliteStore &writeStore()
{
    static std::unique_ptr<storage::SqliteStore> store = [] {
        storage::OpenOptions options;
        options.quickCheckOnOpen = false;
        return storage::SqliteStore::open(bench::writableCopy(), options);
    }();
    return *store;
}

const FixedClock &clock()
{
    static const FixedClock fixed(bench::benchData().evening);
    return fixed;
}

double percentile(const std::vector<double> &values, double p)
{
    if (values.empty())
        return 0;
    std::vector<double> sorted = values;
    std::sort(sorted.begin(), sorted.end());
    const auto rank = std::size_t(std::ceil(p * double(sorted.size()))) - 1;
    return sorted[std::min(rank, sorted.size() - 1)];
}

double p99(const std::vector<double> &values)
{
    return percentile(values, 0.99);
}

// ---- day summaries -------------------------------------------------------------

// range(0): days back from today; range(1): 0 = the latest days, 1 = the
// first days of the history (the busiest).
void BM_DaySummaries(benchmark::State &state)
{
    storage::SqliteStore &store = readStore();
    const auto &data = bench::benchData();
    const int days = int(state.range(0));
    const LocalDate to = state.range(1) == 0 ? data.today : data.heavy.firstDay().addDays(days - 1);
    const LocalDate from = to.addDays(-(days - 1));
    std::size_t urges = 0;
    for (auto _ : state) {
        const auto summaries = store.daySummaries(from, to);
        urges = 0;
        for (const auto &day : summaries)
            urges += std::size_t(day.urges);
        benchmark::DoNotOptimize(summaries.data());
    }
    state.counters["urges"] = double(urges);
}
BENCHMARK(BM_DaySummaries)
    ->ArgNames({"days", "early"})
    ->Args({7, 0})
    ->Args({84, 0})
    ->Args({84, 1})
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();

// ---- dashboard ------------------------------------------------------------------

// lookBack:1 with the evening look back on (two more reads by date).
void BM_DashboardRefresh(benchmark::State &state)
{
    storage::SqliteStore &store = readStore();
    const DashboardPresenter presenter(store, clock());
    Settings settings = store.settings();
    settings.lookBack = state.range(0) != 0;
    for (auto _ : state) {
        DashboardState loaded = presenter.load(settings);
        benchmark::DoNotOptimize(loaded);
    }
}
BENCHMARK(BM_DashboardRefresh)->ArgName("lookBack")->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond)->UseRealTime();

// ---- review -------------------------------------------------------------------------

// One week switch: the twelve-week aggregation, the week's urges for the
// curves and the report. Steps back a week per iteration over the last year.
void BM_ReviewWeekSwitch(benchmark::State &state)
{
    storage::SqliteStore &store = readStore();
    const LocalDate today = bench::benchData().today;
    const auto firstDataDate = std::optional<LocalDate>(bench::benchData().heavy.firstDay());
    int step = 0;
    for (auto _ : state) {
        ReviewWeek week(today, Weekday::Monday);
        for (int i = 0; i < step % 52; ++i)
            week.goBack();
        ++step;
        ReviewData data = ReviewData::load(store, week, firstDataDate);
        benchmark::DoNotOptimize(data);
    }
}
BENCHMARK(BM_ReviewWeekSwitch)->Unit(benchmark::kMillisecond)->UseRealTime();

// The switch as the screen does it: the weeks already read are kept
// (ReviewWeekCache), so each step back reads one new week. Starts from a
// full window of twelve cached weeks; steps back over the last year.
void BM_ReviewWeekSwitchCached(benchmark::State &state)
{
    storage::SqliteStore &store = readStore();
    const LocalDate today = bench::benchData().today;
    const auto firstDataDate = std::optional<LocalDate>(bench::benchData().heavy.firstDay());
    ReviewWeekCache cache;
    ReviewWeek week(today, Weekday::Monday);
    (void)ReviewData::load(store, cache, week, firstDataDate);
    int step = 0;
    for (auto _ : state) {
        if (++step % 48 == 0) { // stay within the cache's size, as a year of paging would
            state.PauseTiming();
            cache.clear();
            week.goToToday();
            (void)ReviewData::load(store, cache, week, firstDataDate);
            state.ResumeTiming();
        }
        week.goBack();
        ReviewData data = ReviewData::load(store, cache, week, firstDataDate);
        benchmark::DoNotOptimize(data);
    }
}
BENCHMARK(BM_ReviewWeekSwitchCached)->Unit(benchmark::kMillisecond)->UseRealTime();

// The two reads of one new week in BM_ReviewWeekSwitchCached, apart: range(0)
// = 0 the day summaries, 1 the urges' ratings for the curve. A different
// week of the last year each iteration, so SQLite's page cache is as warm as
// it is for a switch.
void BM_ReviewWeekRead(benchmark::State &state)
{
    storage::SqliteStore &store = readStore();
    const LocalDate thisWeek = bench::benchData().today.startOfWeek(Weekday::Monday);
    const bool ratings = state.range(0) == 1;
    int step = 0;
    std::size_t items = 0;
    for (auto _ : state) {
        const LocalDate from = thisWeek.addDays(-7 * (1 + step++ % 52));
        if (ratings) {
            const auto read = store.urgeRatings(from, from.addDays(6));
            items += read.size();
            benchmark::DoNotOptimize(read);
        } else {
            const auto read = store.daySummaries(from, from.addDays(6));
            items += read.size();
            benchmark::DoNotOptimize(read);
        }
    }
    state.counters["items"] = double(items) / double(state.iterations());
}
BENCHMARK(BM_ReviewWeekRead)->ArgName("ratings")->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond)->UseRealTime();

// What the Review screen does on first show and after data changes.
void BM_ReviewFindFirstDataDate(benchmark::State &state)
{
    storage::SqliteStore &store = readStore();
    for (auto _ : state) {
        auto first = ReviewData::findFirstDataDate(store, bench::benchData().today);
        benchmark::DoNotOptimize(first);
    }
}
BENCHMARK(BM_ReviewFindFirstDataDate)->Unit(benchmark::kMillisecond)->UseRealTime();

// ---- journal ------------------------------------------------------------------------------

// As the user types "walk" one letter at a time; range(0) is the prefix length.
// The query is what the journal screen sends (newest 500 matches, tags included).
void BM_JournalSearchPrefix(benchmark::State &state)
{
    storage::SqliteStore &store = readStore();
    JournalQuery query;
    query.text = std::string("walk").substr(0, std::size_t(state.range(0)));
    std::size_t found = 0;
    for (auto _ : state) {
        const auto entries = store.journalEntries(query);
        found = entries.size();
        benchmark::DoNotOptimize(entries.data());
    }
    state.counters["entries"] = double(found);
}
BENCHMARK(BM_JournalSearchPrefix)->ArgName("letters")->DenseRange(0, 4)->Unit(benchmark::kMillisecond)->UseRealTime();

// A rarer word: few matches, so the cost is the index, not the rows.
void BM_JournalSearchRare(benchmark::State &state)
{
    storage::SqliteStore &store = readStore();
    JournalQuery query;
    query.text = "smörg";
    for (auto _ : state) {
        const auto entries = store.journalEntries(query);
        benchmark::DoNotOptimize(entries.data());
    }
}
BENCHMARK(BM_JournalSearchRare)->Unit(benchmark::kMillisecond)->UseRealTime();

// The same searches with encryption on: the entries are sealed on disk and
// searched through the in-memory index built at unlock. The folder is a
// private copy encrypted once per run (a minute or more on 10y).
storage::SqliteStore &encryptedStore()
{
    static std::unique_ptr<QTemporaryDir> dir;
    static std::unique_ptr<storage::SqliteStore> store = [] {
        dir = std::make_unique<QTemporaryDir>();
        const QDir from(bench::benchData().dir);
        for (const QString &name : from.entryList({u"holdfast.sqlite*"_s}, QDir::Files))
            QFile::copy(from.filePath(name), QDir(dir->path()).filePath(name));
        storage::OpenOptions options;
        options.quickCheckOnOpen = false;
        auto opened = storage::SqliteStore::open(dir->path(), options);
        QElapsedTimer timer;
        timer.start();
        opened->enableEncryption("correct horse battery staple");
        std::fprintf(stderr, "bench: encrypted the copy in %.1f s\n", double(timer.elapsed()) / 1000.0);
        opened->lock();
        timer.restart();
        opened->unlock("correct horse battery staple");
        std::fprintf(stderr, "bench: unlock (key + in-memory index) took %.1f s\n", double(timer.elapsed()) / 1000.0);
        return opened;
    }();
    return *store;
}

void BM_JournalSearchEncrypted(benchmark::State &state)
{
    storage::SqliteStore &store = encryptedStore();
    JournalQuery query;
    query.text = std::string("walk").substr(0, std::size_t(state.range(0)));
    std::size_t found = 0;
    for (auto _ : state) {
        const auto entries = store.journalEntries(query);
        found = entries.size();
        benchmark::DoNotOptimize(entries.data());
    }
    state.counters["entries"] = double(found);
}
BENCHMARK(BM_JournalSearchEncrypted)->ArgName("letters")->DenseRange(0, 4)->Unit(benchmark::kMillisecond)->UseRealTime();

// The one-time upgrade of the on-disk index to one with a prefix index, as the
// upkeep thread runs it beside the open store, on a fresh copy each time.
// swap_ms is how long it held the write lock (the store's writes wait that long);
// the rest is the build in memory from a read snapshot. Figures on a folder
// already upgraded (HOLDFAST_BENCH_DATA) only show the check.
void BM_SearchIndexUpgrade(benchmark::State &state)
{
    for (auto _ : state) {
        state.PauseTiming();
        QTemporaryDir dir;
        const QDir from(bench::benchData().dir);
        for (const QString &name : from.entryList({u"holdfast.sqlite*"_s}, QDir::Files))
            QFile::copy(from.filePath(name), QDir(dir.path()).filePath(name));
        storage::OpenOptions options;
        options.quickCheckOnOpen = false;
        auto store = storage::SqliteStore::open(dir.path(), options); // the app's connection stays open
        const QString file = QDir(dir.path()).filePath(u"holdfast.sqlite"_s);
        const double before = double(QFileInfo(file).size()) / 1e6;
        QElapsedTimer timer;
        qint64 built = 0;
        state.ResumeTiming();
        timer.start();
        const auto outcome = storage::SqliteStore::upgradeSearchIndexOnOwnConnection(
            dir.path(), 5000, [&] { built = timer.nsecsElapsed(); });
        const qint64 total = timer.nsecsElapsed();
        state.PauseTiming();
        store.reset();
        state.counters["upgraded"] = outcome == storage::SqliteStore::SearchIndexUpgrade::Upgraded ? 1 : 0;
        state.counters["build_ms"] = double(built) / 1e6;
        state.counters["swap_ms"] = double(total - built) / 1e6;
        state.counters["MB_before"] = before;
        state.counters["MB_after"] = double(QFileInfo(file).size()) / 1e6;
        state.ResumeTiming();
    }
}
BENCHMARK(BM_SearchIndexUpgrade)->Iterations(1)->Repetitions(3)->Unit(benchmark::kMillisecond)->UseRealTime();

// ---- durable commits ----------------------------------------------------------------------------

UrgeRecord sampleUrge()
{
    UrgeRecord urge;
    urge.start = clock().now();
    for (int i = 0; i < 5; ++i)
        urge.samples.push_back(IntensitySample{urge.start.utcMs + i * 120'000, 8 - i});
    urge.triggers = {Trigger::NightTime, Trigger::Loneliness};
    return urge;
}

// Each repetition is one commit (synchronous=FULL, fsync), so the median and
// p99 over the repetitions are the figures a user feels.
void BM_SaveUrgeInsert(benchmark::State &state)
{
    storage::SqliteStore &store = writeStore();
    const UrgeRecord urge = sampleUrge();
    for (auto _ : state)
        benchmark::DoNotOptimize(store.saveUrge(urge));
}
BENCHMARK(BM_SaveUrgeInsert)
    ->Iterations(1)
    ->Repetitions(200)
    ->ComputeStatistics("p99", p99)
    ->ComputeStatistics("max", [](const std::vector<double> &v) { return *std::max_element(v.begin(), v.end()); })
    ->ReportAggregatesOnly(true)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();

// Saving the outcome: the urge exists; the update rewrites it with its samples.
void BM_SaveUrgeOutcome(benchmark::State &state)
{
    storage::SqliteStore &store = writeStore();
    static std::int64_t id = 0;
    static UrgeRecord urge = sampleUrge();
    if (id == 0)
        id = urge.id = store.saveUrge(urge);
    for (auto _ : state) {
        urge.outcome = urge.outcome == UrgeOutcome::Resisted ? UrgeOutcome::Open : UrgeOutcome::Resisted;
        urge.end = clock().now();
        store.saveUrge(urge);
    }
}
BENCHMARK(BM_SaveUrgeOutcome)
    ->Iterations(1)
    ->Repetitions(200)
    ->ComputeStatistics("p99", p99)
    ->ComputeStatistics("max", [](const std::vector<double> &v) { return *std::max_element(v.begin(), v.end()); })
    ->ReportAggregatesOnly(true)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();

// ---- after the first paint ------------------------------------------------------------------

void BM_IntegrityCheck(benchmark::State &state)
{
    storage::SqliteStore &store = readStore();
    for (auto _ : state)
        store.checkIntegrity();
}
BENCHMARK(BM_IntegrityCheck)->Iterations(1)->Repetitions(3)->Unit(benchmark::kMillisecond)->UseRealTime();

// The daily backup (VACUUM INTO + fsync); the same copy is taken before a migration.
void BM_DailyBackup(benchmark::State &state)
{
    storage::SqliteStore &store = writeStore();
    for (auto _ : state) {
        const QString path = store.backupNow(u"daily"_s);
        state.PauseTiming();
        state.counters["MB"] = double(QFile(path).size()) / 1e6;
        QFile::remove(path);
        state.ResumeTiming();
    }
}
BENCHMARK(BM_DailyBackup)->Iterations(1)->Repetitions(3)->Unit(benchmark::kMillisecond)->UseRealTime();

// Opening the store as the app does before the first paint (no quick_check).
void BM_OpenStore(benchmark::State &state)
{
    const QString dir = bench::writableCopy();
    writeStore(); // the copy exists
    for (auto _ : state) {
        storage::OpenOptions options;
        options.quickCheckOnOpen = false;
        auto store = storage::SqliteStore::open(dir, options);
        benchmark::DoNotOptimize(store.get());
    }
}
BENCHMARK(BM_OpenStore)->Unit(benchmark::kMillisecond)->UseRealTime();

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication application(argc, argv);
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    bench::benchData(); // generate before any timing
    benchmark::AddCustomContext("profile", bench::benchData().profile.toStdString());
    benchmark::AddCustomContext("folder", bench::benchData().dir.toStdString());
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
