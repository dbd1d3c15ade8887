#include "UiFixture.h"

#include "ui/MainWindow.h"

#include <QListWidget>
#include <QPushButton>
#include <QTest>

using namespace holdfast;
using holdfast::testing::UiFixture;

namespace {

class MainWindowTest : public UiFixture
{
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
