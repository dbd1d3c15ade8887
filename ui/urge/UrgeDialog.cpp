#include "ui/urge/UrgeDialog.h"

#include "ui/AccentButton.h"
#include "ui/CrisisHelp.h"
#include "headless/ErrorMessages.h"
#include "ui/SelectionFocus.h"
#include "ui/TriggerNames.h"
#include "ui/lock/UnlockDialog.h"
#include "ui/Typography.h"
#include "ui/WrappedLabel.h"
#include "ui/reminders/ReminderTexts.h"
#include "ui/urge/BreathingWidget.h"
#include "ui/urge/IntensitySlider.h"
#include "ui/urge/UrgeTexts.h"

#include "model/StoreError.h"
#include "model/UrgeFlow.h"

#include <QAccessible>
#include <QButtonGroup>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDesktopServices>
#include <QFrame>
#include <QGridLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QScreen>
#include <QScrollArea>
#include <QShortcutEvent>
#include <QSlider>
#include <QStackedWidget>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>
#include <array>
#include <optional>
#include <functional>
#include <string_view>

namespace holdfast::ui {

namespace {

constexpr auto scaledFont = &Typography::scaled;

constexpr int kTickMs = 1000;
constexpr int kIdRole = Qt::UserRole + 1;
// Widths in average characters of the dialog font, so the layout follows the font size.
constexpr int kPreferredWidthChars = 104;
// Rows a list of people or activities shows before it scrolls.
constexpr int kListRowsMin = 3;
constexpr int kListRowsMax = 6;

constexpr auto makeLabel = &Typography::label;

QLabel *makeQuietLabel(const QString &text, const QString &objectName, QWidget *parent)
{
    QLabel *label = makeLabel(text, objectName, parent);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

QLabel *makeCaption(const QString &text, QWidget *parent)
{
    auto *label = new WrappedLabel(text, parent);
    label->setFont(scaledFont(label->font(), 1.05, QFont::DemiBold));
    label->setWordWrap(true);
    return label;
}

QFrame *makeCard(const QString &objectName, const QString &accessibleName, QWidget *parent)
{
    auto *card = new QFrame(parent);
    card->setObjectName(objectName);
    card->setAccessibleName(accessibleName);
    card->setFrameShape(QFrame::StyledPanel);
    card->setAutoFillBackground(true);
    card->setBackgroundRole(QPalette::Base);
    auto *layout = new QVBoxLayout(card);
    const int margin = card->fontMetrics().height() * 3 / 4;
    layout->setContentsMargins(margin, margin, margin, margin);
    layout->setSpacing(margin / 2);
    return card;
}

// A list as tall as its rows (within limits), so short lists leave room for the rest.
void fitListHeight(QListWidget *list)
{
    const int rows = std::clamp(list->count(), kListRowsMin, kListRowsMax);
    const int row = list->count() > 0 ? list->sizeHintForRow(0) : list->fontMetrics().height() + 4;
    list->setFixedHeight(rows * row + 2 * list->frameWidth() + 4);
    list->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

// "social_media" -> "SocialMedia", for object names like urgeTriggerSocialMediaCheck.
QString camelCase(std::string_view key)
{
    QString result;
    bool upper = true;
    for (const char c : key) {
        if (c == '_') {
            upper = true;
            continue;
        }
        const QChar ch = QLatin1Char(c);
        result.append(upper ? ch.toUpper() : ch);
        upper = false;
    }
    return result;
}

QPushButton *makeButton(const QString &text, const QString &objectName, QWidget *parent)
{
    auto *button = new QPushButton(text, parent);
    button->setObjectName(objectName);
    return button;
}

// A number a phone can dial: digits with the usual separators, no handle or address.
bool isPhoneNumber(const QString &contact)
{
    static const QRegularExpression phone(QStringLiteral("^\\+?[0-9 ()./-]{3,}$"));
    return phone.match(contact.trimmed()).hasMatch();
}

QString dialable(const QString &contact)
{
    QString digits;
    for (const QChar c : contact)
        if (c.isDigit() || c == QLatin1Char('+'))
            digits.append(c);
    return digits;
}

// Enter on a list chooses the current row instead of reaching the dialog's
// default button, so picking a person never skips the step by accident. When
// that row is already the choice, Enter goes on to the default button (Next).
class ReturnActivatesFilter : public QObject
{
public:
    // `activate` returns false when there was nothing new to choose.
    ReturnActivatesFilter(QListWidget *list, std::function<bool(int)> activate)
        : QObject(list), m_list(list), m_activate(std::move(activate))
    {
        list->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_list && event->type() == QEvent::KeyPress) {
            const int key = static_cast<QKeyEvent *>(event)->key();
            if ((key == Qt::Key_Return || key == Qt::Key_Enter) && m_list->currentRow() >= 0)
                return m_activate(m_list->currentRow());
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QListWidget *m_list;
    std::function<bool(int)> m_activate;
};

} // namespace

UrgeDialog::UrgeDialog(AppContext &context, QWidget *parent)
    : QDialog(parent), m_context(context),
      m_flow(std::make_unique<UrgeFlow>(context.store(), context.clock(), *this))
{
    setObjectName(QStringLiteral("urgeDialog"));
    setWindowTitle(tr("Ride out the urge"));
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
    for (const QWidget *built : m_pages) {
        const auto *scroll = qobject_cast<const QScrollArea *>(built);
        const QLayout *pageLayout = scroll && scroll->widget() ? scroll->widget()->layout() : nullptr;
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

UrgeDialog::~UrgeDialog()
{
    m_destroying = true;
    // Closing with the main window (or the app) still keeps what was entered.
    pushInput();
    m_flow->close();
    notifyCommitted();
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
    m_stepLabel->setFont(scaledFont(m_stepLabel->font(), 1.0, QFont::DemiBold));
    m_stepLabel->setForegroundRole(QPalette::PlaceholderText);
    header->addWidget(m_stepLabel, 1);
    layout->addLayout(header);

    m_banner = makeCard(QStringLiteral("urgeErrorBanner"), tr("Saving problem"), this);
    m_banner->setBackgroundRole(QPalette::AlternateBase);
    auto *bannerLayout = qobject_cast<QVBoxLayout *>(m_banner->layout());
    m_bannerTitle = makeLabel(QString(), QStringLiteral("urgeErrorTitleLabel"), m_banner);
    m_bannerTitle->setFont(scaledFont(m_bannerTitle->font(), 1.0, QFont::DemiBold));
    m_bannerDetail = makeLabel(QString(), QStringLiteral("urgeErrorDetailLabel"), m_banner);
    auto *bannerRow = new QHBoxLayout();
    auto *bannerText = new QVBoxLayout();
    bannerText->addWidget(m_bannerTitle);
    bannerText->addWidget(m_bannerDetail);
    bannerRow->addLayout(bannerText, 1);
    m_retryButton = makeButton(tr("Try a&gain"), QStringLiteral("urgeRetryButton"), m_banner);
    m_retryButton->setAutoDefault(false);
    connect(m_retryButton, &QPushButton::clicked, this, &UrgeDialog::retry);
    bannerRow->addWidget(m_retryButton, 0, Qt::AlignTop);
    bannerLayout->addLayout(bannerRow);
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
    case UrgeStep::NameIt: buildNameItPage(); break;
    case UrgeStep::DoOneThing: buildDoOneThingPage(); break;
    case UrgeStep::WaitItOut: buildWaitPage(); break;
    case UrgeStep::WriteItInstead: buildWritePage(); break;
    case UrgeStep::Decide: buildDecidePage(); break;
    case UrgeStep::Done: buildDonePage(); break;
    }
    // A page built after the dialog opened clicks its mnemonics at once too.
    // (The buttons of the pages built in buildUi() get the filter there.)
    if (m_nextButton) {
        for (QAbstractButton *button : m_pages[std::size_t(step)]->findChildren<QAbstractButton *>())
            button->installEventFilter(this);
    }
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

QVBoxLayout *UrgeDialog::addPage(UrgeStep step, const QString &heading, const QString &intro)
{
    auto *scroll = new QScrollArea(m_stack);
    scroll->setObjectName(QStringLiteral("urgePage%1").arg(int(step)));
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setFocusPolicy(Qt::NoFocus);

    auto *page = new QWidget(scroll);
    // Handed to the scroll area while still empty: it measures its widget at
    // once, and a full page would be measured twice.
    scroll->setWidget(page);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    const int spacing = fontMetrics().height();
    layout->setSpacing(spacing * 3 / 4);
    if (!heading.isEmpty()) {
        auto *title = makeLabel(heading, QStringLiteral("urgeHeadingLabel%1").arg(int(step)), page);
        title->setFont(scaledFont(title->font(), 1.35, QFont::DemiBold));
        layout->addWidget(title);
    }
    if (!intro.isEmpty())
        layout->addWidget(makeLabel(intro, QStringLiteral("urgeIntroLabel%1").arg(int(step)), page));
    m_stack->addWidget(scroll);
    m_pages[std::size_t(step)] = scroll;
    return layout;
}

void UrgeDialog::buildNameItPage()
{
    QVBoxLayout *layout = addPage(UrgeStep::NameIt,
                                  tr("You want to reach out. That feeling is real, and it will pass. Let's ride it out together."),
                                  QString());
    QWidget *page = layout->parentWidget();

    QFrame *intensityCard = makeCard(QStringLiteral("urgeIntensityCard"), tr("How strong is it"), page);
    auto *intensityLayout = qobject_cast<QVBoxLayout *>(intensityCard->layout());
    auto *intensityCaption = makeCaption(tr("How strong is the urge right now?"), intensityCard);
    m_intensity = new IntensitySlider(QStringLiteral("urgeIntensitySlider"), tr("Urge intensity from 0 to 10"), intensityCard);
    intensityCaption->setBuddy(m_intensity->slider());
    connect(m_intensity, &IntensitySlider::rated, this, &UrgeDialog::rate);
    intensityLayout->addWidget(intensityCaption);
    intensityLayout->addWidget(m_intensity);
    layout->addWidget(intensityCard);

    QFrame *triggerCard = makeCard(QStringLiteral("urgeTriggerCard"), tr("What set it off"), page);
    auto *triggerLayout = qobject_cast<QVBoxLayout *>(triggerCard->layout());
    triggerLayout->addWidget(makeCaption(tr("What set it off? Tick any that fit."), triggerCard));
    auto *grid = new QGridLayout();
    grid->setHorizontalSpacing(fontMetrics().height());
    int index = 0;
    for (Trigger trigger : kAllTriggers) {
        // "Something else" is the line below, in the user's own words.
        if (trigger == Trigger::Other)
            continue;
        auto *check = new QCheckBox(TriggerNames::label(trigger), triggerCard);
        check->setObjectName(QStringLiteral("urgeTrigger%1Check").arg(camelCase(triggerKey(trigger))));
        check->setAccessibleName(TriggerNames::label(trigger));
        connect(check, &QCheckBox::toggled, this, [this, trigger](bool on) { m_flow->setTrigger(trigger, on); });
        grid->addWidget(check, index / 2, index % 2);
        m_triggerChecks.emplace_back(trigger, check);
        ++index;
    }
    triggerLayout->addLayout(grid);
    auto *otherRow = new QHBoxLayout();
    auto *otherLabel = new QLabel(tr("Other…"), triggerCard);
    m_customTriggerEdit = new QLineEdit(triggerCard);
    m_customTriggerEdit->setObjectName(QStringLiteral("urgeCustomTriggerEdit"));
    m_customTriggerEdit->setAccessibleName(tr("Something else that set it off"));
    m_customTriggerEdit->setPlaceholderText(tr("In your own words"));
    // The clear button's icon comes from the style, which takes a while to
    // load; it only shows with text, so it is set up with the first letter.
    connect(m_customTriggerEdit, &QLineEdit::textChanged, m_customTriggerEdit,
            [edit = m_customTriggerEdit](const QString &text) {
                if (!text.isEmpty() && !edit->isClearButtonEnabled())
                    edit->setClearButtonEnabled(true);
            });
    otherLabel->setBuddy(m_customTriggerEdit);
    connect(m_customTriggerEdit, &QLineEdit::textChanged, this, &UrgeDialog::syncCustomTrigger);
    otherRow->addWidget(otherLabel);
    otherRow->addWidget(m_customTriggerEdit, 1);
    triggerLayout->addLayout(otherRow);
    layout->addWidget(triggerCard);

    QFrame *haltCard = makeCard(QStringLiteral("urgeHaltCard"), tr("HALT check"), page);
    auto *haltLayout = qobject_cast<QVBoxLayout *>(haltCard->layout());
    haltLayout->addWidget(makeCaption(tr("Are you…"), haltCard));
    auto *haltRow = new QHBoxLayout();
    const auto makeHalt = [&](const QString &text, const QString &name) {
        auto *check = new QCheckBox(text, haltCard);
        check->setObjectName(name);
        check->setAccessibleName(text);
        connect(check, &QCheckBox::toggled, this, &UrgeDialog::updateHalt);
        haltRow->addWidget(check);
        return check;
    };
    m_hungryCheck = makeHalt(tr("Hungry"), QStringLiteral("urgeHaltHungryCheck"));
    m_angryCheck = makeHalt(tr("Angry"), QStringLiteral("urgeHaltAngryCheck"));
    m_lonelyCheck = makeHalt(tr("Lonely"), QStringLiteral("urgeHaltLonelyCheck"));
    m_tiredCheck = makeHalt(tr("Tired"), QStringLiteral("urgeHaltTiredCheck"));
    haltRow->addStretch(1);
    haltLayout->addLayout(haltRow);
    haltLayout->addWidget(makeQuietLabel(tr("Hunger, anger, loneliness and tiredness make every urge louder. "
                                            "If one fits, looking after it first can take the edge off."),
                                         QStringLiteral("urgeHaltHintLabel"), haltCard));
    layout->addWidget(haltCard);
    layout->addStretch(1);
}

void UrgeDialog::buildDoOneThingPage()
{
    QVBoxLayout *layout = addPage(UrgeStep::DoOneThing, tr("Do one thing"),
                                  tr("Pick one small thing and do it now. Action first; the thinking can wait."));
    QWidget *page = layout->parentWidget();
    m_doNote = buildStrongNoteCard(QStringLiteral("urgeStrongNoteCard"), page);
    layout->addWidget(m_doNote.card);

    m_plansCard = makeCard(QStringLiteral("urgePlansCard"), tr("Your plan for this"), page);
    m_plansLabel = makeLabel(QString(), QStringLiteral("urgePlansLabel"), m_plansCard);
    m_plansLabel->setTextFormat(Qt::PlainText);
    m_plansCard->layout()->addWidget(m_plansLabel);
    m_plansCard->hide();
    layout->addWidget(m_plansCard);


    m_lockedCard = makeCard(QStringLiteral("urgeLockedCard"), tr("Locked"), page);
    auto *lockedLayout = qobject_cast<QVBoxLayout *>(m_lockedCard->layout());
    lockedLayout->addWidget(makeLabel(tr("Your people, activities and plans are locked with your passphrase. "
                                         "Unlock to see them, or go on: the next steps work without it."),
                                      QStringLiteral("urgeLockedLabel"), m_lockedCard));
    auto *unlockButton = makeButton(tr("&Unlock…"), QStringLiteral("urgeUnlockButton"), m_lockedCard);
    unlockButton->setAutoDefault(false);
    connect(unlockButton, &QPushButton::clicked, this,
            [this] { askToUnlock(tr("Unlock to see your people, activities and plans.")); });
    lockedLayout->addWidget(unlockButton, 0, Qt::AlignLeft);
    m_lockedCard->hide();
    layout->addWidget(m_lockedCard);

    QFrame *peopleCard = makeCard(QStringLiteral("urgePeopleCard"), tr("Someone on your side"), page);
    m_peopleCard = peopleCard;
    auto *peopleLayout = qobject_cast<QVBoxLayout *>(peopleCard->layout());
    peopleLayout->addWidget(makeCaption(tr("Call or message someone on your side"), peopleCard));
    m_personBox = new QWidget(peopleCard);
    auto *personLayout = new QVBoxLayout(m_personBox);
    personLayout->setContentsMargins(0, 0, 0, 0);
    m_personNameLabel = makeLabel(QString(), QStringLiteral("urgePersonNameLabel"), m_personBox);
    m_personNameLabel->setFont(scaledFont(m_personNameLabel->font(), 1.2, QFont::DemiBold));
    m_personNameLabel->setTextFormat(Qt::PlainText);
    m_personContactLabel = makeLabel(QString(), QStringLiteral("urgePersonContactLabel"), m_personBox);
    m_personContactLabel->setTextFormat(Qt::PlainText);
    m_personContactLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_personNoteLabel = makeQuietLabel(QString(), QStringLiteral("urgePersonNoteLabel"), m_personBox);
    m_personNoteLabel->setTextFormat(Qt::PlainText);
    personLayout->addWidget(m_personNameLabel);
    personLayout->addWidget(m_personContactLabel);
    personLayout->addWidget(m_personNoteLabel);
    auto *personButtons = new QHBoxLayout();
    m_copyButton = makeButton(tr("&Copy number"), QStringLiteral("urgeCopyNumberButton"), m_personBox);
    m_callButton = makeButton(tr("Call"), QStringLiteral("urgeCallButton"), m_personBox);
    m_messageButton = makeButton(tr("Message"), QStringLiteral("urgeMessageButton"), m_personBox);
    for (QPushButton *button : {m_copyButton, m_callButton, m_messageButton})
        button->setAutoDefault(false);
    connect(m_copyButton, &QPushButton::clicked, this, &UrgeDialog::copyContact);
    connect(m_callButton, &QPushButton::clicked, this, [this] { openContactUrl(QStringLiteral("tel")); });
    connect(m_messageButton, &QPushButton::clicked, this, [this] { openContactUrl(QStringLiteral("sms")); });
    personButtons->addWidget(m_copyButton);
    personButtons->addWidget(m_callButton);
    personButtons->addWidget(m_messageButton);
    personButtons->addStretch(1);
    personLayout->addLayout(personButtons);
    m_personStatusLabel = makeQuietLabel(QString(), QStringLiteral("urgePersonStatusLabel"), m_personBox);
    m_personStatusLabel->hide();
    personLayout->addWidget(m_personStatusLabel);
    personLayout->addWidget(makeQuietLabel(tr("Or someone else:"), QStringLiteral("urgePeopleListCaption"), m_personBox));
    m_peopleList = new QListWidget(m_personBox);
    m_peopleList->setObjectName(QStringLiteral("urgePeopleList"));
    m_peopleList->setAccessibleName(tr("Your support people"));
    m_peopleList->setAccessibleDescription(tr("Press Enter to choose the selected person"));
    fitListHeight(m_peopleList);
    SelectionFocus::install(m_peopleList); // which of the two lists the keys move
    connect(m_peopleList, &QListWidget::currentRowChanged, this, &UrgeDialog::showPerson);
    connect(m_peopleList, &QListWidget::itemDoubleClicked, this,
            [this](QListWidgetItem *item) { choosePersonAt(m_peopleList->row(item)); });
    new ReturnActivatesFilter(m_peopleList, [this](int row) { return choosePersonAt(row); });
    m_peopleList->setWordWrap(true);
    m_peopleList->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    personLayout->addWidget(m_peopleList);
    peopleLayout->addWidget(m_personBox);
    m_peopleEmptyLabel = makeQuietLabel(tr("No one on your list yet. When this wave has passed, add a friend or two "
                                           "under Plan, so they are here next time."),
                                        QStringLiteral("urgePeopleEmptyLabel"), peopleCard);
    peopleLayout->addWidget(m_peopleEmptyLabel);
    layout->addWidget(peopleCard);

    QFrame *activityCard = makeCard(QStringLiteral("urgeActivitiesCard"), tr("Something to do"), page);
    m_activityCard = activityCard;
    auto *activityLayout = qobject_cast<QVBoxLayout *>(activityCard->layout());
    activityLayout->addWidget(makeCaption(tr("Or get busy"), activityCard));
    m_activityBox = new QWidget(activityCard);
    auto *activityBoxLayout = new QVBoxLayout(m_activityBox);
    activityBoxLayout->setContentsMargins(0, 0, 0, 0);
    m_activitiesList = new QListWidget(m_activityBox);
    m_activitiesList->setObjectName(QStringLiteral("urgeActivitiesList"));
    m_activitiesList->setAccessibleName(tr("Your activities"));
    m_activitiesList->setAccessibleDescription(tr("Press Enter to choose the selected activity"));
    fitListHeight(m_activitiesList);
    SelectionFocus::install(m_activitiesList);
    connect(m_activitiesList, &QListWidget::itemDoubleClicked, this,
            [this](QListWidgetItem *item) { chooseActivityAt(m_activitiesList->row(item)); });
    new ReturnActivatesFilter(m_activitiesList, [this](int row) { return chooseActivityAt(row); });
    m_activitiesList->setWordWrap(true);
    m_activitiesList->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    activityBoxLayout->addWidget(m_activitiesList);
    m_chooseActivityButton = makeButton(tr("I'll do this"), QStringLiteral("urgeChooseActivityButton"), m_activityBox);
    m_chooseActivityButton->setAutoDefault(false);
    m_chooseActivityButton->setAccessibleName(tr("Do the selected activity"));
    connect(m_chooseActivityButton, &QPushButton::clicked, this,
            [this] { chooseActivityAt(m_activitiesList->currentRow()); });
    activityBoxLayout->addWidget(m_chooseActivityButton, 0, Qt::AlignLeft);
    activityLayout->addWidget(m_activityBox);
    m_activitiesEmptyLabel = makeQuietLabel(tr("No activities yet. For now: stand up, drink a glass of water, "
                                               "step outside for a minute. You can add your own under Plan later."),
                                            QStringLiteral("urgeActivitiesEmptyLabel"), activityCard);
    activityLayout->addWidget(m_activitiesEmptyLabel);
    layout->addWidget(activityCard);

    m_choiceLabel = makeLabel(QString(), QStringLiteral("urgeChoiceLabel"), page);
    m_choiceLabel->setTextFormat(Qt::PlainText);
    m_choiceLabel->setFont(scaledFont(m_choiceLabel->font(), 1.0, QFont::DemiBold));
    m_choiceLabel->hide();
    layout->addWidget(m_choiceLabel);
    layout->addStretch(1);
}

void UrgeDialog::buildWaitPage()
{
    QVBoxLayout *layout = addPage(UrgeStep::WaitItOut, tr("Wait it out"),
                                  tr("Urges rise, peak and pass. Breathe with the circle and let the minutes do their work."));
    QWidget *page = layout->parentWidget();

    auto *top = new QHBoxLayout();
    top->setSpacing(fontMetrics().height() * 3 / 2);
    m_breathing = new BreathingWidget(page);
    top->addWidget(m_breathing, 0, Qt::AlignVCenter);

    auto *timerColumn = new QVBoxLayout();
    timerColumn->addStretch(1);
    m_countdownLabel = new QLabel(UrgeTexts::countdown(0), page);
    m_countdownLabel->setObjectName(QStringLiteral("urgeCountdownLabel"));
    m_countdownLabel->setAccessibleName(tr("Time left"));
    m_countdownLabel->setFont(scaledFont(m_countdownLabel->font(), 3.2, QFont::Light));
    timerColumn->addWidget(m_countdownLabel);
    m_timerStatusLabel = makeQuietLabel(QString(), QStringLiteral("urgeTimerStatusLabel"), page);
    timerColumn->addWidget(m_timerStatusLabel);
    m_extendButton = makeButton(tr("&Add %n minute(s)", nullptr, std::max(1, m_context.settings().extendMinutes)),
                                QStringLiteral("urgeExtendButton"), page);
    m_extendButton->setAutoDefault(false);
    connect(m_extendButton, &QPushButton::clicked, this, [this] { m_flow->extendTimer(); });
    timerColumn->addWidget(m_extendButton, 0, Qt::AlignLeft);
    timerColumn->addStretch(1);
    top->addLayout(timerColumn, 1);
    layout->addLayout(top);

    m_waitNote = buildStrongNoteCard(QStringLiteral("urgeWaitStrongNoteCard"), page);
    layout->addWidget(m_waitNote.card);

    QFrame *reminderCard = makeCard(QStringLiteral("urgeReminderCard"), tr("A reminder"), page);
    m_reminderCaption = makeQuietLabel(QString(), QStringLiteral("urgeReminderCaption"), reminderCard);
    m_reminderLabel = makeLabel(QString(), QStringLiteral("urgeReminderLabel"), reminderCard);
    m_reminderLabel->setTextFormat(Qt::PlainText);
    m_reminderLabel->setFont(scaledFont(m_reminderLabel->font(), 1.1, QFont::Normal));
    reminderCard->layout()->addWidget(m_reminderCaption);
    reminderCard->layout()->addWidget(m_reminderLabel);
    layout->addWidget(reminderCard);

    QFrame *rerateCard = makeCard(QStringLiteral("urgeRerateCard"), tr("How strong is it now"), page);
    auto *rerateCaption = makeCaption(tr("How strong is it now?"), rerateCard);
    m_rerate = new IntensitySlider(QStringLiteral("urgeRerateSlider"), tr("Urge intensity now, from 0 to 10"), rerateCard);
    rerateCaption->setBuddy(m_rerate->slider());
    connect(m_rerate, &IntensitySlider::rated, this, &UrgeDialog::rate);
    rerateCard->layout()->addWidget(rerateCaption);
    rerateCard->layout()->addWidget(m_rerate);
    layout->addWidget(rerateCard);
    layout->addStretch(1);
}

void UrgeDialog::buildWritePage()
{
    QVBoxLayout *layout = addPage(UrgeStep::WriteItInstead, tr("What do you want to tell them?"),
                                  tr("Write it here. It stays here — it is never sent."));
    QWidget *page = layout->parentWidget();
    m_messageEdit = new QPlainTextEdit(page);
    m_messageEdit->setObjectName(QStringLiteral("urgeMessageEdit"));
    m_messageEdit->setAccessibleName(tr("Your unsent message"));
    m_messageEdit->setAccessibleDescription(tr("Never sent. Kept in your journal's unsent folder."));
    m_messageEdit->setPlaceholderText(tr("Say everything you want to say."));
    // Tab moves on, so the whole flow works from the keyboard.
    m_messageEdit->setTabChangesFocus(true);
    connect(m_messageEdit, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_flow->isDone())
            m_draftTimer->start();
    });
    layout->addWidget(m_messageEdit, 1);
    layout->addWidget(makeQuietLabel(tr("It goes to the unsent folder in your journal, where only you can read it. "
                                        "Tomorrow you may see it differently."),
                                     QStringLiteral("urgeMessageHintLabel"), page));
}

void UrgeDialog::buildDecidePage()
{
    QVBoxLayout *layout = addPage(UrgeStep::Decide, tr("How did it go?"),
                                  tr("Whatever happened, you can say so here. There is no wrong answer."));
    QWidget *page = layout->parentWidget();

    QFrame *resistedCard = makeCard(QStringLiteral("urgeResistedCard"), tr("I didn't reach out"), page);
    auto *finalCaption = makeCaption(tr("How strong is it now? (optional)"), resistedCard);
    m_final = new IntensitySlider(QStringLiteral("urgeFinalIntensitySlider"), tr("Urge intensity at the end, from 0 to 10"),
                                  resistedCard);
    finalCaption->setBuddy(m_final->slider());
    m_resistedButton = makeButton(tr("I didn't reach out"), QStringLiteral("urgeResistedButton"), resistedCard);
    m_resistedButton->setAccessibleDescription(tr("Finish: you rode out the urge"));
    QFont strong = m_resistedButton->font();
    strong.setBold(true);
    m_resistedButton->setFont(strong);
    // The outcome we hope for stands out, in the theme's accent colour.
    AccentButton::apply(m_resistedButton);
    m_resistedButton->setMinimumWidth(m_resistedButton->sizeHint().width() + fontMetrics().height() * 4);
    m_resistedButton->setMinimumHeight(m_resistedButton->sizeHint().height() * 3 / 2);
    connect(m_resistedButton, &QPushButton::clicked, this, [this] {
        pushInput();
        m_flow->resisted(m_final->rating());
        notifyCommitted();
    });
    resistedCard->layout()->addWidget(finalCaption);
    resistedCard->layout()->addWidget(m_final);
    resistedCard->layout()->addWidget(m_resistedButton);
    resistedCard->layout()->setAlignment(m_resistedButton, Qt::AlignLeft);
    layout->addWidget(resistedCard);

    QFrame *otherCard = makeCard(QStringLiteral("urgeOtherOutcomesCard"), tr("Something else happened"), page);
    auto *otherLayout = qobject_cast<QVBoxLayout *>(otherCard->layout());
    otherLayout->addWidget(makeQuietLabel(tr("If you did reach out, or they did, that's okay. Saying so helps you see "
                                             "what set it off."),
                                          QStringLiteral("urgeOtherOutcomesHint"), otherCard));
    auto *otherRow = new QHBoxLayout();
    m_reachedOutButton = makeButton(tr("I &reached out"), QStringLiteral("urgeReachedOutButton"), otherCard);
    m_theyContactedButton = makeButton(tr("&They contacted me"), QStringLiteral("urgeTheyContactedButton"), otherCard);
    for (QPushButton *button : {m_reachedOutButton, m_theyContactedButton}) {
        button->setAutoDefault(false);
        // Shows which answer the form below belongs to.
        button->setCheckable(true);
        button->setMinimumWidth(button->sizeHint().width() + fontMetrics().height() * 2);
    }
    connect(m_reachedOutButton, &QPushButton::clicked, this, [this] { showDetails(DetailsMode::ReachedOut); });
    connect(m_theyContactedButton, &QPushButton::clicked, this, [this] { showDetails(DetailsMode::TheyContacted); });
    otherRow->addWidget(m_reachedOutButton);
    otherRow->addWidget(m_theyContactedButton);
    otherRow->addStretch(1);
    otherLayout->addLayout(otherRow);

    m_detailsCard = new QFrame(otherCard);
    m_detailsCard->setObjectName(QStringLiteral("urgeDetailsBox"));
    auto *details = new QVBoxLayout(m_detailsCard);
    details->setContentsMargins(0, fontMetrics().height() / 2, 0, 0);
    m_detailsHeading = makeCaption(QString(), m_detailsCard);
    m_detailsHeading->setObjectName(QStringLiteral("urgeDetailsHeading"));
    m_detailsHint = makeLabel(QString(), QStringLiteral("urgeDetailsHint"), m_detailsCard);
    details->addWidget(m_detailsHeading);
    details->addWidget(m_detailsHint);

    m_repliedBox = new QWidget(m_detailsCard);
    auto *repliedRow = new QHBoxLayout(m_repliedBox);
    repliedRow->setContentsMargins(0, 0, 0, 0);
    auto *repliedLabel = new QLabel(tr("Did you reply?"), m_repliedBox);
    m_repliedNoRadio = new QRadioButton(tr("No, I didn't reply"), m_repliedBox);
    m_repliedNoRadio->setObjectName(QStringLiteral("urgeRepliedNoRadio"));
    m_repliedYesRadio = new QRadioButton(tr("Yes, I replied"), m_repliedBox);
    m_repliedYesRadio->setObjectName(QStringLiteral("urgeRepliedYesRadio"));
    m_repliedGroup = new QButtonGroup(this);
    m_repliedGroup->addButton(m_repliedNoRadio, 0);
    m_repliedGroup->addButton(m_repliedYesRadio, 1);
    connect(m_repliedGroup, &QButtonGroup::idToggled, this, [this] {
        m_detailsSaveButton->setEnabled(m_repliedGroup->checkedId() >= 0);
    });
    repliedRow->addWidget(repliedLabel);
    repliedRow->addWidget(m_repliedNoRadio);
    repliedRow->addWidget(m_repliedYesRadio);
    repliedRow->addStretch(1);
    details->addWidget(m_repliedBox);

    auto *form = new QGridLayout();
    m_channelLabel = new QLabel(m_detailsCard);
    m_channelCombo = new QComboBox(m_detailsCard);
    m_channelCombo->setObjectName(QStringLiteral("urgeChannelCombo"));
    m_channelCombo->setAccessibleName(tr("How"));
    for (ContactChannel channel : {ContactChannel::Text, ContactChannel::Call, ContactChannel::SocialMedia,
                                   ContactChannel::InPerson, ContactChannel::Other})
        m_channelCombo->addItem(UrgeTexts::channelName(channel), int(channel));
    m_channelLabel->setBuddy(m_channelCombo);
    m_noteLabel = new QLabel(m_detailsCard);
    m_noteEdit = new QLineEdit(m_detailsCard);
    m_noteEdit->setObjectName(QStringLiteral("urgeNoteEdit"));
    m_noteEdit->setAccessibleName(tr("What happened (optional)"));
    m_noteLabel->setBuddy(m_noteEdit);
    form->addWidget(m_noteLabel, 0, 0);
    form->addWidget(m_noteEdit, 0, 1);
    form->addWidget(m_channelLabel, 1, 0);
    form->addWidget(m_channelCombo, 1, 1, Qt::AlignLeft);
    form->setColumnStretch(1, 1);
    details->addLayout(form);
    m_detailsSaveButton = makeButton(tr("Save"), QStringLiteral("urgeDetailsSaveButton"), m_detailsCard);
    connect(m_detailsSaveButton, &QPushButton::clicked, this, &UrgeDialog::saveDetails);
    details->addWidget(m_detailsSaveButton, 0, Qt::AlignLeft);
    m_detailsCard->hide();
    otherLayout->addWidget(m_detailsCard);
    layout->addWidget(otherCard);
    layout->addStretch(1);
}

void UrgeDialog::buildDonePage()
{
    QVBoxLayout *layout = addPage(UrgeStep::Done, QString(), QString());
    QWidget *page = layout->parentWidget();
    layout->addStretch(1);
    m_doneMessageLabel = makeLabel(QString(), QStringLiteral("urgeOutcomeLabel"), page);
    m_doneMessageLabel->setAlignment(Qt::AlignCenter);
    m_doneMessageLabel->setFont(scaledFont(m_doneMessageLabel->font(), 1.5, QFont::DemiBold));
    m_doneDetailLabel = makeLabel(QString(), QStringLiteral("urgeOutcomeDetailLabel"), page);
    m_doneDetailLabel->setAlignment(Qt::AlignCenter);
    layout->addWidget(m_doneMessageLabel);
    layout->addWidget(m_doneDetailLabel);
    m_closeButton = makeButton(tr("&Close"), QStringLiteral("urgeCloseButton"), page);
    m_closeButton->setMinimumWidth(m_closeButton->sizeHint().width() * 2);
    connect(m_closeButton, &QPushButton::clicked, this, &QDialog::accept);
    layout->addSpacing(fontMetrics().height());
    layout->addWidget(m_closeButton, 0, Qt::AlignHCenter);
    layout->addStretch(2);
}

// --- the flow's view ----------------------------------------------------------------

UrgeDialog::StrongNoteCard UrgeDialog::buildStrongNoteCard(const QString &objectName, QWidget *page)
{
    StrongNoteCard note;
    note.card = makeCard(objectName, tr("This one is strong"), page);
    QLayout *layout = note.card->layout();
    layout->addWidget(makeCaption(tr("This one is strong. Take a breath and read this first."), note.card));
    note.reasonsCaption = makeQuietLabel(tr("What you wrote when you chose no contact:"), QString(), note.card);
    note.reasons = makeLabel(QString(), objectName + u"Reasons", note.card);
    note.reasons->setTextFormat(Qt::PlainText);
    note.reasons->setFont(scaledFont(note.reasons->font(), 1.1, QFont::Normal));
    layout->addWidget(note.reasonsCaption);
    layout->addWidget(note.reasons);
    layout->addWidget(makeQuietLabel(tr("What reaching out often brings:"), QString(), note.card));
    note.consequences = makeLabel(QString(), objectName + u"Consequences", note.card);
    note.consequences->setTextFormat(Qt::PlainText);
    layout->addWidget(note.consequences);
    note.theyKnow = makeLabel(tr("They know how to reach you. Whether they ever do is up to them; "
                                 "what you do now is up to you."),
                              objectName + u"TheyKnow", note.card);
    layout->addWidget(note.theyKnow);
    note.card->hide();
    return note;
}

void UrgeDialog::showStrongUrgeNote(const std::optional<StrongUrgeNote> &note)
{
    if (m_destroying)
        return;
    for (StrongNoteCard *card : {&m_doNote, &m_waitNote})
        if (card->card)
            card->card->hide();
    StrongNoteCard *card = m_flow->step() == UrgeStep::DoOneThing  ? &m_doNote
                           : m_flow->step() == UrgeStep::WaitItOut ? &m_waitNote
                                                                   : nullptr;
    if (!note || !card || !card->card)
        return;
    QStringList reasons;
    for (const Reason &reason : note->reasons)
        reasons << tr("You wrote: “%1”").arg(QString::fromStdString(reason.text));
    card->reasonsCaption->setVisible(!reasons.isEmpty());
    card->reasons->setVisible(!reasons.isEmpty());
    card->reasons->setText(reasons.join(u'\n'));
    QStringList consequences;
    for (Consequence consequence : note->consequences)
        consequences << tr("• %1", "a point in a list").arg(UrgeTexts::consequence(consequence));
    card->consequences->setText(consequences.join(u'\n'));
    card->theyKnow->setVisible(note->theyKnowHowToReachYou);
    card->card->show();
}

void UrgeDialog::showStep(UrgeStep step)
{
    if (m_destroying)
        return;
    ensurePage(step);
    m_stack->setCurrentWidget(m_pages[std::size_t(step)]);
    const QString indicator = UrgeTexts::stepIndicator(step);
    m_stepLabel->setText(indicator);
    // Heard by a screen reader as focus enters the new page (Orca speaks the
    // named panel a focused control sits in), and as the dialog's description.
    m_pages[std::size_t(step)]->setAccessibleName(indicator);
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

    if (step == UrgeStep::WaitItOut) {
        m_rerate->preset(m_flow->record().finalIntensity());
        m_breathing->start();
    } else if (m_breathing) {
        m_breathing->stop();
    }

    QWidget *focus = nullptr;
    switch (step) {
    case UrgeStep::NameIt:
        m_nextButton->setDefault(true);
        focus = m_intensity->slider();
        break;
    case UrgeStep::DoOneThing:
        m_nextButton->setDefault(true);
        fillDoOneThing();
        focus = !m_people.empty() ? static_cast<QWidget *>(m_peopleList)
                                  : (!m_activities.empty() ? static_cast<QWidget *>(m_activitiesList) : m_nextButton);
        break;
    case UrgeStep::WaitItOut:
        m_nextButton->setDefault(true);
        tick();
        focus = m_rerate->slider();
        break;
    case UrgeStep::WriteItInstead:
        m_nextButton->setDefault(true);
        focus = m_messageEdit;
        break;
    case UrgeStep::Decide:
        m_final->preset(m_flow->record().finalIntensity());
        showDetails(DetailsMode::None);
        focus = m_resistedButton;
        break;
    case UrgeStep::Done:
        m_draftTimer->stop();
        if (m_messageEdit)
            m_messageEdit->setReadOnly(true);
        // Replaced by the flow's message right after, when there is one.
        m_doneMessageLabel->setText(tr("Thank you for pausing."));
        m_doneDetailLabel->setText(tr("Come back whenever you need to."));
        announceClosingMessage();
        m_closeButton->setDefault(true);
        focus = m_closeButton;
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
        ensurePage(UrgeStep::Done);
        m_doneMessageLabel->setText(UrgeTexts::message(message));
        m_doneDetailLabel->setText(UrgeTexts::messageDetail(message));
        announceClosingMessage();
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

void UrgeDialog::announceClosingMessage()
{
    // Focus lands on Close: its description carries the message, so a screen
    // reader speaks it with the button (Qt's AT-SPI bridge drops Alert events).
    const QString closing = tr("%1 %2", "the closing message, then its detail")
                                .arg(m_doneMessageLabel->text(), m_doneDetailLabel->text())
                                .trimmed();
    m_closeButton->setAccessibleDescription(closing);
    QAccessibleEvent event(m_doneMessageLabel, QAccessible::NameChanged);
    QAccessible::updateAccessibility(&event);
}

void UrgeDialog::timerChanged(std::int64_t, std::int64_t)
{
    if (m_destroying)
        return;
    if (!m_tickTimer->isActive())
        m_tickTimer->start();
    tick();
}

// --- Wait it out -----------------------------------------------------------------------

void UrgeDialog::tick()
{
    if (!m_flow->timerStarted())
        return;
    // The timer starts on "Wait it out", so its page is there; to be sure:
    ensurePage(UrgeStep::WaitItOut);
    const std::int64_t remaining = m_flow->remainingMs();
    m_countdownLabel->setText(UrgeTexts::countdown(remaining));
    m_countdownLabel->setAccessibleDescription(
        tr("%n minute(s) left", nullptr, int((remaining + kMsPerMinute - 1) / kMsPerMinute)));
    m_timerStatusLabel->setText(remaining > 0 ? tr("Stay with it. You don't have to do anything else right now.")
                                              : tr("The timer is done. Notice how the urge feels now."));

    if (m_flow->isDone())
        return;
    const Reminder reminder = m_flow->currentReminder();
    if (m_shownReminder && *m_shownReminder == reminder)
        return;
    m_shownReminder = reminder;
    if (reminder.kind == Reminder::Kind::Reason) {
        const auto &reasons = m_flow->reasons();
        const auto it = std::find_if(reasons.begin(), reasons.end(),
                                     [&](const Reason &r) { return r.id == reminder.reasonId; });
        if (it != reasons.end()) {
            m_reminderCaption->setText(tr("In your own words"));
            m_reminderLabel->setText(tr("You wrote: “%1”").arg(QString::fromStdString(it->text)));
            return;
        }
    }
    m_reminderCaption->setText(tr("Remember"));
    m_reminderLabel->setText(ReminderTexts::text(reminder.kind == Reminder::Kind::Card ? reminder.card
                                                                                      : ReminderCard::UrgePasses));
}

// --- Name it -----------------------------------------------------------------------------

void UrgeDialog::rate(int intensity)
{
    m_flow->rateIntensity(intensity);
    notifyCommitted();
}

void UrgeDialog::syncCustomTrigger()
{
    const QString text = m_customTriggerEdit->text().trimmed();
    if (text == m_appliedCustomTrigger)
        return;
    if (!m_appliedCustomTrigger.isEmpty())
        m_flow->removeCustomTrigger(m_appliedCustomTrigger.toStdString());
    if (!text.isEmpty())
        m_flow->addCustomTrigger(text.toStdString());
    m_appliedCustomTrigger = text;
}

void UrgeDialog::updateHalt()
{
    m_flow->setHalt({.hungry = m_hungryCheck->isChecked(),
                     .angry = m_angryCheck->isChecked(),
                     .lonely = m_lonelyCheck->isChecked(),
                     .tired = m_tiredCheck->isChecked()});
}

// --- Do one thing ------------------------------------------------------------------------

void UrgeDialog::fillDoOneThing()
{
    ensurePage(UrgeStep::DoOneThing);
    const bool locked = m_context.isLocked();
    m_lockedCard->setVisible(locked);
    m_peopleCard->setVisible(!locked);
    m_activityCard->setVisible(!locked);
    const auto plans = m_flow->matchingPlans();
    QStringList lines;
    for (const IfThenPlan &plan : plans) {
        lines << tr("Your plan for “%1”: %2")
                     .arg(TriggerNames::label(plan.trigger, QString::fromStdString(plan.customTrigger)),
                          QString::fromStdString(plan.plan));
    }
    m_plansLabel->setText(lines.join(QLatin1Char('\n')));
    m_plansCard->setVisible(!lines.isEmpty() && !locked);

    m_people = m_flow->supportPeople();
    const auto suggestedPerson = m_flow->suggestedPerson();
    {
        const QSignalBlocker blocker(m_peopleList);
        m_peopleList->clear();
        int current = 0;
        for (std::size_t i = 0; i < m_people.size(); ++i) {
            const SupportPerson &person = m_people[i];
            const QString name = QString::fromStdString(person.name);
            const bool suggested = suggestedPerson && suggestedPerson->id == person.id;
            auto *item = new QListWidgetItem(suggested ? tr("%1 (suggested)").arg(name) : name, m_peopleList);
            item->setData(kIdRole, QVariant::fromValue<qlonglong>(person.id));
            if (suggested)
                current = int(i);
            if (m_flow->record().action == ActionKind::SupportPerson && m_flow->record().actionId == person.id)
                current = int(i);
        }
        if (!m_people.empty())
            m_peopleList->setCurrentRow(current);
    }
    fitListHeight(m_peopleList);
    SelectionFocus::install(m_peopleList); // which of the two lists the keys move
    m_personBox->setVisible(!m_people.empty());
    m_peopleEmptyLabel->setVisible(m_people.empty());
    m_personStatusLabel->hide();
    showPerson(m_peopleList->currentRow());

    m_activities = m_flow->activities();
    const auto suggestedActivity = m_flow->suggestedActivity();
    m_activitiesList->clear();
    int currentActivity = 0;
    for (std::size_t i = 0; i < m_activities.size(); ++i) {
        const Activity &activity = m_activities[i];
        const QString title = QString::fromStdString(activity.title);
        const bool suggested = suggestedActivity && suggestedActivity->id == activity.id;
        auto *item = new QListWidgetItem(suggested ? tr("%1 (suggested)").arg(title) : title, m_activitiesList);
        item->setData(kIdRole, QVariant::fromValue<qlonglong>(activity.id));
        if (suggested)
            currentActivity = int(i);
        if (m_flow->record().action == ActionKind::Activity && m_flow->record().actionId == activity.id)
            currentActivity = int(i);
    }
    if (!m_activities.empty())
        m_activitiesList->setCurrentRow(currentActivity);
    fitListHeight(m_activitiesList);
    SelectionFocus::install(m_activitiesList);
    m_activityBox->setVisible(!m_activities.empty());
    m_activitiesEmptyLabel->setVisible(m_activities.empty());
    updateChoiceLabel();
}

void UrgeDialog::showPerson(int row)
{
    if (row < 0 || row >= int(m_people.size())) {
        m_personNameLabel->clear();
        m_personContactLabel->clear();
        m_personNoteLabel->clear();
        // The buttons named the person for screen readers; after a lock they must not.
        for (QPushButton *button : {m_copyButton, m_callButton, m_messageButton})
            button->setAccessibleName(QString());
        return;
    }
    const SupportPerson &person = m_people[std::size_t(row)];
    const QString contact = QString::fromStdString(person.contact).trimmed();
    m_personNameLabel->setText(QString::fromStdString(person.name));
    m_personContactLabel->setText(contact);
    m_personContactLabel->setVisible(!contact.isEmpty());
    m_personNoteLabel->setText(QString::fromStdString(person.note));
    m_personNoteLabel->setVisible(!person.note.empty());
    const bool phone = isPhoneNumber(contact);
    m_copyButton->setText(phone ? tr("&Copy number") : tr("&Copy"));
    m_copyButton->setAccessibleName(tr("Copy %1's contact").arg(QString::fromStdString(person.name)));
    m_copyButton->setEnabled(!contact.isEmpty());
    m_callButton->setEnabled(phone);
    m_callButton->setAccessibleName(tr("Call %1").arg(QString::fromStdString(person.name)));
    m_messageButton->setEnabled(phone);
    m_messageButton->setAccessibleName(tr("Send %1 a text message").arg(QString::fromStdString(person.name)));
    m_personStatusLabel->hide();
}

bool UrgeDialog::choosePersonAt(int row)
{
    if (row < 0 || row >= int(m_people.size()))
        return false;
    const std::int64_t id = m_people[std::size_t(row)].id;
    const UrgeRecord &record = m_flow->record();
    if (record.action == ActionKind::SupportPerson && record.actionId == id)
        return false;
    const bool chosen = m_flow->chooseSupportPerson(id);
    notifyCommitted();
    updateChoiceLabel();
    return chosen;
}

bool UrgeDialog::chooseActivityAt(int row)
{
    if (row < 0 || row >= int(m_activities.size()))
        return false;
    const std::int64_t id = m_activities[std::size_t(row)].id;
    const UrgeRecord &record = m_flow->record();
    if (record.action == ActionKind::Activity && record.actionId == id)
        return false;
    const bool chosen = m_flow->chooseActivity(id);
    notifyCommitted();
    updateChoiceLabel();
    return chosen;
}

void UrgeDialog::copyContact()
{
    const int row = m_peopleList->currentRow();
    if (row < 0 || row >= int(m_people.size()))
        return;
    const QString contact = QString::fromStdString(m_people[std::size_t(row)].contact).trimmed();
    QGuiApplication::clipboard()->setText(contact);
    choosePersonAt(row);
    m_personStatusLabel->setText(isPhoneNumber(contact) ? tr("Number copied. Paste it into your phone or messenger.")
                                                        : tr("Copied. Paste it into the app where you usually chat."));
    m_personStatusLabel->show();
}

void UrgeDialog::openContactUrl(const QString &scheme)
{
    const int row = m_peopleList->currentRow();
    if (row < 0 || row >= int(m_people.size()))
        return;
    const QString contact = QString::fromStdString(m_people[std::size_t(row)].contact).trimmed();
    choosePersonAt(row);
    // Many desktops have no phone app, and xdg-open may "succeed" without one:
    // the number on the clipboard gets the user there either way.
    QGuiApplication::clipboard()->setText(contact);
    const bool opened = QDesktopServices::openUrl(QUrl(scheme + QLatin1Char(':') + dialable(contact)));
    m_personStatusLabel->setText(opened ? tr("Opening an app for that. The number is copied too, in case nothing opens.")
                                        : tr("This computer has no app for that. The number is copied, so you can use your phone."));
    m_personStatusLabel->show();
}

void UrgeDialog::updateChoiceLabel()
{
    // Not built yet: filled when "Do one thing" first shows.
    if (!m_choiceLabel)
        return;
    const UrgeRecord &record = m_flow->record();
    const QString label = QString::fromStdString(record.actionLabel);
    if (m_context.isLocked()) {
        // The name or title is stored text.
        m_choiceLabel->clear();
        m_choiceLabel->hide();
        return;
    }
    switch (record.action) {
    case ActionKind::None:
        m_choiceLabel->hide();
        return;
    case ActionKind::SupportPerson:
        m_choiceLabel->setText(tr("Your one thing: call or message %1.").arg(label));
        break;
    case ActionKind::Activity:
        m_choiceLabel->setText(tr("Your one thing: %1.").arg(label));
        break;
    }
    m_choiceLabel->show();
}

// --- Decide ------------------------------------------------------------------------------------

void UrgeDialog::showDetails(DetailsMode mode)
{
    m_detailsMode = mode;
    m_reachedOutButton->setChecked(mode == DetailsMode::ReachedOut);
    m_theyContactedButton->setChecked(mode == DetailsMode::TheyContacted);
    if (mode == DetailsMode::None) {
        m_detailsCard->hide();
        m_resistedButton->setDefault(true);
        applyTabOrder(UrgeStep::Decide);
        return;
    }
    const bool reached = mode == DetailsMode::ReachedOut;
    m_detailsHeading->setText(reached ? tr("That's okay. You can start again from here.") : tr("They reached out to you."));
    m_detailsHint->setText(reached ? tr("If you like, note what happened. It helps you see what set it off next time.")
                                   : tr("Did you reply? Either answer is okay."));
    m_channelLabel->setText(reached ? tr("How did you reach out?") : tr("How did they reach out?"));
    m_channelCombo->setAccessibleName(m_channelLabel->text());
    m_noteLabel->setText(reached ? tr("What happened? (optional)") : tr("Anything to remember about it? (optional)"));
    m_noteEdit->setAccessibleName(m_noteLabel->text());
    m_repliedBox->setVisible(!reached);
    m_repliedGroup->setExclusive(false);
    m_repliedNoRadio->setChecked(false);
    m_repliedYesRadio->setChecked(false);
    m_repliedGroup->setExclusive(true);
    m_detailsSaveButton->setEnabled(reached);
    m_detailsSaveButton->setAccessibleName(reached ? tr("Save: I reached out") : tr("Save: they contacted me"));
    m_detailsCard->show();
    // Enter in the note now saves this, never "I didn't reach out".
    m_detailsSaveButton->setDefault(true);
    applyTabOrder(UrgeStep::Decide);
    if (auto *scroll = qobject_cast<QScrollArea *>(m_pages[std::size_t(UrgeStep::Decide)]))
        scroll->ensureWidgetVisible(m_detailsSaveButton);
    if (reached)
        m_noteEdit->setFocus(Qt::OtherFocusReason);
    else
        m_repliedNoRadio->setFocus(Qt::OtherFocusReason);
}

void UrgeDialog::saveDetails()
{
    const auto channel = ContactChannel(m_channelCombo->currentData().toInt());
    std::string note = m_noteEdit->text().trimmed().toStdString();
    pushInput();
    if (m_detailsMode == DetailsMode::ReachedOut) {
        m_flow->reachedOut(channel, std::move(note));
    } else if (m_detailsMode == DetailsMode::TheyContacted) {
        if (m_repliedGroup->checkedId() < 0)
            return;
        m_flow->theyContactedMe(m_repliedGroup->checkedId() == 1, channel, std::move(note));
    }
    notifyCommitted();
}

// --- navigation and closing ---------------------------------------------------------------------

void UrgeDialog::goNext()
{
    unlockBeforeSavingText();
    pushInput();
    m_flow->next();
    notifyCommitted();
}

void UrgeDialog::goBack()
{
    pushInput();
    m_flow->back();
    notifyCommitted();
}

void UrgeDialog::decideNow()
{
    unlockBeforeSavingText();
    pushInput();
    m_flow->decideNow();
    notifyCommitted();
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
    notifyCommitted();
}

void UrgeDialog::retry()
{
    if (m_context.isLocked() && !askToUnlock(tr("Unlock to save what you entered. It stays here until then.")))
        return;
    pushInput();
    const bool saved = m_flow->retrySave();
    notifyCommitted();
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
        notifyCommitted();
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
    if (m_breathing)
        m_breathing->stop();
    QDialog::done(result);
}

void UrgeDialog::pushInput()
{
    if (!m_flow->isStarted() || m_flow->isDone())
        return;
    syncCustomTrigger();
    // Before "Write it instead" was first shown there is nothing typed to hand over.
    if (m_messageEdit)
        m_flow->setMessageText(m_messageEdit->toPlainText().toStdString());
    m_draftTimer->stop();
}

void UrgeDialog::notifyCommitted()
{
    const UrgeRecord &record = m_flow->record();
    if (record.id == 0 || m_flow->hasUnsavedChanges())
        return;
    if (record != m_notifiedRecord) {
        m_notifiedRecord = record;
        m_context.notifyChanged(DataKind::Urges);
    }
    if (m_flow->messageText() != m_notifiedMessage) {
        m_notifiedMessage = m_flow->messageText();
        m_context.notifyChanged(DataKind::UnsentMessages);
    }
    if (!m_contactNotified
        && (record.outcome == UrgeOutcome::ReachedOut || record.outcome == UrgeOutcome::TheyContactedMe)) {
        m_contactNotified = true;
        m_context.notifyChanged(DataKind::Contacts);
    }
}

void UrgeDialog::onDataChanged(DataKind kind)
{
    if (kind == DataKind::Settings || kind == DataKind::All)
        m_flow->preload({.settings = m_context.settings()});
    if (kind != DataKind::Plan && kind != DataKind::All)
        return;
    // The user may add people in Plan while this stays open; show them here too.
    try {
        Store &store = m_context.store();
        m_flow->preload({.supportPeople = store.supportPeople(),
                         .activities = store.activities(),
                         .ifThenPlans = store.ifThenPlans(),
                         .reasons = store.reasons()});
    } catch (const StoreError &) {
        // The lists already shown stay; nothing the user entered depends on this.
        return;
    }
    m_shownReminder.reset();
    if (m_flow->step() == UrgeStep::DoOneThing)
        fillDoOneThing();
}

// --- focus and messages --------------------------------------------------------------------------

QList<QWidget *> UrgeDialog::pageFocusChain(UrgeStep step) const
{
    QList<QWidget *> chain;
    switch (step) {
    case UrgeStep::NameIt:
        chain << m_intensity->slider();
        for (const auto &[trigger, check] : m_triggerChecks)
            chain << check;
        chain << m_customTriggerEdit << m_hungryCheck << m_angryCheck << m_lonelyCheck << m_tiredCheck;
        break;
    case UrgeStep::DoOneThing:
        chain << m_peopleList << m_copyButton << m_callButton << m_messageButton << m_activitiesList
              << m_chooseActivityButton;
        break;
    case UrgeStep::WaitItOut:
        chain << m_rerate->slider() << m_extendButton;
        break;
    case UrgeStep::WriteItInstead:
        chain << m_messageEdit;
        break;
    case UrgeStep::Decide:
        chain << m_final->slider() << m_resistedButton << m_reachedOutButton << m_theyContactedButton
              << m_repliedNoRadio << m_repliedYesRadio << m_noteEdit << m_channelCombo << m_detailsSaveButton;
        break;
    case UrgeStep::Done:
        chain << m_closeButton;
        break;
    }
    return chain;
}

void UrgeDialog::applyTabOrder(UrgeStep step)
{
    ensurePage(step);
    QList<QWidget *> chain = pageFocusChain(step);
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
        m_people.clear();
        m_activities.clear();
    }
    // On unlock, dataChanged(All) reloads the lists (onDataChanged).
    m_shownReminder.reset();
    if (!m_flow->isStarted())
        return;
    if (m_flow->step() == UrgeStep::DoOneThing)
        fillDoOneThing();
    updateChoiceLabel();
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
    const bool typedTrigger = step == UrgeStep::NameIt && !m_customTriggerEdit->text().trimmed().isEmpty();
    const bool typedMessage = step == UrgeStep::WriteItInstead && m_messageEdit
        && !m_messageEdit->toPlainText().trimmed().isEmpty();
    if (!typedTrigger && !typedMessage)
        return;
    // Declining is fine: the words stay in the dialog and the banner offers
    // the unlock again.
    askToUnlock(typedMessage ? tr("Your message is stored encrypted. Unlock to keep it; until then it stays here.")
                             : tr("What you wrote is stored encrypted. Unlock to keep it; until then it stays here."));
}

} // namespace holdfast::ui
