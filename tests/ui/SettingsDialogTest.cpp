#include "ClockElsewhere.h"
#include "UiFixture.h"

#include "headless/ErrorMessages.h"
#include "ui/ThemePalette.h"
#include "ui/settings/SettingsDialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>
#include <QTimeEdit>
#include <QTimeZone>

using namespace holdfast;
using holdfast::testing::onPinnedClock;
using holdfast::testing::pinClockElsewhere;
using holdfast::testing::UiFixture;

namespace {

class SettingsDialogTest : public UiFixture
{
protected:
    void TearDown() override
    {
        ui::ThemePalette::apply(Theme::System); // the next test starts from the system palette
        UiFixture::TearDown();
    }

    std::unique_ptr<ui::SettingsDialog> openDialog(ui::AppContext &context)
    {
        auto dialog = std::make_unique<ui::SettingsDialog>(context, m_dir.path());
        dialog->show();
        EXPECT_TRUE(QTest::qWaitForWindowExposed(dialog.get()));
        return dialog;
    }
    std::unique_ptr<ui::SettingsDialog> openDialog() { return openDialog(*m_context); }

    template <typename T>
    static T *child(QWidget *root, const char *name)
    {
        auto *widget = root->findChild<T *>(QLatin1String(name));
        EXPECT_NE(widget, nullptr) << name;
        return widget;
    }

    static void replaceText(QAbstractSpinBox *box, const QString &text)
    {
        box->setFocus();
        QTest::keyClick(box, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(box, text);
    }

    static void choose(QComboBox *combo, const QVariant &data)
    {
        const int index = combo->findData(data);
        ASSERT_GE(index, 0);
        combo->setCurrentIndex(index);
    }

};

} // namespace

TEST_F(SettingsDialogTest, ChangesAreSavedAndStillThereAfterARestart)
{
    pinClockElsewhere(m_clock);
    auto dialog = openDialog();
    QTest::mouseClick(child<QCheckBox>(dialog.get(), "settingsReminderCheckBox"), Qt::LeftButton); // off
    choose(child<QComboBox>(dialog.get(), "settingsWeekStartCombo"), int(Weekday::Sunday));
    choose(child<QComboBox>(dialog.get(), "settingsLanguageCombo"), QStringLiteral("de"));
    replaceText(child<QSpinBox>(dialog.get(), "settingsTimerSpinBox"), QStringLiteral("20"));
    QTest::mouseClick(child<QCheckBox>(dialog.get(), "settingsRepliedOnlyCheckBox"), Qt::LeftButton);
    QTest::keyClicks(child<QPlainTextEdit>(dialog.get(), "settingsCrisisTextEdit"), QStringLiteral("Call 0800 111 0 111"));
    replaceText(child<QSpinBox>(dialog.get(), "settingsBackupsSpinBox"), QStringLiteral("14"));
    QTest::mouseClick(child<QCheckBox>(dialog.get(), "settingsBreakupDateCheckBox"), Qt::LeftButton);
    child<QDateEdit>(dialog.get(), "settingsBreakupDateEdit")->setDate(QDate(2026, 9, 30));
    QTest::mouseClick(child<QCheckBox>(dialog.get(), "settingsLastContactCheckBox"), Qt::LeftButton);
    const QDateTime lastContact(QDate(2026, 11, 2), QTime(23, 40));
    child<QDateTimeEdit>(dialog.get(), "settingsLastContactEdit")->setDateTime(lastContact);
    QTest::mouseClick(child<QPushButton>(dialog.get(), "settingsSaveButton"), Qt::LeftButton);
    EXPECT_FALSE(dialog->isVisible());
    EXPECT_EQ(dialog->result(), QDialog::Accepted);
    dialog.reset();

    reopen();
    const Settings settings = m_store->settings();
    EXPECT_EQ(settings.morningReminderMinute, -1);
    EXPECT_EQ(settings.weekStart, Weekday::Sunday);
    EXPECT_EQ(settings.language, "de");
    EXPECT_EQ(settings.timerMinutes, 20);
    EXPECT_FALSE(settings.theirContactCountsOnlyIfReplied);
    EXPECT_EQ(settings.crisisText, "Call 0800 111 0 111");
    EXPECT_EQ(settings.backupsToKeep, 14);
    EXPECT_EQ(settings.breakupDate, (LocalDate{2026, 9, 30}));
    ASSERT_TRUE(settings.noContactSince.has_value());
    // Read where the injected clock is, not in this computer's zone.
    EXPECT_EQ(*settings.noContactSince, onPinnedClock(m_clock, lastContact));

    // Reopened, the dialog shows what was saved.
    dialog = openDialog();
    EXPECT_FALSE(child<QCheckBox>(dialog.get(), "settingsReminderCheckBox")->isChecked());
    EXPECT_FALSE(child<QTimeEdit>(dialog.get(), "settingsReminderTimeEdit")->isEnabled());
    EXPECT_EQ(child<QComboBox>(dialog.get(), "settingsLanguageCombo")->currentData().toString(), QStringLiteral("de"));
    EXPECT_EQ(child<QSpinBox>(dialog.get(), "settingsTimerSpinBox")->value(), 20);
    EXPECT_EQ(child<QDateTimeEdit>(dialog.get(), "settingsLastContactEdit")->dateTime(), lastContact);
}

TEST_F(SettingsDialogTest, TheReminderTimeIsStoredAsMinutesAfterMidnight)
{
    auto dialog = openDialog();
    ASSERT_TRUE(child<QCheckBox>(dialog.get(), "settingsReminderCheckBox")->isChecked());
    child<QTimeEdit>(dialog.get(), "settingsReminderTimeEdit")->setTime(QTime(7, 30));
    QTest::mouseClick(child<QPushButton>(dialog.get(), "settingsSaveButton"), Qt::LeftButton);
    reopen();
    EXPECT_EQ(m_store->settings().morningReminderMinute, 7 * 60 + 30);
}

TEST_F(SettingsDialogTest, ChoosingDarkAppliesADarkPaletteAndSavesIt)
{
    ui::ThemePalette::apply(Theme::Light);
    ASSERT_FALSE(ui::ThemePalette::isDark());
    auto dialog = openDialog();
    choose(child<QComboBox>(dialog.get(), "settingsThemeCombo"), int(Theme::Dark));
    EXPECT_TRUE(ui::ThemePalette::isDark()) << "previewed at once";
    QTest::mouseClick(child<QPushButton>(dialog.get(), "settingsSaveButton"), Qt::LeftButton);
    EXPECT_TRUE(ui::ThemePalette::isDark());
    reopen();
    EXPECT_EQ(m_store->settings().theme, Theme::Dark);
}

TEST_F(SettingsDialogTest, CancelUndoesTheThemePreviewAndSavesNothing)
{
    Settings stored = m_store->settings();
    stored.theme = Theme::Light;
    m_context->saveSettings(stored);
    ui::ThemePalette::apply(Theme::Light);
    auto dialog = openDialog();
    choose(child<QComboBox>(dialog.get(), "settingsThemeCombo"), int(Theme::Dark));
    replaceText(child<QSpinBox>(dialog.get(), "settingsTimerSpinBox"), QStringLiteral("30"));
    QTest::mouseClick(child<QPushButton>(dialog.get(), "settingsCancelButton"), Qt::LeftButton);

    EXPECT_FALSE(ui::ThemePalette::isDark());
    EXPECT_EQ(m_store->settings(), stored);
}

TEST_F(SettingsDialogTest, AnUntouchedLastContactKeepsTheStoredMomentExactly)
{
    Settings stored = m_store->settings();
    // Recorded while travelling: another offset and zone than this computer's.
    stored.noContactSince = Moment::fromUtc(m_clock.now().utcMs - 5 * kMsPerDay + 1234, -300, "America/New_York");
    m_context->saveSettings(stored);
    auto dialog = openDialog();
    replaceText(child<QSpinBox>(dialog.get(), "settingsTimerSpinBox"), QStringLiteral("25"));
    QTest::mouseClick(child<QPushButton>(dialog.get(), "settingsSaveButton"), Qt::LeftButton);

    EXPECT_EQ(m_store->settings().noContactSince, stored.noContactSince);
    EXPECT_EQ(m_store->settings().timerMinutes, 25);
}

TEST_F(SettingsDialogTest, TheDataFolderIsShownReadOnlyAndTheLanguageNoteMentionsARestart)
{
    auto dialog = openDialog();
    auto *folder = child<QLineEdit>(dialog.get(), "settingsDataDirEdit");
    EXPECT_EQ(folder->text(), QDir::toNativeSeparators(m_dir.path()));
    EXPECT_TRUE(folder->isReadOnly());
    EXPECT_TRUE(child<QPushButton>(dialog.get(), "settingsOpenFolderButton")->isEnabled());
    EXPECT_TRUE(child<QLabel>(dialog.get(), "settingsLanguageNoteLabel")->text().contains(QStringLiteral("start")));
}

TEST_F(SettingsDialogTest, AFailedSaveStaysOpenWithTheUsersChanges)
{
    auto dialog = openDialog();
    // The real store's own refusal (what it does once it found damage): every write throws.
    m_store->refuseWrites(StoreError(StoreError::Kind::ReadOnly, "read-only"));
    QTest::keyClicks(child<QPlainTextEdit>(dialog.get(), "settingsCrisisTextEdit"), QStringLiteral("My line"));
    QTest::mouseClick(child<QPushButton>(dialog.get(), "settingsSaveButton"), Qt::LeftButton);

    EXPECT_TRUE(dialog->isVisible());
    auto *error = child<QLabel>(dialog.get(), "settingsErrorLabel");
    EXPECT_TRUE(error->isVisible());
    EXPECT_EQ(error->text(), ui::describeStoreError(StoreError::Kind::ReadOnly));
    EXPECT_EQ(child<QPlainTextEdit>(dialog.get(), "settingsCrisisTextEdit")->toPlainText(), QStringLiteral("My line"));
    EXPECT_EQ(m_context->settings().crisisText, "");
    EXPECT_EQ(m_store->settings().crisisText, "");
}

TEST_F(SettingsDialogTest, LowContactModeIsSwitchedOnAndOffHere)
{
    auto dialog = openDialog();
    auto *lowContact = child<QCheckBox>(dialog.get(), "settingsLowContactCheckBox");
    EXPECT_FALSE(lowContact->isChecked());
    lowContact->setChecked(true);
    QTest::mouseClick(child<QPushButton>(dialog.get(), "settingsSaveButton"), Qt::LeftButton);
    dialog.reset();
    reopen();
    EXPECT_TRUE(m_store->settings().lowContact);

    dialog = openDialog();
    lowContact = child<QCheckBox>(dialog.get(), "settingsLowContactCheckBox");
    EXPECT_TRUE(lowContact->isChecked());
    lowContact->setChecked(false);
    QTest::mouseClick(child<QPushButton>(dialog.get(), "settingsSaveButton"), Qt::LeftButton);
    dialog.reset();
    reopen();
    EXPECT_FALSE(m_store->settings().lowContact);
}
