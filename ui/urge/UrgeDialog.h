#pragma once

// The urge-intervention dialog ("I want to text my ex"): one page per step
// of holdfast::UrgeFlow, which decides and stores; this only renders it and
// hands over what the user enters. Opens without touching the store.

#include "model/PlanItems.h"
#include "model/ReminderRotation.h"
#include "model/UrgeFlowView.h"
#include "model/UrgeRecord.h"
#include "ui/AppContext.h"

#include <QDialog>
#include <QString>

#include <array>
#include <memory>
#include <string>
#include <utility>
#include <vector>

class QAbstractButton;
class QButtonGroup;
class QCheckBox;
class QComboBox;
class QFrame;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;
class QStackedWidget;
class QTimer;
class QVBoxLayout;

namespace holdfast {
class UrgeFlow;
}

namespace holdfast::ui {

class BreathingWidget;
class IntensitySlider;

class UrgeDialog : public QDialog, public UrgeFlowView
{
    Q_OBJECT

public:
    // Quiet time after the last key press before the unsent message is stored.
    static constexpr int kDraftDelayMs = 1500;

    explicit UrgeDialog(AppContext &context, QWidget *parent = nullptr);
    // Stores whatever is still only in the dialog (the flow's close()).
    ~UrgeDialog() override;

    UrgeStep step() const;

    // UrgeFlowView
    void showStep(UrgeStep step) override;
    void showMessage(UrgeFlowMessage message, std::optional<StoreError::Kind> storeError) override;
    void timerChanged(std::int64_t remainingMs, std::int64_t totalMs) override;
    void showStrongUrgeNote(const std::optional<StrongUrgeNote> &note) override;

public Q_SLOTS:
    // Polls the countdown and the rotating reminder; the 1 s timer calls it.
    void tick();
    // Hands the unsent message to the flow and stores it; the typing debounce calls it.
    void saveDraftNow();
    // Every way of closing (Esc, the window's close button, Close) ends
    // here: the flow stores what was entered before the dialog goes.
    void done(int result) override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    enum class DetailsMode { None, ReachedOut, TheyContacted };
    // Hands the Done page's message to screen readers.
    void announceClosingMessage();
    // The strong-urge note as shown on one page (Do one thing, Wait it out).
    struct StrongNoteCard
    {
        QFrame *card = nullptr;
        QLabel *reasonsCaption = nullptr;
        QLabel *reasons = nullptr;
        QLabel *consequences = nullptr;
        QLabel *theyKnow = nullptr;
    };
    StrongNoteCard buildStrongNoteCard(const QString &objectName, QWidget *page);

    void buildUi();
    QSize preferredSize() const;
    // Builds the page of `step` the first time it is needed, so that opening
    // builds only what the first step shows (issue #7: painted within 16 ms).
    void ensurePage(UrgeStep step);
    QVBoxLayout *addPage(UrgeStep step, const QString &heading, const QString &intro);
    void buildNameItPage();
    void buildDoOneThingPage();
    void buildWaitPage();
    void buildWritePage();
    void buildDecidePage();
    void buildDonePage();

    void fillDoOneThing();
    void showPerson(int row);
    // False when that one was already the choice (or the row is empty).
    bool choosePersonAt(int row);
    bool chooseActivityAt(int row);
    void copyContact();
    void openContactUrl(const QString &scheme);
    void updateChoiceLabel();
    void showDetails(DetailsMode mode);
    void saveDetails();
    void retry();
    // Closes without asking the flow again (it has stored, or the user chose to leave).
    void closeNow(int result);

    void goNext();
    void goBack();
    void decideNow();
    // Hands over what the widgets hold and the flow does not have yet.
    void pushInput();
    void syncCustomTrigger();
    void updateHalt();
    void rate(int intensity);
    // Tells the other screens about writes that went through.
    void notifyCommitted();
    void onDataChanged(DataKind kind);
    void applyTabOrder(UrgeStep step);
    QList<QWidget *> pageFocusChain(UrgeStep step) const;
    void showBanner(const QString &title, const QString &detail, bool canRetry);
    void hideBanner();
    // While the store is locked the steps that show stored text (people,
    // activities, plans, reasons) show a note and an Unlock button instead.
    void applyLockState();
    // Asks for the passphrase; true when the store is unlocked afterwards.
    bool askToUnlock(const QString &reason);
    // Before text typed while locked is handed on: asks for the passphrase once.
    void unlockBeforeSavingText();

    AppContext &m_context;
    std::unique_ptr<UrgeFlow> m_flow;

    // Header, banner, pages and navigation.
    QLabel *m_stepLabel = nullptr;
    QPushButton *m_decideNowButton = nullptr;
    QPushButton *m_crisisButton = nullptr;
    QFrame *m_banner = nullptr;
    QLabel *m_bannerTitle = nullptr;
    QLabel *m_bannerDetail = nullptr;
    QPushButton *m_retryButton = nullptr;
    StrongNoteCard m_doNote;   // on Do one thing
    StrongNoteCard m_waitNote; // on Wait it out
    QStackedWidget *m_stack = nullptr;
    // One per UrgeStep, null until built; the stack holds them in build order.
    std::array<QWidget *, std::size_t(UrgeStep::Done) + 1> m_pages{};
    QPushButton *m_backButton = nullptr;
    QPushButton *m_skipButton = nullptr;
    QPushButton *m_nextButton = nullptr;

    // Name it
    IntensitySlider *m_intensity = nullptr;
    std::vector<std::pair<Trigger, QCheckBox *>> m_triggerChecks;
    QLineEdit *m_customTriggerEdit = nullptr;
    QString m_appliedCustomTrigger;
    QCheckBox *m_hungryCheck = nullptr;
    QCheckBox *m_angryCheck = nullptr;
    QCheckBox *m_lonelyCheck = nullptr;
    QCheckBox *m_tiredCheck = nullptr;

    // Do one thing
    QFrame *m_lockedCard = nullptr;
    QFrame *m_peopleCard = nullptr;
    QFrame *m_activityCard = nullptr;
    QFrame *m_plansCard = nullptr;
    QLabel *m_plansLabel = nullptr;
    QListWidget *m_peopleList = nullptr;
    QLabel *m_personNameLabel = nullptr;
    QLabel *m_personContactLabel = nullptr;
    QLabel *m_personNoteLabel = nullptr;
    QPushButton *m_copyButton = nullptr;
    QPushButton *m_callButton = nullptr;
    QPushButton *m_messageButton = nullptr;
    QLabel *m_personStatusLabel = nullptr;
    QLabel *m_peopleEmptyLabel = nullptr;
    QWidget *m_personBox = nullptr;
    QListWidget *m_activitiesList = nullptr;
    QPushButton *m_chooseActivityButton = nullptr;
    QLabel *m_activitiesEmptyLabel = nullptr;
    QWidget *m_activityBox = nullptr;
    QLabel *m_choiceLabel = nullptr;
    std::vector<SupportPerson> m_people;
    std::vector<Activity> m_activities;

    // Wait it out
    QLabel *m_countdownLabel = nullptr;
    QLabel *m_timerStatusLabel = nullptr;
    QPushButton *m_extendButton = nullptr;
    BreathingWidget *m_breathing = nullptr;
    QLabel *m_reminderCaption = nullptr;
    QLabel *m_reminderLabel = nullptr;
    IntensitySlider *m_rerate = nullptr;
    std::optional<Reminder> m_shownReminder;
    QTimer *m_tickTimer = nullptr;

    // Write it instead
    QPlainTextEdit *m_messageEdit = nullptr;
    QTimer *m_draftTimer = nullptr;

    // Decide
    IntensitySlider *m_final = nullptr;
    QPushButton *m_resistedButton = nullptr;
    QPushButton *m_reachedOutButton = nullptr;
    QPushButton *m_theyContactedButton = nullptr;
    QFrame *m_detailsCard = nullptr;
    QLabel *m_detailsHeading = nullptr;
    QLabel *m_detailsHint = nullptr;
    QLabel *m_channelLabel = nullptr;
    QComboBox *m_channelCombo = nullptr;
    QLabel *m_noteLabel = nullptr;
    QLineEdit *m_noteEdit = nullptr;
    QWidget *m_repliedBox = nullptr;
    QButtonGroup *m_repliedGroup = nullptr;
    QRadioButton *m_repliedNoRadio = nullptr;
    QRadioButton *m_repliedYesRadio = nullptr;
    QPushButton *m_detailsSaveButton = nullptr;
    DetailsMode m_detailsMode = DetailsMode::None;

    // Done
    QLabel *m_doneMessageLabel = nullptr;
    QLabel *m_doneDetailLabel = nullptr;
    QPushButton *m_closeButton = nullptr;

    // What the other screens were last told about.
    UrgeRecord m_notifiedRecord;
    std::string m_notifiedMessage;
    bool m_contactNotified = false;

    bool m_destroying = false;
    // A close found something unsaved; the next close goes anyway.
    bool m_closePending = false;
};

} // namespace holdfast::ui
