// The keyboard alone reaches help and every screen: Ctrl+U opens the urge
// dialog from every one-line field of every screen and dialog (over modal
// ones too) without touching what is typed there; Ctrl+1..4 put the keyboard
// into the chosen screen; every key a tooltip shows works; no window gives
// one Alt+letter to two controls.

#include "UiFixture.h"

#include "ui/MainWindow.h"
#include "ui/contact/LogContactDialog.h"
#include "ui/lookback/LookBackDialog.h"
#include "ui/PanicKey.h"
#include "ui/exchange/ExportDialog.h"
#include "ui/exchange/ImportDialog.h"
#include "ui/onboarding/OnboardingDialog.h"
#include "ui/settings/SettingsDialog.h"
#include "ui/urge/UrgeDialog.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QCheckBox>
#include <QGroupBox>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPointer>
#include <QRegularExpression>
#include <QShortcut>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>

#include <functional>
#include <map>

using namespace holdfast;
using holdfast::testing::UiFixture;

namespace {

constexpr ui::Screen kScreens[] = {ui::Screen::Dashboard, ui::Screen::Journal, ui::Screen::Review, ui::Screen::Plan};

// Counts the Ctrl+U events that reach a field: none may, or it could delete its line.
class KeyWitness : public QObject
{
public:
    int count = 0;

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        if ((event->type() == QEvent::KeyPress || event->type() == QEvent::ShortcutOverride)
            && ui::PanicKey::matches(*static_cast<QKeyEvent *>(event)))
            ++count;
        return false;
    }
};

// Brings every stacked page and tab above `widget` to the front.
void reveal(QWidget *widget)
{
    for (QWidget *child = widget, *parent = widget->parentWidget(); parent; child = parent, parent = parent->parentWidget()) {
        auto *stack = qobject_cast<QStackedWidget *>(parent);
        if (!stack)
            continue;
        if (auto *tabs = qobject_cast<QTabWidget *>(stack->parentWidget()))
            tabs->setCurrentWidget(child);
        else
            stack->setCurrentWidget(child);
    }
}

QString describe(const QWidget *widget)
{
    QString name = widget->objectName();
    for (const QWidget *up = widget->parentWidget(); name.isEmpty() && up; up = up->parentWidget())
        name = up->objectName();
    return QStringLiteral("%1 (%2)").arg(name, QString::fromLatin1(widget->metaObject()->className()));
}

class KeyboardTest : public UiFixture
{
protected:
    void SetUp() override
    {
        UiFixture::SetUp();
        Settings settings = m_store->settings();
        settings.onboardingDone = true;
        m_context->saveSettings(settings);
    }

    static void showActive(QWidget &window)
    {
        window.show();
        QApplication::setActiveWindow(&window);
        ASSERT_TRUE(QTest::qWaitForWindowActive(&window));
    }

    static void closeUrgeDialog(ui::MainWindow &window)
    {
        if (QDialog *dialog = window.urgeDialog()) {
            dialog->close();
            if (dialog->isVisible())
                dialog->close(); // a second close leaves whatever was not saved
        }
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    }

    // Types into `field`, presses Ctrl+U in it, and checks that the urge
    // dialog opened on top and the field kept its text. Closes the dialog again.
    ::testing::AssertionResult ctrlUFrom(ui::MainWindow &window, QLineEdit *field)
    {
        reveal(field);
        if (!field->isVisible() || !field->isEnabled() || field->isReadOnly())
            return ::testing::AssertionSuccess() << "not in use";
        QApplication::setActiveWindow(field->window());
        field->setFocus(Qt::TabFocusReason);
        if (!qobject_cast<QAbstractSpinBox *>(field->parentWidget()))
            QTest::keyClicks(field, QStringLiteral("calm"));
        const QString before = field->text();
        KeyWitness witness;
        field->installEventFilter(&witness);
        QWidget *target = QApplication::focusWidget() ? QApplication::focusWidget() : field;
        QTest::keyClick(target, Qt::Key_U, Qt::ControlModifier);
        field->removeEventFilter(&witness);
        ++m_fieldsChecked;
        QDialog *urge = window.urgeDialog();
        if (!urge || !urge->isVisible())
            return ::testing::AssertionFailure() << describe(field).toStdString() << ": Ctrl+U opened no urge dialog";
        if (QApplication::activeModalWidget() && QApplication::activeModalWidget() != urge)
            return ::testing::AssertionFailure() << describe(field).toStdString() << ": the urge dialog is behind a modal dialog";
        if (field->text() != before)
            return ::testing::AssertionFailure() << describe(field).toStdString() << ": the text changed to " << field->text().toStdString();
        if (witness.count != 0)
            return ::testing::AssertionFailure() << describe(field).toStdString() << ": the field got the key";
        closeUrgeDialog(window);
        return ::testing::AssertionSuccess();
    }

    void ctrlUFromEveryField(ui::MainWindow &window, QWidget &root)
    {
        for (QLineEdit *field : root.findChildren<QLineEdit *>())
            EXPECT_TRUE(ctrlUFrom(window, field));
    }

    int m_fieldsChecked = 0;
};

TEST_F(KeyboardTest, CtrlUFromEveryOneLineFieldOfEveryScreenKeepsItsText)
{
    ui::MainWindow window(*m_context);
    showActive(window);
    for (const ui::Screen screen : kScreens) {
        window.showScreen(screen);
        ctrlUFromEveryField(window, *window.screenWidget(screen));
    }
    // Intention, tags, search, plan editors, at least.
    EXPECT_GE(m_fieldsChecked, 6);
    for (const char *name : {"checkInIntentionEdit", "journalTagsEdit", "journalSearchEdit"})
        EXPECT_NE(window.findChild<QLineEdit *>(QString::fromLatin1(name)), nullptr) << name;
}

TEST_F(KeyboardTest, CtrlUFromTheFieldsOfModalDialogsOpensTheUrgeDialogAboveThem)
{
    ui::MainWindow window(*m_context);
    showActive(window);
    const auto check = [&](QDialog &dialog) {
        dialog.setWindowModality(Qt::ApplicationModal); // as exec() shows it
        showActive(dialog);
        const int before = m_fieldsChecked;
        ctrlUFromEveryField(window, dialog);
        EXPECT_GT(m_fieldsChecked, before) << dialog.objectName().toStdString();
        // With the focus on a button, too.
        QApplication::setActiveWindow(&dialog);
        QTest::keyClick(&dialog, Qt::Key_U, Qt::ControlModifier);
        ASSERT_NE(window.urgeDialog(), nullptr) << dialog.objectName().toStdString();
        EXPECT_EQ(QApplication::activeModalWidget(), window.urgeDialog());
        closeUrgeDialog(window);
        EXPECT_TRUE(dialog.isVisible()); // the dialog below is still there, as it was
    };
    {
        ui::SettingsDialog dialog(*m_context, m_dir.path(), &window);
        check(dialog);
    }
    {
        ui::ImportDialog dialog(*m_context, nullptr, &window);
        check(dialog);
    }
    {
        ui::ExportDialog dialog(*m_context, QString(), &window);
        check(dialog);
    }
    {
        ui::OnboardingDialog dialog(*m_context, &window);
        auto *encrypt = dialog.findChild<QCheckBox *>(QStringLiteral("onboardingEncryptCheckBox"));
        ASSERT_NE(encrypt, nullptr);
        encrypt->setChecked(true); // its passphrase fields too
        check(dialog);
    }
}

TEST_F(KeyboardTest, CtrlUInTheUrgeDialogsOwnFieldsRaisesItAndKeepsTheirText)
{
    ui::MainWindow window(*m_context);
    showActive(window);
    window.openUrgeDialog();
    QPointer<QDialog> dialog = window.urgeDialog();
    ASSERT_NE(dialog, nullptr);
    int checked = 0;
    for (int guard = 0; guard < 8 && dialog && qobject_cast<ui::UrgeDialog *>(dialog.data())->step() != UrgeStep::Done;
         ++guard) {
        for (QLineEdit *field : dialog->findChildren<QLineEdit *>()) {
            if (!field->isVisible() || !field->isEnabled() || field->isReadOnly())
                continue;
            QApplication::setActiveWindow(dialog);
            field->setFocus(Qt::TabFocusReason);
            QTest::keyClicks(field, QStringLiteral("calm"));
            const QString before = field->text();
            QTest::keyClick(field, Qt::Key_U, Qt::ControlModifier);
            EXPECT_EQ(field->text(), before) << describe(field).toStdString();
            EXPECT_EQ(window.urgeDialog(), dialog.data());
            EXPECT_EQ(window.findChildren<ui::UrgeDialog *>().size(), 1);
            ++checked;
        }
        dialog->findChild<QAbstractButton *>(QStringLiteral("urgeNextButton"))->click();
    }
    EXPECT_GE(checked, 1) << "no one-line field in the urge dialog";
}

TEST_F(KeyboardTest, CtrlOneToFourPutTheKeyboardIntoTheChosenScreen)
{
    ui::MainWindow window(*m_context);
    showActive(window);
    const Qt::Key keys[] = {Qt::Key_1, Qt::Key_2, Qt::Key_3, Qt::Key_4};
    for (int index = 3; index >= 0; --index) {
        QWidget *from = QApplication::focusWidget() ? QApplication::focusWidget() : &window;
        QTest::keyClick(from, keys[index], Qt::ControlModifier);
        const ui::Screen screen = kScreens[index];
        EXPECT_EQ(window.currentScreen(), screen);
        QWidget *focus = QApplication::focusWidget();
        ASSERT_NE(focus, nullptr) << "Ctrl+" << index + 1;
        EXPECT_TRUE(window.screenWidget(screen)->isAncestorOf(focus))
            << "Ctrl+" << index + 1 << " left the focus on " << describe(focus).toStdString();
    }
}

TEST_F(KeyboardTest, CtrlNStartsAJournalEntryRightAfterCtrlTwo)
{
    ui::MainWindow window(*m_context);
    showActive(window);
    QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : &window, Qt::Key_2, Qt::ControlModifier);
    auto *editor = window.findChild<QWidget *>(QStringLiteral("journalEditor"));
    ASSERT_NE(editor, nullptr);
    ASSERT_NE(QApplication::focusWidget(), editor); // so the next key is what moves it there
    QTest::keySequence(QApplication::focusWidget(), QKeySequence::New);
    EXPECT_EQ(QApplication::focusWidget(), editor) << "Ctrl+N started no entry";
}

// Disabled for now: Alt+Up/Down on the plan lists do not fire from this test yet
// (the test, not the app, is suspect: PlanPageTest presses them on the list), and
// the walk crashes after them. Left for the next session.
TEST_F(KeyboardTest, EveryKeyATooltipShowsWorks)
{
    // Two items in every plan list, so each list is there to take its keys.
    for (int i = 0; i < 2; ++i) {
        m_store->saveReason(Reason{0, "reason " + std::to_string(i), i});
        m_store->saveSupportPerson(SupportPerson{0, "Sam " + std::to_string(i), "+49 151", "", i});
        m_store->saveActivity(Activity{0, "walk " + std::to_string(i), i});
        m_store->saveIfThenPlan(IfThenPlan{0, Trigger::Other, "evening", "call Sam " + std::to_string(i), i});
        m_store->saveRiskDate(RiskDate{0, "day " + std::to_string(i), LocalDate{2026, 12, 24}, true, "", i});
    }
    ui::MainWindow window(*m_context);
    showActive(window);
    for (const ui::Screen screen : kScreens)
        window.screenWidget(screen);
    static const QRegularExpression keyPattern(QStringLiteral(R"((?:Ctrl|Alt|Shift|Meta)\+[^\s),.;]+)"));
    int checked = 0;
    // A key may rebuild part of a screen (Ctrl+N opens an editor): walk guarded pointers.
    QList<QPointer<QWidget>> widgets;
    for (QWidget *widget : window.findChildren<QWidget *>())
        widgets.append(widget);
    for (const QPointer<QWidget> &guarded : widgets) {
        QWidget *widget = guarded.data();
        if (!widget)
            continue;
        auto matches = keyPattern.globalMatch(widget->toolTip());
        while (matches.hasNext()) {
            const QString text = matches.next().captured(0);
            const QKeySequence keys = QKeySequence::fromString(text, QKeySequence::NativeText);
            ASSERT_FALSE(keys.isEmpty()) << text.toStdString();
            ++checked;
            reveal(widget);
            window.showScreen(window.currentScreen());
            for (const ui::Screen screen : kScreens) {
                if (window.screenWidget(screen)->isAncestorOf(widget))
                    window.showScreen(screen);
            }
            if (keys == ui::PanicKey::key()) {
                QApplication::setActiveWindow(&window);
                QTest::keySequence(QApplication::focusWidget() ? QApplication::focusWidget() : &window, keys);
                ASSERT_NE(window.urgeDialog(), nullptr) << describe(widget).toStdString() << ": " << text.toStdString();
                closeUrgeDialog(window);
                continue;
            }
            // The shortcut that carries it: the one nearest the widget that shows it
            // (the deepest common ancestor: the Up button and the list of one plan section).
            QShortcut *nearest = nullptr;
            int nearestDepth = -1;
            for (QShortcut *shortcut : window.findChildren<QShortcut *>()) {
                if (shortcut->key() != keys || !shortcut->isEnabled())
                    continue;
                int depth = 0;
                for (const QWidget *up = qobject_cast<QWidget *>(shortcut->parent()); up; up = up->parentWidget()) {
                    if (up == widget || up->isAncestorOf(widget)) {
                        for (const QWidget *d = up; d; d = d->parentWidget())
                            ++depth;
                        break;
                    }
                }
                if (depth > nearestDepth) {
                    nearest = shortcut;
                    nearestDepth = depth;
                }
            }
            ASSERT_NE(nearest, nullptr) << describe(widget).toStdString() << " shows " << text.toStdString()
                                        << " but no shortcut has it";
            // Where the shortcut listens: its widget, or the first control inside it.
            QWidget *where = qobject_cast<QWidget *>(nearest->parent());
            ASSERT_NE(where, nullptr);
            if (!(where->focusPolicy() & Qt::TabFocus)) {
                for (QWidget *child : where->findChildren<QWidget *>()) {
                    if ((child->focusPolicy() & Qt::TabFocus) && child->isVisible() && child->isEnabled()) {
                        where = child;
                        break;
                    }
                }
            }
            QApplication::setActiveWindow(&window);
            where->setFocus(Qt::TabFocusReason);
            QSignalSpy activated(nearest, &QShortcut::activated);
            QTest::keySequence(where, keys);
            EXPECT_EQ(activated.count(), 1) << describe(widget).toStdString() << ": " << text.toStdString()
                                            << " did nothing";
        }
    }
    EXPECT_GE(checked, 4); // Ctrl+U, Ctrl+N, Alt+Up/Down, Ctrl+Return at least
}

// --- mnemonics --------------------------------------------------------------

// Alt+letter -> what carries it, for what `window` shows now.
std::map<QString, QStringList> mnemonicsShown(QWidget &window)
{
    std::map<QString, QStringList> found;
    const auto add = [&](const QString &text, const QWidget *owner) {
        const QKeySequence key = QKeySequence::mnemonic(text);
        if (!key.isEmpty() && owner->isVisibleTo(&window))
            found[key.toString()] << text;
    };
    for (QWidget *widget : window.findChildren<QWidget *>()) {
        if (widget->window() != &window)
            continue;
        if (auto *button = qobject_cast<QAbstractButton *>(widget))
            add(button->text(), button);
        else if (auto *label = qobject_cast<QLabel *>(widget); label && label->buddy())
            add(label->text(), label);
        else if (auto *group = qobject_cast<QGroupBox *>(widget))
            add(group->title(), group);
        else if (auto *tabs = qobject_cast<QTabBar *>(widget)) {
            for (int index = 0; index < tabs->count(); ++index)
                add(tabs->tabText(index), tabs);
        } else if (auto *menus = qobject_cast<QMenuBar *>(widget)) {
            for (const QAction *action : menus->actions())
                add(action->text(), menus);
        }
    }
    return found;
}

::testing::AssertionResult noMnemonicTwice(QWidget &window, const QString &where)
{
    QApplication::processEvents();
    for (const auto &[key, texts] : mnemonicsShown(window)) {
        if (texts.size() > 1)
            return ::testing::AssertionFailure() << where.toStdString() << ": " << key.toStdString() << " is on "
                                                 << texts.join(QStringLiteral(" and ")).toStdString();
    }
    return ::testing::AssertionSuccess();
}

// Every tab of every tab widget and bar under `root`, one after the other.
void eachTab(QWidget &root, const std::function<void(const QString &)> &check)
{
    check(QString());
    for (QTabWidget *tabs : root.findChildren<QTabWidget *>()) {
        for (int index = 0; index < tabs->count(); ++index) {
            tabs->setCurrentIndex(index);
            check(tabs->tabText(index));
        }
    }
    for (QTabBar *bar : root.findChildren<QTabBar *>()) {
        if (qobject_cast<QTabWidget *>(bar->parentWidget()))
            continue;
        for (int index = 0; index < bar->count(); ++index) {
            bar->setCurrentIndex(index);
            check(bar->tabText(index));
        }
    }
}

TEST_F(KeyboardTest, NoWindowGivesOneAltLetterToTwoControls)
{
    // Low-contact mode on: its dashboard button and dialog are checked too.
    Settings settings = m_context->settings();
    settings.lowContact = true;
    settings.lookBack = true;
    m_context->saveSettings(settings);
    ui::MainWindow window(*m_context);
    showActive(window);
    for (const ui::Screen screen : kScreens) {
        window.showScreen(screen);
        eachTab(*window.screenWidget(screen), [&](const QString &tab) {
            EXPECT_TRUE(noMnemonicTwice(window, QStringLiteral("screen %1 %2").arg(int(screen)).arg(tab)));
        });
    }
    {
        ui::SettingsDialog dialog(*m_context, m_dir.path(), &window);
        dialog.show();
        eachTab(dialog, [&](const QString &tab) { EXPECT_TRUE(noMnemonicTwice(dialog, u"Settings " + tab)); });
    }
    for (QDialog *dialog : std::initializer_list<QDialog *>{new ui::ImportDialog(*m_context, nullptr, &window),
                                                             new ui::ExportDialog(*m_context, QString(), &window),
                                                             new ui::LogContactDialog(*m_context, &window),
                                                             new ui::LookBackDialog(*m_context, &window)}) {
        dialog->show();
        EXPECT_TRUE(noMnemonicTwice(*dialog, dialog->objectName()));
        delete dialog;
    }
    {
        ui::OnboardingDialog dialog(*m_context, &window);
        dialog.show();
        auto *pages = dialog.findChild<QStackedWidget *>(QStringLiteral("onboardingPages"));
        ASSERT_NE(pages, nullptr);
        for (int index = 0; index < pages->count(); ++index) {
            pages->setCurrentIndex(index);
            if (auto *encrypt = pages->currentWidget()->findChild<QCheckBox *>(QStringLiteral("onboardingEncryptCheckBox")))
                encrypt->setChecked(true);
            EXPECT_TRUE(noMnemonicTwice(dialog, QStringLiteral("onboarding page %1").arg(index)));
        }
    }
    window.openUrgeDialog();
    QPointer<QDialog> urge = window.urgeDialog();
    ASSERT_NE(urge, nullptr);
    for (int guard = 0; guard < 8 && urge; ++guard) {
        const UrgeStep step = qobject_cast<ui::UrgeDialog *>(urge.data())->step();
        EXPECT_TRUE(noMnemonicTwice(*urge, QStringLiteral("urge step %1").arg(int(step))));
        if (step == UrgeStep::Done)
            break;
        urge->findChild<QAbstractButton *>(QStringLiteral("urgeNextButton"))->click();
    }
}

} // namespace
