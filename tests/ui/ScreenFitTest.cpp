// The window and every dialog fit the screen they open on: ctest runs this
// on an offscreen screen of 1024x600 (at scale 1 and 2) and of 4K. Nothing
// reaches past the screen's available area, the panic button is in view
// without scrolling, and no control is squashed below what it needs.

#include "UiFixture.h"

#include "ui/MainWindow.h"
#include "ui/WindowFit.h"
#include "ui/review/ReviewPage.h"
#include "model/DemoHistory.h"
#include "ui/contact/LogContactDialog.h"
#include "ui/lookback/LookBackDialog.h"
#include "ui/exchange/ExportDialog.h"
#include "ui/exchange/ImportDialog.h"
#include "ui/onboarding/OnboardingDialog.h"
#include "ui/settings/SettingsDialog.h"
#include "ui/urge/UrgeDialog.h"

#include <QAbstractButton>
#include <QAbstractScrollArea>
#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QLayout>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QTabWidget>
#include <QTest>

using namespace holdfast;
using holdfast::testing::UiFixture;

namespace {

QString describe(const QWidget *widget)
{
    QString name = widget->objectName();
    for (const QWidget *up = widget->parentWidget(); name.isEmpty() && up; up = up->parentWidget())
        name = up->objectName();
    return QStringLiteral("%1 (%2)").arg(name, QString::fromLatin1(widget->metaObject()->className()));
}

QRect available()
{
    return QGuiApplication::primaryScreen()->availableGeometry();
}

// The window is on the screen, whole, frame included.
::testing::AssertionResult onScreen(const QWidget &window)
{
    const QRect frame = window.frameGeometry();
    if (!available().contains(frame))
        return ::testing::AssertionFailure() << window.objectName().toStdString() << " at " << frame.x() << ','
                                             << frame.y() << ' ' << frame.width() << 'x' << frame.height()
                                             << " is not inside the screen's " << available().width() << 'x'
                                             << available().height();
    return ::testing::AssertionSuccess();
}

// No control that shows is cut by its window or squashed below what it needs.
::testing::AssertionResult nothingSquashed(QWidget &window)
{
    QApplication::processEvents();
    QStringList problems;
    for (QWidget *widget : window.findChildren<QWidget *>()) {
        if (!widget->isVisibleTo(&window) || widget->window() != &window || !widget->parentWidget()
            || !widget->parentWidget()->layout() || widget->parentWidget()->layout()->indexOf(widget) < 0)
            continue;
        // Inside a scroll area it may scroll; the viewport is its window.
        bool scrolls = false;
        for (const QWidget *up = widget->parentWidget(); up && up != &window; up = up->parentWidget())
            scrolls = scrolls || qobject_cast<const QAbstractScrollArea *>(up);
        const QSize need = widget->minimumSizeHint().expandedTo(widget->minimumSize());
        const QSizePolicy policy = widget->sizePolicy();
        if (!scrolls && policy.verticalPolicy() != QSizePolicy::Ignored && need.height() > 0
            && widget->height() < need.height())
            problems << QStringLiteral("%1 is %2 px high, needs %3").arg(describe(widget)).arg(widget->height()).arg(need.height());
        if (!scrolls && policy.horizontalPolicy() != QSizePolicy::Ignored && need.width() > 0
            && widget->width() < need.width())
            problems << QStringLiteral("%1 is %2 px wide, needs %3").arg(describe(widget)).arg(widget->width()).arg(need.width());
        if (auto *label = qobject_cast<QLabel *>(widget); !scrolls && label && label->wordWrap() && !label->text().isEmpty()
            && label->height() < label->heightForWidth(label->width()))
            problems << QStringLiteral("%1 is %2 px high, its text needs %3")
                            .arg(describe(widget))
                            .arg(widget->height())
                            .arg(label->heightForWidth(label->width()));
        const QRect inWindow(widget->mapTo(&window, QPoint(0, 0)), widget->size());
        if (!scrolls && !window.rect().contains(inWindow))
            problems << QStringLiteral("%1 reaches past the window").arg(describe(widget));
    }
    if (!problems.isEmpty())
        return ::testing::AssertionFailure() << window.objectName().toStdString() << ":\n  "
                                             << problems.join(QStringLiteral("\n  ")).toStdString();
    return ::testing::AssertionSuccess();
}

class ScreenFitTest : public UiFixture
{
protected:
    void SetUp() override
    {
        UiFixture::SetUp();
        Settings settings = m_store->settings();
        settings.onboardingDone = true;
        m_context->saveSettings(settings);
    }

    static void showOn(QWidget &window)
    {
        window.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
        QApplication::processEvents();
    }
};

TEST_F(ScreenFitTest, TheMainWindowFitsTheScreenWithThePanicButtonInView)
{
    ui::MainWindow window(*m_context);
    showOn(window);
    EXPECT_TRUE(onScreen(window));
    auto *panic = window.findChild<QPushButton *>(QStringLiteral("panicButton"));
    ASSERT_NE(panic, nullptr);
    for (const ui::Screen screen : {ui::Screen::Dashboard, ui::Screen::Journal, ui::Screen::Review, ui::Screen::Plan}) {
        window.showScreen(screen);
        QApplication::processEvents();
        EXPECT_TRUE(onScreen(window)) << "screen " << int(screen);
        EXPECT_TRUE(panic->isVisible());
        const QRect button(panic->mapTo(&window, QPoint(0, 0)), panic->size());
        EXPECT_TRUE(window.rect().contains(button)) << "the panic button is cut off on screen " << int(screen);
        EXPECT_GE(panic->height(), panic->minimumSizeHint().height());
        EXPECT_TRUE(nothingSquashed(window)) << "screen " << int(screen);
    }
    // The smallest the window allows still fits, and still shows the button.
    window.resize(window.minimumSizeHint());
    QApplication::processEvents();
    EXPECT_LE(window.minimumSizeHint().width(), available().width());
    EXPECT_LE(window.minimumSizeHint().height(), available().height());
    const QRect button(panic->mapTo(&window, QPoint(0, 0)), panic->size());
    EXPECT_TRUE(window.rect().contains(button)) << "at its smallest the panic button is cut off";
}

TEST_F(ScreenFitTest, EveryDialogFitsAndItsPassphraseFieldsGrowWhenShown)
{
    ui::MainWindow window(*m_context);
    showOn(window);
    {
        ui::OnboardingDialog dialog(*m_context, &window);
        showOn(dialog);
        EXPECT_TRUE(onScreen(dialog));
        EXPECT_TRUE(nothingSquashed(dialog));
        dialog.skip(); // to the last page, with the passphrase offer
        auto *encrypt = dialog.findChild<QCheckBox *>(QStringLiteral("onboardingEncryptCheckBox"));
        ASSERT_NE(encrypt, nullptr);
        encrypt->setChecked(true);
        EXPECT_TRUE(onScreen(dialog));
        EXPECT_TRUE(nothingSquashed(dialog)) << "onboarding with the passphrase fields";
    }
    {
        ui::SettingsDialog dialog(*m_context, m_dir.path(), &window);
        showOn(dialog);
        EXPECT_TRUE(onScreen(dialog));
        auto *tabs = dialog.findChild<QTabWidget *>(QStringLiteral("settingsTabWidget"));
        ASSERT_NE(tabs, nullptr);
        for (int index = 0; index < tabs->count(); ++index) {
            tabs->setCurrentIndex(index);
            EXPECT_TRUE(onScreen(dialog)) << tabs->tabText(index).toStdString();
            EXPECT_TRUE(nothingSquashed(dialog)) << tabs->tabText(index).toStdString();
        }
    }
    {
        ui::ImportDialog dialog(*m_context, nullptr, &window);
        showOn(dialog);
        EXPECT_TRUE(onScreen(dialog));
        EXPECT_TRUE(nothingSquashed(dialog));
    }
    {
        ui::ExportDialog dialog(*m_context, QString(), &window);
        showOn(dialog);
        EXPECT_TRUE(onScreen(dialog));
        EXPECT_TRUE(nothingSquashed(dialog));
    }
    {
        ui::LogContactDialog dialog(*m_context, &window);
        showOn(dialog);
        EXPECT_TRUE(onScreen(dialog));
        EXPECT_TRUE(nothingSquashed(dialog)) << "log contact, with its replies";
    }
    {
        ui::LookBackDialog dialog(*m_context, &window);
        showOn(dialog);
        EXPECT_TRUE(onScreen(dialog));
        EXPECT_TRUE(nothingSquashed(dialog)) << "the evening look back";
    }
    window.openUrgeDialog();
    QDialog *urge = window.urgeDialog();
    ASSERT_NE(urge, nullptr);
    ASSERT_TRUE(QTest::qWaitForWindowExposed(urge));
    EXPECT_TRUE(onScreen(*urge));
}

TEST_F(ScreenFitTest, PrivacyWithEncryptionOnKeepsItsPassphraseFieldsWhole)
{
    m_store->enableEncryption("correct horse battery");
    m_context->notifyEncryptionChanged();
    ui::MainWindow window(*m_context);
    showOn(window);
    ui::SettingsDialog dialog(*m_context, m_dir.path(), &window);
    showOn(dialog);
    auto *tabs = dialog.findChild<QTabWidget *>(QStringLiteral("settingsTabWidget"));
    ASSERT_NE(tabs, nullptr);
    tabs->setCurrentWidget(dialog.findChild<QWidget *>(QStringLiteral("privacyPanel")));
    EXPECT_TRUE(onScreen(dialog));
    EXPECT_TRUE(nothingSquashed(dialog));
}

TEST_F(ScreenFitTest, TheReviewWithAWeeksEveningsFitsWithoutScrollingSideways)
{
    DemoHistory().writeTo(*m_store, m_clock); // look backs in its last three weeks
    m_context->reloadSettings();
    ui::MainWindow window(*m_context);
    showOn(window);
    window.showScreen(ui::Screen::Review);
    auto *page = qobject_cast<ui::ReviewPage *>(window.screenWidget(ui::Screen::Review));
    ASSERT_NE(page, nullptr);
    page->previousWeek(); // a whole week of evenings
    QApplication::processEvents();
    auto *evenings = page->findChild<QWidget *>(QStringLiteral("reviewLookBackCard"));
    auto *scroll = page->findChild<QScrollArea *>(QStringLiteral("reviewChartsScroll"));
    ASSERT_NE(evenings, nullptr);
    ASSERT_NE(scroll, nullptr);
    EXPECT_TRUE(evenings->isVisible());
    EXPECT_TRUE(onScreen(window));
    EXPECT_TRUE(nothingSquashed(window));
    EXPECT_FALSE(scroll->horizontalScrollBar()->isVisible());
    EXPECT_LE(evenings->width(), scroll->viewport()->width());
    for (QLabel *label : evenings->findChildren<QLabel *>()) {
        if (label->isVisible() && label->wordWrap()) {
            EXPECT_GE(label->height(), label->heightForWidth(label->width())) << label->objectName().toStdString();
        }
    }
}

// The sizing itself, for screens this run does not have.
TEST(WindowFitSizes, FromASmallScreenToA4KOne)
{
    const QMargins frame(4, 30, 4, 4);
    const QSize preferred(1100, 720);
    const QSize minimum(900, 520);
    // 1024x600 (or 2048x1200 at scale 2): all of the room, no more.
    EXPECT_EQ(ui::WindowFit::fit(preferred, minimum, QRect(0, 0, 1024, 600), frame, 0.6), QSize(1016, 566));
    // With a panel at the top taking 32 px.
    EXPECT_EQ(ui::WindowFit::fit(preferred, minimum, QRect(0, 32, 1024, 568), frame, 0.6), QSize(1016, 534));
    // 1920x1080: the preferred size or a calm share, whichever is larger.
    EXPECT_EQ(ui::WindowFit::fit(preferred, minimum, QRect(0, 0, 1920, 1080), frame, 0.6), QSize(1147, 720));
    // 4K at scale 1: a share of it, not a small island.
    const QSize large = ui::WindowFit::fit(preferred, minimum, QRect(0, 0, 3840, 2160), frame, 0.6);
    EXPECT_GT(large.width(), 2000);
    EXPECT_LT(large.width(), 3840);
    // 1280x800 at scale 2 is 640x400: never larger than the screen.
    const QSize tiny = ui::WindowFit::fit(preferred, minimum, QRect(0, 0, 640, 400), frame, 0.6);
    EXPECT_LE(tiny.width(), 632);
    EXPECT_LE(tiny.height(), 366);
}

} // namespace
