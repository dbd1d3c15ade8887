// Crisis help is one key (F1) and at most one click from every window of the
// app, and the card it opens shows the emergency number and the crisis lines
// of the person's country, with their own line and person beside them.

#include "EncryptedFolder.h"
#include "UiFixture.h"

#include "model/CrisisLines.h"
#include "ui/CrisisCard.h"
#include "ui/CrisisHelp.h"
#include "ui/MainWindow.h"
#include "headless/Translations.h"
#include "ui/TrayIcon.h"
#include "ui/exchange/ExportDialog.h"
#include "ui/exchange/ImportDialog.h"
#include "ui/lock/LockScreen.h"
#include "ui/lookback/LookBackDialog.h"
#include "ui/onboarding/OnboardingDialog.h"
#include "ui/settings/SettingsDialog.h"
#include "ui/urge/UrgeDialog.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QTest>

#include <memory>

using namespace holdfast;
using holdfast::testing::EncryptedFolder;
using holdfast::testing::UiFixture;

namespace {

QString fromView(std::string_view text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

// Everything the card's labels say, in one string.
QString cardText(const QWidget *card)
{
    QStringList texts;
    for (const QLabel *label : card->findChildren<QLabel *>())
        texts << label->text();
    return texts.join(u'\n');
}

class CrisisHelpTest : public UiFixture
{
protected:
    void SetUp() override
    {
        UiFixture::SetUp();
        Settings settings = m_store->settings();
        settings.onboardingDone = true;
        settings.crisisCountry = "DE";
        m_context->saveSettings(settings);
    }

    void TearDown() override
    {
        for (QWidget *widget : QApplication::topLevelWidgets())
            delete widget;
        m_secureContext.reset();
        m_secure.reset();
        UiFixture::TearDown();
    }

    static void showActive(QWidget &window)
    {
        window.show();
        QApplication::setActiveWindow(&window);
        ASSERT_TRUE(QTest::qWaitForWindowActive(&window));
    }

    // Shown the way exec() shows it: modal, blocking every other window.
    static void showModal(QWidget &dialog)
    {
        dialog.setWindowModality(Qt::ApplicationModal);
        showActive(dialog);
    }

    // F1 where the keyboard is, as a person would press it.
    static void pressF1(QWidget &window)
    {
        QWidget *target = window.focusWidget() ? window.focusWidget() : &window;
        QTest::keyClick(target, Qt::Key_F1);
    }

    // The card is open, on top of everything, and then closed again.
    ::testing::AssertionResult cardOpenedAndClosed(ui::AppContext &context)
    {
        ui::CrisisCard *card = context.crisisHelp().card();
        if (!card || !card->isVisible())
            return ::testing::AssertionFailure() << "no crisis card is showing";
        if (QApplication::activeModalWidget() != card)
            return ::testing::AssertionFailure() << "the crisis card is not on top";
        card->close();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        if (context.crisisHelp().card())
            return ::testing::AssertionFailure() << "the crisis card did not close";
        return ::testing::AssertionSuccess();
    }

    ::testing::AssertionResult cardOpenedAndClosed() { return cardOpenedAndClosed(*m_context); }

    template<typename T> static T *find(const QObject *root, const char *name)
    {
        T *child = root->findChild<T *>(QString::fromLatin1(name));
        EXPECT_NE(child, nullptr) << name;
        return child;
    }

    EncryptedFolder m_secureFolder;
    std::unique_ptr<storage::SqliteStore> m_secure;
    std::unique_ptr<ui::AppContext> m_secureContext;
};

TEST_F(CrisisHelpTest, FromTheMainWindowByF1TheHelpMenuAndTheTray)
{
    ui::MainWindow window(*m_context);
    showActive(window);
    pressF1(window);
    EXPECT_TRUE(cardOpenedAndClosed());

    find<QAction>(&window, "crisisAction")->trigger();
    EXPECT_TRUE(cardOpenedAndClosed());
    // The menu shows the key, and the key belongs to no window's shortcuts.
    EXPECT_TRUE(find<QAction>(&window, "crisisAction")->text().endsWith(u"\tF1"));
    EXPECT_TRUE(find<QAction>(&window, "crisisAction")->shortcut().isEmpty());

    ui::TrayIcon tray(*m_context, window);
    QAction *trayCrisis = find<QAction>(tray.menu(), "trayCrisisAction");
    ASSERT_NE(trayCrisis, nullptr);
    trayCrisis->trigger();
    EXPECT_TRUE(cardOpenedAndClosed());
}

TEST_F(CrisisHelpTest, FromEveryStepOfTheUrgeDialog)
{
    ui::MainWindow window(*m_context);
    showActive(window);
    window.openUrgeDialog();
    auto *dialog = qobject_cast<ui::UrgeDialog *>(window.urgeDialog());
    ASSERT_NE(dialog, nullptr);
    QApplication::setActiveWindow(dialog);
    for (UrgeStep step :
        { UrgeStep::NameIt, UrgeStep::DoOneThing, UrgeStep::WaitItOut, UrgeStep::WriteItInstead, UrgeStep::Decide }) {
        ASSERT_EQ(dialog->step(), step);
        pressF1(*dialog);
        EXPECT_TRUE(cardOpenedAndClosed()) << "F1 on step " << int(step);
        find<QPushButton>(dialog, "urgeCrisisButton")->click();
        EXPECT_TRUE(cardOpenedAndClosed()) << "the button on step " << int(step);
        find<QPushButton>(dialog, "urgeNextButton")->click();
    }
    ASSERT_EQ(dialog->step(), UrgeStep::Done);
    pressF1(*dialog);
    EXPECT_TRUE(cardOpenedAndClosed()) << "F1 after the last step";
}

TEST_F(CrisisHelpTest, FromOnboardingBeforeAnythingIsSetUp)
{
    Settings settings = m_context->settings();
    settings.onboardingDone = false;
    m_context->saveSettings(settings);
    ui::OnboardingDialog dialog(*m_context);
    showModal(dialog);
    pressF1(dialog);
    EXPECT_TRUE(cardOpenedAndClosed());
    find<QPushButton>(&dialog, "crisisHelpButton")->click();
    EXPECT_TRUE(cardOpenedAndClosed());
    // The card does not end onboarding: its questions are still there.
    EXPECT_TRUE(dialog.isVisible());
    EXPECT_EQ(dialog.currentStep(), ui::OnboardingDialog::Step::Welcome);
}

TEST_F(CrisisHelpTest, FromSettingsImportAndExportWhileTheyBlockTheMainWindow)
{
    ui::MainWindow window(*m_context);
    showActive(window);
    {
        ui::SettingsDialog dialog(*m_context, m_dir.path(), &window);
        showModal(dialog);
        pressF1(dialog);
        EXPECT_TRUE(cardOpenedAndClosed()) << "settings";
        find<QPushButton>(&dialog, "crisisHelpButton")->click();
        EXPECT_TRUE(cardOpenedAndClosed()) << "settings";
        EXPECT_TRUE(dialog.isVisible()); // the button is not Save or Cancel
    }
    {
        ui::ImportDialog dialog(*m_context, nullptr, &window);
        showModal(dialog);
        pressF1(dialog);
        EXPECT_TRUE(cardOpenedAndClosed()) << "import";
        find<QPushButton>(&dialog, "crisisHelpButton")->click();
        EXPECT_TRUE(cardOpenedAndClosed()) << "import";
    }
    {
        ui::ExportDialog dialog(*m_context, QString(), &window);
        showModal(dialog);
        pressF1(dialog);
        EXPECT_TRUE(cardOpenedAndClosed()) << "export";
        find<QPushButton>(&dialog, "crisisHelpButton")->click();
        EXPECT_TRUE(cardOpenedAndClosed()) << "export";
    }
    {
        ui::LookBackDialog dialog(*m_context, &window);
        showModal(dialog);
        pressF1(dialog);
        EXPECT_TRUE(cardOpenedAndClosed()) << "evening look back";
        find<QPushButton>(&dialog, "crisisHelpButton")->click();
        EXPECT_TRUE(cardOpenedAndClosed()) << "evening look back";
        EXPECT_TRUE(dialog.isVisible());
    }
}

TEST_F(CrisisHelpTest, FromTheLockScreenWithoutThePassphrase)
{
    m_secure = m_secureFolder.open(*m_store, "correct horse battery", EncryptionState::Locked);
    m_secureContext = std::make_unique<ui::AppContext>(*m_secure, m_clock);
    ui::MainWindow window(*m_secureContext);
    showActive(window);
    ASSERT_TRUE(window.isShowingLockScreen());
    pressF1(window);
    EXPECT_TRUE(cardOpenedAndClosed(*m_secureContext));
    find<QPushButton>(&window, "lockCrisisButton")->click();
    EXPECT_TRUE(cardOpenedAndClosed(*m_secureContext));
}

TEST_F(CrisisHelpTest, F1AgainRaisesTheOpenCardInsteadOfStackingAnother)
{
    ui::MainWindow window(*m_context);
    showActive(window);
    pressF1(window);
    ui::CrisisCard *first = m_context->crisisHelp().card();
    ASSERT_NE(first, nullptr);
    pressF1(*first);
    EXPECT_EQ(m_context->crisisHelp().card(), first);
    EXPECT_EQ(window.findChildren<ui::CrisisCard *>().size(), 1);
    EXPECT_TRUE(cardOpenedAndClosed());
}

// --- what the card says ---------------------------------------------------------

TEST_F(CrisisHelpTest, TheCardShowsTheCountrysEmergencyNumberAndCrisisLines)
{
    const CrisisCountry *germany = CrisisLines::forCountry("DE");
    ASSERT_NE(germany, nullptr);
    ASSERT_FALSE(germany->lines.empty());
    ui::CrisisCard card(m_context->settings());
    const QString text = cardText(&card);
    EXPECT_TRUE(find<QLabel>(&card, "crisisEmergencyLabel")->text().contains(fromView(germany->emergency)));
    for (const CrisisLine &line : germany->lines) {
        EXPECT_TRUE(text.contains(fromView(line.name).toHtmlEscaped())) << line.name;
        EXPECT_TRUE(text.contains(fromView(line.number))) << line.number;
    }
    // Somewhere else, the directory still helps.
    EXPECT_TRUE(text.contains(fromView(CrisisLines::internationalDirectory().website).toHtmlEscaped()));
    // "Reach out" means contacting the ex in this app: never on the card.
    EXPECT_FALSE(text.contains(QStringLiteral("reach out"), Qt::CaseInsensitive));
}

TEST_F(CrisisHelpTest, ACountryWithoutLinesGetsTheInternationalDirectory)
{
    Settings settings = m_context->settings();
    settings.crisisCountry = "ZZ";
    ui::CrisisCard card(settings);
    const CrisisLine &directory = CrisisLines::internationalDirectory();
    EXPECT_NE(
        find<QLabel>(&card, "crisisDirectoryLabel")->text().indexOf(fromView(directory.website).toHtmlEscaped()), -1);
    EXPECT_EQ(card.findChild<QLabel *>(QStringLiteral("crisisLine1Label")), nullptr);
    EXPECT_FALSE(find<QLabel>(&card, "crisisEmergencyLabel")->text().isEmpty());
}

TEST_F(CrisisHelpTest, TheirOwnLineAndPersonStandBesideTheEmergencyNumber)
{
    Settings settings = m_context->settings();
    settings.crisisText = "Dr. Weber, 030 1234567";
    m_context->saveSettings(settings);
    SupportPerson sam;
    sam.name = "Sam";
    sam.contact = "+49 170 5550123";
    m_store->saveSupportPerson(sam);

    ui::MainWindow window(*m_context);
    showActive(window);
    pressF1(window);
    ui::CrisisCard *card = m_context->crisisHelp().card();
    ASSERT_NE(card, nullptr);
    EXPECT_TRUE(find<QLabel>(card, "crisisEmergencyLabel")->text().contains(QStringLiteral("112")));
    EXPECT_EQ(find<QLabel>(card, "crisisLineLabel")->text(), QStringLiteral("Dr. Weber, 030 1234567"));
    EXPECT_TRUE(find<QLabel>(card, "crisisPersonLabel")->text().contains(QStringLiteral("+49 170 5550123")));
    EXPECT_NE(card->findChild<QLabel *>(QStringLiteral("crisisLine1Label")), nullptr);
    EXPECT_TRUE(cardOpenedAndClosed());
}

TEST_F(CrisisHelpTest, TheCountryIsChosenInSettingsAndShownOnTheNextCard)
{
    auto dialog = std::make_unique<ui::SettingsDialog>(*m_context, m_dir.path());
    auto *combo = find<QComboBox>(dialog.get(), "settingsCrisisCountryCombo");
    ASSERT_NE(combo, nullptr);
    EXPECT_EQ(combo->currentData().toString(), QStringLiteral("DE"));
    const int france = combo->findData(QStringLiteral("FR"));
    ASSERT_GE(france, 0);
    combo->setCurrentIndex(france);
    find<QDialogButtonBox>(dialog.get(), "settingsButtonBox")->button(QDialogButtonBox::Save)->click();
    reopen();
    EXPECT_EQ(m_store->settings().crisisCountry, "FR");

    const CrisisCountry *fr = CrisisLines::forCountry("FR");
    ASSERT_NE(fr, nullptr);
    ui::CrisisCard card(m_context->settings());
    EXPECT_TRUE(cardText(&card).contains(fromView(fr->lines.front().number)));
}

TEST_F(CrisisHelpTest, QtsOwnButtonsSpeakTheChosenLanguage)
{
    const QLocale saved;
    ui::Translations::install(QStringLiteral("de"));
    {
        ui::CrisisCard card(m_context->settings());
        EXPECT_EQ(card.windowTitle(), QStringLiteral("Krisenhilfe"));
        auto *buttons = find<QDialogButtonBox>(&card, "crisisButtons");
        // Qt's own "Close", from qtbase_de (qt6-translations-l10n).
        EXPECT_EQ(buttons->button(QDialogButtonBox::Close)->text().remove(u'&'), QStringLiteral("Schließen"));
    }
    ui::Translations::install(QString());
    QLocale::setDefault(saved);
}

} // namespace
