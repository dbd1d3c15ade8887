#include "EncryptedFolder.h"
#include "UiFixture.h"

#include "ui/CrisisCard.h"
#include "ui/MainWindow.h"
#include "ui/dashboard/DashboardPage.h"
#include "ui/journal/JournalPage.h"
#include "ui/lock/LockController.h"
#include "ui/lock/LockScreen.h"
#include "ui/lock/UnlockDialog.h"
#include "ui/urge/UrgeDialog.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSlider>
#include <QTest>
#include <QTextEdit>
#include <QTimer>

#include <functional>
#include <memory>

using namespace holdfast;
using holdfast::testing::EncryptedFolder;
using holdfast::testing::UiFixture;
using holdfast::ui::MainWindow;
using holdfast::ui::Screen;

namespace {

const QString kJournalMarker = QStringLiteral("Walked past our old cafe and kept going");
const QString kPersonMarker = QStringLiteral("Robin Quill");
const QString kReasonMarker = QStringLiteral("They never asked how my day was");
const std::string kPassphrase = "correct horse battery";

// Every piece of text a widget under `root` shows or tells a screen reader.
QStringList shownTexts(const QWidget *root)
{
    QStringList texts;
    const auto widgets = root->findChildren<QWidget *>();
    for (const QWidget *widget : widgets) {
        texts << widget->accessibleName() << widget->toolTip();
        if (const auto *label = qobject_cast<const QLabel *>(widget))
            texts << label->text();
        else if (const auto *line = qobject_cast<const QLineEdit *>(widget))
            texts << line->text();
        else if (const auto *text = qobject_cast<const QTextEdit *>(widget))
            texts << text->toPlainText();
        else if (const auto *plain = qobject_cast<const QPlainTextEdit *>(widget))
            texts << plain->toPlainText();
        else if (const auto *button = qobject_cast<const QAbstractButton *>(widget))
            texts << button->text();
        if (const auto *view = qobject_cast<const QAbstractItemView *>(widget); view && view->model()) {
            const QAbstractItemModel *model = view->model();
            for (int row = 0; row < model->rowCount(); ++row)
                for (int column = 0; column < model->columnCount(); ++column)
                    texts << model->index(row, column).data().toString();
        }
    }
    return texts;
}

bool showsText(const QWidget *root, const QString &marker)
{
    const QStringList texts = shownTexts(root);
    return std::any_of(texts.begin(), texts.end(), [&](const QString &text) { return text.contains(marker); });
}

// For a failure message: the texts that contain `marker`.
QString where(const QWidget *root, const QString &marker)
{
    return shownTexts(root).filter(marker).join(QStringLiteral(" | "));
}

// Runs `action` on the next modal dialog that opens, from the event loop.
void onNextModal(std::function<void(QWidget *)> action)
{
    QTimer::singleShot(0, [action = std::move(action)] {
        QWidget *modal = QApplication::activeModalWidget();
        ASSERT_NE(modal, nullptr);
        action(modal);
    });
}

class LockTest : public UiFixture
{
protected:
    void SetUp() override
    {
        UiFixture::SetUp();
        JournalEntry entry;
        entry.created = m_clock.now();
        entry.updated = entry.created;
        entry.text = kJournalMarker.toStdString();
        m_store->saveJournalEntry(entry);
        SupportPerson person;
        person.name = kPersonMarker.toStdString();
        person.contact = "+49 170 5550199";
        m_store->saveSupportPerson(person);
        Reason reason;
        reason.text = kReasonMarker.toStdString();
        m_store->saveReason(reason);
        Settings settings = m_store->settings();
        settings.onboardingDone = true;
        m_store->saveSettings(settings);
    }

    void TearDown() override
    {
        for (QWidget *widget : QApplication::topLevelWidgets())
            delete widget;
        m_secureContext.reset();
        m_secure.reset();
        UiFixture::TearDown();
    }

    // The screens on an encrypted copy of the fixture's data.
    ui::AppContext &secure(EncryptionState state)
    {
        m_secure = m_secureFolder.open(*m_store, kPassphrase, state);
        m_secureContext = std::make_unique<ui::AppContext>(*m_secure, m_clock);
        return *m_secureContext;
    }

    // What the encrypted copy holds now, read while the screens' store may be locked.
    std::unique_ptr<storage::SqliteStore> stored() const { return m_secureFolder.reader(kPassphrase); }

    static void showWindow(QWidget &window)
    {
        window.show();
        QApplication::setActiveWindow(&window);
        ASSERT_TRUE(QTest::qWaitForWindowActive(&window));
    }

    template<typename T>
    static T *find(const QObject *root, const char *name)
    {
        T *child = root->findChild<T *>(QString::fromLatin1(name));
        EXPECT_NE(child, nullptr) << name;
        return child;
    }

    static void typeAndUnlock(ui::LockScreen *screen, const QString &passphrase)
    {
        QTest::keyClicks(screen->passphraseEdit(), passphrase);
        QTest::keyClick(screen->passphraseEdit(), Qt::Key_Return);
    }

    // What a lock leaves to the event loop (pages deleted later) is done now.
    static void settle()
    {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        QApplication::processEvents();
    }

    EncryptedFolder m_secureFolder;
    std::unique_ptr<storage::SqliteStore> m_secure;
    std::unique_ptr<ui::AppContext> m_secureContext;
};

} // namespace

TEST_F(LockTest, AnEncryptedStoreOpensOnTheLockScreenWithNoScreenBuilt)
{
    MainWindow window(secure(EncryptionState::Locked));
    showWindow(window);

    EXPECT_TRUE(window.isShowingLockScreen());
    EXPECT_TRUE(window.lockScreen()->isVisible());
    for (Screen screen : {Screen::Dashboard, Screen::Journal, Screen::Review, Screen::Plan})
        EXPECT_EQ(window.screenWidget(screen), nullptr);
    EXPECT_FALSE(find<QWidget>(&window, "navigationList")->isVisible());
    EXPECT_FALSE(showsText(&window, kJournalMarker));
    EXPECT_FALSE(showsText(&window, kPersonMarker));
    auto *field = find<QLineEdit>(&window, "lockPassphraseEdit");
    EXPECT_EQ(field->echoMode(), QLineEdit::Password);
    EXPECT_EQ(QApplication::focusWidget(), field);
    // Help and the urge button do not wait for the passphrase.
    EXPECT_TRUE(find<QPushButton>(&window, "panicButton")->isVisible());
    EXPECT_TRUE(find<QPushButton>(&window, "lockCrisisButton")->isVisible());
    EXPECT_TRUE(find<QAction>(&window, "crisisAction")->isEnabled());
}

TEST_F(LockTest, AWrongPassphraseSaysSoAndTheNextTriesWaitLonger)
{
    ui::AppContext &context = secure(EncryptionState::Locked);
    MainWindow window(context);
    showWindow(window);
    ui::LockScreen *lock = window.lockScreen();
    auto *button = find<QPushButton>(lock, "lockUnlockButton");
    auto *message = find<QLabel>(lock, "lockMessageLabel");
    auto *wait = find<QLabel>(lock, "lockWaitLabel");

    typeAndUnlock(lock, QStringLiteral("correct horse"));
    EXPECT_TRUE(message->isVisible());
    EXPECT_TRUE(message->text().startsWith(QStringLiteral("That passphrase did not open your data")));
    EXPECT_TRUE(button->isEnabled()); // one typo costs nothing
    EXPECT_TRUE(window.isShowingLockScreen());
    // The wrong words are selected, so typing again replaces them.
    EXPECT_EQ(lock->passphraseEdit()->selectedText(), QStringLiteral("correct horse"));

    typeAndUnlock(lock, QStringLiteral("correct horse stapler"));
    EXPECT_FALSE(button->isEnabled());
    EXPECT_TRUE(wait->isVisible());
    // "second(s)" until the English plural forms are generated.
    EXPECT_TRUE(wait->text().startsWith(QStringLiteral("Take a breath. You can try again in 1 second")));
    EXPECT_TRUE(find<QTimer>(lock, "lockCountdownTimer")->isActive());
    // Enter during the pause does not reach the store: not even the right passphrase opens it.
    lock->passphraseEdit()->setText(QString::fromStdString(kPassphrase));
    QTest::keyClick(lock->passphraseEdit(), Qt::Key_Return);
    EXPECT_EQ(m_secure->encryptionState(), EncryptionState::Locked);
    EXPECT_TRUE(context.isLocked());
    lock->passphraseEdit()->clear();

    m_clock.advanceMs(1000);
    lock->updateCountdown();
    EXPECT_TRUE(button->isEnabled());
    EXPECT_FALSE(wait->isVisible());
    typeAndUnlock(lock, QStringLiteral("wrong again"));
    // The third try reached the store and was refused: the pause grew.
    EXPECT_TRUE(wait->text().startsWith(QStringLiteral("Take a breath. You can try again in 2 second")));
    EXPECT_TRUE(context.isLocked());
}

TEST_F(LockTest, TheRightPassphraseOpensTheDashboard)
{
    MainWindow window(secure(EncryptionState::Locked));
    showWindow(window);
    typeAndUnlock(window.lockScreen(), QString::fromStdString(kPassphrase));

    EXPECT_FALSE(window.isShowingLockScreen());
    EXPECT_EQ(window.currentScreen(), Screen::Dashboard);
    ASSERT_NE(window.screenWidget(Screen::Dashboard), nullptr);
    EXPECT_TRUE(window.screenWidget(Screen::Dashboard)->isVisible());
    EXPECT_TRUE(find<QWidget>(&window, "navigationList")->isVisible());
    // The field does not keep the passphrase.
    EXPECT_TRUE(window.lockScreen()->passphraseEdit()->text().isEmpty());
    window.showScreen(Screen::Journal);
    EXPECT_TRUE(showsText(&window, kJournalMarker));
}

TEST_F(LockTest, LockingLeavesNoStoredTextInAnyWidgetAndUnlockingBringsItBack)
{
    MainWindow window(secure(EncryptionState::Unlocked));
    showWindow(window);
    window.showScreen(Screen::Journal);
    window.showScreen(Screen::Plan);
    ASSERT_TRUE(showsText(&window, kJournalMarker));
    ASSERT_TRUE(showsText(&window, kPersonMarker));

    ASSERT_TRUE(window.lockNow());
    settle();
    EXPECT_TRUE(m_secureContext->isLocked());
    EXPECT_TRUE(window.isShowingLockScreen());
    EXPECT_FALSE(showsText(&window, kJournalMarker));
    EXPECT_FALSE(showsText(&window, kPersonMarker));
    EXPECT_FALSE(showsText(&window, kReasonMarker));

    typeAndUnlock(window.lockScreen(), QString::fromStdString(kPassphrase));
    // Back where the user was.
    EXPECT_EQ(window.currentScreen(), Screen::Plan);
    EXPECT_TRUE(showsText(&window, kPersonMarker));
}

TEST_F(LockTest, AutoLocksAfterTheIdleMinutesAndSavesTheJournalDraftFirst)
{
    ui::AppContext &context = secure(EncryptionState::Unlocked);
    Settings settings = context.settings();
    settings.autoLockMinutes = 5;
    context.saveSettings(settings);
    MainWindow window(context);
    showWindow(window);
    ui::LockController *controller = window.lockController();
    ASSERT_TRUE(controller->isArmed());

    window.showScreen(Screen::Journal);
    auto *journal = qobject_cast<ui::JournalPage *>(window.screenWidget(Screen::Journal));
    ASSERT_NE(journal, nullptr);
    QTest::mouseClick(find<QPushButton>(journal, "journalNewEntryButton"), Qt::LeftButton);
    QTest::keyClicks(find<QPlainTextEdit>(journal, "journalEditor"), QStringLiteral("Typed just before a break"));

    m_clock.advanceMs(4 * kMsPerMinute);
    controller->checkIdle();
    EXPECT_FALSE(context.isLocked());
    // Any key press is use: the five minutes start again.
    QTest::keyClick(find<QPlainTextEdit>(journal, "journalEditor"), Qt::Key_Space);
    m_clock.advanceMs(4 * kMsPerMinute);
    controller->checkIdle();
    EXPECT_FALSE(context.isLocked());
    EXPECT_TRUE(controller->isArmed());

    m_clock.advanceMs(kMsPerMinute);
    controller->checkIdle();
    EXPECT_TRUE(context.isLocked());
    EXPECT_TRUE(window.isShowingLockScreen());
    EXPECT_FALSE(controller->isArmed()); // nothing to lock until the next unlock
    settle();
    EXPECT_FALSE(showsText(&window, QStringLiteral("Typed just before a break")));

    const auto entries = stored()->journalEntries({});
    EXPECT_TRUE(std::any_of(entries.begin(), entries.end(),
                            [](const JournalEntry &e) { return e.text == "Typed just before a break "; }));
}

TEST_F(LockTest, AutoLockIsOffAtZeroMinutesAndWithoutEncryption)
{
    ui::AppContext &context = secure(EncryptionState::Unlocked);
    MainWindow window(context);
    EXPECT_FALSE(window.lockController()->isArmed()); // the default is 0: never
    m_clock.advanceMs(kMsPerDay);
    window.lockController()->checkIdle();
    EXPECT_FALSE(context.isLocked());

    MainWindow plainWindow(*m_context);
    Settings settings = m_context->settings();
    settings.autoLockMinutes = 1;
    m_context->saveSettings(settings);
    EXPECT_FALSE(plainWindow.lockController()->isArmed());
}

TEST_F(LockTest, QuickHideLocksAndHidesAtOnce)
{
    ui::AppContext &context = secure(EncryptionState::Unlocked);
    MainWindow window(context);
    showWindow(window);
    window.showScreen(Screen::Journal);
    auto *action = find<QAction>(&window, "quickHideAction");
    EXPECT_EQ(action->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    EXPECT_EQ(action->shortcutContext(), Qt::ApplicationShortcut);

    QTest::keyClick(&window, Qt::Key_L, Qt::ControlModifier | Qt::ShiftModifier);
    EXPECT_TRUE(context.isLocked());
    // Hidden to the tray, or minimised where there is no tray (as here, offscreen).
    EXPECT_TRUE(!window.isVisible() || window.isMinimized());
    settle();
    EXPECT_FALSE(showsText(&window, kJournalMarker));
}

TEST_F(LockTest, QuickHideWithoutEncryptionOnlyHides)
{
    MainWindow window(*m_context);
    showWindow(window);
    window.quickHide();
    EXPECT_TRUE(!window.isVisible() || window.isMinimized());
    EXPECT_NE(window.screenWidget(Screen::Dashboard), nullptr);
    EXPECT_EQ(m_store->encryptionState(), EncryptionState::Off);
}

TEST_F(LockTest, TheCrisisCardIsOneClickFromTheLockScreen)
{
    Settings settings = m_store->settings();
    settings.crisisText = "Call 0800 111 0 111, day or night";
    m_store->saveSettings(settings);
    MainWindow window(secure(EncryptionState::Locked));
    showWindow(window);

    QTest::mouseClick(find<QPushButton>(&window, "lockCrisisButton"), Qt::LeftButton);
    auto *card = qobject_cast<ui::CrisisCard *>(QApplication::activeModalWidget());
    ASSERT_NE(card, nullptr);
    EXPECT_TRUE(showsText(card, QStringLiteral("0800 111 0 111")));
    card->close();
}

TEST_F(LockTest, TheUrgeDialogWorksWhileLockedWithoutShowingStoredText)
{
    ui::AppContext &context = secure(EncryptionState::Locked);
    MainWindow window(context);
    showWindow(window);
    window.openUrgeDialog();
    QDialog *dialog = window.urgeDialog();
    ASSERT_NE(dialog, nullptr);
    auto *urge = qobject_cast<ui::UrgeDialog *>(dialog);

    find<QSlider>(dialog, "urgeIntensitySlider")->setValue(8);
    find<QAbstractButton>(dialog, "urgeTriggerLonelinessCheck")->click();
    find<QPushButton>(dialog, "urgeNextButton")->click();
    ASSERT_EQ(urge->step(), UrgeStep::DoOneThing);
    EXPECT_TRUE(find<QWidget>(dialog, "urgeLockedCard")->isVisible());
    EXPECT_FALSE(find<QWidget>(dialog, "urgePeopleCard")->isVisible());
    EXPECT_TRUE(find<QPushButton>(dialog, "urgeUnlockButton")->isVisible());
    EXPECT_FALSE(showsText(dialog, kPersonMarker));
    EXPECT_TRUE(find<QWidget>(dialog, "urgeErrorBanner")->isHidden()); // no "could not load"

    find<QPushButton>(dialog, "urgeNextButton")->click();
    ASSERT_EQ(urge->step(), UrgeStep::WaitItOut);
    for (int i = 0; i < 12; ++i) { // every reminder of the rotation
        m_clock.advanceMs(20'000);
        urge->tick();
        EXPECT_FALSE(showsText(dialog, kReasonMarker));
    }
    find<QPushButton>(dialog, "urgeDecideNowButton")->click();
    find<QPushButton>(dialog, "urgeResistedButton")->click();
    ASSERT_EQ(urge->step(), UrgeStep::Done);
    EXPECT_TRUE(find<QWidget>(dialog, "urgeErrorBanner")->isHidden());

    // Numbers need no passphrase: the urge is stored while locked.
    const auto urges = stored()->urges(m_clock.now().localDate, m_clock.now().localDate);
    ASSERT_EQ(urges.size(), 1u);
    EXPECT_EQ(urges[0].outcome, UrgeOutcome::Resisted);
    EXPECT_EQ(urges[0].samples.front().intensity, 8);
    EXPECT_EQ(urges[0].triggers, std::vector<Trigger>{Trigger::Loneliness});
}

TEST_F(LockTest, AMessageWrittenWhileLockedAsksForThePassphraseAndIsKeptUntilSaved)
{
    ui::AppContext &context = secure(EncryptionState::Locked);
    MainWindow window(context);
    showWindow(window);
    window.openUrgeDialog();
    auto *urge = qobject_cast<ui::UrgeDialog *>(window.urgeDialog());
    ASSERT_NE(urge, nullptr);
    for (int i = 0; i < 3; ++i)
        find<QPushButton>(urge, "urgeNextButton")->click();
    ASSERT_EQ(urge->step(), UrgeStep::WriteItInstead);
    auto *edit = find<QPlainTextEdit>(urge, "urgeMessageEdit");
    QTest::keyClicks(edit, QStringLiteral("I still think about the lake"));
    // The quiet-typing save does not try while locked.
    urge->saveDraftNow();
    EXPECT_TRUE(find<QWidget>(urge, "urgeErrorBanner")->isHidden());

    // Going on asks for the passphrase; "not now" keeps every word.
    onNextModal([](QWidget *modal) {
        ASSERT_NE(qobject_cast<ui::UnlockDialog *>(modal), nullptr);
        find<QPushButton>(modal, "unlockCancelButton")->click();
    });
    find<QPushButton>(urge, "urgeNextButton")->click();
    EXPECT_EQ(urge->step(), UrgeStep::Decide);
    EXPECT_EQ(edit->toPlainText(), QStringLiteral("I still think about the lake"));
    EXPECT_TRUE(stored()->unsentMessages().empty());
    auto *retry = find<QPushButton>(urge, "urgeRetryButton");
    ASSERT_TRUE(retry->isVisible());
    EXPECT_EQ(retry->text(), QStringLiteral("&Unlock to save…"));

    // The banner's button asks again; the right passphrase stores it.
    onNextModal([](QWidget *modal) {
        auto *dialog = qobject_cast<ui::UnlockDialog *>(modal);
        ASSERT_NE(dialog, nullptr);
        typeAndUnlock(dialog->form(), QString::fromStdString(kPassphrase));
    });
    retry->click();
    EXPECT_FALSE(context.isLocked());
    const auto messages = stored()->unsentMessages();
    ASSERT_EQ(messages.size(), 1u);
    EXPECT_EQ(messages[0].text, "I still think about the lake");
    // Unlocking from the urge dialog opens the main window's screens too.
    EXPECT_FALSE(window.isShowingLockScreen());
}

TEST_F(LockTest, LockingWithTheUrgeDialogOpenHidesTheNamesItShowed)
{
    ui::AppContext &context = secure(EncryptionState::Unlocked);
    MainWindow window(context);
    showWindow(window);
    window.openUrgeDialog();
    auto *urge = qobject_cast<ui::UrgeDialog *>(window.urgeDialog());
    find<QPushButton>(urge, "urgeNextButton")->click();
    ASSERT_EQ(urge->step(), UrgeStep::DoOneThing);
    ASSERT_TRUE(showsText(urge, kPersonMarker));

    ASSERT_TRUE(window.lockNow());
    EXPECT_FALSE(showsText(urge, kPersonMarker)) << where(urge, kPersonMarker).toStdString();
    EXPECT_TRUE(find<QWidget>(urge, "urgeLockedCard")->isVisible());
    EXPECT_EQ(urge->step(), UrgeStep::DoOneThing); // the user's place in the flow stays
}
