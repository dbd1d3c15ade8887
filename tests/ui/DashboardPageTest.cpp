#include "UiFixture.h"

#include "ui/MainWindow.h"
#include "ui/dashboard/DashboardPage.h"

#include <QApplication>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTest>
#include <QTimer>

using namespace holdfast;
using holdfast::testing::UiFixture;

namespace {

constexpr LocalDate kToday{2026, 11, 25}; // the fixture's Wednesday

class DashboardPageTest : public UiFixture
{
protected:
    template<typename T>
    static T *find(const QWidget &parent, const char *name)
    {
        auto *widget = parent.findChild<T *>(QString::fromLatin1(name));
        EXPECT_NE(widget, nullptr) << name;
        return widget;
    }

    static QString text(const QWidget &page, const char *labelName)
    {
        const QLabel *label = find<QLabel>(page, labelName);
        return label ? label->text() : QString();
    }

    // Texts of the labels with this name, in layout order.
    static QStringList texts(const QWidget &page, const char *labelName)
    {
        QStringList result;
        for (const QLabel *label : page.findChildren<QLabel *>(QString::fromLatin1(labelName)))
            result << label->text();
        return result;
    }

    void showAndActivate(QWidget &widget)
    {
        widget.resize(1100, 760);
        widget.show();
        QApplication::setActiveWindow(&widget);
        ASSERT_TRUE(QTest::qWaitForWindowActive(&widget));
    }

    static void keyToFocus(Qt::Key key)
    {
        QWidget *focus = QApplication::focusWidget();
        ASSERT_NE(focus, nullptr);
        QTest::keyClick(focus, key);
    }

    Moment at(LocalDate date, int hour, int minute = 0) const
    {
        const std::int64_t utc = date.dayNumber() * kMsPerDay + (hour * 60 + minute - 60) * kMsPerMinute;
        return Moment::fromUtc(utc, 60, "Europe/Berlin");
    }

    void startNoContactDaysAgo(int days)
    {
        Settings settings = m_context->settings();
        settings.noContactSince = later(-days * 24 * 60);
        m_context->saveSettings(settings);
    }

    void saveUrge(const Moment &start, UrgeOutcome outcome)
    {
        UrgeRecord urge;
        urge.start = start;
        urge.end = Moment::fromUtc(start.utcMs + 5 * kMsPerMinute, start.offsetMinutes, start.zone);
        urge.samples = {{start.utcMs, 6}};
        urge.outcome = outcome;
        m_store->saveUrge(urge);
    }

    void saveRiskDate(int daysAhead, const std::string &title, const std::string &plan)
    {
        RiskDate risk;
        risk.title = title;
        risk.date = kToday.addDays(daysAhead);
        risk.yearly = false;
        risk.plan = plan;
        m_store->saveRiskDate(risk);
    }
};

} // namespace

TEST_F(DashboardPageTest, ACheckInSavedWithTheKeyboardIsStoredAndShownAfterARestart)
{
    {
        ui::DashboardPage page(*m_context);
        showAndActivate(page);
        page.focusCheckIn();
        ASSERT_EQ(QApplication::focusWidget(), find<QRadioButton>(page, "checkInMood1Radio"));

        keyToFocus(Qt::Key_Space);  // mood 1
        keyToFocus(Qt::Key_Right);  // mood 2
        keyToFocus(Qt::Key_Right);  // mood 3
        keyToFocus(Qt::Key_Tab);    // to sleep
        ASSERT_EQ(QApplication::focusWidget(), find<QRadioButton>(page, "checkInSleep1Radio"));
        keyToFocus(Qt::Key_Space);  // sleep 1
        keyToFocus(Qt::Key_Right);  // sleep 2
        keyToFocus(Qt::Key_Tab);    // to the intention
        ASSERT_EQ(QApplication::focusWidget(), find<QLineEdit>(page, "checkInIntentionEdit"));
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Go for a walk at lunch"));
        keyToFocus(Qt::Key_Tab);    // to Save
        ASSERT_EQ(QApplication::focusWidget(), find<QPushButton>(page, "checkInSaveButton"));
        keyToFocus(Qt::Key_Space);

        const auto stored = m_store->checkIn(kToday);
        ASSERT_TRUE(stored);
        EXPECT_EQ(stored->mood, 3);
        EXPECT_EQ(stored->sleep, 2);
        EXPECT_EQ(stored->intention, "Go for a walk at lunch");
        EXPECT_TRUE(text(page, "checkInStatusLabel").startsWith(QStringLiteral("Saved")));
    }

    reopen();
    ui::DashboardPage page(*m_context);
    EXPECT_TRUE(find<QRadioButton>(page, "checkInMood3Radio")->isChecked());
    EXPECT_TRUE(find<QRadioButton>(page, "checkInSleep2Radio")->isChecked());
    EXPECT_EQ(find<QLineEdit>(page, "checkInIntentionEdit")->text(), QStringLiteral("Go for a walk at lunch"));
    EXPECT_TRUE(text(page, "checkInStatusLabel").startsWith(QStringLiteral("Saved")));
    EXPECT_EQ(find<QPushButton>(page, "checkInSaveButton")->text(), QStringLiteral("Update check-in"));
}

TEST_F(DashboardPageTest, EditingTheCheckInLaterTheSameDayUpdatesIt)
{
    ui::DashboardPage page(*m_context);
    showAndActivate(page);
    QTest::mouseClick(find<QRadioButton>(page, "checkInMood2Radio"), Qt::LeftButton);
    QTest::mouseClick(find<QRadioButton>(page, "checkInSleep3Radio"), Qt::LeftButton);
    QTest::mouseClick(find<QPushButton>(page, "checkInSaveButton"), Qt::LeftButton);
    ASSERT_TRUE(m_store->checkIn(kToday));

    m_clock.set(later(4 * 60)); // 13:00, same day
    page.refresh();
    QTest::mouseClick(find<QRadioButton>(page, "checkInMood4Radio"), Qt::LeftButton);
    auto *intention = find<QLineEdit>(page, "checkInIntentionEdit");
    intention->setFocus();
    QTest::keyClicks(intention, QStringLiteral("Call my sister"));
    EXPECT_FALSE(text(page, "checkInStatusLabel").startsWith(QStringLiteral("Saved")));
    QTest::keyClick(intention, Qt::Key_Return);

    const auto stored = m_store->checkIn(kToday);
    ASSERT_TRUE(stored);
    EXPECT_EQ(stored->mood, 4);
    EXPECT_EQ(stored->sleep, 3);
    EXPECT_EQ(stored->intention, "Call my sister");
    EXPECT_EQ(stored->recordedAt.utcMs, m_clock.now().utcMs);
    EXPECT_EQ(m_store->checkIns(kToday.addDays(-1), kToday.addDays(1)).size(), 1U);
    EXPECT_TRUE(text(page, "checkInStatusLabel").startsWith(QStringLiteral("Saved")));
}

TEST_F(DashboardPageTest, SaveWaitsUntilMoodAndSleepArePicked)
{
    ui::DashboardPage page(*m_context);
    showAndActivate(page);
    auto *save = find<QPushButton>(page, "checkInSaveButton");
    EXPECT_FALSE(save->isEnabled());

    QTest::mouseClick(find<QRadioButton>(page, "checkInMood4Radio"), Qt::LeftButton);
    EXPECT_FALSE(save->isEnabled());
    QTest::mouseClick(find<QRadioButton>(page, "checkInSleep4Radio"), Qt::LeftButton);
    EXPECT_TRUE(save->isEnabled());
}

TEST_F(DashboardPageTest, UnsavedCheckInEditsSurviveARefresh)
{
    ui::DashboardPage page(*m_context);
    showAndActivate(page);
    QTest::mouseClick(find<QRadioButton>(page, "checkInMood2Radio"), Qt::LeftButton);
    QTest::keyClicks(find<QLineEdit>(page, "checkInIntentionEdit"), QStringLiteral("Rest"));

    m_context->notifyChanged(ui::DataKind::Urges);
    m_clock.set(later(1));
    page.refresh();

    EXPECT_TRUE(find<QRadioButton>(page, "checkInMood2Radio")->isChecked());
    EXPECT_EQ(find<QLineEdit>(page, "checkInIntentionEdit")->text(), QStringLiteral("Rest"));
    EXPECT_TRUE(page.hasUnsavedCheckIn());
}

TEST_F(DashboardPageTest, TheCounterShowsDaysAndHoursSinceTheLastContact)
{
    startNoContactDaysAgo(20);
    ContactEvent contact;
    contact.at = m_clock.now();
    contact.initiator = Initiator::Me;
    m_store->addContact(contact);
    m_clock.advanceMs(3 * kMsPerDay + 5 * kMsPerHour + 10 * kMsPerMinute);

    ui::DashboardPage page(*m_context);

    const QString counter = text(page, "noContactCounterLabel");
    EXPECT_TRUE(counter.startsWith(QStringLiteral("3 day"))) << counter.toStdString();
    EXPECT_TRUE(counter.contains(QStringLiteral(", 5 hour"))) << counter.toStdString();
    EXPECT_EQ(text(page, "attemptsLabel"), QStringLiteral("2"));
    EXPECT_TRUE(text(page, "longestStreakLabel").startsWith(QStringLiteral("20 day")));
    EXPECT_EQ(text(page, "totalDaysLabel"), QStringLiteral("23"));
    EXPECT_TRUE(text(page, "milestoneLabel").startsWith(QStringLiteral("7 day")));
    EXPECT_FALSE(find<QLabel>(page, "milestoneCelebrationLabel")->isHidden()); // 3 days, reached 5 hours ago
}

TEST_F(DashboardPageTest, TheCounterMovesOnWithTheMinuteTimer)
{
    startNoContactDaysAgo(0);
    ui::DashboardPage page(*m_context);
    auto *timer = page.findChild<QTimer *>(QStringLiteral("dashboardRefreshTimer"));
    ASSERT_NE(timer, nullptr);
    EXPECT_TRUE(timer->isActive());
    EXPECT_EQ(timer->interval(), 60 * 1000);
    EXPECT_TRUE(text(page, "noContactCounterLabel").startsWith(QStringLiteral("0 minute")));

    m_clock.advanceMs(2 * kMsPerHour + 7 * kMsPerMinute);
    QMetaObject::invokeMethod(timer, "timeout", Qt::DirectConnection); // as if a minute passed

    EXPECT_TRUE(text(page, "noContactCounterLabel").startsWith(QStringLiteral("2 hour")));
}

TEST_F(DashboardPageTest, ComingBackToTheDashboardShowsTheTimeThatPassed)
{
    startNoContactDaysAgo(0);
    ui::DashboardPage page(*m_context);
    page.show();
    EXPECT_TRUE(text(page, "noContactCounterLabel").startsWith(QStringLiteral("0 minute")));
    page.hide(); // another screen in front, and the minute timer has not fired yet

    m_clock.advanceMs(3 * kMsPerHour);
    page.show();

    EXPECT_TRUE(text(page, "noContactCounterLabel").startsWith(QStringLiteral("3 hour")));
}

TEST_F(DashboardPageTest, UrgesResistedAreCountedForTodayThisWeekAndLastWeek)
{
    ui::DashboardPage page(*m_context);
    EXPECT_EQ(text(page, "urgesTodayLabel"), QStringLiteral("0"));

    saveUrge(later(-60), UrgeOutcome::Resisted);
    saveUrge(later(-30), UrgeOutcome::Resisted);
    saveUrge(later(-20), UrgeOutcome::ReachedOut);
    saveUrge(at(kToday.addDays(-2), 21), UrgeOutcome::Resisted); // Monday
    saveUrge(at(kToday.addDays(-3), 21), UrgeOutcome::Resisted); // Sunday: last week
    m_context->notifyChanged(ui::DataKind::Urges);

    EXPECT_EQ(text(page, "urgesTodayLabel"), QStringLiteral("2"));
    EXPECT_EQ(text(page, "urgesThisWeekLabel"), QStringLiteral("3"));
    EXPECT_EQ(text(page, "urgesLastWeekLabel"), QStringLiteral("1"));
}

TEST_F(DashboardPageTest, AfterMidnightTheCheckInIsEmptyAgain)
{
    m_clock.set(at(kToday, 23, 50));
    ui::DashboardPage page(*m_context);
    showAndActivate(page);
    QTest::mouseClick(find<QRadioButton>(page, "checkInMood4Radio"), Qt::LeftButton);
    QTest::mouseClick(find<QRadioButton>(page, "checkInSleep2Radio"), Qt::LeftButton);
    QTest::keyClicks(find<QLineEdit>(page, "checkInIntentionEdit"), QStringLiteral("Sleep early"));
    QTest::mouseClick(find<QPushButton>(page, "checkInSaveButton"), Qt::LeftButton);
    ASSERT_TRUE(m_store->checkIn(kToday));
    const QString todayBefore = text(page, "todayLabel");

    m_clock.advanceMs(20 * kMsPerMinute); // 00:10 on Thursday
    page.refresh();

    for (int rating = 1; rating <= 5; ++rating) {
        EXPECT_FALSE(find<QRadioButton>(page, qPrintable(QStringLiteral("checkInMood%1Radio").arg(rating)))->isChecked());
        EXPECT_FALSE(find<QRadioButton>(page, qPrintable(QStringLiteral("checkInSleep%1Radio").arg(rating)))->isChecked());
    }
    EXPECT_TRUE(find<QLineEdit>(page, "checkInIntentionEdit")->text().isEmpty());
    EXPECT_FALSE(text(page, "checkInStatusLabel").startsWith(QStringLiteral("Saved")));
    EXPECT_EQ(find<QPushButton>(page, "checkInSaveButton")->text(), QStringLiteral("Save check-in"));
    EXPECT_NE(text(page, "todayLabel"), todayBefore);
    EXPECT_TRUE(m_store->checkIn(kToday)); // yesterday's stays stored
}

TEST_F(DashboardPageTest, TheReminderCardStaysTheSameAllDay)
{
    ui::DashboardPage page(*m_context);
    const QString first = text(page, "reminderTextLabel");
    EXPECT_FALSE(first.isEmpty());

    page.refresh();
    EXPECT_EQ(text(page, "reminderTextLabel"), first);
    m_clock.set(at(kToday, 22, 30));
    page.refresh();
    EXPECT_EQ(text(page, "reminderTextLabel"), first);
}

TEST_F(DashboardPageTest, ARiskDateThreeDaysAheadIsShownWithItsPlanAndOneNineDaysAheadIsNot)
{
    saveRiskDate(3, "Their birthday", "Dinner with Sam, phone in the drawer");
    saveRiskDate(9, "Our anniversary", "Hike with my brother");

    ui::DashboardPage page(*m_context);

    const QStringList titles = texts(page, "riskDateTitleLabel");
    ASSERT_EQ(titles.size(), 1);
    EXPECT_TRUE(titles.front().contains(QStringLiteral("Their birthday")));
    EXPECT_TRUE(titles.front().contains(QStringLiteral("3 day")));
    const QStringList plans = texts(page, "riskDatePlanLabel");
    ASSERT_EQ(plans.size(), 1);
    EXPECT_TRUE(plans.front().contains(QStringLiteral("Dinner with Sam, phone in the drawer")));
    EXPECT_TRUE(find<QLabel>(page, "riskDatesEmptyLabel")->isHidden());
}

TEST_F(DashboardPageTest, WithoutAStartDateThePageOffersToStartCounting)
{
    ui::DashboardPage page(*m_context);
    showAndActivate(page);
    auto *nudge = find<QWidget>(page, "startDateCard");
    EXPECT_TRUE(nudge->isVisible());
    EXPECT_FALSE(text(page, "noContactCounterLabel").contains(QStringLiteral("minute")));

    QTest::mouseClick(find<QPushButton>(page, "startCountingButton"), Qt::LeftButton);

    const auto since = m_store->settings().noContactSince;
    ASSERT_TRUE(since);
    EXPECT_LE(since->utcMs, m_clock.now().utcMs);
    EXPECT_GT(since->utcMs, m_clock.now().utcMs - kMsPerMinute);
    EXPECT_FALSE(nudge->isVisible());
    EXPECT_TRUE(text(page, "noContactCounterLabel").startsWith(QStringLiteral("0 minute")));
}

TEST_F(DashboardPageTest, MorningCheckInFromTheMenuFocusesTheCheckIn)
{
    ui::MainWindow window(*m_context);
    showAndActivate(window);
    window.showScreen(ui::Screen::Journal);

    window.openMorningCheckIn();

    EXPECT_EQ(window.currentScreen(), ui::Screen::Dashboard);
    auto *page = qobject_cast<ui::DashboardPage *>(window.screenWidget(ui::Screen::Dashboard));
    ASSERT_NE(page, nullptr);
    EXPECT_EQ(QApplication::focusWidget(), find<QRadioButton>(*page, "checkInMood1Radio"));
}

// Low-contact mode (issue 14): the counter says what it counts, and a
// logistics message logged from the dashboard keeps the stretch.

TEST_F(DashboardPageTest, InLowContactModeTheCounterSaysItCountsPersonalContact)
{
    startNoContactDaysAgo(4);
    ui::DashboardPage page(*m_context);
    EXPECT_EQ(text(page, "counterCaptionLabel"), QStringLiteral("No contact for"));
    EXPECT_TRUE(find<QPushButton>(page, "logContactButton")->isHidden()) << "only in low-contact mode";

    Settings settings = m_context->settings();
    settings.lowContact = true;
    m_context->saveSettings(settings); // the page follows at once
    EXPECT_EQ(text(page, "counterCaptionLabel"), QStringLiteral("No personal contact for"));
    EXPECT_EQ(text(page, "totalDaysLabelCaption"), QStringLiteral("Days without personal contact"));
    EXPECT_TRUE(find<QLabel>(page, "noContactCounterLabel")->accessibleName().startsWith(QStringLiteral("No personal contact for 4 day")));
    EXPECT_FALSE(find<QPushButton>(page, "logContactButton")->isHidden());
}

TEST_F(DashboardPageTest, ALogisticsMessageLoggedFromTheDashboardKeepsTheStretch)
{
    startNoContactDaysAgo(9);
    Settings settings = m_context->settings();
    settings.lowContact = true;
    m_context->saveSettings(settings);
    ui::DashboardPage page(*m_context);
    showAndActivate(page);
    const QString before = text(page, "noContactCounterLabel");
    ASSERT_TRUE(before.startsWith(QStringLiteral("9 day"))) << before.toStdString();

    QString result;
    QTimer::singleShot(0, [&result] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        ASSERT_NE(dialog, nullptr);
        EXPECT_EQ(dialog->objectName(), QStringLiteral("logContactDialog"));
        // Logistics and "they did" are already chosen: a note and Save.
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("logContactNoteEdit")),
                         QStringLiteral("Pick-up moved to 5 pm"));
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("logContactSaveButton")), Qt::LeftButton);
        result = dialog->findChild<QLabel *>(QStringLiteral("logContactResultLabel"))->text();
        dialog->reject();
    });
    QTest::mouseClick(find<QPushButton>(page, "logContactButton"), Qt::LeftButton);

    EXPECT_EQ(result, QStringLiteral("Noted as logistics. Your stretch keeps going."));
    EXPECT_EQ(text(page, "noContactCounterLabel"), before);
    EXPECT_EQ(text(page, "attemptsLabel"), QStringLiteral("1"));
    EXPECT_TRUE(text(page, "counterLogisticsLabel").startsWith(QStringLiteral("1 logistics contact")));
    const std::vector<ContactEvent> contacts = m_store->contacts();
    ASSERT_EQ(contacts.size(), 1u);
    EXPECT_EQ(contacts[0].purpose, ContactPurpose::Logistics);
    EXPECT_EQ(contacts[0].initiator, Initiator::Them);
    EXPECT_EQ(contacts[0].note, "Pick-up moved to 5 pm");
}
