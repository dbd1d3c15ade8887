#pragma once

// The home screen: how long the user has kept no contact, the next
// milestone, the morning check-in, the urges they let pass, the reminder of
// the day and the hard dates coming up. A thin view over DashboardPresenter.

#include "model/DashboardPresenter.h"
#include "model/DashboardState.h"

#include <QWidget>

class QDateTimeEdit;
class QFrame;
class QGridLayout;
class QLabel;
class QProgressBar;
class QPushButton;
class QScrollArea;
class QTimer;
class QVBoxLayout;

namespace holdfast::ui {

class AppContext;
class CheckInCard;
class CounterCard;
class MilestoneCard;
class LookBackCard;
enum class DataKind;

class DashboardPage : public QWidget
{
    Q_OBJECT

public:
    explicit DashboardPage(AppContext &context, QWidget *parent = nullptr);
    ~DashboardPage() override;

    // What the page shows, as of the last refresh.
    const DashboardState &state() const { return m_state; }
    // True while the check-in fields hold edits that are not saved yet.
    bool hasUnsavedCheckIn() const;
    // Edits the form cannot save yet: a mood or sleep number is still missing.
    bool hasIncompleteCheckIn() const;
    // Before the window closes, hides or locks: saves check-in edits the form
    // could save (both numbers picked). False only when the store refused
    // them; they stay in the fields and the status line says why.
    bool keepCheckInEdits();

public Q_SLOTS:
    // Reads everything again from the store and the clock: the minute timer,
    // data changes and midnight all come through here. Keeps check-in edits
    // that are not saved yet.
    void refresh();
    // Scrolls to the morning check-in and puts the keyboard focus on it.
    void focusCheckIn();
    // Saves the check-in for today (again, if there is one already).
    void saveCheckIn();
    // Saves the date and time in the start-date nudge as the start of no contact.
    void startCounting();
    // Low-contact mode: opens "Log contact…" (a logistics message, or more).
    void logContact();

    // --- discreet mode (Settings › Privacy) ---
    // The counter, the milestone and the start-date card hidden behind one
    // click while discreet mode is on; shown as usual when it is off.
    void applyDiscretion();
    // Hides them again (discreet mode only): the window was hidden or the
    // mode switched on.
    void conceal();
    // The one click: shows them until the page is next hidden.
    void reveal();
    bool isConcealed() const { return m_concealed; }

Q_SIGNALS:
    void checkInSaved();
    // The evening look back card's button: write or change tonight's.
    void lookBackRequested();

protected:
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void buildUi();
    QFrame *buildNudgeCard();
    QFrame *buildUrgesCard();
    QFrame *buildReminderCard();
    QFrame *buildRiskDatesCard();
    QFrame *buildDiscreetBar();
    void showConcealment();
    void arrangeCards(bool wide);

    void onDataChanged(DataKind kind);
    void showHeader();
    void showNudge();
    void showUrges();
    void showReminder();
    void showRiskDates();
    std::int64_t minuteNow() const;

    // Built for each use: a restore from Settings may have opened another store.
    DashboardPresenter presenter() const;

    AppContext &m_context;
    DashboardState m_state;
    bool m_loaded = false;
    std::int64_t m_loadedMinute = -1; // when the figures were read, in minutes since the epoch
    bool m_wide = true;

    QTimer *m_refreshTimer = nullptr;
    QScrollArea *m_scrollArea = nullptr;
    QWidget *m_column = nullptr;
    QGridLayout *m_cardsLayout = nullptr;

    QLabel *m_greetingLabel = nullptr;
    QLabel *m_todayLabel = nullptr;
    QLabel *m_errorLabel = nullptr;

    QFrame *m_nudgeCard = nullptr;
    QDateTimeEdit *m_startDateEdit = nullptr;
    QPushButton *m_startCountingButton = nullptr;
    QLabel *m_nudgeStatusLabel = nullptr;

    CounterCard *m_counterCard = nullptr;
    MilestoneCard *m_milestoneCard = nullptr;
    CheckInCard *m_checkInCard = nullptr;
    LookBackCard *m_lookBackCard = nullptr;

    QWidget *m_sideColumn = nullptr;
    QFrame *m_urgesCard = nullptr;
    QLabel *m_urgesTodayLabel = nullptr;
    QLabel *m_urgesThisWeekLabel = nullptr;
    QLabel *m_urgesLastWeekLabel = nullptr;
    QLabel *m_urgesNoteLabel = nullptr;

    QFrame *m_reminderCard = nullptr;
    QLabel *m_reminderTextLabel = nullptr;
    QLabel *m_reminderSourceLabel = nullptr;

    QFrame *m_discreetBar = nullptr;
    QLabel *m_discreetLabel = nullptr;
    QPushButton *m_discreetButton = nullptr;
    bool m_concealed = false; // discreet mode on and not revealed

    QFrame *m_riskDatesCard = nullptr;
    QVBoxLayout *m_riskDatesLayout = nullptr;
    QLabel *m_riskDatesEmptyLabel = nullptr;
};

} // namespace holdfast::ui
