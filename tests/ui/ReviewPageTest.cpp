// The weekly review screen against a real store: the figures it shows for a
// hand-counted history (including the week DST ended and a week spanning a
// flight to New York), the chart series, navigation, the designed empty
// states, the table view, theming and the PDF/PNG export.

#include "UiFixture.h"
#include "support/ReviewHistory.h"

#include "model/DemoHistory.h"
#include "ui/MainWindow.h"
#include "ui/ThemePalette.h"
#include "ui/review/ChartPalette.h"
#include "ui/review/ReviewPage.h"

#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDateEdit>
#include <QElapsedTimer>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QProcess>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedBarSeries>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QToolTip>
#include <QValueAxis>

#include <cstdio>

using namespace holdfast;
using holdfast::testing::UiFixture;
using Chart = holdfast::ui::ReviewCharts::Kind;
using Table = holdfast::ui::ReviewTables::Kind;

namespace {

class ReviewPageTest : public UiFixture
{
protected:
    std::unique_ptr<ui::ReviewPage> openPage()
    {
        auto page = std::make_unique<ui::ReviewPage>(*m_context);
        page->resize(1100, 800);
        page->show();
        EXPECT_TRUE(QTest::qWaitForWindowExposed(page.get()));
        return page;
    }

    template<typename T>
    static T *child(const ui::ReviewPage &page, const char *name)
    {
        auto *widget = page.findChild<T *>(QString::fromLatin1(name));
        EXPECT_NE(widget, nullptr) << name;
        return widget;
    }

    static QStringList column(const ui::ReviewPage &page, Table table, int columnIndex, int rows = -1)
    {
        const QStandardItemModel *model = page.tableModel(table);
        QStringList values;
        const int count = rows < 0 ? model->rowCount() : rows;
        for (int row = 0; row < count; ++row)
            values << model->item(row, columnIndex)->text();
        return values;
    }

    static QString figure(const ui::ReviewPage &page, const QString &name)
    {
        const QStandardItemModel *model = page.tableModel(Table::KeyFigures);
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->item(row, 0)->text() == name)
                return model->item(row, 1)->text();
        }
        ADD_FAILURE() << "no figure " << name.toStdString();
        return {};
    }

    static QList<qreal> values(const QBarSet *set)
    {
        QList<qreal> result;
        for (int i = 0; i < set->count(); ++i)
            result << set->at(i);
        return result;
    }

    template<typename T>
    static T *series(const ui::ReviewPage &page, Chart chart, const QString &name = {})
    {
        for (QAbstractSeries *s : page.chartView(chart)->chart()->series()) {
            if (auto *typed = qobject_cast<T *>(s); typed && (name.isEmpty() || s->name() == name))
                return typed;
        }
        ADD_FAILURE() << "no series " << name.toStdString();
        return nullptr;
    }

    void clickPrevious(const ui::ReviewPage &page, int times)
    {
        auto *previous = child<QPushButton>(page, "reviewPreviousButton");
        for (int i = 0; i < times; ++i)
            QTest::mouseClick(previous, Qt::LeftButton);
    }
};

const QStringList kNoUrges{QStringLiteral("0"), QStringLiteral("0"), QStringLiteral("0"), QStringLiteral("0"),
                           QStringLiteral("0"), QStringLiteral("0"), QStringLiteral("0")};

QStringList numbers(std::initializer_list<int> list)
{
    QStringList result;
    for (const int n : list)
        result << QString::number(n);
    return result;
}

} // namespace

TEST_F(ReviewPageTest, ThisWeekShowsItsFiguresAndASummarySentence)
{
    holdfast::testing::writeReviewHistory(*m_store);
    const auto page = openPage();
    EXPECT_EQ(child<QLabel>(*page, "reviewWeekLabel")->text(), QStringLiteral("23 – 29 November 2026"));
    EXPECT_EQ(page->summaryText(), QStringLiteral("2 urge(s), all resisted, 1 fewer than last week; most came at "
                                                  "night, most often: Saw their social media."));
    EXPECT_EQ(column(*page, Table::Days, 1, 7), numbers({1, 1, 0, 0, 0, 0, 0}));
    EXPECT_EQ(column(*page, Table::Days, 0, 1), QStringList{QStringLiteral("Monday 23 November")});
    EXPECT_EQ(column(*page, Table::Days, 7, 3), (QStringList{QStringLiteral("3"), QStringLiteral("4"), QStringLiteral("4")}));
    EXPECT_EQ(figure(*page, QStringLiteral("Urges")), QStringLiteral("2"));
    EXPECT_EQ(figure(*page, QStringLiteral("Urges the week before")), QStringLiteral("3"));
    EXPECT_EQ(figure(*page, QStringLiteral("Mean starting intensity")), QStringLiteral("4.5"));
    EXPECT_EQ(figure(*page, QStringLiteral("Peak intensity")), QStringLiteral("5"));
    EXPECT_EQ(figure(*page, QStringLiteral("Median time to fall below half, this week")), QStringLiteral("4.5 min"));
    EXPECT_EQ(figure(*page, QStringLiteral("Median time to fall below half, last 12 weeks")), QStringLiteral("6 min"));
    EXPECT_EQ(column(*page, Table::Trend, 1), numbers({0, 0, 0, 0, 0, 0, 5, 2, 2, 3, 3, 2}));
    EXPECT_EQ(column(*page, Table::Trend, 3).mid(6),
              (QStringList{QStringLiteral("80 %"), QStringLiteral("100 %"), QStringLiteral("50 %"),
                           QStringLiteral("67 %"), QStringLiteral("100 %"), QStringLiteral("100 %")}));
}

TEST_F(ReviewPageTest, TheWeekShowsWhatTheUrgesPulledTowardAlsoOnTheDstNight)
{
    holdfast::testing::writeReviewHistory(*m_store);
    using holdfast::testing::fixtureUrge;
    using holdfast::testing::localMoment;
    // Sunday 25 October 2026: 02:30 happens twice in Berlin. A look in the
    // second 02:30 (winter time) and a go in the summer-time night before it.
    UrgeRecord look = fixtureUrge(localMoment({2026, 10, 25}, 2, 40, holdfast::testing::kBerlinWinter),
                                  UrgeOutcome::ReachedOut, {{0, 7}}, {});
    look.kind = UrgeKind::Look;
    UrgeRecord go = fixtureUrge(localMoment({2026, 10, 25}, 1, 15, holdfast::testing::kBerlinSummer),
                                UrgeOutcome::Resisted, {{0, 6}}, {});
    go.kind = UrgeKind::Go;
    m_store->saveUrge(look);
    m_store->saveUrge(go);

    const auto page = openPage();
    clickPrevious(*page, 5);
    EXPECT_EQ(child<QLabel>(*page, "reviewWeekLabel")->text(), QStringLiteral("19 – 25 October 2026"));
    EXPECT_EQ(column(*page, Table::Days, 1, 7), numbers({0, 1, 0, 0, 0, 1, 5}));
    EXPECT_EQ(column(*page, Table::UrgeKinds, 0),
              (QStringList{QStringLiteral("Message or call"), QStringLiteral("Look"), QStringLiteral("Go there"),
                           QStringLiteral("Something else")}));
    EXPECT_EQ(column(*page, Table::UrgeKinds, 1), numbers({5, 1, 1, 0}));
    EXPECT_EQ(values(series<QBarSeries>(*page, Chart::UrgeKinds)->barSets().front()), (QList<qreal>{5, 1, 1, 0}));
    EXPECT_TRUE(page->summaryText().endsWith(QStringLiteral(" 1 of them pulled you to look at them.")))
        << page->summaryText().toStdString();

    // The week after holds only message urges: no sentence about other pulls.
    QTest::mouseClick(child<QPushButton>(*page, "reviewNextButton"), Qt::LeftButton);
    EXPECT_EQ(column(*page, Table::UrgeKinds, 1), numbers({2, 0, 0, 0}));
    EXPECT_FALSE(page->summaryText().contains(QStringLiteral("pulled you"))) << page->summaryText().toStdString();
}

TEST_F(ReviewPageTest, TheDstWeekKeepsUrgesOnTheirLocalDaysAndHours)
{
    holdfast::testing::writeReviewHistory(*m_store);
    const auto page = openPage();
    clickPrevious(*page, 5);
    EXPECT_EQ(child<QLabel>(*page, "reviewWeekLabel")->text(), QStringLiteral("19 – 25 October 2026"));
    EXPECT_EQ(column(*page, Table::Days, 1, 7), numbers({0, 1, 0, 0, 0, 1, 3}));
    EXPECT_EQ(column(*page, Table::Days, 3, 7), numbers({0, 0, 0, 0, 0, 0, 1})); // the lapse, Sunday 02:30 CET
    const QStringList hours = column(*page, Table::Hours, 1);
    EXPECT_EQ(hours[1], QStringLiteral("0"));
    EXPECT_EQ(hours[2], QStringLiteral("2")); // 02:30 twice, once in summer time and once in winter time
    EXPECT_EQ(hours[20], QStringLiteral("1"));
    EXPECT_EQ(hours[23], QStringLiteral("2"));
    EXPECT_EQ(column(*page, Table::Halt, 1), numbers({0, 0, 2, 3}));
    EXPECT_EQ(figure(*page, QStringLiteral("Mean starting intensity")), QStringLiteral("7.0"));
    EXPECT_EQ(figure(*page, QStringLiteral("Urges the week before")), QStringLiteral("–"));
    EXPECT_EQ(page->summaryText(),
              QStringLiteral("5 urge(s), 4 resisted this week; most came at night, most often: Night-time."));
}

TEST_F(ReviewPageTest, AWeekSpanningAFlightToNewYorkCountsWallClockDays)
{
    holdfast::testing::writeReviewHistory(*m_store);
    const auto page = openPage();
    child<QDateEdit>(*page, "reviewDateEdit")->setDate(QDate(2026, 11, 12));
    EXPECT_EQ(page->week().start(), (LocalDate{2026, 11, 9}));
    EXPECT_EQ(column(*page, Table::Days, 1, 7), numbers({0, 1, 0, 1, 0, 0, 1}));
    EXPECT_EQ(column(*page, Table::Days, 7, 7)[3], QStringLiteral("3")); // the check-in made in New York
    const QStringList hours = column(*page, Table::Hours, 1);
    EXPECT_EQ(hours[21], QStringLiteral("1"));
    EXPECT_EQ(hours[22], QStringLiteral("1"));
    EXPECT_EQ(hours[23], QStringLiteral("1"));
    EXPECT_EQ(hours[4], QStringLiteral("0"));
    EXPECT_EQ(page->summaryText(), QStringLiteral("3 urge(s), 2 resisted, 1 more than last week; most came at night, "
                                                  "most often: A memory, place or song."));
}

TEST_F(ReviewPageTest, ChartSeriesHoldTheWeeksFigures)
{
    holdfast::testing::writeReviewHistory(*m_store);
    const auto page = openPage();

    auto *stacked = series<QStackedBarSeries>(*page, Chart::UrgesPerDay);
    ASSERT_NE(stacked, nullptr);
    ASSERT_EQ(stacked->count(), 2); // no "other" outcomes this week, so no empty third set
    EXPECT_EQ(stacked->barSets()[0]->label(), QStringLiteral("Resisted"));
    EXPECT_EQ(values(stacked->barSets()[0]), (QList<qreal>{1, 1, 0, 0, 0, 0, 0}));
    EXPECT_EQ(values(stacked->barSets()[1]), (QList<qreal>{0, 0, 0, 0, 0, 0, 0}));
    auto *mean = series<QLineSeries>(*page, Chart::UrgesPerDay, QStringLiteral("Mean intensity"));
    ASSERT_NE(mean, nullptr);
    EXPECT_EQ(mean->points(), (QList<QPointF>{{0, 5}, {1, 4}}));
    auto *days = qobject_cast<QBarCategoryAxis *>(page->chartView(Chart::UrgesPerDay)->chart()->axes(Qt::Horizontal).first());
    ASSERT_NE(days, nullptr);
    EXPECT_EQ(days->categories().first(), QStringLiteral("Mon 23"));

    auto *trendBars = series<QBarSeries>(*page, Chart::Trend);
    ASSERT_NE(trendBars, nullptr);
    EXPECT_EQ(values(trendBars->barSets()[0]), (QList<qreal>{0, 0, 0, 0, 0, 0, 5, 2, 2, 3, 3, 2}));
    auto *share = series<QLineSeries>(*page, Chart::Trend);
    ASSERT_NE(share, nullptr);
    ASSERT_EQ(share->count(), 6);
    EXPECT_EQ(share->at(0), QPointF(6, 80));
    EXPECT_EQ(share->at(2), QPointF(8, 50));

    auto *hours = series<QBarSeries>(*page, Chart::Hours);
    ASSERT_NE(hours, nullptr);
    QList<qreal> expectedHours(24, 0);
    expectedHours[22] = 1;
    expectedHours[23] = 1;
    EXPECT_EQ(values(hours->barSets()[0]), expectedHours);

    auto *triggers = series<QHorizontalBarSeries>(*page, Chart::Triggers);
    ASSERT_NE(triggers, nullptr);
    EXPECT_EQ(values(triggers->barSets()[0]), (QList<qreal>{1, 2})); // drawn bottom up: the most frequent on top
    auto *names = qobject_cast<QBarCategoryAxis *>(page->chartView(Chart::Triggers)->chart()->axes(Qt::Vertical).first());
    ASSERT_NE(names, nullptr);
    EXPECT_EQ(names->categories(), (QStringList{QStringLiteral("Night-time"), QStringLiteral("Saw their social media")}));

    auto *mood = series<QLineSeries>(*page, Chart::MoodAndSleep, QStringLiteral("Mood"));
    ASSERT_NE(mood, nullptr);
    EXPECT_EQ(mood->points(), (QList<QPointF>{{0, 3}, {1, 4}, {2, 4}}));

    auto *curve = series<QLineSeries>(*page, Chart::UrgeCurve, QStringLiteral("This week"));
    ASSERT_NE(curve, nullptr);
    ASSERT_EQ(curve->count(), 31);
    EXPECT_DOUBLE_EQ(curve->at(0).y(), 100.0);
    EXPECT_DOUBLE_EQ(curve->at(5).y(), 32.5); // 2 of 5 and 1 of 4
}

TEST_F(ReviewPageTest, HoveringABarShowsItsValue)
{
    holdfast::testing::writeReviewHistory(*m_store);
    const auto page = openPage();
    auto *stacked = series<QStackedBarSeries>(*page, Chart::UrgesPerDay);
    ASSERT_NE(stacked, nullptr);
    Q_EMIT stacked->barSets()[0]->hovered(true, 1);
    EXPECT_TRUE(QToolTip::isVisible());
    EXPECT_EQ(QToolTip::text(), QStringLiteral("Tue 24\nResisted: 1"));

    auto *trend = series<QLineSeries>(*page, Chart::Trend);
    ASSERT_NE(trend, nullptr);
    Q_EMIT trend->hovered(QPointF(8, 50), true);
    EXPECT_EQ(QToolTip::text(), QStringLiteral("Week of 2 Nov\nResisted: 50 %"));
    QToolTip::hideText();
}

TEST_F(ReviewPageTest, UrgesSavedElsewhereShowUpOnTheReview)
{
    holdfast::testing::writeReviewHistory(*m_store);
    const auto page = openPage();
    const auto urge = holdfast::testing::fixtureUrge(
        holdfast::testing::localMoment({2026, 11, 25}, 8, 30, holdfast::testing::kBerlinWinter), UrgeOutcome::ReachedOut,
        {{0, 8}}, {Trigger::Loneliness});
    m_store->saveUrge(urge);
    m_context->notifyChanged(ui::DataKind::Urges);
    EXPECT_EQ(column(*page, Table::Days, 1, 7), numbers({1, 1, 1, 0, 0, 0, 0}));
    EXPECT_EQ(page->summaryText(), QStringLiteral("3 urge(s), 2 resisted, as many as last week; most came at night, "
                                                  "most often: Saw their social media."));

    // While the screen is hidden it reads again only when shown.
    page->hide();
    m_store->saveUrge(urge);
    m_context->notifyChanged(ui::DataKind::Urges);
    page->show();
    EXPECT_EQ(column(*page, Table::Days, 1, 7), numbers({1, 1, 2, 0, 0, 0, 0}));
}

TEST_F(ReviewPageTest, NavigatesWeekByWeekButNotIntoTheFuture)
{
    holdfast::testing::writeReviewHistory(*m_store);
    const auto page = openPage();
    auto *next = child<QPushButton>(*page, "reviewNextButton");
    auto *thisWeek = child<QPushButton>(*page, "reviewThisWeekButton");
    EXPECT_FALSE(next->isEnabled());
    EXPECT_FALSE(thisWeek->isEnabled());

    clickPrevious(*page, 1);
    EXPECT_EQ(page->week().start(), (LocalDate{2026, 11, 16}));
    EXPECT_TRUE(next->isEnabled());
    EXPECT_EQ(page->summaryText(), QStringLiteral("3 urge(s), all resisted, as many as last week; most came at night, "
                                                  "most often: Saw their social media."));
    clickPrevious(*page, 2);
    QTest::mouseClick(thisWeek, Qt::LeftButton);
    EXPECT_EQ(page->week().start(), (LocalDate{2026, 11, 23}));

    // The keyboard reaches the same buttons.
    clickPrevious(*page, 1);
    next->setFocus();
    QTest::keyClick(next, Qt::Key_Space);
    EXPECT_EQ(page->week().start(), (LocalDate{2026, 11, 23}));
}

TEST_F(ReviewPageTest, TheWeekStartsOnTheDayChosenInSettings)
{
    holdfast::testing::writeReviewHistory(*m_store);
    const auto page = openPage();
    Settings settings = m_context->settings();
    settings.weekStart = Weekday::Sunday;
    m_context->saveSettings(settings);
    EXPECT_EQ(page->week().start(), (LocalDate{2026, 11, 22}));
    EXPECT_EQ(child<QLabel>(*page, "reviewWeekLabel")->text(), QStringLiteral("22 – 28 November 2026"));
    EXPECT_EQ(column(*page, Table::Days, 0, 1), QStringList{QStringLiteral("Sunday 22 November")});
    // Sat 21 Nov now belongs to the week before.
    EXPECT_EQ(column(*page, Table::Days, 1, 7), numbers({0, 1, 1, 0, 0, 0, 0}));
}

TEST_F(ReviewPageTest, WithNothingRecordedItExplainsWhatWillAppear)
{
    const auto page = openPage();
    auto *title = child<QLabel>(*page, "reviewEmptyTitle");
    EXPECT_TRUE(title->isVisible());
    EXPECT_EQ(title->text(), QStringLiteral("Your weekly review starts here"));
    EXPECT_FALSE(child<QWidget>(*page, "reviewSummaryCard")->isVisible());
    EXPECT_FALSE(child<QPushButton>(*page, "reviewExportPdfButton")->isEnabled());
    EXPECT_FALSE(child<QPushButton>(*page, "reviewTableToggle")->isEnabled());
}

TEST_F(ReviewPageTest, TheFirstDaysGetAGentleNote)
{
    m_store->saveCheckIn(holdfast::testing::fixtureCheckIn({2026, 11, 24}, 3, 4));
    const auto page = openPage();
    EXPECT_TRUE(child<QWidget>(*page, "reviewStateBanner")->isVisible());
    EXPECT_EQ(child<QLabel>(*page, "reviewStateTitle")->text(), QStringLiteral("Your first days"));
    EXPECT_TRUE(page->chartView(Chart::MoodAndSleep)->isVisible());
    // A week before the first entry says where the history starts.
    clickPrevious(*page, 1);
    EXPECT_EQ(child<QLabel>(*page, "reviewEmptyTitle")->text(), QStringLiteral("Nothing recorded this week"));
    EXPECT_TRUE(child<QLabel>(*page, "reviewEmptyBody")->isVisible());
}

TEST_F(ReviewPageTest, AWeekWithoutUrgesIsCelebrated)
{
    using holdfast::testing::localMoment;
    m_store->saveUrge(holdfast::testing::fixtureUrge(localMoment({2026, 11, 3}, 21, 0, holdfast::testing::kBerlinWinter),
                                           UrgeOutcome::Resisted, {{0, 6}}, {Trigger::Boredom}));
    m_store->saveUrge(holdfast::testing::fixtureUrge(localMoment({2026, 11, 17}, 21, 0, holdfast::testing::kBerlinWinter),
                                           UrgeOutcome::Resisted, {{0, 4}}, {Trigger::Boredom}));
    const auto page = openPage();
    EXPECT_EQ(page->summaryText(), QStringLiteral("No urges so far this week, down from 1 last week."));
    EXPECT_EQ(child<QLabel>(*page, "reviewStateTitle")->text(), QStringLiteral("No urges so far this week"));
    clickPrevious(*page, 2); // week of 9 November: quiet, and over
    EXPECT_EQ(page->summaryText(), QStringLiteral("No urges this week, down from 1 the week before."));
    EXPECT_EQ(child<QLabel>(*page, "reviewStateTitle")->text(), QStringLiteral("A week without urges"));
    EXPECT_TRUE(child<QWidget>(*page, "reviewStateBanner")->isVisible());
    // The days chart has nothing to draw and says so; the trend still shows.
    EXPECT_FALSE(page->chartView(Chart::UrgesPerDay)->isVisible());
    EXPECT_TRUE(page->chartView(Chart::Trend)->isVisible());
}

TEST_F(ReviewPageTest, TheTableViewShowsTheSameFiguresForTheKeyboard)
{
    holdfast::testing::writeReviewHistory(*m_store);
    const auto page = openPage();
    auto *toggle = child<QPushButton>(*page, "reviewTableToggle");
    toggle->setFocus();
    QTest::keyClick(toggle, Qt::Key_Space);
    EXPECT_TRUE(page->isTableView());
    auto *days = child<QTableView>(*page, "reviewDaysTable");
    EXPECT_TRUE(days->isVisible());
    EXPECT_FALSE(page->chartView(Chart::UrgesPerDay)->isVisible());
    EXPECT_EQ(days->model()->rowCount(), 8); // seven days and the week
    EXPECT_FALSE(days->accessibleName().isEmpty());
    // Tab walks from the buttons to the summary sentence and into the tables.
    child<QPushButton>(*page, "reviewExportPdfButton")->setFocus();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    EXPECT_EQ(QApplication::focusWidget(), child<QLabel>(*page, "reviewSummaryLabel"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    EXPECT_EQ(QApplication::focusWidget(), child<QTableView>(*page, "reviewKeyFiguresTable"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    EXPECT_EQ(QApplication::focusWidget(), days);

    QTest::mouseClick(toggle, Qt::LeftButton);
    EXPECT_FALSE(page->isTableView());
    EXPECT_TRUE(page->chartView(Chart::UrgesPerDay)->isVisible());
}

TEST_F(ReviewPageTest, ChartsFollowThePaletteIntoDarkMode)
{
    holdfast::testing::writeReviewHistory(*m_store);
    const QPalette original = QApplication::palette();
    ui::MainWindow window(*m_context);
    window.show();
    window.showScreen(ui::Screen::Review);
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    auto *page = qobject_cast<ui::ReviewPage *>(window.screenWidget(ui::Screen::Review));
    ASSERT_NE(page, nullptr);

    const QPalette dark = ui::ThemePalette::dark();
    QApplication::setPalette(dark);
    QApplication::processEvents(); // Qt posts the palette change to the widgets
    QChart *chart = page->chartView(Chart::UrgesPerDay)->chart();
    EXPECT_EQ(chart->backgroundBrush().color(), dark.color(QPalette::Base));
    EXPECT_EQ(chart->axes(Qt::Horizontal).first()->labelsBrush().color(), dark.color(QPalette::Text));
    EXPECT_EQ(chart->legend()->labelColor(), dark.color(QPalette::Text));

    const QPalette light = ui::ThemePalette::light();
    QApplication::setPalette(light);
    QApplication::processEvents();
    chart = page->chartView(Chart::UrgesPerDay)->chart();
    EXPECT_EQ(chart->backgroundBrush().color(), light.color(QPalette::Base));
    EXPECT_EQ(chart->axes(Qt::Horizontal).first()->labelsBrush().color(), light.color(QPalette::Text));
    QApplication::setPalette(original);
    QApplication::processEvents();
}

TEST_F(ReviewPageTest, ThePdfReportHoldsTheWeeksFigures)
{
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (pdftotext.isEmpty())
        GTEST_SKIP() << "pdftotext (poppler-utils) is not installed";
    holdfast::testing::writeReviewHistory(*m_store);
    const auto page = openPage();
    const QString pdf = m_dir.filePath(QStringLiteral("week.pdf"));
    ASSERT_TRUE(page->exportPdf(pdf));

    QProcess process;
    process.start(pdftotext, {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    ASSERT_TRUE(process.waitForFinished(30000));
    ASSERT_EQ(process.exitCode(), 0);
    const QString text = QString::fromUtf8(process.readAllStandardOutput()).simplified();
    EXPECT_TRUE(text.contains(QStringLiteral("Weekly review: 23 – 29 November 2026"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("2 urge(s), all resisted, 1 fewer than last week")));
    EXPECT_TRUE(text.contains(QStringLiteral("Monday 23 November 1 1 0 0 5.0 5 3 3"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Week 2 2 0 0 4.5 5"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Median time to fall below half, this week 4.5 min")));
    EXPECT_TRUE(text.contains(QStringLiteral("Saw their social media"))); // the triggers chart
    EXPECT_TRUE(text.contains(QStringLiteral("The last 12 weeks")));

    QProcess info;
    info.start(QStandardPaths::findExecutable(QStringLiteral("pdfinfo")), {pdf});
    if (info.waitForFinished(30000) && info.exitCode() == 0) {
        EXPECT_TRUE(QString::fromUtf8(info.readAllStandardOutput()).simplified().contains(QStringLiteral("Pages: 2 ")));
    }
}

TEST_F(ReviewPageTest, ThePngHoldsTheSummaryAndCharts)
{
    holdfast::testing::writeReviewHistory(*m_store);
    const auto page = openPage();
    const QString png = m_dir.filePath(QStringLiteral("week.png"));
    ASSERT_TRUE(page->exportPng(png));
    const QImage image(png);
    ASSERT_FALSE(image.isNull());
    EXPECT_EQ(image.width(), 2400); // 1200 at twice the pixels for sharp text
    EXPECT_GT(image.height(), image.width());
    EXPECT_FALSE(page->exportPng(m_dir.filePath(QStringLiteral("missing/week.png"))));
}

// Not a check: renders the screen for a person to look at. Run with
// --gtest_also_run_disabled_tests --gtest_filter='*Screenshots*'; writes /tmp/review-*.png.
namespace {

// Everything a chart shows, in order: series with their sets, values and
// points, axes with their categories and ranges, and the legend's entries.
QStringList describe(QChart *chart)
{
    QStringList out;
    const auto number = [](qreal value) { return QString::number(value, 'g', 17); };
    for (QAbstractSeries *series : chart->series()) {
        out << QStringLiteral("series %1 %2").arg(int(series->type())).arg(series->name());
        if (auto *bars = qobject_cast<QAbstractBarSeries *>(series)) {
            for (QBarSet *set : bars->barSets()) {
                QStringList heights;
                for (int i = 0; i < set->count(); ++i)
                    heights << number(set->at(i));
                QStringList selected;
                for (const int index : set->selectedBars())
                    selected << QString::number(index);
                out << QStringLiteral("  set %1 [%2] selected [%3] %4")
                           .arg(set->label(), heights.join(u' '), selected.join(u' '), set->color().name());
            }
        }
        if (auto *line = qobject_cast<QXYSeries *>(series)) {
            QStringList points;
            for (const QPointF &point : line->points())
                points << number(point.x()) + u',' + number(point.y());
            out << QStringLiteral("  points [%1]").arg(points.join(u' '));
        }
    }
    for (QAbstractAxis *axis : chart->axes()) {
        if (auto *categories = qobject_cast<QBarCategoryAxis *>(axis))
            out << QStringLiteral("axis categories [%1]").arg(categories->categories().join(u'|'));
        if (auto *range = qobject_cast<QValueAxis *>(axis)) {
            out << QStringLiteral("axis values %1..%2 every %3 %4")
                       .arg(number(range->min()), number(range->max()), number(range->tickInterval()),
                            range->titleText());
        }
    }
    for (QLegendMarker *marker : chart->legend()->markers())
        out << QStringLiteral("legend %1").arg(marker->label());
    return out;
}

} // namespace

TEST_F(ReviewPageTest, AWeekSwitchRefillsTheSameChartsAsIfBuiltAnew)
{
    holdfast::testing::writeReviewHistory(*m_store);
    const auto page = openPage();
    std::map<Chart, QChart *> charts;
    for (const Chart kind : ui::ReviewCharts::kAll)
        charts[kind] = page->chartView(kind)->chart();
    const ui::ChartPalette colours = ui::ChartPalette::from(QApplication::palette());
    // Back over weeks with other outcomes (2 and 9 November), a flight, the
    // first week and the empty weeks before it, then forward again.
    for (int step = 0; step < 14; ++step) {
        if (step < 7)
            page->previousWeek();
        else
            page->nextWeek();
        SCOPED_TRACE(page->week().start().toIso());
        for (const Chart kind : ui::ReviewCharts::kAll) {
            SCOPED_TRACE(ui::ReviewCharts::objectName(kind).toStdString());
            QChart *shown = page->chartView(kind)->chart();
            EXPECT_EQ(shown, charts[kind]); // refilled, not replaced
            const std::unique_ptr<QChart> fresh(ui::ReviewCharts::build(kind, page->data(), colours));
            EXPECT_EQ(describe(shown).join(u'\n').toStdString(), describe(fresh.get()).join(u'\n').toStdString());
        }
    }
    EXPECT_EQ(page->week().start(), (LocalDate{2026, 11, 23}));
}

TEST_F(ReviewPageTest, SwitchingBackShowsTheWeeksFiguresAgain)
{
    holdfast::testing::writeReviewHistory(*m_store);
    const auto page = openPage();
    auto *stacked = series<QStackedBarSeries>(*page, Chart::UrgesPerDay);
    ASSERT_NE(stacked, nullptr);
    auto *days = qobject_cast<QBarCategoryAxis *>(page->chartView(Chart::UrgesPerDay)->chart()->axes(Qt::Horizontal).first());
    ASSERT_NE(days, nullptr);
    auto *trend = series<QBarSeries>(*page, Chart::Trend);
    ASSERT_NE(trend, nullptr);
    const QList<qreal> thisWeek{1, 1, 0, 0, 0, 0, 0};
    EXPECT_EQ(values(stacked->barSets()[0]), thisWeek);

    clickPrevious(*page, 1); // 16 – 22 November: three urges, all resisted
    EXPECT_EQ(values(stacked->barSets()[0]), (QList<qreal>{1, 0, 0, 0, 1, 1, 0}));
    EXPECT_EQ(days->categories().first(), QStringLiteral("Mon 16"));
    EXPECT_EQ(values(trend->barSets()[0]), (QList<qreal>{0, 0, 0, 0, 0, 0, 0, 5, 2, 2, 3, 3}));
    EXPECT_EQ(trend->barSets()[0]->selectedBars(), QList<int>{11});
    // The chart and the table say the same.
    EXPECT_EQ(column(*page, Table::Days, 1, 7), numbers({1, 0, 0, 0, 1, 1, 0}));

    QTest::mouseClick(child<QPushButton>(*page, "reviewNextButton"), Qt::LeftButton);
    EXPECT_EQ(values(stacked->barSets()[0]), thisWeek);
    EXPECT_EQ(days->categories().first(), QStringLiteral("Mon 23"));
    EXPECT_EQ(values(trend->barSets()[0]), (QList<qreal>{0, 0, 0, 0, 0, 0, 5, 2, 2, 3, 3, 2}));
    EXPECT_EQ(column(*page, Table::Days, 1, 7), numbers({1, 1, 0, 0, 0, 0, 0}));
}

TEST_F(ReviewPageTest, AWeekReadAheadWhileLookingShowsTheRightFiguresAfterTheStepBack)
{
    holdfast::testing::writeReviewHistory(*m_store);
    const auto page = openPage();
    auto *readAhead = page->findChild<QTimer *>(QStringLiteral("reviewPrefetchTimer"));
    ASSERT_NE(readAhead, nullptr);
    page->reload(); // showing a week (here without the event loop, so the timer cannot have run yet)
    EXPECT_TRUE(readAhead->isActive()); // armed while the user looks at this week
    QMetaObject::invokeMethod(readAhead, "timeout", Qt::DirectConnection);

    clickPrevious(*page, 1);
    auto *trend = series<QBarSeries>(*page, Chart::Trend);
    ASSERT_NE(trend, nullptr);
    EXPECT_EQ(values(trend->barSets()[0]), (QList<qreal>{0, 0, 0, 0, 0, 0, 0, 5, 2, 2, 3, 3}));
    EXPECT_EQ(column(*page, Table::Days, 1, 7), numbers({1, 0, 0, 0, 1, 1, 0}));
    EXPECT_TRUE(readAhead->isActive()); // and again for the next step
}

TEST_F(ReviewPageTest, AChartEmptyForAWeekComesBackWithTheNextWeekThatHasFigures)
{
    using holdfast::testing::localMoment;
    m_store->saveUrge(holdfast::testing::fixtureUrge(localMoment({2026, 11, 3}, 21, 0, holdfast::testing::kBerlinWinter),
                                                     UrgeOutcome::Resisted, {{0, 6}, {5, 2}}, {Trigger::Boredom}));
    m_store->saveUrge(holdfast::testing::fixtureUrge(localMoment({2026, 11, 17}, 21, 0, holdfast::testing::kBerlinWinter),
                                                     UrgeOutcome::Open, {{0, 4}}, {Trigger::Memory}));
    const auto page = openPage();
    auto *empty = child<QLabel>(*page, "reviewUrgesPerDayChartEmpty");
    EXPECT_FALSE(page->chartView(Chart::UrgesPerDay)->isVisible()); // nothing yet this week
    EXPECT_TRUE(empty->isVisible());
    EXPECT_EQ(empty->text(), QStringLiteral("No urges logged this week."));

    clickPrevious(*page, 1); // 16 November: one urge, still open
    EXPECT_TRUE(page->chartView(Chart::UrgesPerDay)->isVisible());
    EXPECT_FALSE(empty->isVisible());
    auto *stacked = series<QStackedBarSeries>(*page, Chart::UrgesPerDay);
    ASSERT_NE(stacked, nullptr);
    ASSERT_EQ(stacked->count(), 3); // an open urge gets the third set and its legend entry
    EXPECT_EQ(values(stacked->barSets()[2]), (QList<qreal>{0, 1, 0, 0, 0, 0, 0}));

    clickPrevious(*page, 1); // 9 November: quiet
    EXPECT_FALSE(page->chartView(Chart::UrgesPerDay)->isVisible());
    EXPECT_TRUE(empty->isVisible());

    clickPrevious(*page, 1); // 2 November: one urge, resisted
    EXPECT_TRUE(page->chartView(Chart::UrgesPerDay)->isVisible());
    ASSERT_EQ(stacked->count(), 2); // no open urge: the third set is gone again
    EXPECT_EQ(values(stacked->barSets()[0]), (QList<qreal>{0, 1, 0, 0, 0, 0, 0}));
    auto *curve = series<QLineSeries>(*page, Chart::UrgeCurve, QStringLiteral("This week"));
    ASSERT_NE(curve, nullptr);
    EXPECT_DOUBLE_EQ(curve->at(5).y(), 100.0 / 3); // 6 then 2 after five minutes
}

TEST_F(ReviewPageTest, AWeekSwitchRefillsTheChartsInTheirOwnLook)
{
    holdfast::testing::writeReviewHistory(*m_store);
    // One page steps back to 2 November, updating its charts in place; the
    // other builds its charts for that week directly. They look the same.
    const auto stepped = openPage();
    clickPrevious(*stepped, 3);
    auto built = std::make_unique<ui::ReviewPage>(*m_context);
    built->resize(1100, 800);
    built->showWeekOf(LocalDate{2026, 11, 4});
    built->show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(built.get()));
    ASSERT_EQ(stepped->week().start(), built->week().start());
    // Both laid out at the same size (the layout settles over a few posted events).
    for (int i = 0; i < 20 && stepped->chartView(Chart::Triggers)->size() != built->chartView(Chart::Triggers)->size(); ++i)
        QApplication::processEvents();
    for (const Chart kind : ui::ReviewCharts::kAll) {
        SCOPED_TRACE(ui::ReviewCharts::objectName(kind).toStdString());
        if (!stepped->chartView(kind)->isVisible()) // the week has nothing for it: a sentence instead
            continue;
        const QImage a = stepped->chartView(kind)->grab().toImage();
        const QImage b = built->chartView(kind)->grab().toImage();
        ASSERT_EQ(a.size(), b.size());
        EXPECT_TRUE(a == b);
    }
}

TEST_F(ReviewPageTest, AWeekSwitchPaintsEachChartOnce)
{
    holdfast::testing::writeReviewHistory(*m_store);
    const auto page = openPage();
    QApplication::processEvents();
    struct PaintCounter : QObject
    {
        std::map<QObject *, int> paints;
        bool eventFilter(QObject *watched, QEvent *event) override
        {
            if (event->type() == QEvent::Paint)
                ++paints[watched];
            return false;
        }
    } counter;
    std::vector<QWidget *> viewports;
    for (const Chart kind : ui::ReviewCharts::kAll) {
        QWidget *viewport = page->chartView(kind)->viewport();
        viewport->installEventFilter(&counter);
        viewports.push_back(viewport);
    }
    clickPrevious(*page, 1);
    QApplication::processEvents();
    QApplication::processEvents();
    // Charts whose figures changed repaint once, the others not at all: the
    // refill lays each chart out before Qt paints, not after.
    for (QWidget *viewport : viewports)
        EXPECT_LE(counter.paints[viewport], 1) << viewport->parent()->objectName().toStdString();
    EXPECT_EQ(counter.paints[page->chartView(Chart::UrgesPerDay)->viewport()], 1);
    EXPECT_EQ(counter.paints[page->chartView(Chart::Trend)->viewport()], 1);
    for (QWidget *viewport : viewports)
        viewport->removeEventFilter(&counter);
}

TEST_F(ReviewPageTest, DISABLED_Screenshots)
{
    const auto shoot = [this](const QString &name, QSize size, bool tables, int weeksBack = 0) {
        ui::MainWindow window(*m_context);
        window.resize(size);
        window.show();
        window.showScreen(ui::Screen::Review);
        EXPECT_TRUE(QTest::qWaitForWindowExposed(&window));
        auto *page = qobject_cast<ui::ReviewPage *>(window.screenWidget(ui::Screen::Review));
        ASSERT_NE(page, nullptr);
        page->setTableView(tables);
        for (int i = 0; i < weeksBack; ++i)
            page->previousWeek();
        QApplication::processEvents();
        window.grab().save(QStringLiteral("/tmp/review-%1.png").arg(name));
        if (!tables) {
            if (auto *panel = page->findChild<QWidget *>(QStringLiteral("reviewChartsScroll")))
                qobject_cast<QScrollArea *>(panel)->widget()->grab().save(QStringLiteral("/tmp/review-%1-charts.png").arg(name));
        }
    };
    shoot(QStringLiteral("empty"), {900, 600}, false);
    m_store->saveUrge(holdfast::testing::fixtureUrge(
        holdfast::testing::localMoment({2026, 11, 2}, 22, 0, holdfast::testing::kBerlinWinter), UrgeOutcome::Resisted,
        {{0, 6}, {6, 2}}, {Trigger::Memory}));
    m_store->saveCheckIn(holdfast::testing::fixtureCheckIn({2026, 11, 10}, 4, 4));
    shoot(QStringLiteral("quiet-900x600"), {900, 600}, false, 2);
    DemoHistory().writeTo(*m_store, m_clock);
    m_context->reloadSettings();
    for (const Theme theme : {Theme::Light, Theme::Dark}) {
        ui::ThemePalette::apply(theme);
        const QString prefix = theme == Theme::Light ? QStringLiteral("light") : QStringLiteral("dark");
        shoot(prefix + QStringLiteral("-1280x800"), {1280, 800}, false);
        shoot(prefix + QStringLiteral("-900x600"), {900, 600}, false);
        shoot(prefix + QStringLiteral("-tables-900x600"), {900, 600}, true);
        shoot(prefix + QStringLiteral("-busy-1280x800"), {1280, 800}, false, 8);
    }
    ui::ReviewPage page(*m_context);
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < 20; ++i)
        page.previousWeek();
    std::printf("20 week switches (read and redraw): %lld ms\n", static_cast<long long>(timer.elapsed()));
    ReviewWeek week(m_clock.now().localDate);
    const auto first = ReviewData::findFirstDataDate(*m_store, week.today());
    timer.restart();
    for (int i = 0; i < 20; ++i) {
        week.goBack();
        (void)ReviewData::load(*m_store, week, first);
    }
    std::printf("20 week reads (SQL day summaries + urges): %lld ms\n", static_cast<long long>(timer.elapsed()));
    page.thisWeek();
    page.exportPng(QStringLiteral("/tmp/review-export.png"));
    page.exportPdf(QStringLiteral("/tmp/review-export.pdf"));
    ui::ThemePalette::apply(Theme::Light);
}

TEST_F(ReviewPageTest, LogisticsContactIsShownBesidePersonalContactNotHidden)
{
    holdfast::testing::writeReviewHistory(*m_store);
    const auto page = openPage();
    EXPECT_TRUE(child<QLabel>(*page, "reviewContactsLabel")->isHidden()) << "no contact this week";

    ContactEvent pickUp;
    pickUp.at = later(-60);
    pickUp.initiator = Initiator::Them;
    pickUp.purpose = ContactPurpose::Logistics;
    m_store->addContact(pickUp);
    pickUp.at = later(-30);
    m_store->addContact(pickUp);
    ContactEvent call;
    call.at = later(-10);
    m_store->addContact(call);
    m_context->notifyChanged(ui::DataKind::Contacts);

    const QLabel *contacts = child<QLabel>(*page, "reviewContactsLabel");
    EXPECT_FALSE(contacts->isHidden());
    EXPECT_EQ(contacts->text(), QStringLiteral("Contact with them this week: 1 personal, 2 logistics"));
}
