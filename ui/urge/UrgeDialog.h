#pragma once

// The urge-intervention dialog ("I want to text my ex"): one page per step
// of holdfast::UrgeFlow, which decides and stores; this only renders it and
// hands over what the user enters. Opens without touching the store.

#include "model/UrgeFlowView.h"
#include "ui/AppContext.h"

#include <QDialog>
#include <QString>

#include <array>
#include <memory>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTimer;

namespace holdfast {
class UrgeFlow;
}

namespace holdfast::ui {

class Card;
class UrgeDecideStep;
class UrgeDoneStep;
class UrgeDoOneThingStep;
class UrgeNameItStep;
class UrgeStepPage;
class UrgeWaitStep;
class UrgeWriteStep;

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
    void announceStored(UrgeFlowStored stored) override;

    // Discreet mode: the window title is the person's neutral label (what the
    // dialog says inside stays: they opened it).
    void applyDiscretion();

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
    void buildUi();
    QSize preferredSize() const;
    // Builds the page of `step` the first time it is needed, so that opening
    // builds only what the first step shows (issue #7: painted within 16 ms).
    void ensurePage(UrgeStep step);
    void addPage(UrgeStepPage *page);
    void fillDoOneThing();
    void retry();
    // Closes without asking the flow again (it has stored, or the user chose to leave).
    void closeNow(int result);

    void goNext();
    void goBack();
    void decideNow();
    // Hands over what the widgets hold and the flow does not have yet.
    void pushInput();
    void onDataChanged(DataKind kind);
    void applyTabOrder(UrgeStep step);
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
    Card *m_banner = nullptr;
    QLabel *m_bannerTitle = nullptr;
    QLabel *m_bannerDetail = nullptr;
    QPushButton *m_retryButton = nullptr;
    QStackedWidget *m_stack = nullptr;
    // One per UrgeStep, null until built; the stack holds them in build order.
    std::array<UrgeStepPage *, std::size_t(UrgeStep::Done) + 1> m_pages{};
    UrgeNameItStep *m_nameIt = nullptr;
    UrgeDoOneThingStep *m_doOneThing = nullptr;
    UrgeWaitStep *m_wait = nullptr;
    UrgeWriteStep *m_write = nullptr;
    UrgeDecideStep *m_decide = nullptr;
    UrgeDoneStep *m_done = nullptr;
    QPushButton *m_backButton = nullptr;
    QPushButton *m_skipButton = nullptr;
    QPushButton *m_nextButton = nullptr;

    QTimer *m_tickTimer = nullptr;
    QTimer *m_draftTimer = nullptr;

    bool m_destroying = false;
    // A close found something unsaved; the next close goes anyway.
    bool m_closePending = false;
};

} // namespace holdfast::ui
