// Discreet mode (Settings › Privacy): whoever sees the screen learns nothing
// about a breakup from the window, the tray, the dashboard or the reminders,
// and the panic and quick-hide keys keep working.

#include "UiFixture.h"

#include "ui/DiscreetMode.h"
#include "ui/MainWindow.h"
#include "ui/PanicKey.h"
#include "ui/TrayIcon.h"
#include "ui/contact/LogContactDialog.h"
#include "ui/dashboard/DashboardPage.h"
#include "ui/lock/LockScreen.h"
#include "ui/reminders/ReminderTexts.h"
#include "ui/settings/SettingsDialog.h"

#include "model/ReminderCard.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QRegularExpression>
#include <QTabWidget>
#include <QTest>

#include <memory>

using namespace holdfast;
using holdfast::testing::UiFixture;

namespace {

// The words that tell an onlooker what this is about, as whole words ("ex"
// but not "next"; "No-contact" counts as "contact").
::testing::AssertionResult isNeutral(const QString &text)
{
    static const QStringList kTelling{QStringLiteral("holdfast"), QStringLiteral("ex"),      QStringLiteral("breakup"),
                                      QStringLiteral("contact"),  QStringLiteral("they"),    QStringLiteral("them"),
                                      QStringLiteral("their")};
    static const QRegularExpression kNotALetter(QStringLiteral("[^\\p{L}]+"));
    for (const QString &word : text.toLower().split(kNotALetter, Qt::SkipEmptyParts)) {
        if (kTelling.contains(word))
            return ::testing::AssertionFailure() << "“" << text.toStdString() << "” says “" << word.toStdString() << "”";
    }
    return ::testing::AssertionSuccess();
}

class DiscreetModeTest : public UiFixture
{
protected:
    template<typename T>
    static T *find(const QObject *root, const char *name)
    {
        T *child = root->findChild<T *>(QString::fromLatin1(name));
        EXPECT_NE(child, nullptr) << name;
        return child;
    }

    static void showWindow(ui::MainWindow &window)
    {
        window.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    }

    // The panic button's label as one line (a long one is split over two).
    static QString panicText(const ui::MainWindow &window)
    {
        return find<QPushButton>(&window, "panicButton")->text().replace(u'\n', u' ');
    }

    void startCountingTwelveDaysAgo()
    {
        Settings settings = m_context->settings();
        settings.noContactSince = later(-12 * 24 * 60);
        m_context->saveSettings(settings);
    }

    void setDiscreet(bool on, const std::string &label = {})
    {
        Settings settings = m_context->settings();
        settings.discreet = on;
        settings.panicLabel = label;
        m_context->saveSettings(settings);
    }

    // Settings › Privacy, as the person uses it: the check box, the label, Save.
    void chooseInSettings(QWidget *parent, bool on, const QString &label)
    {
        ui::SettingsDialog dialog(*m_context, m_dir.path(), parent);
        find<QTabWidget>(&dialog, "settingsTabWidget")->setCurrentWidget(find<QWidget>(&dialog, "privacyPanel"));
        dialog.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
        auto *check = find<QCheckBox>(&dialog, "privacyDiscreetCheckBox");
        if (check->isChecked() != on)
            QTest::mouseClick(check, Qt::LeftButton, {}, QPoint(check->height() / 2, check->height() / 2));
        ASSERT_EQ(check->isChecked(), on);
        auto *edit = find<QLineEdit>(&dialog, "privacyPanicLabelEdit");
        EXPECT_EQ(edit->isEnabled(), on);
        if (on) {
            edit->selectAll();
            QTest::keyClicks(edit, label);
        }
        QTest::mouseClick(find<QPushButton>(&dialog, "settingsSaveButton"), Qt::LeftButton);
        EXPECT_EQ(dialog.result(), QDialog::Accepted);
    }

    static QWidget *counterCard(const ui::MainWindow &window) { return find<QWidget>(&window, "counterCard"); }
};

TEST_F(DiscreetModeTest, TurnedOnInSettingsTheWindowAndTheTrayShowOnlyNeutralWords)
{
    ui::MainWindow window(*m_context);
    ui::TrayIcon tray(*m_context, window);
    showWindow(window);
    ASSERT_EQ(window.windowTitle(), QStringLiteral("Holdfast"));
    ASSERT_EQ(panicText(window), QStringLiteral("I want to text my ex"));

    chooseInSettings(&window, true, QStringLiteral("Stretch break"));

    // At once, without a restart.
    EXPECT_EQ(window.windowTitle(), QStringLiteral("Journal"));
    EXPECT_EQ(QApplication::applicationDisplayName(), QStringLiteral("Journal"));
    EXPECT_EQ(find<QLabel>(&window, "appTitleLabel")->text(), QStringLiteral("Journal"));
    EXPECT_EQ(tray.toolTip(), QStringLiteral("Journal"));
    EXPECT_EQ(panicText(window), QStringLiteral("Stretch break"));
    EXPECT_EQ(find<QPushButton>(&window, "panicButton")->accessibleName(), QStringLiteral("Stretch break"));
    EXPECT_EQ(find<QAction>(tray.menu(), "trayPanicAction")->text(), QStringLiteral("Stretch break"));
    EXPECT_TRUE(find<QAction>(&window, "panicAction")->text().startsWith(QStringLiteral("Stretch break\t")));
    for (const QString &text : {window.windowTitle(), QApplication::applicationDisplayName(), tray.toolTip(),
                                panicText(window)})
        EXPECT_TRUE(isNeutral(text));
    for (const QAction *action : tray.menu()->actions())
        EXPECT_TRUE(isNeutral(action->text()));
    for (const QAction *action : window.findChildren<QAction *>())
        EXPECT_TRUE(isNeutral(action->text()));
    EXPECT_EQ(tray.icon().pixmap(32).toImage(), ui::DiscreetMode::icon().pixmap(32).toImage())
        << "a plain notebook in the tray";
}

TEST_F(DiscreetModeTest, InLowContactModeLoggingAMessageIsNamedWithoutTheWordContact)
{
    Settings settings = m_context->settings();
    settings.lowContact = true;
    m_context->saveSettings(settings);
    ui::MainWindow window(*m_context);
    showWindow(window);
    auto *logAction = find<QAction>(&window, "logContactAction");
    ASSERT_TRUE(logAction->isVisible());
    EXPECT_EQ(logAction->text(), QStringLiteral("&Log contact…"));

    setDiscreet(true);
    EXPECT_EQ(logAction->text(), QStringLiteral("&Log a message…"));
    EXPECT_TRUE(isNeutral(logAction->text()));
    ui::LogContactDialog dialog(*m_context, &window);
    EXPECT_EQ(dialog.windowTitle(), QStringLiteral("Log a message"));

    setDiscreet(false);
    EXPECT_EQ(logAction->text(), QStringLiteral("&Log contact…"));
}

TEST_F(DiscreetModeTest, WithoutALabelOfTheirOwnThePanicButtonSaysTakeAMoment)
{
    setDiscreet(true);
    ui::MainWindow window(*m_context);
    ui::TrayIcon tray(*m_context, window);
    EXPECT_EQ(panicText(window), QStringLiteral("Take a moment"));
    EXPECT_EQ(find<QAction>(tray.menu(), "trayPanicAction")->text(), QStringLiteral("Take a moment"));
    EXPECT_EQ(window.windowTitle(), QStringLiteral("Journal"));
}

TEST_F(DiscreetModeTest, TheCounterStaysHiddenUntilOneClickAndHidesAgainWithTheWindow)
{
    startCountingTwelveDaysAgo();
    setDiscreet(true);
    ui::MainWindow window(*m_context);
    showWindow(window);
    auto *dashboard = qobject_cast<ui::DashboardPage *>(window.screenWidget(ui::Screen::Dashboard));
    ASSERT_NE(dashboard, nullptr);
    EXPECT_FALSE(counterCard(window)->isVisible());
    EXPECT_FALSE(find<QWidget>(&window, "milestoneCard")->isVisible());
    auto *show = find<QPushButton>(&window, "discreetShowButton");
    ASSERT_TRUE(show->isVisible());
    EXPECT_TRUE(isNeutral(find<QLabel>(&window, "discreetLabel")->text()));

    QTest::mouseClick(show, Qt::LeftButton);
    EXPECT_TRUE(counterCard(window)->isVisible());
    EXPECT_TRUE(find<QWidget>(&window, "milestoneCard")->isVisible());
    EXPECT_TRUE(find<QLabel>(&window, "noContactCounterLabel")->text().startsWith(QStringLiteral("12 day")))
        << find<QLabel>(&window, "noContactCounterLabel")->text().toStdString();

    // Someone walks in: the quick-hide key still hides the window, and the count is hidden when it comes back.
    QTest::keyClick(&window, Qt::Key_L, Qt::ControlModifier | Qt::ShiftModifier);
    EXPECT_TRUE(!window.isVisible() || window.isMinimized());
    window.raiseWindow();
    window.showNormal();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    EXPECT_TRUE(dashboard->isConcealed());
    EXPECT_FALSE(counterCard(window)->isVisible());

    // Another screen and back hides it too.
    QTest::mouseClick(show, Qt::LeftButton);
    ASSERT_TRUE(counterCard(window)->isVisible());
    window.showScreen(ui::Screen::Journal);
    window.showScreen(ui::Screen::Dashboard);
    EXPECT_FALSE(counterCard(window)->isVisible());
}

TEST_F(DiscreetModeTest, TurningItOnHidesACounterThatIsShownAndTurningItOffRestoresEverything)
{
    startCountingTwelveDaysAgo();
    ui::MainWindow window(*m_context);
    ui::TrayIcon tray(*m_context, window);
    showWindow(window);
    ASSERT_TRUE(counterCard(window)->isVisible());
    ASSERT_FALSE(find<QWidget>(&window, "discreetBar")->isVisible());

    setDiscreet(true, "Stretch break");
    EXPECT_FALSE(counterCard(window)->isVisible());
    EXPECT_TRUE(find<QWidget>(&window, "discreetBar")->isVisible());

    setDiscreet(false, "Stretch break");
    EXPECT_TRUE(counterCard(window)->isVisible());
    EXPECT_FALSE(find<QWidget>(&window, "discreetBar")->isVisible());
    EXPECT_EQ(window.windowTitle(), QStringLiteral("Holdfast"));
    EXPECT_EQ(QApplication::applicationDisplayName(), QStringLiteral("Holdfast"));
    EXPECT_EQ(tray.toolTip(), QStringLiteral("Holdfast"));
    EXPECT_EQ(panicText(window), QStringLiteral("I want to text my ex"));
    EXPECT_EQ(find<QAction>(tray.menu(), "trayPanicAction")->text(), QStringLiteral("I want to text my ex"));
    EXPECT_EQ(find<QAction>(tray.menu(), "trayOpenAction")->text(), QStringLiteral("Open Holdfast"));
    EXPECT_NE(tray.icon().pixmap(32).toImage(), ui::DiscreetMode::icon().pixmap(32).toImage());
}

TEST_F(DiscreetModeTest, TheRemindersSayNothingAboutABreakup)
{
    for (const ReminderCard card : kAllReminderCards)
        EXPECT_TRUE(isNeutral(ui::ReminderTexts::neutralText(card))) << int(card);

    // Not even the person's own reasons, which name what happened.
    m_store->saveReason({0, "They never asked how my day was.", 0});
    setDiscreet(true);
    ui::MainWindow window(*m_context);
    showWindow(window);
    const QString shown = find<QLabel>(&window, "reminderTextLabel")->text();
    EXPECT_FALSE(shown.isEmpty());
    EXPECT_TRUE(isNeutral(shown));
    EXPECT_FALSE(find<QLabel>(&window, "reminderSourceLabel")->isVisible());
}

TEST_F(DiscreetModeTest, ThePanicKeyStillOpensTheUrgeDialogUnderANeutralTitle)
{
    setDiscreet(true, "Stretch break");
    ui::MainWindow window(*m_context);
    showWindow(window);
    QApplication::setActiveWindow(&window);
    QTest::keyClick(&window, Qt::Key_U, Qt::ControlModifier);
    QDialog *urge = window.urgeDialog();
    ASSERT_NE(urge, nullptr);
    EXPECT_TRUE(urge->isVisible());
    EXPECT_EQ(urge->windowTitle(), QStringLiteral("Stretch break"));

    setDiscreet(false);
    EXPECT_EQ(urge->windowTitle(), QStringLiteral("Ride out the urge"));
}

TEST_F(DiscreetModeTest, TheLockScreenNamesNeitherTheAppNorTheEx)
{
    setDiscreet(true, "Stretch break");
    ui::LockScreen lock(*m_context);
    EXPECT_EQ(find<QLabel>(&lock, "lockHeadingLabel")->text(), QStringLiteral("Locked"));
    const QString note = find<QLabel>(&lock, "lockPanicNoteLabel")->text();
    EXPECT_TRUE(note.contains(QStringLiteral("Stretch break")));
    EXPECT_TRUE(isNeutral(note));
    EXPECT_TRUE(isNeutral(lock.accessibleName()));
}

TEST_F(DiscreetModeTest, TheChoiceAndTheLabelSurviveARestart)
{
    {
        ui::MainWindow window(*m_context);
        showWindow(window);
        chooseInSettings(&window, true, QStringLiteral("Stretch break"));
    }
    reopen();
    EXPECT_TRUE(m_context->settings().discreet);
    EXPECT_EQ(m_context->settings().panicLabel, "Stretch break");
    ui::MainWindow window(*m_context);
    EXPECT_EQ(window.windowTitle(), QStringLiteral("Journal"));
    EXPECT_EQ(panicText(window), QStringLiteral("Stretch break"));
    ui::SettingsDialog dialog(*m_context, m_dir.path(), &window);
    EXPECT_TRUE(find<QCheckBox>(&dialog, "privacyDiscreetCheckBox")->isChecked());
    EXPECT_EQ(find<QLineEdit>(&dialog, "privacyPanicLabelEdit")->text(), QStringLiteral("Stretch break"));

    // Switched off in Settings: Holdfast's own words again.
    chooseInSettings(&window, false, QString());
    EXPECT_EQ(window.windowTitle(), QStringLiteral("Holdfast"));
    EXPECT_EQ(panicText(window), QStringLiteral("I want to text my ex"));
}

} // namespace
