#include "UiFixture.h"
#include "support/TestStore.h"
#include "support/WatchedStore.h"

#include "ui/MainWindow.h"
#include "ui/dashboard/DashboardPage.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QTest>

using namespace holdfast;
using holdfast::testing::TestStore;
using holdfast::testing::UiFixture;
using holdfast::testing::WatchedStore;

namespace {

constexpr LocalDate kToday{2026, 11, 25}; // the fixture's Wednesday

class MainWindowTest : public UiFixture
{
protected:
    template<typename T>
    static T *find(const QWidget &parent, const char *name)
    {
        auto *widget = parent.findChild<T *>(QString::fromLatin1(name));
        EXPECT_NE(widget, nullptr) << name;
        return widget;
    }

    static void showWindow(ui::MainWindow &window)
    {
        window.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    }

    // This morning's check-in, saved before the window opens: mood 2, sleep 3.
    void saveMorningCheckIn(Store &store)
    {
        store.saveCheckIn(CheckIn{kToday, m_clock.now(), 2, 3, {}});
        m_clock.set(later(4 * 60)); // 13:00: back to change it
    }

    // Picks mood 4 and types an intention, as the person would.
    static void changeCheckIn(ui::MainWindow &window)
    {
        QTest::mouseClick(find<QRadioButton>(window, "checkInMood4Radio"), Qt::LeftButton);
        auto *intention = find<QLineEdit>(window, "checkInIntentionEdit");
        intention->setFocus();
        QTest::keyClicks(intention, QStringLiteral("Call my sister"));
    }

    // The open message box of that name (one answered before may still await deletion).
    static QMessageBox *openBox(const QWidget &window, const char *name)
    {
        for (QMessageBox *box : window.findChildren<QMessageBox *>(QString::fromLatin1(name))) {
            if (box->isVisible())
                return box;
        }
        ADD_FAILURE() << "no open " << name;
        return nullptr;
    }

    static QString checkInStatus(const ui::MainWindow &window)
    {
        const auto *label = find<QLabel>(window, "checkInStatusLabel");
        return label ? label->text() : QString();
    }
};

} // namespace

TEST_F(MainWindowTest, ThePanicButtonIsVisibleOnEveryScreen)
{
    ui::MainWindow window(*m_context);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    auto *panic = window.findChild<QPushButton *>(QStringLiteral("panicButton"));
    ASSERT_NE(panic, nullptr);
    for (ui::Screen screen : {ui::Screen::Dashboard, ui::Screen::Journal, ui::Screen::Review, ui::Screen::Plan}) {
        window.showScreen(screen);
        EXPECT_EQ(window.currentScreen(), screen);
        EXPECT_TRUE(panic->isVisible());
    }
}

TEST_F(MainWindowTest, KeyboardShortcutsSwitchScreens)
{
    ui::MainWindow window(*m_context);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    QTest::keyClick(&window, Qt::Key_3, Qt::ControlModifier);
    EXPECT_EQ(window.currentScreen(), ui::Screen::Review);
    QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
    EXPECT_EQ(window.currentScreen(), ui::Screen::Journal);
}

TEST_F(MainWindowTest, ClosingTheWindowSavesAChangedCheckIn)
{
    saveMorningCheckIn(*m_store);
    {
        ui::MainWindow window(*m_context);
        showWindow(window);
        changeCheckIn(window);
        ASSERT_TRUE(checkInStatus(window).startsWith(QStringLiteral("Changed. Save to update")));

        EXPECT_TRUE(window.close());
        EXPECT_FALSE(window.isVisible());
    }
    reopen();
    const auto stored = m_store->checkIn(kToday);
    ASSERT_TRUE(stored);
    EXPECT_EQ(stored->mood, 4);
    EXPECT_EQ(stored->sleep, 3);
    EXPECT_EQ(stored->intention, "Call my sister");
}

TEST_F(MainWindowTest, HidingTheWindowSavesANewCheckIn)
{
    {
        ui::MainWindow window(*m_context);
        showWindow(window);
        QTest::mouseClick(find<QRadioButton>(window, "checkInMood3Radio"), Qt::LeftButton);
        QTest::mouseClick(find<QRadioButton>(window, "checkInSleep2Radio"), Qt::LeftButton);
        QTest::keyClicks(find<QLineEdit>(window, "checkInIntentionEdit"), QStringLiteral("Rest"));
        ASSERT_EQ(checkInStatus(window), QStringLiteral("Not saved yet."));

        window.quickHide(); // not encrypted: only hides
    }
    reopen();
    const auto stored = m_store->checkIn(kToday);
    ASSERT_TRUE(stored);
    EXPECT_EQ(stored->mood, 3);
    EXPECT_EQ(stored->sleep, 2);
    EXPECT_EQ(stored->intention, "Rest");
}

TEST_F(MainWindowTest, ACheckInWithoutItsNumbersAsksBeforeTheWindowCloses)
{
    ui::MainWindow window(*m_context);
    showWindow(window);
    QTest::mouseClick(find<QRadioButton>(window, "checkInMood2Radio"), Qt::LeftButton);
    QTest::keyClicks(find<QLineEdit>(window, "checkInIntentionEdit"), QStringLiteral("Be gentle with myself"));

    EXPECT_FALSE(window.close());
    auto *question = openBox(window, "incompleteCheckInQuestion");
    ASSERT_NE(question, nullptr);
    QTest::mouseClick(find<QPushButton>(*question, "keepEditingCheckInButton"), Qt::LeftButton);
    EXPECT_TRUE(window.isVisible());
    EXPECT_EQ(find<QLineEdit>(window, "checkInIntentionEdit")->text(), QStringLiteral("Be gentle with myself"));
    EXPECT_TRUE(find<QRadioButton>(window, "checkInMood2Radio")->isChecked());
    EXPECT_FALSE(m_store->checkIn(kToday));

    EXPECT_FALSE(window.close());
    question = openBox(window, "incompleteCheckInQuestion");
    ASSERT_NE(question, nullptr);
    QTest::mouseClick(find<QPushButton>(*question, "closeWithoutCheckInButton"), Qt::LeftButton);
    EXPECT_FALSE(window.isVisible());
    EXPECT_FALSE(m_store->checkIn(kToday)); // nothing half-made was stored
}

TEST_F(MainWindowTest, ACheckInTheStoreRefusesKeepsTheWindowOpenAndSaysSo)
{
    TestStore<WatchedStore> watched{&m_clock};
    WatchedStore &store = *watched;
    ui::AppContext context(store, m_clock);
    saveMorningCheckIn(store);
    ui::MainWindow window(context);
    showWindow(window);
    window.showScreen(ui::Screen::Journal);
    window.showScreen(ui::Screen::Dashboard);
    changeCheckIn(window);
    window.showScreen(ui::Screen::Review);

    store.failWrites();
    EXPECT_FALSE(window.close());
    EXPECT_TRUE(window.isVisible());
    EXPECT_EQ(window.currentScreen(), ui::Screen::Dashboard); // where the check-in is
    auto *message = openBox(window, "draftNotSavedMessage");
    ASSERT_NE(message, nullptr);
    EXPECT_TRUE(message->text().contains(QStringLiteral("check-in")));
    EXPECT_EQ(find<QLineEdit>(window, "checkInIntentionEdit")->text(), QStringLiteral("Call my sister"));
    EXPECT_TRUE(find<QRadioButton>(window, "checkInMood4Radio")->isChecked());
    EXPECT_FALSE(checkInStatus(window).startsWith(QStringLiteral("Changed")));
    EXPECT_EQ(store.checkIn(kToday)->mood, 2);
    message->accept();

    // The disk has room again: the next close saves it and goes.
    store.stopFailing();
    EXPECT_TRUE(window.close());
    ASSERT_TRUE(store.checkIn(kToday));
    EXPECT_EQ(store.checkIn(kToday)->mood, 4);
    EXPECT_EQ(store.checkIn(kToday)->intention, "Call my sister");
}
