#include "UiFixture.h"

#include "support/TestStore.h"
#include "support/WatchedStore.h"
#include "headless/ErrorMessages.h"
#include "ui/TriggerNames.h"
#include "ui/plan/ClearPathSection.h"
#include "ui/plan/IfThenPlansSection.h"
#include "ui/plan/PlanPage.h"

#include <QAccessible>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTest>
#include <QTimer>

using namespace holdfast;
using holdfast::testing::TestStore;
using holdfast::testing::UiFixture;
using holdfast::testing::WatchedStore;

namespace {

class PlanPageTest : public UiFixture
{
protected:
    // A page on screen whose "remove?" question is answered by m_answer.
    std::unique_ptr<ui::PlanPage> makePage(ui::AppContext &context)
    {
        auto page = std::make_unique<ui::PlanPage>(context);
        page->setConfirmFunction([this](QWidget *, const QString &question) {
            m_questions.push_back(question);
            return m_answer;
        });
        page->resize(1000, 700);
        page->show();
        EXPECT_TRUE(QTest::qWaitForWindowExposed(page.get()));
        return page;
    }
    std::unique_ptr<ui::PlanPage> makePage() { return makePage(*m_context); }

    template <typename T>
    static T *child(QWidget *root, const char *name)
    {
        auto *widget = root->findChild<T *>(QLatin1String(name));
        EXPECT_NE(widget, nullptr) << name;
        return widget;
    }

    void seedReasons(std::initializer_list<const char *> texts)
    {
        int position = 0;
        for (const char *text : texts)
            m_store->saveReason(Reason{0, text, position++});
    }

    std::vector<std::string> storedReasons()
    {
        std::vector<std::string> texts;
        for (const Reason &reason : m_store->reasons())
            texts.push_back(reason.text);
        return texts;
    }

    static QStringList shownRows(QListWidget *list)
    {
        QStringList rows;
        for (int i = 0; i < list->count(); ++i)
            rows << list->item(i)->text();
        return rows;
    }

    // What "Clear the path" has stored, read from the database.
    std::set<PathStep> storedPath() { return m_store->settings().clearedPath; }

    // Ticks or unticks a step the way a keyboard user does: focus, then Space.
    static void pressSpace(QCheckBox *check)
    {
        check->setFocus(Qt::TabFocusReason);
        QTest::keyClick(check, Qt::Key_Space);
    }

    // A click on the box itself (the row is wider than what reacts to the mouse).
    static void clickBox(QCheckBox *check)
    {
        QTest::mouseClick(check, Qt::LeftButton, {}, QPoint(check->height() / 2, check->height() / 2));
    }

    bool m_answer = true;
    QStringList m_questions;
};

} // namespace

TEST_F(PlanPageTest, AnEmptyListShowsAWarmHintInsteadOfTheList)
{
    auto page = makePage();
    auto *hint = child<QLabel>(page.get(), "reasonsEmptyLabel");
    EXPECT_TRUE(hint->isVisible());
    EXPECT_TRUE(hint->text().contains(QStringLiteral("in your own words")));
    EXPECT_FALSE(child<QListWidget>(page.get(), "reasonsListWidget")->isVisible());
    EXPECT_FALSE(child<QPushButton>(page.get(), "reasonsSubmitButton")->isEnabled());
}

TEST_F(PlanPageTest, AReasonTypedAndAddedByKeyboardIsStoredAndShown)
{
    auto page = makePage();
    auto *edit = child<QPlainTextEdit>(page.get(), "reasonTextEdit");
    edit->setFocus();
    QTest::keyClicks(edit, QStringLiteral("They never made time for me"));
    QTest::keyClick(edit, Qt::Key_Return, Qt::ControlModifier);

    EXPECT_EQ(storedReasons(), std::vector<std::string>{"They never made time for me"});
    auto *list = child<QListWidget>(page.get(), "reasonsListWidget");
    EXPECT_TRUE(list->isVisible());
    EXPECT_EQ(shownRows(list), QStringList{QStringLiteral("They never made time for me")});
    EXPECT_FALSE(child<QLabel>(page.get(), "reasonsEmptyLabel")->isVisible());
    EXPECT_TRUE(edit->toPlainText().isEmpty()) << "the form is ready for the next reason";
}

TEST_F(PlanPageTest, APersonAddedWithClicksIsStoredWithNumberAndNote)
{
    auto page = makePage();
    page->showSection(PlanList::SupportPeople);
    QTest::keyClicks(child<QLineEdit>(page.get(), "personNameEdit"), QStringLiteral("Sam"));
    QTest::keyClicks(child<QLineEdit>(page.get(), "personContactEdit"), QStringLiteral("+49 170 5550123"));
    QTest::keyClicks(child<QLineEdit>(page.get(), "personNoteEdit"), QStringLiteral("Up late, good listener"));
    QTest::mouseClick(child<QPushButton>(page.get(), "peopleSubmitButton"), Qt::LeftButton);

    const auto people = m_store->supportPeople();
    ASSERT_EQ(people.size(), 1u);
    EXPECT_EQ(people[0].name, "Sam");
    EXPECT_EQ(people[0].contact, "+49 170 5550123");
    EXPECT_EQ(people[0].note, "Up late, good listener");
    const QString row = child<QListWidget>(page.get(), "peopleListWidget")->item(0)->text();
    EXPECT_TRUE(row.contains(QStringLiteral("Sam")));
    EXPECT_TRUE(row.contains(QStringLiteral("+49 170 5550123")));
}

TEST_F(PlanPageTest, EnterOnAReasonEditsItInPlace)
{
    seedReasons({"First", "Second"});
    auto page = makePage();
    auto *list = child<QListWidget>(page.get(), "reasonsListWidget");
    list->setFocus();
    list->setCurrentRow(1);
    QTest::keyClick(list, Qt::Key_Return);

    auto *edit = child<QPlainTextEdit>(page.get(), "reasonTextEdit");
    EXPECT_EQ(edit->toPlainText(), QStringLiteral("Second"));
    auto *submit = child<QPushButton>(page.get(), "reasonsSubmitButton");
    EXPECT_EQ(submit->text(), QStringLiteral("Save changes"));
    edit->selectAll();
    QTest::keyClicks(edit, QStringLiteral("I deserve someone who stays"));
    QTest::mouseClick(submit, Qt::LeftButton);

    EXPECT_EQ(storedReasons(), (std::vector<std::string>{"First", "I deserve someone who stays"}));
    EXPECT_EQ(shownRows(list), (QStringList{QStringLiteral("First"), QStringLiteral("I deserve someone who stays")}));
    EXPECT_NE(submit->text(), QStringLiteral("Save changes")) << "back to adding";
}

TEST_F(PlanPageTest, AltArrowsAndMoveButtonsReorderTheStoredList)
{
    seedReasons({"A", "B", "C"});
    auto page = makePage();
    auto *list = child<QListWidget>(page.get(), "reasonsListWidget");
    list->setFocus();
    list->setCurrentRow(0);

    QTest::keyClick(list, Qt::Key_Down, Qt::AltModifier);
    EXPECT_EQ(storedReasons(), (std::vector<std::string>{"B", "A", "C"}));
    QTest::keyClick(list, Qt::Key_Down, Qt::AltModifier);
    EXPECT_EQ(storedReasons(), (std::vector<std::string>{"B", "C", "A"}));
    EXPECT_EQ(list->currentRow(), 2) << "the moved item stays selected";
    EXPECT_FALSE(child<QPushButton>(page.get(), "reasonsMoveDownButton")->isEnabled());

    QTest::mouseClick(child<QPushButton>(page.get(), "reasonsMoveUpButton"), Qt::LeftButton);
    EXPECT_EQ(storedReasons(), (std::vector<std::string>{"B", "A", "C"}));
    list->setFocus(); // the keys belong to the list, not to the button just clicked
    QTest::keyClick(list, Qt::Key_Up, Qt::AltModifier);
    EXPECT_EQ(storedReasons(), (std::vector<std::string>{"A", "B", "C"}));
    EXPECT_EQ(shownRows(list), (QStringList{QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")}));
}

TEST_F(PlanPageTest, RemovingAReasonAsksFirstAndKeepsItWhenTheUserSaysNo)
{
    seedReasons({"Keep me", "Remove me"});
    auto page = makePage();
    auto *list = child<QListWidget>(page.get(), "reasonsListWidget");
    list->setFocus();
    list->setCurrentRow(1);

    m_answer = false;
    QTest::keyClick(list, Qt::Key_Delete);
    ASSERT_EQ(m_questions.size(), 1);
    EXPECT_TRUE(m_questions[0].contains(QStringLiteral("Remove me")));
    EXPECT_EQ(storedReasons().size(), 2u);

    m_answer = true;
    QTest::keyClick(list, Qt::Key_Delete);
    EXPECT_EQ(storedReasons(), std::vector<std::string>{"Keep me"});
    EXPECT_EQ(shownRows(list), QStringList{QStringLiteral("Keep me")});
}

TEST_F(PlanPageTest, RemovingAPersonWithTheRealMessageBox)
{
    m_store->saveSupportPerson(SupportPerson{0, "Alex", "alex@example.org", "", 0});
    ui::PlanPage page(*m_context); // the default confirmation: a real message box
    page.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&page));
    page.showSection(PlanList::SupportPeople);
    auto *list = child<QListWidget>(&page, "peopleListWidget");
    list->setCurrentRow(0);

    QString question;
    QTimer::singleShot(0, [&question] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        ASSERT_NE(box, nullptr);
        question = box->text();
        QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("planRemoveConfirmButton")), Qt::LeftButton);
    });
    QTest::mouseClick(child<QPushButton>(&page, "peopleRemoveButton"), Qt::LeftButton);

    EXPECT_TRUE(question.contains(QStringLiteral("Alex")));
    EXPECT_TRUE(m_store->supportPeople().empty());
    EXPECT_TRUE(child<QLabel>(&page, "peopleEmptyLabel")->isVisible());
}

TEST_F(PlanPageTest, AnIfThenPlanForABuiltInTriggerRoundTrips)
{
    {
        auto page = makePage();
        page->showSection(PlanList::IfThenPlans);
        auto *combo = child<QComboBox>(page.get(), "ifThenTriggerCombo");
        combo->setCurrentIndex(combo->findData(int(Trigger::NightTime)));
        EXPECT_FALSE(child<QLineEdit>(page.get(), "ifThenCustomTriggerEdit")->isEnabled());
        auto *plan = child<QLineEdit>(page.get(), "ifThenPlanEdit");
        QTest::keyClicks(plan, QStringLiteral("I put the phone in the kitchen and read"));
        QTest::keyClick(plan, Qt::Key_Return);
    }
    reopen();

    const auto plans = m_store->ifThenPlans();
    ASSERT_EQ(plans.size(), 1u);
    EXPECT_EQ(plans[0].trigger, Trigger::NightTime);
    EXPECT_TRUE(plans[0].customTrigger.empty());
    EXPECT_EQ(plans[0].plan, "I put the phone in the kitchen and read");

    auto page = makePage();
    page->showSection(PlanList::IfThenPlans);
    auto *list = child<QListWidget>(page.get(), "ifThenListWidget");
    ASSERT_EQ(list->count(), 1);
    EXPECT_TRUE(list->item(0)->text().contains(ui::TriggerNames::label(Trigger::NightTime)));
    list->setCurrentRow(0);
    QTest::mouseClick(child<QPushButton>(page.get(), "ifThenEditButton"), Qt::LeftButton);
    EXPECT_EQ(child<QComboBox>(page.get(), "ifThenTriggerCombo")->currentData().toInt(), int(Trigger::NightTime));
    EXPECT_EQ(child<QLineEdit>(page.get(), "ifThenPlanEdit")->text(), QStringLiteral("I put the phone in the kitchen and read"));
}

TEST_F(PlanPageTest, AnIfThenPlanCanUseATriggerInTheUsersOwnWords)
{
    auto page = makePage();
    page->showSection(PlanList::IfThenPlans);
    auto *combo = child<QComboBox>(page.get(), "ifThenTriggerCombo");
    combo->setCurrentIndex(combo->findData(ui::IfThenPlansSection::kCustomTrigger));
    auto *custom = child<QLineEdit>(page.get(), "ifThenCustomTriggerEdit");
    ASSERT_TRUE(custom->isEnabled());
    QTest::keyClicks(child<QLineEdit>(page.get(), "ifThenPlanEdit"), QStringLiteral("I mute them and call Sam"));
    auto *submit = child<QPushButton>(page.get(), "ifThenSubmitButton");
    EXPECT_FALSE(submit->isEnabled()) << "own words chosen but none written";
    QTest::keyClicks(custom, QStringLiteral("I see their stories"));
    QTest::mouseClick(submit, Qt::LeftButton);

    const auto plans = m_store->ifThenPlans();
    ASSERT_EQ(plans.size(), 1u);
    EXPECT_EQ(plans[0].customTrigger, "I see their stories");
    EXPECT_EQ(plans[0].plan, "I mute them and call Sam");
    EXPECT_EQ(child<QListWidget>(page.get(), "ifThenListWidget")->item(0)->text(),
              QStringLiteral("If: I see their stories\nThen: I mute them and call Sam"));
}

TEST_F(PlanPageTest, ARiskDateIsStoredWithItsDateAndPlan)
{
    auto page = makePage();
    page->showSection(PlanList::RiskDates);
    QTest::keyClicks(child<QLineEdit>(page.get(), "riskDateTitleEdit"), QStringLiteral("Their birthday"));
    child<QDateEdit>(page.get(), "riskDateDateEdit")->setDate(QDate(2027, 3, 14));
    QTest::mouseClick(child<QCheckBox>(page.get(), "riskDateYearlyCheckBox"), Qt::LeftButton);
    QTest::keyClicks(child<QLineEdit>(page.get(), "riskDatePlanEdit"), QStringLiteral("Day out with Alex"));
    QTest::mouseClick(child<QPushButton>(page.get(), "riskDatesSubmitButton"), Qt::LeftButton);

    const auto dates = m_store->riskDates();
    ASSERT_EQ(dates.size(), 1u);
    EXPECT_EQ(dates[0].title, "Their birthday");
    EXPECT_EQ(dates[0].date, (LocalDate{2027, 3, 14}));
    EXPECT_FALSE(dates[0].yearly);
    EXPECT_EQ(dates[0].plan, "Day out with Alex");
}

TEST_F(PlanPageTest, ActivitiesAreAddedAtTheEndAndOtherScreensAreTold)
{
    auto page = makePage();
    page->showSection(PlanList::Activities);
    int planChanges = 0;
    QObject::connect(m_context.get(), &ui::AppContext::dataChanged, [&planChanges](ui::DataKind kind) {
        planChanges += kind == ui::DataKind::Plan ? 1 : 0;
    });
    auto *edit = child<QLineEdit>(page.get(), "activityTitleEdit");
    QTest::keyClicks(edit, QStringLiteral("Go for a run"));
    QTest::keyClick(edit, Qt::Key_Return);
    QTest::keyClicks(edit, QStringLiteral("Cook something new"));
    QTest::keyClick(edit, Qt::Key_Return);

    const auto activities = m_store->activities();
    ASSERT_EQ(activities.size(), 2u);
    EXPECT_EQ(activities[0].title, "Go for a run");
    EXPECT_EQ(activities[1].title, "Cook something new");
    EXPECT_EQ(planChanges, 2);
}

TEST_F(PlanPageTest, AFailedSaveShowsWhyAndKeepsWhatWasTyped)
{
    TestStore<WatchedStore> watched{&m_clock};
    WatchedStore &store = *watched;
    ui::AppContext context(store, m_clock);
    auto page = makePage(context);
    store.failWrites(StoreError::Kind::DiskFull);
    auto *edit = child<QPlainTextEdit>(page.get(), "reasonTextEdit");
    QTest::keyClicks(edit, QStringLiteral("Words I don't want to lose"));
    QTest::mouseClick(child<QPushButton>(page.get(), "reasonsSubmitButton"), Qt::LeftButton);

    auto *error = child<QLabel>(page.get(), "reasonsErrorLabel");
    EXPECT_TRUE(error->isVisible());
    EXPECT_EQ(error->text(), ui::describeStoreError(StoreError::Kind::DiskFull));
    EXPECT_EQ(edit->toPlainText(), QStringLiteral("Words I don't want to lose"));
    EXPECT_TRUE(store.reasons().empty());

    store.stopFailing();
    QTest::mouseClick(child<QPushButton>(page.get(), "reasonsSubmitButton"), Qt::LeftButton);
    EXPECT_FALSE(error->isVisible());
    ASSERT_EQ(store.reasons().size(), 1u);
}

TEST_F(PlanPageTest, ThePageRefreshesWhenAnotherScreenChangesThePlan)
{
    auto page = makePage();
    m_store->saveReason(Reason{0, "Added by onboarding", 0});
    m_context->notifyChanged(ui::DataKind::Plan);
    EXPECT_EQ(shownRows(child<QListWidget>(page.get(), "reasonsListWidget")),
              QStringList{QStringLiteral("Added by onboarding")});
}

TEST_F(PlanPageTest, AStepOfClearThePathIsStoredWhenTickedAndTickedAgainAfterAReload)
{
    {
        auto page = makePage();
        page->showClearPath();
        auto *mute = child<QCheckBox>(page.get(), "clearPathMuteCheckBox");
        ASSERT_TRUE(mute->isVisible());
        EXPECT_FALSE(mute->isChecked()) << "nothing is ticked at first";
        pressSpace(mute);
        EXPECT_EQ(storedPath(), std::set{PathStep::Mute}) << "stored the moment it is ticked";
        clickBox(child<QCheckBox>(page.get(), "clearPathPhotosCheckBox"));
        EXPECT_EQ(storedPath(), (std::set{PathStep::Mute, PathStep::Photos}));
        EXPECT_FALSE(child<QLabel>(page.get(), "clearPathDoneLabel")->isVisible());
    }
    reopen();

    auto page = makePage();
    page->showClearPath();
    auto *mute = child<QCheckBox>(page.get(), "clearPathMuteCheckBox");
    EXPECT_TRUE(mute->isChecked());
    EXPECT_TRUE(child<QCheckBox>(page.get(), "clearPathPhotosCheckBox")->isChecked());
    EXPECT_FALSE(child<QCheckBox>(page.get(), "clearPathArchiveCheckBox")->isChecked());
    EXPECT_FALSE(child<QCheckBox>(page.get(), "clearPathFavouritesCheckBox")->isChecked());

    pressSpace(mute); // unticking is allowed
    EXPECT_FALSE(mute->isChecked());
    EXPECT_EQ(storedPath(), std::set{PathStep::Photos});
}

TEST_F(PlanPageTest, AllFourStepsTickedShowAKindLineThatGoesWhenOneIsUnticked)
{
    auto page = makePage();
    page->showClearPath();
    auto *done = child<QLabel>(page.get(), "clearPathDoneLabel");
    const char *names[] = {"clearPathMuteCheckBox", "clearPathArchiveCheckBox", "clearPathPhotosCheckBox",
                           "clearPathFavouritesCheckBox"};
    for (const char *name : names) {
        EXPECT_FALSE(done->isVisible()) << "before " << name;
        pressSpace(child<QCheckBox>(page.get(), name));
    }
    EXPECT_EQ(storedPath().size(), kPathSteps.size());
    EXPECT_TRUE(done->isVisible());
    EXPECT_EQ(done->text(), QStringLiteral("The path is clearer. That took care."));

    pressSpace(child<QCheckBox>(page.get(), "clearPathArchiveCheckBox"));
    EXPECT_EQ(storedPath(), (std::set{PathStep::Mute, PathStep::Photos, PathStep::Favourites}));
    EXPECT_FALSE(done->isVisible());
}

TEST_F(PlanPageTest, EachStepOfClearThePathIsNamedByItsTextAndReachedByTab)
{
    auto page = makePage();
    page->showClearPath();
    QApplication::setActiveWindow(page.get());
    auto *mute = child<QCheckBox>(page.get(), "clearPathMuteCheckBox");
    mute->setFocus(Qt::TabFocusReason);
    QWidget *focused = mute;
    for (const auto &[step, name] : {std::pair{PathStep::Mute, "clearPathMuteCheckBox"},
                                      std::pair{PathStep::Archive, "clearPathArchiveCheckBox"},
                                      std::pair{PathStep::Photos, "clearPathPhotosCheckBox"},
                                      std::pair{PathStep::Favourites, "clearPathFavouritesCheckBox"}}) {
        auto *check = child<QCheckBox>(page.get(), name);
        EXPECT_EQ(page->clearPathSection()->checkBox(step), check);
        EXPECT_EQ(focused, check) << name << " is the next tab stop";
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(check);
        ASSERT_NE(iface, nullptr);
        EXPECT_EQ(iface->text(QAccessible::Name), QString(check->text()).remove(u'&'));
        EXPECT_FALSE(QKeySequence::mnemonic(check->text()).isEmpty()) << name << " has an Alt+letter";
        QTest::keyClick(check, Qt::Key_Tab);
        focused = QApplication::focusWidget();
    }
}

TEST_F(PlanPageTest, AStepThatCannotBeSavedIsUntickedAgainAndSaysWhy)
{
    TestStore<WatchedStore> watched{&m_clock};
    WatchedStore &store = *watched;
    ui::AppContext context(store, m_clock);
    auto page = makePage(context);
    page->showClearPath();
    store.failWrites(StoreError::Kind::DiskFull);
    auto *archive = child<QCheckBox>(page.get(), "clearPathArchiveCheckBox");
    clickBox(archive);

    auto *error = child<QLabel>(page.get(), "clearPathErrorLabel");
    EXPECT_TRUE(error->isVisible());
    EXPECT_EQ(error->text(), ui::describeStoreError(StoreError::Kind::DiskFull));
    EXPECT_FALSE(archive->isChecked()) << "the box shows what is stored";
    EXPECT_TRUE(store.settings().clearedPath.empty());

    store.stopFailing();
    clickBox(archive);
    EXPECT_FALSE(error->isVisible());
    EXPECT_TRUE(archive->isChecked());
    EXPECT_EQ(store.settings().clearedPath, std::set{PathStep::Archive});
}

TEST_F(PlanPageTest, ClearThePathFollowsAnImportThatReplacesTheSettings)
{
    auto page = makePage();
    page->showClearPath();
    Settings settings = m_store->settings();
    settings.clearedPath = {PathStep::Favourites};
    m_store->saveSettings(settings);
    m_context->reloadSettings(); // what an import or a restore does
    EXPECT_TRUE(child<QCheckBox>(page.get(), "clearPathFavouritesCheckBox")->isChecked());
    EXPECT_FALSE(child<QCheckBox>(page.get(), "clearPathMuteCheckBox")->isChecked());
}
