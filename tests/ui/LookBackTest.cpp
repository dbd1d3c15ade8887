// The evening look back (issue 14): one short screen that is saved for the
// evening the person is in (even after midnight), edits the same night's,
// never drops what was typed on a key, keeps it when the store refuses, and
// comes back on the dashboard the next morning. Off until turned on.

#include "UiFixture.h"

#include "ui/MainWindow.h"
#include "ui/TrayIcon.h"
#include "ui/dashboard/DashboardPage.h"
#include "ui/dashboard/LookBackCard.h"
#include "ui/lookback/LookBackDialog.h"
#include "ui/settings/SettingsDialog.h"

#include "model/StoreError.h"

#include <QAction>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QTest>
#include <QTimeEdit>

using namespace holdfast;
using holdfast::testing::UiFixture;

namespace {

constexpr LocalDate kWednesday{2026, 11, 25};

class LookBackTest : public UiFixture
{
protected:
    void SetUp() override
    {
        UiFixture::SetUp();
        Settings settings = m_context->settings();
        settings.lookBack = true;
        m_context->saveSettings(settings);
    }

    // Berlin wall-clock time on `date` (UTC+1 in November).
    static Moment at(LocalDate date, int hour, int minute = 0)
    {
        return Moment::fromUtc(date.dayNumber() * kMsPerDay + (hour * 60 + minute - 60) * kMsPerMinute, 60,
                               "Europe/Berlin");
    }

    template<typename T>
    static T *child(const QObject &root, const char *name)
    {
        auto *widget = root.findChild<T *>(QLatin1String(name));
        EXPECT_NE(widget, nullptr) << name;
        return widget;
    }

    static void rate(const QWidget &dialog, int hardness)
    {
        const QByteArray name = "lookBackHard" + QByteArray::number(hardness) + "Radio";
        QTest::mouseClick(child<QRadioButton>(dialog, name.constData()), Qt::LeftButton);
    }

    static void type(const QWidget &dialog, const char *field, const QString &text)
    {
        QLineEdit *edit = child<QLineEdit>(dialog, field);
        edit->setFocus();
        QTest::keyClicks(edit, text);
    }

    static QMessageBox *question(const QWidget &dialog)
    {
        QApplication::processEvents();
        auto *box = dialog.findChild<QMessageBox *>(QStringLiteral("lookBackUnsavedQuestion"));
        return box && box->isVisible() ? box : nullptr;
    }
};

} // namespace

TEST_F(LookBackTest, WrittenAfterMidnightItIsSavedForTheEveningBefore)
{
    m_clock.set(at(kWednesday.addDays(1), 0, 40));
    ui::LookBackDialog dialog(*m_context);
    dialog.show();
    dialog.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&dialog));
    EXPECT_EQ(dialog.day(), kWednesday);
    auto *save = child<QPushButton>(dialog, "lookBackSaveButton");
    type(dialog, "lookBackHelpedEdit", QStringLiteral("Called Sam"));
    // Enter before how hard the day was: it asks for that, the one answer needed.
    QTest::keyClick(child<QLineEdit>(dialog, "lookBackHelpedEdit"), Qt::Key_Return);
    EXPECT_TRUE(dialog.isVisible());
    EXPECT_FALSE(m_store->lookBack(kWednesday));
    auto *status = child<QLabel>(dialog, "lookBackStatusLabel");
    EXPECT_TRUE(status->isVisibleTo(&dialog));
    EXPECT_TRUE(status->text().startsWith(QStringLiteral("Say how hard today was"))) << status->text().toStdString();
    EXPECT_EQ(QApplication::focusWidget(), child<QRadioButton>(dialog, "lookBackHard1Radio"));
    EXPECT_FALSE(child<QRadioButton>(dialog, "lookBackHard1Radio")->isChecked()) << "focus only, no answer given";
    rate(dialog, 4);
    EXPECT_FALSE(status->isVisibleTo(&dialog));
    type(dialog, "lookBackTomorrowEdit", QStringLiteral(" Lunch outside "));
    QTest::mouseClick(save, Qt::LeftButton);

    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_FALSE(dialog.isVisible());
    const auto stored = m_store->lookBack(kWednesday);
    ASSERT_TRUE(stored);
    EXPECT_EQ(stored->hardness, 4);
    EXPECT_EQ(stored->helped, "Called Sam");
    EXPECT_EQ(stored->tomorrow, "Lunch outside");
    EXPECT_EQ(stored->recordedAt, m_clock.now());
    EXPECT_FALSE(m_store->lookBack(kWednesday.addDays(1)));
}

TEST_F(LookBackTest, TheLabelsAltLetterBringsTheKeyboardToTheAnswerWithoutChangingIt)
{
    m_clock.set(at(kWednesday, 22, 0));
    ui::LookBackDialog dialog(*m_context);
    dialog.show();
    dialog.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&dialog));
    auto *helped = child<QLineEdit>(dialog, "lookBackHelpedEdit");
    helped->setFocus();
    QTest::keyClick(&dialog, Qt::Key_H, Qt::AltModifier);
    EXPECT_EQ(QApplication::focusWidget(), child<QRadioButton>(dialog, "lookBackHard1Radio"));
    for (int hardness = 1; hardness <= 5; ++hardness) {
        const QByteArray name = "lookBackHard" + QByteArray::number(hardness) + "Radio";
        EXPECT_FALSE(child<QRadioButton>(dialog, name.constData())->isChecked()) << "Alt+H chose " << hardness;
    }
    rate(dialog, 4);
    helped->setFocus();
    QTest::keyClick(&dialog, Qt::Key_H, Qt::AltModifier);
    EXPECT_EQ(QApplication::focusWidget(), child<QRadioButton>(dialog, "lookBackHard4Radio"));
    EXPECT_TRUE(child<QRadioButton>(dialog, "lookBackHard4Radio")->isChecked()) << "Alt+H kept the answer";
    // The row is not a stop of its own: Tab goes from the answer to the next field.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    EXPECT_EQ(QApplication::focusWidget(), helped);
}

TEST_F(LookBackTest, OpeningItAgainTheSameNightChangesWhatWasSaved)
{
    m_clock.set(at(kWednesday, 21, 30));
    m_store->saveLookBack(LookBack{kWednesday, m_clock.now(), 2, "A walk", "Bed by eleven"});
    m_clock.set(at(kWednesday, 23, 10));
    ui::LookBackDialog dialog(*m_context);
    dialog.show();
    EXPECT_TRUE(child<QRadioButton>(dialog, "lookBackHard2Radio")->isChecked());
    EXPECT_EQ(child<QLineEdit>(dialog, "lookBackHelpedEdit")->text(), QStringLiteral("A walk"));
    EXPECT_FALSE(dialog.hasUnsavedEdits());
    rate(dialog, 3);
    EXPECT_TRUE(dialog.hasUnsavedEdits());
    QTest::mouseClick(child<QPushButton>(dialog, "lookBackSaveButton"), Qt::LeftButton);
    const auto lookBacks = m_store->lookBacks(kWednesday.addDays(-7), kWednesday.addDays(7));
    ASSERT_EQ(lookBacks.size(), 1u);
    EXPECT_EQ(lookBacks[0].hardness, 3);
    EXPECT_EQ(lookBacks[0].tomorrow, "Bed by eleven");
}

TEST_F(LookBackTest, EscapeNeverDropsWhatWasTyped)
{
    m_clock.set(at(kWednesday, 22, 0));
    ui::LookBackDialog dialog(*m_context);
    dialog.show();
    type(dialog, "lookBackHelpedEdit", QStringLiteral("Muted their profile"));
    QTest::keyClick(child<QLineEdit>(dialog, "lookBackHelpedEdit"), Qt::Key_Escape);
    QMessageBox *box = question(dialog);
    ASSERT_NE(box, nullptr) << "Escape asks first";
    EXPECT_TRUE(dialog.isVisible());
    EXPECT_EQ(box->findChild<QPushButton *>(QStringLiteral("lookBackSaveItButton")), nullptr)
        << "nothing to save before how hard is answered";
    QTest::keyClick(box, Qt::Key_Escape); // Escape again: keep writing
    EXPECT_EQ(question(dialog), nullptr);
    EXPECT_TRUE(dialog.isVisible());
    EXPECT_EQ(child<QLineEdit>(dialog, "lookBackHelpedEdit")->text(), QStringLiteral("Muted their profile"));

    // Answered, "Not tonight" offers to save it.
    rate(dialog, 5);
    QTest::mouseClick(child<QPushButton>(dialog, "lookBackNotTonightButton"), Qt::LeftButton);
    box = question(dialog);
    ASSERT_NE(box, nullptr);
    QTest::mouseClick(child<QPushButton>(*box, "lookBackSaveItButton"), Qt::LeftButton);
    QApplication::processEvents();
    EXPECT_FALSE(dialog.isVisible());
    ASSERT_TRUE(m_store->lookBack(kWednesday));
    EXPECT_EQ(m_store->lookBack(kWednesday)->helped, "Muted their profile");
}

TEST_F(LookBackTest, LettingItGoClosesWithoutSaving)
{
    m_clock.set(at(kWednesday, 22, 0));
    ui::LookBackDialog dialog(*m_context);
    dialog.show();
    rate(dialog, 2);
    QTest::keyClick(&dialog, Qt::Key_Escape);
    QMessageBox *box = question(dialog);
    ASSERT_NE(box, nullptr);
    QTest::mouseClick(child<QPushButton>(*box, "lookBackLetGoButton"), Qt::LeftButton);
    QApplication::processEvents();
    EXPECT_FALSE(dialog.isVisible());
    EXPECT_FALSE(m_store->lookBack(kWednesday));

    // Untouched, it simply closes.
    ui::LookBackDialog again(*m_context);
    again.show();
    QTest::keyClick(&again, Qt::Key_Escape);
    EXPECT_EQ(question(again), nullptr);
    EXPECT_FALSE(again.isVisible());
}

TEST_F(LookBackTest, WhenTheStoreRefusesEverythingTypedStaysAndTheDialogSaysWhy)
{
    m_clock.set(at(kWednesday, 22, 0));
    ui::LookBackDialog dialog(*m_context);
    dialog.show();
    rate(dialog, 4);
    type(dialog, "lookBackTomorrowEdit", QStringLiteral("Ask Priya about Saturday"));
    m_store->refuseWrites(StoreError(StoreError::Kind::DiskFull, "no room left"));
    EXPECT_FALSE(dialog.save());
    EXPECT_TRUE(dialog.isVisible());
    auto *status = child<QLabel>(dialog, "lookBackStatusLabel");
    EXPECT_TRUE(status->isVisibleTo(&dialog));
    EXPECT_TRUE(status->text().contains(QStringLiteral("not saved yet"))) << status->text().toStdString();
    EXPECT_EQ(child<QLineEdit>(dialog, "lookBackTomorrowEdit")->text(), QStringLiteral("Ask Priya about Saturday"));
    EXPECT_TRUE(child<QRadioButton>(dialog, "lookBackHard4Radio")->isChecked());
}

TEST_F(LookBackTest, QuittingWithAnAnsweredLookBackOpenSavesIt)
{
    m_clock.set(at(kWednesday, 22, 0));
    ui::LookBackDialog dialog(*m_context);
    dialog.show();
    rate(dialog, 3);
    type(dialog, "lookBackHelpedEdit", QStringLiteral("Cooked"));
    ASSERT_TRUE(QMetaObject::invokeMethod(qApp, "aboutToQuit", Qt::DirectConnection));
    ASSERT_TRUE(m_store->lookBack(kWednesday));
    EXPECT_EQ(m_store->lookBack(kWednesday)->helped, "Cooked");
}

TEST_F(LookBackTest, TheDashboardOffersItInTheEveningAndShowsItTheNextMorning)
{
    m_clock.set(at(kWednesday, 21, 30));
    ui::MainWindow window(*m_context);
    window.show();
    auto *card = child<ui::LookBackCard>(window, "lookBackCard");
    ASSERT_TRUE(card->isVisibleTo(&window));
    auto *button = child<QPushButton>(*card, "lookBackCardButton");
    EXPECT_EQ(button->text(), QStringLiteral("Look back on today…"));
    QTest::mouseClick(button, Qt::LeftButton);
    auto *dialog = window.findChild<ui::LookBackDialog *>();
    ASSERT_NE(dialog, nullptr);
    ASSERT_TRUE(dialog->isVisible());
    rate(*dialog, 4);
    type(*dialog, "lookBackHelpedEdit", QStringLiteral("Called Sam"));
    type(*dialog, "lookBackTomorrowEdit", QStringLiteral("Lunch outside"));
    QTest::mouseClick(child<QPushButton>(*dialog, "lookBackSaveButton"), Qt::LeftButton);
    QApplication::processEvents();

    EXPECT_EQ(child<QLabel>(*card, "lookBackCardHeadingLabel")->text(), QStringLiteral("Tonight's look back"));
    EXPECT_EQ(child<QLabel>(*card, "lookBackCardTextLabel")->text(), QStringLiteral("Today: A hard day (4 of 5)"));
    EXPECT_EQ(child<QLabel>(*card, "lookBackCardTomorrowLabel")->text(), QStringLiteral("For tomorrow: Lunch outside"));

    m_clock.set(at(kWednesday.addDays(1), 7, 45));
    m_context->notifyChanged(ui::DataKind::All);
    EXPECT_EQ(child<QLabel>(*card, "lookBackCardHeadingLabel")->text(), QStringLiteral("From last night"));
    EXPECT_EQ(card->accessibleName(), QStringLiteral("From last night"));
    EXPECT_EQ(child<QLabel>(*card, "lookBackCardTextLabel")->text(), QStringLiteral("Yesterday was hard (4 of 5). You got through it."));
    EXPECT_EQ(child<QLabel>(*card, "lookBackCardHelpedLabel")->text(), QStringLiteral("What helped: Called Sam"));
    EXPECT_EQ(child<QLabel>(*card, "lookBackCardTomorrowLabel")->text(), QStringLiteral("Your line for today: Lunch outside"));
    EXPECT_FALSE(button->isVisibleTo(&window)) << "nothing to write in the morning";
}

TEST_F(LookBackTest, TurnedOffThereIsNoCardMenuEntryOrTrayEntry)
{
    m_clock.set(at(kWednesday, 21, 30));
    ui::MainWindow window(*m_context);
    window.show();
    auto *card = child<ui::LookBackCard>(window, "lookBackCard");
    auto *action = child<QAction>(window, "lookBackAction");
    ui::TrayIcon tray(*m_context, window);
    auto *trayAction = child<QAction>(*tray.menu(), "trayLookBackAction");
    EXPECT_TRUE(card->isVisibleTo(&window));
    EXPECT_TRUE(action->isVisible());
    EXPECT_TRUE(trayAction->isVisible());

    Settings settings = m_context->settings();
    settings.lookBack = false;
    m_context->saveSettings(settings);
    EXPECT_FALSE(card->isVisibleTo(&window));
    EXPECT_FALSE(action->isVisible());
    EXPECT_FALSE(trayAction->isVisible());
}

TEST_F(LookBackTest, InDiscreetModeThePersonsOwnLinesStayHiddenWithTheProgress)
{
    m_store->saveLookBack(LookBack{kWednesday.addDays(-1), at(kWednesday.addDays(-1), 22, 0), 2, "Muted their profile",
                                   "Walk at lunch"});
    Settings settings = m_context->settings();
    settings.discreet = true;
    m_context->saveSettings(settings);
    ui::MainWindow window(*m_context);
    window.show();
    auto *card = child<ui::LookBackCard>(window, "lookBackCard");
    ASSERT_TRUE(card->isVisibleTo(&window));
    EXPECT_FALSE(child<QLabel>(*card, "lookBackCardHelpedLabel")->isVisibleTo(&window));
    EXPECT_FALSE(child<QLabel>(*card, "lookBackCardTomorrowLabel")->isVisibleTo(&window));
    QTest::mouseClick(child<QPushButton>(window, "discreetShowButton"), Qt::LeftButton);
    EXPECT_TRUE(child<QLabel>(*card, "lookBackCardHelpedLabel")->isVisibleTo(&window));
}

TEST_F(LookBackTest, SettingsTurnItOnWithItsOwnReminderTime)
{
    Settings settings = m_context->settings();
    settings.lookBack = false;
    m_context->saveSettings(settings);
    ui::SettingsDialog dialog(*m_context, m_dir.path());
    dialog.show();
    auto *on = child<QCheckBox>(dialog, "settingsLookBackCheckBox");
    auto *remind = child<QCheckBox>(dialog, "settingsLookBackReminderCheckBox");
    auto *time = child<QTimeEdit>(dialog, "settingsLookBackReminderTimeEdit");
    EXPECT_FALSE(on->isChecked());
    EXPECT_FALSE(remind->isEnabled()) << "a reminder only for a look back that is on";
    EXPECT_EQ(time->time(), QTime(21, 0));
    on->setChecked(true);
    EXPECT_TRUE(remind->isEnabled());
    time->setTime(QTime(22, 15));
    QTest::mouseClick(child<QPushButton>(dialog, "settingsSaveButton"), Qt::LeftButton);
    EXPECT_TRUE(m_store->settings().lookBack);
    EXPECT_EQ(m_store->settings().lookBackReminderMinute, 22 * 60 + 15);
}
