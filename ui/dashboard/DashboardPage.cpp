#include "ui/dashboard/DashboardPage.h"

#include "ui/AppContext.h"
#include "ui/Card.h"
#include "ui/DateConversion.h"
#include "ui/contact/LogContactDialog.h"
#include "ui/dashboard/CheckInCard.h"
#include "ui/dashboard/CounterCard.h"
#include "ui/dashboard/MilestoneCard.h"
#include "ui/dashboard/LookBackCard.h"
#include "ui/dashboard/DashboardLabels.h"
#include "headless/ErrorMessages.h"
#include "ui/Typography.h"
#include "ui/reminders/ReminderTexts.h"

#include "model/StoreError.h"

#include <QDateTimeEdit>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QResizeEvent>
#include <QScrollArea>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace holdfast::ui {

using dashboard::makeCard;
using dashboard::makeHeading;
using dashboard::makeQuietLabel;

namespace {

constexpr auto scaledFont = &Typography::scaled;
constexpr auto makeLabel = &Typography::label;

constexpr int kRefreshIntervalMs = 60 * 1000;
// Widths in line heights of the page font, so the layout follows the font
// size instead of pixels. Below kWideLayoutLines the cards stack in one column.
constexpr int kWideLayoutLines = 48;
constexpr int kMaxColumnLines = 64;

} // namespace

DashboardPage::DashboardPage(AppContext &context, QWidget *parent)
    : QWidget(parent), m_context(context)
{
    setObjectName(QStringLiteral("dashboardPage"));
    buildUi();

    connect(&m_context, &AppContext::dataChanged, this, &DashboardPage::onDataChanged);

    m_refreshTimer = new QTimer(this);
    m_refreshTimer->setObjectName(QStringLiteral("dashboardRefreshTimer"));
    m_refreshTimer->setInterval(kRefreshIntervalMs);
    connect(m_refreshTimer, &QTimer::timeout, this, &DashboardPage::refresh);
    m_refreshTimer->start();

    refresh();
}

DashboardPage::~DashboardPage() = default;


void DashboardPage::buildUi()
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);

    m_scrollArea = new QScrollArea(this);
    m_scrollArea->setObjectName(QStringLiteral("dashboardScrollArea"));
    m_scrollArea->setFrameShape(QFrame::NoFrame);
    m_scrollArea->setWidgetResizable(true);
    m_scrollArea->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // Not a tab stop of its own: it scrolls to whichever control has focus.
    m_scrollArea->setFocusPolicy(Qt::NoFocus);
    outer->addWidget(m_scrollArea);

    auto *canvas = new QWidget(m_scrollArea);
    canvas->setObjectName(QStringLiteral("dashboardCanvas"));
    canvas->setBackgroundRole(QPalette::Window);
    canvas->setAutoFillBackground(true);
    // Given to the scroll area while still empty: it measures what it gets,
    // and measuring the filled page (wrapped text) before it is shown is
    // wasted when showing measures it again at its real width.
    m_scrollArea->setWidget(canvas);
    auto *canvasLayout = new QHBoxLayout(canvas);
    const int spacing = fontMetrics().height();
    canvasLayout->setContentsMargins(spacing * 3 / 2, spacing * 3 / 2, spacing * 3 / 2, spacing * 3 / 2);

    // One calm column, centred, that stops growing on wide screens so lines stay readable.
    m_column = new QWidget(canvas);
    m_column->setObjectName(QStringLiteral("dashboardColumn"));
    m_column->setMaximumWidth(fontMetrics().height() * kMaxColumnLines);
    canvasLayout->addStretch(0);
    canvasLayout->addWidget(m_column, 1);
    canvasLayout->addStretch(0);

    auto *columnLayout = new QVBoxLayout(m_column);
    columnLayout->setContentsMargins(0, 0, 0, 0);
    columnLayout->setSpacing(spacing);

    auto *header = new QVBoxLayout();
    header->setSpacing(spacing / 4);
    m_greetingLabel = new QLabel(m_column);
    m_greetingLabel->setObjectName(QStringLiteral("greetingLabel"));
    m_greetingLabel->setFont(scaledFont(m_greetingLabel->font(), 1.5, QFont::DemiBold));
    m_todayLabel = makeQuietLabel(QString(), QStringLiteral("todayLabel"), m_column);
    header->addWidget(m_greetingLabel);
    header->addWidget(m_todayLabel);
    columnLayout->addLayout(header);

    m_errorLabel = makeLabel(QString(), QStringLiteral("dashboardErrorLabel"), m_column);
    m_errorLabel->hide();
    columnLayout->addWidget(m_errorLabel);

    // Discreet mode's one click, above what it hides.
    m_discreetBar = buildDiscreetBar();
    columnLayout->addWidget(m_discreetBar);

    // Built in tab order: the nudge's controls, then the check-in.
    m_nudgeCard = buildNudgeCard();
    columnLayout->addWidget(m_nudgeCard);

    m_counterCard = new CounterCard(m_context, m_column);
    connect(m_counterCard, &CounterCard::logContactRequested, this, &DashboardPage::logContact);
    m_milestoneCard = new MilestoneCard(m_column);
    m_checkInCard = new CheckInCard(m_context, m_column);
    connect(m_checkInCard, &CheckInCard::saved, this, &DashboardPage::checkInSaved);
    m_sideColumn = new QWidget(m_column);
    m_sideColumn->setObjectName(QStringLiteral("dashboardSideColumn"));
    auto *sideLayout = new QVBoxLayout(m_sideColumn);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    sideLayout->setSpacing(spacing);
    m_lookBackCard = new LookBackCard(m_sideColumn);
    connect(m_lookBackCard, &LookBackCard::openRequested, this, &DashboardPage::lookBackRequested);
    m_reminderCard = buildReminderCard();
    m_urgesCard = buildUrgesCard();
    sideLayout->addWidget(m_lookBackCard);
    sideLayout->addWidget(m_reminderCard);
    sideLayout->addWidget(m_urgesCard);
    sideLayout->addStretch(1);
    m_riskDatesCard = buildRiskDatesCard();

    m_cardsLayout = new QGridLayout();
    m_cardsLayout->setSpacing(spacing);
    columnLayout->addLayout(m_cardsLayout);
    columnLayout->addStretch(1);
    arrangeCards(true);
    m_concealed = m_context.settings().discreet;
    showConcealment();
}

QFrame *DashboardPage::buildDiscreetBar()
{
    QFrame *card = makeCard(QStringLiteral("discreetBar"), tr("Your progress"), m_column);
    auto *row = new QHBoxLayout();
    m_discreetLabel = makeQuietLabel(QString(), QStringLiteral("discreetLabel"), card);
    m_discreetButton = new QPushButton(card);
    m_discreetButton->setObjectName(QStringLiteral("discreetShowButton"));
    m_discreetButton->setAutoDefault(false);
    connect(m_discreetButton, &QPushButton::clicked, this, [this] { m_concealed ? reveal() : conceal(); });
    row->addWidget(m_discreetLabel, 1);
    row->addWidget(m_discreetButton);
    qobject_cast<QVBoxLayout *>(card->layout())->addLayout(row);
    return card;
}

void DashboardPage::applyDiscretion()
{
    m_concealed = m_context.settings().discreet;
    showConcealment();
    showReminder();
}

void DashboardPage::conceal()
{
    if (!m_context.settings().discreet || m_concealed)
        return;
    m_concealed = true;
    showConcealment();
}

void DashboardPage::reveal()
{
    if (!m_concealed)
        return;
    m_concealed = false;
    showConcealment();
}

void DashboardPage::showConcealment()
{
    const bool discreet = m_context.settings().discreet;
    m_discreetBar->setVisible(discreet);
    m_discreetLabel->setText(m_concealed ? tr("Your progress is hidden while discreet mode is on.")
                                         : tr("Your progress is shown until you leave this screen."));
    m_discreetButton->setText(m_concealed ? tr("&Show") : tr("&Hide"));
    m_discreetButton->setAccessibleName(m_concealed ? tr("Show your progress") : tr("Hide your progress"));
    m_counterCard->setVisible(!m_concealed);
    m_milestoneCard->setVisible(!m_concealed);
    m_lookBackCard->setLinesHidden(m_concealed);
    showNudge();
}

QFrame *DashboardPage::buildNudgeCard()
{
    QFrame *card = makeCard(QStringLiteral("startDateCard"), tr("Start date"), m_column);
    auto *layout = qobject_cast<QVBoxLayout *>(card->layout());
    layout->addWidget(makeHeading(tr("When did no contact begin?"), card));
    layout->addWidget(makeLabel(tr("Tell Holdfast when you last reached out to them, and it will count the days "
                                   "from there. If it is today, just start now."),
                                QStringLiteral("startDateHintLabel"), card));

    auto *row = new QHBoxLayout();
    auto *dateLabel = new QLabel(tr("Last contact:"), card);
    m_startDateEdit = new QDateTimeEdit(card);
    m_startDateEdit->setObjectName(QStringLiteral("startDateEdit"));
    m_startDateEdit->setAccessibleName(tr("When you last reached out"));
    m_startDateEdit->setCalendarPopup(true);
    QString format = QLocale().dateTimeFormat(QLocale::ShortFormat);
    format.remove(QLatin1String(":ss"));
    m_startDateEdit->setDisplayFormat(format);
    dateLabel->setBuddy(m_startDateEdit);
    m_startCountingButton = new QPushButton(tr("Start counting"), card);
    m_startCountingButton->setObjectName(QStringLiteral("startCountingButton"));
    connect(m_startCountingButton, &QPushButton::clicked, this, &DashboardPage::startCounting);
    row->addWidget(dateLabel);
    row->addWidget(m_startDateEdit);
    row->addWidget(m_startCountingButton);
    row->addStretch(1);
    layout->addLayout(row);

    m_nudgeStatusLabel = makeLabel(QString(), QStringLiteral("startDateStatusLabel"), card);
    m_nudgeStatusLabel->hide();
    layout->addWidget(m_nudgeStatusLabel);
    return card;
}

QFrame *DashboardPage::buildUrgesCard()
{
    QFrame *card = makeCard(QStringLiteral("urgesCard"), tr("Urges you let pass"), m_column);
    auto *layout = qobject_cast<QVBoxLayout *>(card->layout());
    layout->addWidget(makeHeading(tr("Urges you let pass"), card));
    auto *grid = new QGridLayout();
    grid->setHorizontalSpacing(fontMetrics().height());
    const auto addRow = [&](int row, const QString &caption, const QString &name) {
        QLabel *value = makeLabel(QString(), name, card);
        value->setFont(scaledFont(value->font(), 1.2, QFont::DemiBold));
        value->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        grid->addWidget(makeLabel(caption, name + QStringLiteral("Caption"), card), row, 0);
        grid->addWidget(value, row, 1);
        return value;
    };
    m_urgesTodayLabel = addRow(0, tr("Today"), QStringLiteral("urgesTodayLabel"));
    m_urgesThisWeekLabel = addRow(1, tr("This week"), QStringLiteral("urgesThisWeekLabel"));
    m_urgesLastWeekLabel = addRow(2, tr("Last week"), QStringLiteral("urgesLastWeekLabel"));
    grid->setColumnStretch(0, 1);
    layout->addLayout(grid);
    m_urgesNoteLabel = makeQuietLabel(QString(), QStringLiteral("urgesNoteLabel"), card);
    layout->addWidget(m_urgesNoteLabel);
    return card;
}

QFrame *DashboardPage::buildReminderCard()
{
    QFrame *card = makeCard(QStringLiteral("reminderCard"), tr("Reminder for today"), m_column, Card::Tone::Accent);
    auto *layout = qobject_cast<QVBoxLayout *>(card->layout());
    layout->addWidget(makeQuietLabel(tr("For today"), QStringLiteral("reminderCaptionLabel"), card));
    m_reminderTextLabel = makeLabel(QString(), QStringLiteral("reminderTextLabel"), card);
    m_reminderTextLabel->setFont(scaledFont(m_reminderTextLabel->font(), 1.15, QFont::Normal));
    m_reminderTextLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_reminderTextLabel);
    m_reminderSourceLabel = makeQuietLabel(tr("One of your own reasons"), QStringLiteral("reminderSourceLabel"), card);
    m_reminderSourceLabel->hide();
    layout->addWidget(m_reminderSourceLabel);
    return card;
}

QFrame *DashboardPage::buildRiskDatesCard()
{
    QFrame *card = makeCard(QStringLiteral("riskDatesCard"), tr("Hard days ahead"), m_column);
    auto *layout = qobject_cast<QVBoxLayout *>(card->layout());
    layout->addWidget(makeHeading(tr("Coming up this week"), card));
    m_riskDatesEmptyLabel = makeQuietLabel(
        tr("No hard dates in the next seven days. You can mark birthdays, anniversaries and holidays in your plan."),
        QStringLiteral("riskDatesEmptyLabel"), card);
    layout->addWidget(m_riskDatesEmptyLabel);
    auto *list = new QWidget(card);
    list->setObjectName(QStringLiteral("riskDatesList"));
    m_riskDatesLayout = new QVBoxLayout(list);
    m_riskDatesLayout->setContentsMargins(0, 0, 0, 0);
    m_riskDatesLayout->setSpacing(fontMetrics().height() * 3 / 4);
    layout->addWidget(list);
    return card;
}

void DashboardPage::arrangeCards(bool wide)
{
    m_wide = wide;
    for (QWidget *card : {static_cast<QWidget *>(m_counterCard), static_cast<QWidget *>(m_milestoneCard),
                          static_cast<QWidget *>(m_checkInCard), m_sideColumn, static_cast<QWidget *>(m_riskDatesCard)})
        m_cardsLayout->removeWidget(card);
    if (wide) {
        m_cardsLayout->addWidget(m_counterCard, 0, 0);
        m_cardsLayout->addWidget(m_milestoneCard, 0, 1);
        m_cardsLayout->addWidget(m_checkInCard, 1, 0);
        m_cardsLayout->addWidget(m_sideColumn, 1, 1);
        m_cardsLayout->addWidget(m_riskDatesCard, 2, 0, 1, 2);
        m_cardsLayout->setColumnStretch(0, 3);
        m_cardsLayout->setColumnStretch(1, 2);
    } else {
        m_cardsLayout->addWidget(m_counterCard, 0, 0);
        m_cardsLayout->addWidget(m_milestoneCard, 1, 0);
        m_cardsLayout->addWidget(m_checkInCard, 2, 0);
        m_cardsLayout->addWidget(m_sideColumn, 3, 0);
        m_cardsLayout->addWidget(m_riskDatesCard, 4, 0);
        m_cardsLayout->setColumnStretch(0, 1);
        m_cardsLayout->setColumnStretch(1, 0);
    }
}

void DashboardPage::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    const bool wide = event->size().width() >= fontMetrics().height() * kWideLayoutLines;
    if (wide != m_wide)
        arrangeCards(wide);
}

void DashboardPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // The minute may have turned (or the day) while another screen was in
    // front; changes to the data refresh the page whether shown or not. At
    // start the page was filled a moment ago, and the first paint need not
    // wait for the same figures twice. After a failed read it tries again.
    if (!m_loaded || !m_errorLabel->isHidden() || minuteNow() != m_loadedMinute)
        refresh();
}

void DashboardPage::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    // Another screen, a minimised or hidden window: it is hidden again when it comes back.
    conceal();
}

void DashboardPage::onDataChanged(DataKind kind)
{
    switch (kind) {
    case DataKind::Journal:
    case DataKind::UnsentMessages:
        return; // nothing on the dashboard comes from these
    case DataKind::Urges:
    case DataKind::Contacts:
    case DataKind::CheckIns:
    case DataKind::LookBacks:
    case DataKind::Plan:
    case DataKind::Settings:
    case DataKind::All:
        break;
    }
    refresh();
}

DashboardPresenter DashboardPage::presenter() const
{
    return DashboardPresenter(m_context.store(), m_context.clock());
}

void DashboardPage::refresh()
{
    DashboardState state;
    try {
        state = presenter().load(m_context.settings());
    } catch (const StoreError &error) {
        // Keep showing what we had; the user's unsaved check-in stays too.
        m_errorLabel->setText(describeStoreError(error));
        m_errorLabel->show();
        return;
    }
    m_errorLabel->hide();
    const bool dayChanged = !m_loaded || state.today != m_state.today;
    m_state = std::move(state);
    m_loaded = true;
    m_loadedMinute = minuteNow();

    showHeader();
    showNudge();
    m_counterCard->showState(m_state);
    m_milestoneCard->showState(m_state);
    m_checkInCard->showCheckIn(m_state.todaysCheckIn, dayChanged);
    m_lookBackCard->showState(m_state);
    showUrges();
    showReminder();
    showRiskDates();
}

std::int64_t DashboardPage::minuteNow() const
{
    return m_context.clock().now().utcMs / kMsPerMinute;
}

void DashboardPage::showHeader()
{
    const int hour = m_context.clock().now().localHour();
    if (hour >= 5 && hour < 12)
        m_greetingLabel->setText(tr("Good morning"));
    else if (hour >= 12 && hour < 18)
        m_greetingLabel->setText(tr("Good afternoon"));
    else
        m_greetingLabel->setText(tr("Good evening"));
    m_todayLabel->setText(QLocale().toString(toQDate(m_state.today), QLocale::LongFormat));
}

void DashboardPage::showNudge()
{
    m_nudgeCard->setVisible(!m_state.hasStartDate && !m_concealed);
    if (m_state.hasStartDate)
        return;
    const QDateTime wallNow = toWallClock(m_context.clock().now().utcMs, m_context.clock());
    m_startDateEdit->setMaximumDateTime(wallNow);
    // Only preset the field when the user has not picked a date yet.
    if (!m_startDateEdit->hasFocus() && m_nudgeStatusLabel->isHidden())
        m_startDateEdit->setDateTime(wallNow);
}

void DashboardPage::showUrges()
{
    const DashboardUrges &urges = m_state.urges;
    const QLocale locale;
    m_urgesTodayLabel->setText(locale.toString(urges.resistedToday));
    m_urgesThisWeekLabel->setText(locale.toString(urges.resistedThisWeek));
    m_urgesLastWeekLabel->setText(locale.toString(urges.resistedLastWeek));
    if (urges.resistedToday > 0)
        m_urgesNoteLabel->setText(tr("Each one you let pass is proof of your strength."));
    else if (urges.resistedThisWeek > 0)
        m_urgesNoteLabel->setText(tr("Every urge that passes makes the next one a little weaker."));
    else
        m_urgesNoteLabel->setText(tr("When an urge comes, the button on the left is there for you."));
}

void DashboardPage::showReminder()
{
    const DashboardReminder &reminder = m_state.reminder;
    // In discreet mode neither the person's own reasons nor the cards' words about them.
    const bool discreet = m_context.settings().discreet;
    const bool ownReason =
        !discreet && reminder.reminder.kind == Reminder::Kind::Reason && !reminder.reasonText.empty();
    m_reminderTextLabel->setText(ownReason ? QString::fromStdString(reminder.reasonText)
                                 : discreet ? ReminderTexts::neutralText(reminder.reminder.card)
                                            : ReminderTexts::text(reminder.reminder.card));
    m_reminderSourceLabel->setVisible(ownReason);
}

void DashboardPage::showRiskDates()
{
    // Rebuilt on each refresh: a handful of rows at most.
    while (QLayoutItem *item = m_riskDatesLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_riskDatesEmptyLabel->setVisible(m_state.riskDates.empty());
    QWidget *list = m_riskDatesLayout->parentWidget();
    const QLocale locale;
    for (const UpcomingRiskDate &risk : m_state.riskDates) {
        auto *item = new QWidget(list);
        item->setObjectName(QStringLiteral("riskDateItem"));
        auto *itemLayout = new QVBoxLayout(item);
        itemLayout->setContentsMargins(0, 0, 0, 0);
        itemLayout->setSpacing(fontMetrics().height() / 6);

        QString when;
        if (risk.daysAway == 0)
            when = tr("Today");
        else if (risk.daysAway == 1)
            when = tr("Tomorrow");
        else
            when = tr("%1, in %n day(s)", nullptr, risk.daysAway)
                       .arg(locale.toString(toQDate(risk.date), tr("dddd, d MMMM", "date of an upcoming risk date")));

        auto *title = makeLabel(tr("%1 — %2").arg(QString::fromStdString(risk.title), when),
                                QStringLiteral("riskDateTitleLabel"), item);
        QFont titleFont = title->font();
        titleFont.setWeight(QFont::DemiBold);
        title->setFont(titleFont);
        itemLayout->addWidget(title);
        const QString plan = QString::fromStdString(risk.plan).trimmed();
        QLabel *planLabel = plan.isEmpty()
            ? makeQuietLabel(tr("No plan yet. A few lines in your plan can make the day easier."),
                             QStringLiteral("riskDatePlanLabel"), item)
            : makeLabel(tr("Your plan: %1").arg(plan), QStringLiteral("riskDatePlanLabel"), item);
        itemLayout->addWidget(planLabel);
        m_riskDatesLayout->addWidget(item);
    }
}

void DashboardPage::focusCheckIn()
{
    m_scrollArea->ensureWidgetVisible(m_checkInCard, 0, 0);
    m_checkInCard->focusMood();
}

bool DashboardPage::hasUnsavedCheckIn() const
{
    return m_checkInCard->hasUnsavedEdits();
}

bool DashboardPage::hasIncompleteCheckIn() const
{
    return m_checkInCard->hasIncompleteEdits();
}

bool DashboardPage::keepCheckInEdits()
{
    return m_checkInCard->keepEdits();
}

void DashboardPage::saveCheckIn()
{
    m_checkInCard->save();
}

void DashboardPage::logContact()
{
    LogContactDialog dialog(m_context, this);
    dialog.exec();
}

void DashboardPage::startCounting()
{
    const Moment now = m_context.clock().now();
    const Moment picked = fromWallClock(m_startDateEdit->dateTime(), m_context.clock());
    Settings settings = m_context.settings();
    settings.noContactSince = picked.utcMs < now.utcMs ? picked : now;
    try {
        m_context.saveSettings(settings); // tells every screen, this one included
    } catch (const StoreError &error) {
        m_nudgeStatusLabel->setText(describeStoreError(error));
        m_nudgeStatusLabel->show();
        return;
    }
    m_nudgeStatusLabel->hide();
}

} // namespace holdfast::ui
