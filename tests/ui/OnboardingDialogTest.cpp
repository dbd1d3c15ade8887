#include "ClockElsewhere.h"
#include "UiFixture.h"

#include "ui/onboarding/OnboardingDialog.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTest>
#include <QTimer>
#include <QTimeZone>

using namespace holdfast;
using holdfast::testing::onPinnedClock;
using holdfast::testing::pinClockElsewhere;
using holdfast::testing::UiFixture;
using Step = holdfast::ui::OnboardingDialog::Step;

namespace {

class OnboardingDialogTest : public UiFixture
{
protected:
    void showDialog(ui::OnboardingDialog &dialog)
    {
        dialog.show();
        QApplication::setActiveWindow(&dialog);
        ASSERT_TRUE(QTest::qWaitForWindowActive(&dialog));
    }

    // Types into whatever has the keyboard focus, as a user would.
    static void type(const QString &text) { QTest::keyClicks(QApplication::focusWidget(), text); }
    static void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QTest::keyClick(QApplication::focusWidget(), key, modifiers);
    }

    template <typename T>
    static T *child(QWidget *root, const char *name)
    {
        auto *widget = root->findChild<T *>(QLatin1String(name));
        EXPECT_NE(widget, nullptr) << name;
        return widget;
    }

};

} // namespace

TEST_F(OnboardingDialogTest, CompletedByKeyboardStoresEveryAnswer)
{
    pinClockElsewhere(m_clock);
    ui::OnboardingDialog dialog(*m_context);
    showDialog(dialog);
    EXPECT_EQ(dialog.currentStep(), Step::Welcome);
    press(Qt::Key_Return); // "Get started"

    ASSERT_EQ(dialog.currentStep(), Step::BreakupDate);
    auto *breakup = child<QDateEdit>(&dialog, "onboardingBreakupDateEdit");
    ASSERT_EQ(QApplication::focusWidget(), breakup);
    // One step back in whichever part of the date the cursor is in (day, month or year by locale).
    const QDate today(2026, 11, 25);
    ASSERT_EQ(breakup->date(), today);
    const QDateTimeEdit::Section section = breakup->currentSection();
    const QDate breakupDate = section == QDateTimeEdit::DaySection     ? today.addDays(-1)
                              : section == QDateTimeEdit::MonthSection ? today.addMonths(-1)
                                                                       : today.addYears(-1);
    press(Qt::Key_Down);
    ASSERT_EQ(breakup->date(), breakupDate);
    press(Qt::Key_Return);

    ASSERT_EQ(dialog.currentStep(), Step::LastContact);
    // Left alone, the last contact is the breakup date.
    EXPECT_EQ(child<QDateTimeEdit>(&dialog, "onboardingLastContactEdit")->date(), breakupDate);
    press(Qt::Key_Return);

    // They still share the children: low-contact mode.
    ASSERT_EQ(dialog.currentStep(), Step::StayInTouch);
    auto *stayInTouch = child<QRadioButton>(&dialog, "onboardingStayInTouchYesRadio");
    ASSERT_EQ(QApplication::focusWidget(), child<QRadioButton>(&dialog, "onboardingStayInTouchNoRadio"));
    press(Qt::Key_Down);
    ASSERT_TRUE(stayInTouch->isChecked());
    press(Qt::Key_Return);

    ASSERT_EQ(dialog.currentStep(), Step::Reasons);
    type(QStringLiteral("They kept me guessing"));
    press(Qt::Key_Tab);
    type(QStringLiteral("I want to sleep again"));
    press(Qt::Key_Tab);
    type(QStringLiteral("I deserve a reply"));
    press(Qt::Key_Return);

    ASSERT_EQ(dialog.currentStep(), Step::Person);
    type(QStringLiteral("Sam"));
    press(Qt::Key_Tab);
    type(QStringLiteral("+49 170 5550123"));
    press(Qt::Key_Return);

    // The crisis line page: the country starts as the computer's; Down picks the first of the table.
    ASSERT_EQ(dialog.currentStep(), Step::CrisisLine);
    auto *country = child<QComboBox>(&dialog, "onboardingCrisisCountryCombo");
    EXPECT_EQ(country->currentData().toString(), QString());
    press(Qt::Key_Down);
    const QString chosenCountry = country->currentData().toString();
    EXPECT_EQ(chosenCountry.size(), 2);
    press(Qt::Key_Tab);
    type(QStringLiteral("Dr. Weber 030 1234567"));
    press(Qt::Key_Return);

    ASSERT_EQ(dialog.currentStep(), Step::Done);
    press(Qt::Key_Return);
    EXPECT_EQ(dialog.result(), QDialog::Accepted);

    reopen();
    const Settings settings = m_store->settings();
    EXPECT_TRUE(settings.onboardingDone);
    const LocalDate expectedDate{breakupDate.year(), unsigned(breakupDate.month()), unsigned(breakupDate.day())};
    EXPECT_EQ(settings.breakupDate, expectedDate);
    ASSERT_TRUE(settings.noContactSince.has_value());
    // Midnight where the injected clock is, not in this computer's zone.
    EXPECT_EQ(*settings.noContactSince, onPinnedClock(m_clock, QDateTime(breakupDate, QTime(0, 0))));
    EXPECT_EQ(settings.noContactSince->localDate, expectedDate);
    EXPECT_EQ(settings.crisisCountry, chosenCountry.toStdString());
    EXPECT_EQ(settings.crisisText, "Dr. Weber 030 1234567");
    EXPECT_TRUE(settings.lowContact);
    const auto reasons = m_store->reasons();
    ASSERT_EQ(reasons.size(), 3u);
    EXPECT_EQ(reasons[0].text, "They kept me guessing");
    EXPECT_EQ(reasons[1].text, "I want to sleep again");
    EXPECT_EQ(reasons[2].text, "I deserve a reply");
    const auto people = m_store->supportPeople();
    ASSERT_EQ(people.size(), 1u);
    EXPECT_EQ(people[0].name, "Sam");
    EXPECT_EQ(people[0].contact, "+49 170 5550123");
}

TEST_F(OnboardingDialogTest, SkippedEntirelyOnlyMarksOnboardingDone)
{
    const Settings before = m_store->settings();
    ui::OnboardingDialog dialog(*m_context);
    showDialog(dialog);
    QTest::mouseClick(child<QPushButton>(&dialog, "onboardingSkipButton"), Qt::LeftButton); // "Skip setup"
    ASSERT_EQ(dialog.currentStep(), Step::Done);
    QTest::mouseClick(child<QPushButton>(&dialog, "onboardingNextButton"), Qt::LeftButton);
    EXPECT_EQ(dialog.result(), QDialog::Accepted);

    reopen();
    Settings expected = before;
    expected.onboardingDone = true;
    EXPECT_EQ(m_store->settings(), expected);
    EXPECT_TRUE(m_store->reasons().empty());
    EXPECT_TRUE(m_store->supportPeople().empty());
}

TEST_F(OnboardingDialogTest, SkipForNowDropsWhatWasTypedOnThatStep)
{
    ui::OnboardingDialog dialog(*m_context);
    showDialog(dialog);
    auto *skip = child<QPushButton>(&dialog, "onboardingSkipButton");
    auto *next = child<QPushButton>(&dialog, "onboardingNextButton");
    QTest::mouseClick(next, Qt::LeftButton);
    QTest::mouseClick(next, Qt::LeftButton); // keeps the breakup date (today)
    QTest::mouseClick(skip, Qt::LeftButton); // no last contact
    ASSERT_EQ(dialog.currentStep(), Step::StayInTouch);
    QTest::mouseClick(child<QRadioButton>(&dialog, "onboardingStayInTouchYesRadio"), Qt::LeftButton);
    QTest::mouseClick(skip, Qt::LeftButton); // skipped: the mode stays off
    ASSERT_EQ(dialog.currentStep(), Step::Reasons);
    EXPECT_EQ(skip->text(), QStringLiteral("Skip for now"));
    QTest::keyClicks(child<QLineEdit>(&dialog, "onboardingReason1Edit"), QStringLiteral("Not sure yet"));
    QTest::mouseClick(skip, Qt::LeftButton);
    QTest::mouseClick(skip, Qt::LeftButton);
    QTest::keyClicks(child<QLineEdit>(&dialog, "onboardingCrisisLineEdit"), QStringLiteral("Not this one"));
    QTest::mouseClick(skip, Qt::LeftButton);
    ASSERT_EQ(dialog.currentStep(), Step::Done);
    QTest::mouseClick(next, Qt::LeftButton);

    const Settings settings = m_store->settings();
    EXPECT_TRUE(settings.onboardingDone);
    EXPECT_EQ(settings.breakupDate, m_clock.now().localDate);
    EXPECT_FALSE(settings.noContactSince.has_value());
    EXPECT_FALSE(settings.lowContact);
    EXPECT_TRUE(m_store->reasons().empty());
    EXPECT_EQ(settings.crisisText, "");
}

TEST_F(OnboardingDialogTest, ClosingEarlyKeepsTheAnsweredStepsAndDoesNotAskAgain)
{
    ui::OnboardingDialog dialog(*m_context);
    showDialog(dialog);
    press(Qt::Key_Return);
    press(Qt::Key_Return); // breakup date: today
    press(Qt::Key_Escape);
    EXPECT_EQ(dialog.result(), QDialog::Rejected);

    EXPECT_TRUE(m_store->settings().onboardingDone);
    EXPECT_EQ(m_store->settings().breakupDate, m_clock.now().localDate);
    EXPECT_FALSE(ui::OnboardingDialog::runIfNeeded(*m_context, nullptr));
}

TEST_F(OnboardingDialogTest, RunIfNeededShowsTheDialogOnFirstRunOnly)
{
    bool shown = false;
    QTimer::singleShot(0, [&shown] {
        auto *dialog = qobject_cast<ui::OnboardingDialog *>(QApplication::activeModalWidget());
        ASSERT_NE(dialog, nullptr);
        shown = true;
        dialog->skip();
        dialog->next();
    });
    EXPECT_TRUE(ui::OnboardingDialog::runIfNeeded(*m_context, nullptr));
    EXPECT_TRUE(shown);
    EXPECT_TRUE(m_context->settings().onboardingDone);
    EXPECT_FALSE(ui::OnboardingDialog::runIfNeeded(*m_context, nullptr));
}
