// What the user waits for on screen, in process, on a copy of the heavy
// folder: the panic button until the urge dialog has painted, a week switch on
// the Review screen until the charts have repainted, a dashboard refresh, one
// keystroke of journal search until the list has repainted, and building the
// main window. Run under xvfb-run (or QT_QPA_PLATFORM=offscreen).

#include "BenchData.h"

#include "storage/SqliteStore.h"
#include "ui/AppContext.h"
#include "ui/MainWindow.h"
#include "ui/dashboard/DashboardPage.h"
#include "ui/review/ReviewPage.h"

#include <QApplication>
#include <QDialog>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QTest>
#include <QTimer>

#include <benchmark/benchmark.h>

#include <ctime>
#include <memory>

using namespace holdfast;
using namespace Qt::StringLiterals;

namespace {

// CPU time of the calling (GUI) thread: what the switch costs, apart from the
// machine's load (see docs/PERFORMANCE.md, Machine).
double threadCpuSeconds()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) + double(now.tv_nsec) / 1e9;
}

struct Session
{
    std::unique_ptr<storage::SqliteStore> store;
    std::unique_ptr<FixedClock> clock;
    std::unique_ptr<ui::AppContext> context;
    std::unique_ptr<ui::MainWindow> window;
};

storage::SqliteStore &store()
{
    static std::unique_ptr<storage::SqliteStore> opened = [] {
        storage::OpenOptions options;
        options.quickCheckOnOpen = false;
        return storage::SqliteStore::open(bench::writableCopy(), options);
    }();
    return *opened;
}

Session &session()
{
    static Session s = [] {
        Session made;
        made.clock = std::make_unique<FixedClock>(bench::benchData().evening);
        made.context = std::make_unique<ui::AppContext>(store(), *made.clock);
        made.window = std::make_unique<ui::MainWindow>(*made.context);
        made.window->show();
        (void)QTest::qWaitForWindowExposed(made.window.get());
        QCoreApplication::processEvents();
        return made;
    }();
    return s;
}

// True once `widget` has received a paint event after arm().
class PaintWatch : public QObject
{
public:
    explicit PaintWatch(QWidget *widget) : m_widget(widget) { widget->installEventFilter(this); }
    ~PaintWatch() override
    {
        if (m_widget)
            m_widget->removeEventFilter(this);
    }
    void arm() { m_painted = false; }
    bool painted() const { return m_painted; }

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            m_painted = true;
        return false;
    }

private:
    QPointer<QWidget> m_widget;
    bool m_painted = false;
};

// Processes events until `done`, at most two seconds.
template<typename Done>
void spinUntil(Done done)
{
    QElapsedTimer guard;
    guard.start();
    while (!done() && guard.elapsed() < 2000)
        QCoreApplication::processEvents(QEventLoop::AllEvents);
}

void BM_PanicButtonToDialogPainted(benchmark::State &state)
{
    ui::MainWindow &window = *session().window;
    auto *button = window.findChild<QPushButton *>(u"panicButton"_s);
    double cpu = 0;
    for (auto _ : state) {
        QElapsedTimer timer;
        timer.start();
        const double cpuStart = threadCpuSeconds();
        button->click();
        QDialog *dialog = window.urgeDialog();
        PaintWatch watch(dialog);
        spinUntil([&] { return watch.painted(); });
        QCoreApplication::processEvents(); // the rest of that paint and its flush
        cpu += threadCpuSeconds() - cpuStart;
        state.SetIterationTime(double(timer.nsecsElapsed()) / 1e9);
        dialog->close();
        spinUntil([&] { return window.urgeDialog() == nullptr; });
    }
    state.counters["cpu_ms"] = 1000.0 * cpu / double(state.iterations());
}
BENCHMARK(BM_PanicButtonToDialogPainted)->UseManualTime()->Iterations(50)->Unit(benchmark::kMillisecond);

// A week switch until the page has repainted. range(0) = 0: back a week per
// iteration, so every switch reads a week not read before; 1 (run next): forward
// again over those weeks, which the page has kept. range(1) = 1: between two
// switches (outside the timing) the page stays on screen until it has read
// ahead, as it does while someone looks at a week; 0: switch after switch, with
// no time to read ahead. "cpu_ms" is the GUI thread's CPU time.
void BM_ReviewWeekSwitchUi(benchmark::State &state)
{
    ui::MainWindow &window = *session().window;
    window.showScreen(ui::Screen::Review);
    QWidget *page = window.screenWidget(ui::Screen::Review);
    QCoreApplication::processEvents(); // the lazy first load of the screen
    auto *previous = page->findChild<QPushButton *>(u"reviewPreviousButton"_s);
    auto *next = page->findChild<QPushButton *>(u"reviewNextButton"_s);
    auto *readAhead = page->findChild<QTimer *>(u"reviewPrefetchTimer"_s);
    const bool back = state.range(0) == 0;
    const bool look = state.range(1) == 1;
    if (look)
        qobject_cast<ui::ReviewPage *>(page)->reload(); // forgets the weeks the runs before read
    double cpu = 0;
    for (auto _ : state) {
        QElapsedTimer timer;
        timer.start();
        const double cpuStart = threadCpuSeconds();
        (back ? previous : next)->click();
        page->repaint();
        cpu += threadCpuSeconds() - cpuStart;
        state.SetIterationTime(double(timer.nsecsElapsed()) / 1e9);
        if (look)
            spinUntil([&] { return !readAhead->isActive(); });
        else
            readAhead->stop();
    }
    state.counters["cpu_ms"] = 1000.0 * cpu / double(state.iterations());
    window.showScreen(ui::Screen::Dashboard);
}
BENCHMARK(BM_ReviewWeekSwitchUi)
    ->ArgNames({"forward", "look"})
    ->Args({0, 0})
    ->Args({1, 0})
    ->Args({0, 1})
    ->UseManualTime()
    ->Iterations(40)
    ->Unit(benchmark::kMillisecond);

void BM_DashboardRefreshUi(benchmark::State &state)
{
    ui::MainWindow &window = *session().window;
    window.showScreen(ui::Screen::Dashboard);
    auto *page = qobject_cast<ui::DashboardPage *>(window.screenWidget(ui::Screen::Dashboard));
    double cpu = 0;
    for (auto _ : state) {
        QElapsedTimer timer;
        timer.start();
        const double cpuStart = threadCpuSeconds();
        page->refresh();
        page->repaint();
        cpu += threadCpuSeconds() - cpuStart;
        state.SetIterationTime(double(timer.nsecsElapsed()) / 1e9);
    }
    state.counters["cpu_ms"] = 1000.0 * cpu / double(state.iterations());
}
BENCHMARK(BM_DashboardRefreshUi)->UseManualTime()->Iterations(40)->Unit(benchmark::kMillisecond);

// Types "walk" and erases it again, one key per iteration; each key runs the
// search (the debounce set to zero) and repaints the list.
void BM_JournalSearchKeystrokeUi(benchmark::State &state)
{
    ui::MainWindow &window = *session().window;
    window.showScreen(ui::Screen::Journal);
    QWidget *page = window.screenWidget(ui::Screen::Journal);
    QCoreApplication::processEvents();
    auto *edit = page->findChild<QLineEdit *>(u"journalSearchEdit"_s);
    auto *timer = page->findChild<QTimer *>(u"journalSearchTimer"_s);
    timer->setInterval(0);
    const QString word = u"walk"_s;
    int step = 0;
    double cpu = 0;
    for (auto _ : state) {
        const int position = step % 8;
        QElapsedTimer elapsed;
        elapsed.start();
        const double cpuStart = threadCpuSeconds();
        if (position < 4)
            QTest::keyClick(edit, word.at(position).toLatin1());
        else
            QTest::keyClick(edit, Qt::Key_Backspace);
        spinUntil([&] { return !timer->isActive(); });
        page->repaint();
        cpu += threadCpuSeconds() - cpuStart;
        state.SetIterationTime(double(elapsed.nsecsElapsed()) / 1e9);
        ++step;
    }
    state.counters["cpu_ms"] = 1000.0 * cpu / double(state.iterations());
    timer->setInterval(150);
    window.showScreen(ui::Screen::Dashboard);
}
BENCHMARK(BM_JournalSearchKeystrokeUi)->UseManualTime()->Iterations(40)->Unit(benchmark::kMillisecond);

// Building and showing the main window until its first paint: the part of
// start-up that is Holdfast's own (no process start, no Qt start).
void BM_MainWindowToFirstPaint(benchmark::State &state)
{
    FixedClock clock(bench::benchData().evening);
    ui::AppContext context(store(), clock);
    for (auto _ : state) {
        QElapsedTimer timer;
        timer.start();
        auto window = std::make_unique<ui::MainWindow>(context);
        PaintWatch watch(window.get());
        window->show();
        spinUntil([&] { return watch.painted(); });
        QCoreApplication::processEvents();
        state.SetIterationTime(double(timer.nsecsElapsed()) / 1e9);
        window.reset();
        QCoreApplication::processEvents();
    }
}
BENCHMARK(BM_MainWindowToFirstPaint)->UseManualTime()->Iterations(7)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char **argv)
{
    QApplication application(argc, argv);
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    bench::benchData();
    benchmark::AddCustomContext("profile", bench::benchData().profile.toStdString());
    benchmark::AddCustomContext("platform", QGuiApplication::platformName().toStdString());
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    session().window.reset();
    return 0;
}
