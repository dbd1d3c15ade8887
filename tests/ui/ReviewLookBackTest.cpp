// The weekly review's "Evenings" card against a real store: a week's evening
// look backs (how many, how hard, what helped), the row of days a screen
// reader can read, a week without any, a locked store, a look back saved
// while the review is open, and the exported PDF and PNG.

#include "EncryptedFolder.h"
#include "UiFixture.h"
#include "support/ReviewHistory.h"

#include "model/DemoHistory.h"
#include "model/EveningLookBack.h"
#include "ui/MainWindow.h"
#include "ui/ThemePalette.h"
#include "ui/review/LookBackWeekCard.h"
#include "ui/review/ReviewExport.h"
#include "ui/review/ReviewPage.h"

#include <QApplication>
#include <QLabel>
#include <QLocale>
#include <QProcess>
#include <QScrollArea>
#include <QStandardPaths>
#include <QTest>

using namespace holdfast;
using holdfast::testing::UiFixture;

namespace {

// The week before the pinned clock's: Monday 16 to Sunday 22 November 2026.
constexpr LocalDate kMonday{2026, 11, 16};

class ReviewLookBackTest : public UiFixture
{
protected:
    void SetUp() override
    {
        UiFixture::SetUp();
        // Urges and check-ins around the weeks (the screenshots bring the demo's own).
        if (!QString::fromLatin1(::testing::UnitTest::GetInstance()->current_test_info()->name()).contains(u"Screenshots"))
            holdfast::testing::writeReviewHistory(*m_store);
    }

    void lookBack(Store &store, LocalDate day, int hardness, const std::string &helped)
    {
        const Moment evening = holdfast::testing::localMoment(day, 21, 40, holdfast::testing::kBerlinWinter);
        store.saveLookBack(EveningLookBack::make(day, evening, hardness, helped, "Lunch outside"));
    }

    // Monday 4, Tuesday 2, Thursday 3, Saturday 2: 11 / 4 = 2.75.
    void writeLastWeek(Store &store)
    {
        lookBack(store, kMonday, 4, "A walk after dinner");
        lookBack(store, kMonday.addDays(1), 2, "");
        lookBack(store, kMonday.addDays(3), 3, "Called Sam");
        lookBack(store, kMonday.addDays(5), 2, "A walk after dinner");
    }

    void setLookBack(bool on)
    {
        Settings settings = m_context->settings();
        settings.lookBack = on;
        m_context->saveSettings(settings);
    }

    static std::unique_ptr<ui::ReviewPage> openPage(ui::AppContext &context)
    {
        auto page = std::make_unique<ui::ReviewPage>(context);
        page->resize(1100, 800);
        page->show();
        EXPECT_TRUE(QTest::qWaitForWindowExposed(page.get()));
        return page;
    }

    static ui::LookBackWeekCard *card(const ui::ReviewPage &page)
    {
        auto *found = page.findChild<ui::LookBackWeekCard *>(QStringLiteral("reviewLookBackCard"));
        EXPECT_NE(found, nullptr);
        return found;
    }
};

// "Mon and Sat" or "Mon, Sat": the list as the test's locale writes it.
QString walkLine()
{
    return QStringLiteral("A walk after dinner (%1)")
        .arg(QLocale().createSeparatedList({QStringLiteral("Mon"), QStringLiteral("Sat")}));
}

} // namespace

TEST_F(ReviewLookBackTest, TheWeeksEveningsShowWithHowHardAndWhatHelped)
{
    setLookBack(true);
    writeLastWeek(*m_store);
    const auto page = openPage(*m_context);
    page->previousWeek();
    const ui::LookBackWeekCard *evenings = card(*page);
    ASSERT_TRUE(evenings->isVisible());
    EXPECT_EQ(evenings->sentence(),
              QStringLiteral("You looked back on 4 evening(s). How hard the days were, on average: 2.8 of 5."));
    EXPECT_EQ(evenings->findChild<QLabel *>(QStringLiteral("reviewLookBackExtremes"))->text(),
              QStringLiteral("The hardest was Monday.")) << "Tuesday and Saturday were as easy: neither is named";
    EXPECT_EQ(evenings->helpedLines(), (QStringList{walkLine(),
                                                    QStringLiteral("Called Sam (Thu)")}));
    EXPECT_TRUE(evenings->findChild<QLabel *>(QStringLiteral("reviewLookBackHelpedTitle"))->isVisible());
    // The words the person wrote are shown as they are, never as markup.
    for (const QLabel *line : evenings->findChildren<QLabel *>(QStringLiteral("reviewLookBackHelpedLine")))
        EXPECT_EQ(line->textFormat(), Qt::PlainText);

    // The table view, for the keyboard and screen readers, has the same card.
    page->setTableView(true);
    auto *inTables = page->findChild<ui::LookBackWeekCard *>(QStringLiteral("reviewTablesLookBackCard"));
    ASSERT_NE(inTables, nullptr);
    EXPECT_TRUE(inTables->isVisible());
    EXPECT_EQ(inTables->sentence(), evenings->sentence());
    EXPECT_EQ(inTables->helpedLines(), evenings->helpedLines());
}

TEST_F(ReviewLookBackTest, TheRowOfDaysNamesEachDayForAScreenReader)
{
    writeLastWeek(*m_store);
    const auto page = openPage(*m_context);
    page->previousWeek();
    const QWidget *row = card(*page)->dayRow();
    ASSERT_TRUE(row->isVisible());
    const QStringList expected{
        QStringLiteral("Monday 16 November: 4 of 5"),           QStringLiteral("Tuesday 17 November: 2 of 5"),
        QStringLiteral("Wednesday 18 November: no look back"), QStringLiteral("Thursday 19 November: 3 of 5"),
        QStringLiteral("Friday 20 November: no look back"),    QStringLiteral("Saturday 21 November: 2 of 5"),
        QStringLiteral("Sunday 22 November: no look back"),
    };
    QStringList cells;
    for (int i = 0; i < 7; ++i) {
        const auto *cell = row->findChild<QWidget *>(QStringLiteral("reviewLookBackDay%1").arg(i));
        ASSERT_NE(cell, nullptr);
        cells << cell->accessibleName();
    }
    EXPECT_EQ(cells, expected);
    EXPECT_EQ(row->accessibleName(), QStringLiteral("How hard each day was"));
    EXPECT_EQ(row->accessibleDescription(), expected.join(QStringLiteral("; ")));
    // On screen: the short name over the number, or a dash.
    EXPECT_EQ(row->findChild<QLabel *>(QStringLiteral("reviewLookBackDayName0"))->text(), QStringLiteral("Mon"));
    EXPECT_EQ(row->findChild<QLabel *>(QStringLiteral("reviewLookBackDayValue0"))->text(), QStringLiteral("4"));
    EXPECT_EQ(row->findChild<QLabel *>(QStringLiteral("reviewLookBackDayValue2"))->text(), QStringLiteral("–"));
}

TEST_F(ReviewLookBackTest, AWeekWithoutLookBacksHasNoCardEvenWithTheLookBackOn)
{
    setLookBack(true);
    writeLastWeek(*m_store);
    const auto page = openPage(*m_context); // this week: none yet
    EXPECT_TRUE(card(*page)->isHidden());
    page->previousWeek();
    EXPECT_FALSE(card(*page)->isHidden());
    page->previousWeek();
    EXPECT_TRUE(card(*page)->isHidden()) << "the week before last has none";
}

TEST_F(ReviewLookBackTest, AWeeksLookBacksStayAfterTheLookBackIsTurnedOff)
{
    setLookBack(true);
    writeLastWeek(*m_store);
    setLookBack(false);
    const auto page = openPage(*m_context);
    page->previousWeek();
    EXPECT_TRUE(card(*page)->isVisible());
    EXPECT_EQ(card(*page)->helpedLines().size(), 2);
}

TEST_F(ReviewLookBackTest, ALookBackSavedWhileTheReviewIsOpenShowsUp)
{
    const auto page = openPage(*m_context);
    EXPECT_TRUE(card(*page)->isHidden());
    lookBack(*m_store, LocalDate{2026, 11, 24}, 3, "Went to bed early");
    m_context->notifyChanged(ui::DataKind::All);
    ASSERT_TRUE(card(*page)->isVisible());
    EXPECT_EQ(card(*page)->sentence(),
              QStringLiteral("You looked back on one evening. How hard that day was: 3 of 5."));
    EXPECT_EQ(card(*page)->helpedLines(), QStringList{QStringLiteral("Went to bed early (Tue)")});
    EXPECT_TRUE(card(*page)->findChild<QLabel *>(QStringLiteral("reviewLookBackExtremes"))->isHidden());

    lookBack(*m_store, LocalDate{2026, 11, 23}, 5, "");
    m_context->notifyChanged(ui::DataKind::All);
    EXPECT_EQ(card(*page)->findChild<QLabel *>(QStringLiteral("reviewLookBackExtremes"))->text(),
              QStringLiteral("The hardest was Monday, the easiest Tuesday."));
}

TEST_F(ReviewLookBackTest, WhileTheStoreIsLockedTheCardIsHiddenAndTheRestStays)
{
    writeLastWeek(*m_store);
    holdfast::testing::EncryptedFolder folder;
    const auto locked = folder.open(*m_store, "correct horse battery", EncryptionState::Locked);
    ui::AppContext context(*locked, m_clock);
    const auto page = openPage(context);
    page->previousWeek();
    EXPECT_TRUE(card(*page)->isHidden());
    EXPECT_TRUE(page->findChild<QLabel *>(QStringLiteral("reviewStatusLabel"))->isHidden()) << "no error to report";
    EXPECT_FALSE(page->summaryText().isEmpty());

    locked->unlock("correct horse battery");
    context.notifyChanged(ui::DataKind::All);
    EXPECT_TRUE(card(*page)->isVisible());
}

TEST_F(ReviewLookBackTest, TheExportsHoldTheWeeksEvenings)
{
    writeLastWeek(*m_store);
    const auto page = openPage(*m_context);
    page->previousWeek();
    const QImage with = ui::ReviewExport::image(page->data(), page->palette(), 1.0);
    ReviewData without = page->data();
    without.lookBacks = LookBackWeek::from({}, page->week());
    EXPECT_GT(with.height(), ui::ReviewExport::image(without, page->palette(), 1.0).height());

    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (pdftotext.isEmpty())
        GTEST_SKIP() << "pdftotext (poppler-utils) is not installed";
    const QString pdf = m_dir.filePath(QStringLiteral("week.pdf"));
    ASSERT_TRUE(page->exportPdf(pdf));
    QProcess process;
    process.start(pdftotext, {pdf, QStringLiteral("-")});
    ASSERT_TRUE(process.waitForFinished(30000));
    const QString text = QString::fromUtf8(process.readAllStandardOutput()).simplified();
    EXPECT_TRUE(text.contains(QStringLiteral("You looked back on 4 evening(s). How hard the days were, on average: 2.8 of 5.")))
        << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("What helped this week")));
    EXPECT_TRUE(text.contains(walkLine()));
    EXPECT_TRUE(text.contains(QStringLiteral("Called Sam (Thu)")));
}

// Not a check: renders the review with its evenings for a person to look at.
// Run with --gtest_also_run_disabled_tests --gtest_filter='*LookBack*Screenshots*';
// writes /tmp/review-evenings-*.png.
TEST_F(ReviewLookBackTest, DISABLED_Screenshots)
{
    DemoHistory().writeTo(*m_store, m_clock);
    m_context->reloadSettings();
    for (const Theme theme : {Theme::Light, Theme::Dark}) {
        ui::ThemePalette::apply(theme);
        const QString prefix = theme == Theme::Light ? QStringLiteral("light") : QStringLiteral("dark");
        for (const QSize size : {QSize(1280, 800), QSize(1024, 600)}) {
            ui::MainWindow window(*m_context);
            window.resize(size);
            window.show();
            window.showScreen(ui::Screen::Review);
            ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
            auto *page = qobject_cast<ui::ReviewPage *>(window.screenWidget(ui::Screen::Review));
            ASSERT_NE(page, nullptr);
            page->previousWeek(); // a whole week of evenings
            QApplication::processEvents();
            const QString name = QStringLiteral("%1-%2x%3").arg(prefix).arg(size.width()).arg(size.height());
            auto *scroll = page->findChild<QScrollArea *>(QStringLiteral("reviewChartsScroll"));
            ASSERT_NE(scroll, nullptr);
            scroll->ensureWidgetVisible(card(*page), 0, 0);
            QApplication::processEvents();
            window.grab().save(QStringLiteral("/tmp/review-evenings-%1.png").arg(name));
            scroll->widget()->grab().save(QStringLiteral("/tmp/review-evenings-%1-panel.png").arg(name));
            if (size.width() == 1280) {
                page->exportPng(QStringLiteral("/tmp/review-evenings-%1-export.png").arg(prefix));
                page->exportPdf(QStringLiteral("/tmp/review-evenings-export.pdf"));
                page->setTableView(true);
                QApplication::processEvents();
                window.grab().save(QStringLiteral("/tmp/review-evenings-%1-tables.png").arg(name));
            }
        }
    }
    ui::ThemePalette::apply(Theme::Light);
}
