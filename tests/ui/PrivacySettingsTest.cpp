#include "EncryptedFolder.h"
#include "UiFixture.h"

#include "ui/lock/PrivacyPanel.h"
#include "ui/onboarding/OnboardingDialog.h"
#include "ui/settings/SettingsDialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTest>

#include <memory>

using namespace holdfast;
using holdfast::testing::EncryptedFolder;
using holdfast::testing::UiFixture;

namespace {

class PrivacySettingsTest : public UiFixture
{
protected:
    void TearDown() override
    {
        for (QWidget *widget : QApplication::topLevelWidgets())
            delete widget;
        m_secureContext.reset();
        m_secure.reset();
        UiFixture::TearDown();
    }

    // The screens on a copy of the fixture's data, encrypted with "old passphrase" unless `state` is Off.
    ui::AppContext &secure(EncryptionState state)
    {
        m_secure = m_secureFolder.open(*m_store, "old passphrase", state);
        m_secureContext = std::make_unique<ui::AppContext>(*m_secure, m_clock);
        return *m_secureContext;
    }

    // Whether `passphrase` opens what is stored now.
    bool opensWith(const std::string &passphrase) const { return m_secureFolder.opensWith(passphrase); }

    // The settings dialog open on its Privacy tab.
    std::unique_ptr<ui::SettingsDialog> openPrivacy(ui::AppContext &context)
    {
        auto dialog = std::make_unique<ui::SettingsDialog>(context, m_dir.path());
        auto *tabs = find<QTabWidget>(dialog.get(), "settingsTabWidget");
        tabs->setCurrentWidget(find<QWidget>(dialog.get(), "privacyPanel"));
        dialog->show();
        QApplication::setActiveWindow(dialog.get());
        EXPECT_TRUE(QTest::qWaitForWindowActive(dialog.get()));
        return dialog;
    }

    template<typename T>
    static T *find(const QObject *root, const char *name)
    {
        T *child = root->findChild<T *>(QString::fromLatin1(name));
        EXPECT_NE(child, nullptr) << name;
        return child;
    }

    static void type(QWidget *root, const char *name, const QString &text)
    {
        auto *edit = find<QLineEdit>(root, name);
        edit->clear();
        QTest::keyClicks(edit, text);
    }

    static void click(QWidget *root, const char *name)
    {
        QTest::mouseClick(find<QPushButton>(root, name), Qt::LeftButton);
    }

    EncryptedFolder m_secureFolder;
    std::unique_ptr<storage::SqliteStore> m_secure;
    std::unique_ptr<ui::AppContext> m_secureContext;
};

} // namespace

TEST_F(PrivacySettingsTest, TurningOnChecksThePassphraseThenEncrypts)
{
    ui::AppContext &context = secure(EncryptionState::Off);
    auto dialog = openPrivacy(context);
    QWidget *d = dialog.get();
    EXPECT_TRUE(find<QWidget>(d, "privacyTurnOnBox")->isVisible());
    EXPECT_FALSE(find<QWidget>(d, "privacyChangeBox")->isVisible());
    EXPECT_FALSE(find<QSpinBox>(d, "privacyAutoLockSpinBox")->isEnabled());
    EXPECT_TRUE(find<QLabel>(d, "privacyWarningLabel")->text().contains(QStringLiteral("cannot be recovered")));
    auto *message = find<QLabel>(d, "privacyTurnOnMessageLabel");

    type(d, "privacyNewPassphraseEdit", QStringLiteral("short"));
    type(d, "privacyRepeatPassphraseEdit", QStringLiteral("short"));
    click(d, "privacyTurnOnButton");
    // "character(s)" until the English plural forms are generated.
    EXPECT_TRUE(message->text().startsWith(QStringLiteral("Use at least 8 character")));
    EXPECT_EQ(m_secure->encryptionState(), EncryptionState::Off);

    type(d, "privacyNewPassphraseEdit", QStringLiteral("blue kettle morning"));
    type(d, "privacyRepeatPassphraseEdit", QStringLiteral("blue kettle mourning"));
    click(d, "privacyTurnOnButton");
    EXPECT_TRUE(message->text().startsWith(QStringLiteral("The two passphrases are not the same")));
    EXPECT_EQ(m_secure->encryptionState(), EncryptionState::Off);
    // What was typed stays for the correction.
    EXPECT_EQ(find<QLineEdit>(d, "privacyNewPassphraseEdit")->text(), QStringLiteral("blue kettle morning"));

    type(d, "privacyRepeatPassphraseEdit", QStringLiteral("blue kettle morning"));
    click(d, "privacyTurnOnButton");
    EXPECT_EQ(m_secure->encryptionState(), EncryptionState::Unlocked);
    EXPECT_TRUE(opensWith("blue kettle morning"));
    EXPECT_FALSE(opensWith("blue kettle mourning"));
    EXPECT_TRUE(find<QLabel>(d, "privacyResultLabel")->isVisible());
    EXPECT_TRUE(find<QLabel>(d, "privacyResultLabel")->text().startsWith(QStringLiteral("Encryption is on.")));
    EXPECT_FALSE(find<QWidget>(d, "privacyTurnOnBox")->isVisible());
    EXPECT_TRUE(find<QWidget>(d, "privacyChangeBox")->isVisible());
    EXPECT_TRUE(find<QLineEdit>(d, "privacyNewPassphraseEdit")->text().isEmpty());

    // Auto-lock can be set now, and is saved with the dialog.
    auto *autoLock = find<QSpinBox>(d, "privacyAutoLockSpinBox");
    ASSERT_TRUE(autoLock->isEnabled());
    autoLock->setValue(10);
    click(d, "settingsSaveButton");
    EXPECT_EQ(m_secure->settings().autoLockMinutes, 10);
}

TEST_F(PrivacySettingsTest, AWrongCurrentPassphraseChangesNothingAndKeepsTheTyping)
{
    ui::AppContext &context = secure(EncryptionState::Unlocked);
    auto dialog = openPrivacy(context);
    QWidget *d = dialog.get();
    type(d, "privacyCurrentPassphraseEdit", QStringLiteral("not it at all"));
    type(d, "privacyChangeNewEdit", QStringLiteral("a brand new one"));
    type(d, "privacyChangeRepeatEdit", QStringLiteral("a brand new one"));
    click(d, "privacyChangeButton");
    EXPECT_EQ(find<QLabel>(d, "privacyChangeMessageLabel")->text(),
              QStringLiteral("That passphrase did not match. Nothing was changed."));
    EXPECT_TRUE(opensWith("old passphrase"));
    EXPECT_FALSE(opensWith("a brand new one"));
    EXPECT_EQ(find<QLineEdit>(d, "privacyChangeNewEdit")->text(), QStringLiteral("a brand new one"));

    type(d, "privacyCurrentPassphraseEdit", QStringLiteral("old passphrase"));
    click(d, "privacyChangeButton");
    EXPECT_TRUE(opensWith("a brand new one"));
    EXPECT_FALSE(opensWith("old passphrase"));
    EXPECT_TRUE(find<QLabel>(d, "privacyResultLabel")->text().startsWith(QStringLiteral("The passphrase is changed")));
    EXPECT_TRUE(find<QLineEdit>(d, "privacyCurrentPassphraseEdit")->text().isEmpty());
}

TEST_F(PrivacySettingsTest, WrongTriesFromSettingsWaitLikeTheLockScreen)
{
    ui::AppContext &context = secure(EncryptionState::Locked);
    auto dialog = openPrivacy(context);
    QWidget *d = dialog.get();
    for (int i = 0; i < 2; ++i) {
        type(d, "privacyTurnOffPassphraseEdit", QStringLiteral("guess %1").arg(i));
        click(d, "privacyTurnOffButton");
    }
    type(d, "privacyTurnOffPassphraseEdit", QStringLiteral("old passphrase"));
    click(d, "privacyTurnOffButton");
    EXPECT_TRUE(find<QLabel>(d, "privacyTurnOffMessageLabel")->text().startsWith(
        QStringLiteral("Take a breath. You can try again in 1 second")));
    EXPECT_NE(m_secure->encryptionState(), EncryptionState::Off);

    m_clock.advanceMs(1000);
    click(d, "privacyTurnOffButton");
    EXPECT_EQ(m_secure->encryptionState(), EncryptionState::Off);
    // Off from the lock screen's settings: the data is open now.
    EXPECT_FALSE(context.isLocked());
    EXPECT_TRUE(find<QWidget>(d, "privacyTurnOnBox")->isVisible());
}

TEST_F(PrivacySettingsTest, TheCrisisLineStaysReadableInSettingsWhileLocked)
{
    Settings settings = m_store->settings();
    settings.crisisText = "Samaritans 116 123";
    m_store->saveSettings(settings);
    auto dialog = openPrivacy(secure(EncryptionState::Locked));
    EXPECT_EQ(find<QPlainTextEdit>(dialog.get(), "settingsCrisisTextEdit")->toPlainText(),
              QStringLiteral("Samaritans 116 123"));
}

TEST_F(PrivacySettingsTest, OnboardingLeavesEncryptionOffUnlessChosen)
{
    ui::AppContext &context = secure(EncryptionState::Off);
    ui::OnboardingDialog dialog(context);
    dialog.show();
    dialog.skip(); // "Skip setup"
    ASSERT_EQ(dialog.currentStep(), ui::OnboardingDialog::Step::Done);
    auto *check = find<QCheckBox>(&dialog, "onboardingEncryptCheckBox");
    EXPECT_FALSE(check->isChecked());
    EXPECT_FALSE(find<QWidget>(&dialog, "onboardingEncryptBox")->isVisible());
    dialog.next();
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_EQ(m_secure->encryptionState(), EncryptionState::Off);
}

TEST_F(PrivacySettingsTest, OnboardingEncryptsWithAPassphraseTypedTwiceAfterTheWarning)
{
    ui::AppContext &context = secure(EncryptionState::Off);
    ui::OnboardingDialog dialog(context);
    dialog.show();
    dialog.skip();
    find<QCheckBox>(&dialog, "onboardingEncryptCheckBox")->setChecked(true);
    EXPECT_TRUE(find<QWidget>(&dialog, "onboardingEncryptBox")->isVisible());
    EXPECT_TRUE(find<QLabel>(&dialog, "onboardingEncryptWarningLabel")->text().contains(QStringLiteral("cannot be recovered")));

    type(&dialog, "onboardingPassphraseEdit", QStringLiteral("seven!!"));
    type(&dialog, "onboardingPassphraseRepeatEdit", QStringLiteral("seven!!"));
    dialog.next();
    EXPECT_TRUE(dialog.isVisible()); // too short: stays, says why
    EXPECT_TRUE(find<QLabel>(&dialog, "onboardingErrorLabel")->text().startsWith(QStringLiteral("Use at least 8 character")));
    EXPECT_EQ(m_secure->encryptionState(), EncryptionState::Off);

    type(&dialog, "onboardingPassphraseEdit", QStringLiteral("river stones and tea"));
    type(&dialog, "onboardingPassphraseRepeatEdit", QStringLiteral("river stones and tea"));
    dialog.next();
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_EQ(m_secure->encryptionState(), EncryptionState::Unlocked);
    EXPECT_TRUE(opensWith("river stones and tea"));
    EXPECT_FALSE(opensWith("seven!!"));
    EXPECT_TRUE(m_secure->settings().onboardingDone);
}
