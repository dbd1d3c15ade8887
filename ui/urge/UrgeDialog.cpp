#include "ui/urge/UrgeDialog.h"

#include "ui/Card.h"
#include "ui/CrisisHelp.h"
#include "ui/DiscreetMode.h"
#include "headless/ErrorMessages.h"
#include "ui/Typography.h"
#include "ui/lock/UnlockDialog.h"
#include "ui/contact/ReplyTemplatesPanel.h"
#include "ui/urge/UrgeDecideStep.h"
#include "ui/urge/UrgeDoOneThingStep.h"
#include "ui/urge/UrgeDoneStep.h"
#include "ui/urge/UrgeNameItStep.h"
#include "ui/urge/UrgeStrongNoteCard.h"
#include "ui/urge/UrgeTexts.h"
#include "ui/urge/UrgeWaitStep.h"
#include "ui/urge/UrgeWriteStep.h"

#include "model/StoreError.h"
#include "model/UrgeFlow.h"

#include <QAbstractButton>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScreen>
#include <QShortcutEvent>
#include <QSlider>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace holdfast::ui {

namespace {

constexpr int kTickMs = 1000;
// Widths in average characters of the dialog font, so the layout follows the font size.
constexpr int kPreferredWidthChars = 104;

QPushButton *makeButton(const QString &text, const QString &objectName, QWidget *parent)
{
    return UrgeStepPage::button(text, objectName, parent);
}

} // namespace

UrgeDialog::UrgeDialog(AppContext &context, QWidget *parent)
    : QDialog(parent), m_context(context),
      m_flow(std::make_unique<UrgeFlow>(context.storeHandle(), context.clock(), *this))
{
    setObjectName(QStringLiteral("urgeDialog"));
    applyDiscretion();
    setAccessibleName(tr("Ride out the urge"));
    setSizeGripEnabled(true);

    m_tickTimer = new QTimer(this);
    m_tickTimer->setObjectName(QStringLiteral("urgeTickTimer"));
    m_tickTimer->setInterval(kTickMs);
    connect(m_tickTimer, &QTimer::timeout, this, &UrgeDialog::tick);

    m_draftTimer = new QTimer(this);
    m_draftTimer->setObjectName(QStringLiteral("urgeDraftTimer"));
    m_draftTimer->setSingleShot(true);
    m_draftTimer->setInterval(kDraftDelayMs);
    connect(m_draftTimer, &QTimer::timeout, this, &UrgeDialog::saveDraftNow);

    buildUi();

    // The cached settings are enough to open; people, plans and reasons are
    // read later, when the step that shows them comes up.
    m_flow->preload({.settings = m_context.settings()});
    connect(&m_context, &AppContext::dataChanged, this, &UrgeDialog::onDataChanged);
    connect(&m_context, &AppContext::lockChanged, this, &UrgeDialog::applyLockState);
    applyLockState();
    m_flow->start();

    resize(preferredSize());
}

QSize UrgeDialog::preferredSize() const
{
    // Wide enough for short lines, tall enough that the pages need no
    // scrolling: the user should not have to hunt for anything.
    const int width = std::max(fontMetrics().averageCharWidth() * kPreferredWidthChars, sizeHint().width());
    const QMargins margins = layout()->contentsMargins();
    const int pageWidth = width - margins.left() - margins.right();
    int pageHeight = 0;
    for (const UrgeStepPage *built : m_pages) {
        const QLayout *pageLayout = built && built->widget() ? built->widget()->layout() : nullptr;
        if (!pageLayout)
            continue;
        pageHeight = std::max(pageHeight, pageLayout->hasHeightForWidth() ? pageLayout->heightForWidth(pageWidth)
                                                                           : pageLayout->sizeHint().height());
    }
    QSize size(width, sizeHint().height() - m_stack->sizeHint().height() + pageHeight);
    if (const QScreen *current = screen())
        size = size.boundedTo(current->availableGeometry().size() * 0.9);
    return size;
}

void UrgeDialog::applyDiscretion()
{
    const Settings &settings = m_context.settings();
    setWindowTitle(settings.discreet ? DiscreetMode::panicLabel(settings) : tr("Ride out the urge"));
}

UrgeDialog::~UrgeDialog()
{
    m_destroying = true;
    // Closing with the main window (or the app) still keeps what was entered.
    pushInput();
    m_flow->close();
}

UrgeStep UrgeDialog::step() const
{
    return m_flow->step();
}

// --- building -------------------------------------------------------------------

void UrgeDialog::buildUi()
{
    auto *layout = new QVBoxLayout(this);
    const int spacing = fontMetrics().height();
    layout->setContentsMargins(spacing, spacing * 3 / 4, spacing, spacing * 3 / 4);
    layout->setSpacing(spacing * 3 / 4);

    auto *header = new QHBoxLayout();
    m_stepLabel = new QLabel(this);
    m_stepLabel->setObjectName(QStringLiteral("urgeStepLabel"));
    m_stepLabel->setFont(Typography::scaled(m_stepLabel->font(), 1.0, QFont::DemiBold));
    m_stepLabel->setForegroundRole(QPalette::PlaceholderText);
    header->addWidget(m_stepLabel, 1);
    layout->addLayout(header);

    m_banner = new Card(QStringLiteral("urgeErrorBanner"), tr("Saving problem"), this, Card::Tone::Accent);
    m_bannerTitle = Typography::label(QString(), QStringLiteral("urgeErrorTitleLabel"), m_banner);
    m_bannerTitle->setFont(Typography::scaled(m_bannerTitle->font(), 1.0, QFont::DemiBold));
    m_bannerDetail = Typography::label(QString(), QStringLiteral("urgeErrorDetailLabel"), m_banner);
    auto *bannerRow = new QHBoxLayout();
    auto *bannerText = new QVBoxLayout();
    bannerText->addWidget(m_bannerTitle);
    bannerText->addWidget(m_bannerDetail);
    bannerRow->addLayout(bannerText, 1);
    m_retryButton = makeButton(tr("Try a&gain"), QStringLiteral("urgeRetryButton"), m_banner);
    m_retryButton->setAutoDefault(false);
    connect(m_retryButton, &QPushButton::clicked, this, &UrgeDialog::retry);
    bannerRow->addWidget(m_retryButton, 0, Qt::AlignTop);
    m_banner->contentLayout()->addLayout(bannerRow);
    m_banner->hide();
    layout->addWidget(m_banner);

    m_stack = new QStackedWidget(this);
    m_stack->setObjectName(QStringLiteral("urgeStepStack"));
    layout->addWidget(m_stack, 1);
    // The other pages are built when the flow first shows them. "Do one
    // thing" is built now too: it is the tallest page, and the dialog takes
    // its size from it so that it keeps one size from step to step.
    ensurePage(UrgeStep::NameIt);
    ensurePage(UrgeStep::DoOneThing);

    auto *footer = new QHBoxLayout();
    m_backButton = makeButton(tr("&Back"), QStringLiteral("urgeBackButton"), this);
    m_backButton->setAccessibleName(tr("Back to the previous step"));
    m_skipButton = makeButton(tr("&Skip"), QStringLiteral("urgeSkipButton"), this);
    m_skipButton->setAccessibleName(tr("Skip this step"));
    m_nextButton = makeButton(tr("&Next"), QStringLiteral("urgeNextButton"), this);
    m_nextButton->setAccessibleName(tr("Next step"));
    m_nextButton->setDefault(true);
    connect(m_backButton, &QPushButton::clicked, this, &UrgeDialog::goBack);
    connect(m_skipButton, &QPushButton::clicked, this, &UrgeDialog::goNext);
    connect(m_nextButton, &QPushButton::clicked, this, &UrgeDialog::goNext);
    footer->addWidget(m_backButton);
    footer->addStretch(1);
    footer->addWidget(m_skipButton);
    footer->addWidget(m_nextButton);
    layout->addLayout(footer);

    // Created after the pages so that, without anything else, Tab visits the
    // page first; applyTabOrder() keeps it so when pages change.
    m_decideNowButton = makeButton(tr("Go to the &end"), QStringLiteral("urgeDecideNowButton"), this);
    m_decideNowButton->setFlat(true);
    m_decideNowButton->setAutoDefault(false);
    m_decideNowButton->setAccessibleName(tr("Go to the end"));
    m_decideNowButton->setAccessibleDescription(tr("Go straight to the last step"));
    connect(m_decideNowButton, &QPushButton::clicked, this, &UrgeDialog::decideNow);
    m_crisisButton = makeButton(tr("Crisis &help"), QStringLiteral("urgeCrisisButton"), this);
    m_crisisButton->setFlat(true);
    m_crisisButton->setAutoDefault(false);
    m_crisisButton->setAccessibleName(tr("Crisis help"));
    m_crisisButton->setAccessibleDescription(tr("Shows where to get help right away"));
    connect(m_crisisButton, &QPushButton::clicked, this, [this] { m_context.crisisHelp().show(this); });
    header->addWidget(m_decideNowButton);
    header->addWidget(m_crisisButton);

    for (QAbstractButton *button : findChildren<QAbstractButton *>())
        button->installEventFilter(this);
}

void UrgeDialog::ensurePage(UrgeStep step)
{
    if (m_pages[std::size_t(step)])
        return;
    switch (step) {
    case UrgeStep::NameIt:
        addPage(m_nameIt = new UrgeNameItStep(*m_flow, m_stack));
        break;
    case UrgeStep::DoOneThing:
        addPage(m_doOneThing = new UrgeDoOneThingStep(*m_flow, m_context, m_stack));
        break;
    case UrgeStep::WaitItOut:
        addPage(m_wait = new UrgeWaitStep(*m_flow, m_context.settings().extendMinutes, m_stack));
        break;
    case UrgeStep::WriteItInstead:
        addPage(m_write = new UrgeWriteStep(m_stack));
        connect(m_write->editor(), &QPlainTextEdit::textChanged, this, [this] {
            if (!m_flow->isDone())
                m_draftTimer->start();
        });
        break;
    case UrgeStep::Decide:
        addPage(m_decide = new UrgeDecideStep(*m_flow, m_stack));
        m_decide->setShowReplies([this] { ReplyTemplatesPanel::openDialog(m_context, this); });
        break;
    case UrgeStep::Done:
        addPage(m_done = new UrgeDoneStep(m_stack));
        connect(m_done->closeButton(), &QPushButton::clicked, this, &QDialog::accept);
        break;
    }
    // A page built after the dialog opened clicks its mnemonics at once too.
    // (The buttons of the pages built in buildUi() get the filter there.)
    if (m_nextButton) {
        for (QAbstractButton *button : m_pages[std::size_t(step)]->findChildren<QAbstractButton *>())
            button->installEventFilter(this);
    }
}

void UrgeDialog::addPage(UrgeStepPage *page)
{
    m_stack->addWidget(page);
    m_pages[std::size_t(page->step())] = page;
    connect(page, &UrgeStepPage::inputNeeded, this, &UrgeDialog::pushInput);
    connect(page, &UrgeStepPage::unlockRequested, this, [this](const QString &reason) { askToUnlock(reason); });
    connect(page, &UrgeStepPage::focusChainChanged, this, [this, page] { applyTabOrder(page->step()); });
}

bool UrgeDialog::eventFilter(QObject *watched, QEvent *event)
{
    // Qt "animates" a mnemonic click and runs it 100 ms later; keys typed in
    // that moment (Alt+N, then a number) would land on the old page. Click now.
    if (event->type() == QEvent::Shortcut) {
        auto *button = qobject_cast<QAbstractButton *>(watched);
        if (button && !static_cast<QShortcutEvent *>(event)->isAmbiguous()) {
            if (button->isEnabled())
                button->click();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

// --- the flow's view ----------------------------------------------------------------

void UrgeDialog::showStrongUrgeNote(const std::optional<StrongUrgeNote> &note)
{
    if (m_destroying)
        return;
    UrgeStrongNoteCard *doNote = m_doOneThing ? m_doOneThing->strongNote() : nullptr;
    UrgeStrongNoteCard *waitNote = m_wait ? m_wait->strongNote() : nullptr;
    for (UrgeStrongNoteCard *card : {doNote, waitNote})
        if (card)
            card->hide();
    UrgeStrongNoteCard *card = m_flow->step() == UrgeStep::DoOneThing  ? doNote
                               : m_flow->step() == UrgeStep::WaitItOut ? waitNote
                                                                       : nullptr;
    if (note && card)
        card->showNote(*note);
}

void UrgeDialog::showStep(UrgeStep step)
{
    if (m_destroying)
        return;
    ensurePage(step);
    UrgeStepPage *page = m_pages[std::size_t(step)];
    page->followKind(m_flow->kind());
    m_stack->setCurrentWidget(page);
    const QString indicator = UrgeTexts::stepIndicator(step);
    m_stepLabel->setText(indicator);
    // Heard by a screen reader as focus enters the new page (Orca speaks the
    // named panel a focused control sits in), and as the dialog's description.
    page->setAccessibleName(indicator);
    setAccessibleDescription(indicator);
    // A message about an earlier save that has since gone through is old news.
    if (!m_banner->isHidden() && m_retryButton->isHidden())
        hideBanner();

    const bool done = step == UrgeStep::Done;
    const bool deciding = step == UrgeStep::Decide;
    m_backButton->setVisible(!done);
    m_backButton->setEnabled(m_flow->canGoBack());
    m_skipButton->setVisible(!done && !deciding);
    m_nextButton->setVisible(!done && !deciding);
    m_decideNowButton->setVisible(!done && !deciding);

    if (step == UrgeStep::WaitItOut)
        m_wait->enter();
    else if (m_wait)
        m_wait->leave();

    QWidget *focus = nullptr;
    switch (step) {
    case UrgeStep::NameIt:
        m_nextButton->setDefault(true);
        focus = m_nameIt->slider();
        break;
    case UrgeStep::DoOneThing:
        m_nextButton->setDefault(true);
        fillDoOneThing();
        focus = m_doOneThing->firstChoice();
        if (!focus)
            focus = m_nextButton;
        break;
    case UrgeStep::WaitItOut:
        m_nextButton->setDefault(true);
        tick();
        focus = m_wait->slider();
        break;
    case UrgeStep::WriteItInstead:
        m_nextButton->setDefault(true);
        focus = m_write->editor();
        break;
    case UrgeStep::Decide:
        m_decide->enter();
        focus = m_decide->resistedButton();
        break;
    case UrgeStep::Done:
        m_draftTimer->stop();
        if (m_write)
            m_write->editor()->setReadOnly(true);
        m_done->showDefaultMessage();
        m_done->closeButton()->setDefault(true);
        focus = m_done->closeButton();
        break;
    }
    applyTabOrder(step);
    if (focus)
        focus->setFocus(Qt::OtherFocusReason);
}

void UrgeDialog::showMessage(UrgeFlowMessage message, std::optional<StoreError::Kind> storeError)
{
    if (m_destroying)
        return;
    switch (message) {
    case UrgeFlowMessage::ProofOfStrength:
    case UrgeFlowMessage::SelfCompassion:
    case UrgeFlowMessage::TheirContactRestartedCounter:
    case UrgeFlowMessage::TheirContactKeptCounter:
    case UrgeFlowMessage::LogisticsKeptStretch:
        ensurePage(UrgeStep::Done);
        m_done->showMessage(UrgeTexts::message(message), UrgeTexts::messageDetail(message));
        break;
    case UrgeFlowMessage::WentPastCounterKept:
        ensurePage(UrgeStep::Done);
        m_done->showMessage(UrgeTexts::wentPast(m_flow->kind()), UrgeTexts::wentPastDetail(m_flow->kind()));
        break;
    case UrgeFlowMessage::SaveFailed:
        showBanner(UrgeTexts::message(message), describeStoreError(storeError.value_or(StoreError::Kind::Other)), true);
        m_retryButton->setText(storeError == StoreError::Kind::Locked ? tr("&Unlock to save…") : tr("Try a&gain"));
        break;
    case UrgeFlowMessage::SaveRecovered:
        showBanner(UrgeTexts::message(message), QString(), false);
        break;
    case UrgeFlowMessage::LoadFailed:
        showBanner(UrgeTexts::message(message), describeStoreError(storeError.value_or(StoreError::Kind::Other)), false);
        break;
    }
}

void UrgeDialog::timerChanged(std::int64_t, std::int64_t)
{
    if (m_destroying)
        return;
    if (!m_tickTimer->isActive())
        m_tickTimer->start();
    tick();
}

void UrgeDialog::announceStored(UrgeFlowStored stored)
{
    // Also while the dialog goes: the other screens show what it stored last.
    switch (stored) {
    case UrgeFlowStored::Urge: m_context.notifyChanged(DataKind::Urges); break;
    case UrgeFlowStored::UnsentMessage: m_context.notifyChanged(DataKind::UnsentMessages); break;
    case UrgeFlowStored::Contact: m_context.notifyChanged(DataKind::Contacts); break;
    }
}

void UrgeDialog::tick()
{
    if (!m_flow->timerStarted())
        return;
    // The timer starts on "Wait it out", so its page is there; to be sure:
    ensurePage(UrgeStep::WaitItOut);
    m_wait->tick();
}

void UrgeDialog::fillDoOneThing()
{
    ensurePage(UrgeStep::DoOneThing);
    m_doOneThing->fill();
}

// --- navigation and closing ---------------------------------------------------------------------

void UrgeDialog::goNext()
{
    unlockBeforeSavingText();
    pushInput();
    m_flow->next();
}

void UrgeDialog::goBack()
{
    pushInput();
    m_flow->back();
}

void UrgeDialog::decideNow()
{
    unlockBeforeSavingText();
    pushInput();
    m_flow->decideNow();
}

void UrgeDialog::saveDraftNow()
{
    m_draftTimer->stop();
    if (!m_flow->isStarted() || m_flow->isDone())
        return;
    // Locked, the message cannot be stored yet; it stays in the field until
    // the user goes on and unlocks.
    if (m_context.isLocked())
        return;
    pushInput();
    // Stored while the user is still on this page, so a crash or a power cut
    // cannot take what they wrote.
    m_flow->retrySave();
}

void UrgeDialog::retry()
{
    if (m_context.isLocked() && !askToUnlock(tr("Unlock to save what you entered. It stays here until then.")))
        return;
    pushInput();
    const bool saved = m_flow->retrySave();
    if (saved && m_closePending) {
        closeNow(QDialog::Rejected);
        return;
    }
    if (saved)
        hideBanner();
}

void UrgeDialog::done(int result)
{
    m_draftTimer->stop();
    if (!m_closePending) {
        pushInput();
        m_flow->close();
        if (m_flow->hasUnsavedChanges()) {
            // Stay open once, so the user sees that it is not saved and can try
            // again; closing a second time goes anyway.
            m_closePending = true;
            // The flow has finished; the pages would only take input it can no longer keep.
            showStep(UrgeStep::Done);
            m_bannerTitle->setText(tr("This is not saved yet. Try again, or close once more to leave without saving it."));
            return;
        }
    }
    closeNow(result);
}

void UrgeDialog::closeNow(int result)
{
    m_tickTimer->stop();
    if (m_wait)
        m_wait->leave();
    QDialog::done(result);
}

void UrgeDialog::pushInput()
{
    if (!m_flow->isStarted() || m_flow->isDone())
        return;
    m_nameIt->syncCustomTrigger();
    // Before "Write it instead" was first shown there is nothing typed to hand over.
    if (m_write)
        m_flow->setMessageText(m_write->text().toStdString());
    m_draftTimer->stop();
}

void UrgeDialog::onDataChanged(DataKind kind)
{
    if (kind == DataKind::Settings || kind == DataKind::All)
        m_flow->preload({.settings = m_context.settings()});
    if (kind != DataKind::Plan && kind != DataKind::All)
        return;
    // The user may add people in Plan while this stays open; show them here too.
    if (!m_flow->reloadPlan())
        return;
    if (m_wait)
        m_wait->forgetReminder();
    if (m_flow->step() == UrgeStep::DoOneThing)
        fillDoOneThing();
}

// --- focus and messages --------------------------------------------------------------------------

void UrgeDialog::applyTabOrder(UrgeStep step)
{
    ensurePage(step);
    QList<QWidget *> chain = m_pages[std::size_t(step)]->focusChain();
    chain << m_backButton << m_skipButton << m_nextButton << m_decideNowButton << m_crisisButton << m_retryButton;
    for (qsizetype i = 1; i < chain.size(); ++i)
        QWidget::setTabOrder(chain[i - 1], chain[i]);
}

void UrgeDialog::showBanner(const QString &title, const QString &detail, bool canRetry)
{
    m_bannerTitle->setText(title);
    m_bannerDetail->setText(detail);
    m_bannerDetail->setVisible(!detail.isEmpty());
    m_retryButton->setVisible(canRetry);
    m_banner->show();
}

void UrgeDialog::hideBanner()
{
    m_banner->hide();
    m_retryButton->hide();
}

// --- locked -----------------------------------------------------------------------------------

void UrgeDialog::applyLockState()
{
    if (m_context.isLocked()) {
        // Nothing stored as text is read while locked: empty lists instead,
        // so the reminders are the built-in cards and nothing is suggested.
        m_flow->preload({.supportPeople = std::vector<SupportPerson>{},
                         .activities = std::vector<Activity>{},
                         .ifThenPlans = std::vector<IfThenPlan>{},
                         .reasons = std::vector<Reason>{},
                         .earlierUrgesToday = 0});
        m_doOneThing->clearLists();
    }
    // On unlock, dataChanged(All) reloads the lists (onDataChanged).
    if (m_wait)
        m_wait->forgetReminder();
    if (!m_flow->isStarted())
        return;
    if (m_flow->step() == UrgeStep::DoOneThing)
        fillDoOneThing();
    m_doOneThing->updateChoiceLabel();
    tick();
}

bool UrgeDialog::askToUnlock(const QString &reason)
{
    const bool unlocked = UnlockDialog::askToUnlock(m_context, reason, this);
    if (unlocked && m_flow->step() == UrgeStep::DoOneThing)
        fillDoOneThing();
    return unlocked;
}

void UrgeDialog::unlockBeforeSavingText()
{
    if (!m_context.isLocked() || !m_flow->isStarted() || m_flow->isDone())
        return;
    const UrgeStep step = m_flow->step();
    const bool typedTrigger = step == UrgeStep::NameIt && m_nameIt->hasTypedTrigger();
    const bool typedMessage = step == UrgeStep::WriteItInstead && m_write && m_write->hasText();
    if (!typedTrigger && !typedMessage)
        return;
    // Declining is fine: the words stay in the dialog and the banner offers
    // the unlock again.
    askToUnlock(typedMessage ? tr("Your message is stored encrypted. Unlock to keep it; until then it stays here.")
                             : tr("What you wrote is stored encrypted. Unlock to keep it; until then it stays here."));
}

} // namespace holdfast::ui
