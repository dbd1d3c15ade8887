#include "ui/urge/UrgeWaitStep.h"

#include "ui/Card.h"
#include "ui/Typography.h"
#include "ui/reminders/ReminderTexts.h"
#include "ui/urge/BreathingWidget.h"
#include "ui/urge/IntensitySlider.h"
#include "ui/urge/UrgeStrongNoteCard.h"
#include "ui/urge/UrgeTexts.h"

#include "model/UrgeFlow.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QSlider>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace holdfast::ui {

UrgeWaitStep::UrgeWaitStep(UrgeFlow &flow, int extendMinutes, QWidget *parent)
    : UrgeStepPage(UrgeStep::WaitItOut, tr("Wait it out"),
                   tr("Urges rise, peak and pass. Breathe with the circle and let the minutes do their work."), parent),
      m_flow(flow)
{
    QVBoxLayout *layout = content();
    QWidget *column = page();

    auto *top = new QHBoxLayout();
    top->setSpacing(fontMetrics().height() * 3 / 2);
    m_breathing = new BreathingWidget(column);
    top->addWidget(m_breathing, 0, Qt::AlignVCenter);

    auto *timerColumn = new QVBoxLayout();
    timerColumn->addStretch(1);
    m_countdownLabel = new QLabel(UrgeTexts::countdown(0), column);
    m_countdownLabel->setObjectName(QStringLiteral("urgeCountdownLabel"));
    m_countdownLabel->setAccessibleName(tr("Time left"));
    m_countdownLabel->setFont(Typography::scaled(m_countdownLabel->font(), 3.2, QFont::Light));
    timerColumn->addWidget(m_countdownLabel);
    m_timerStatusLabel = quietLabel(QString(), QStringLiteral("urgeTimerStatusLabel"), column);
    timerColumn->addWidget(m_timerStatusLabel);
    m_extendButton = button(tr("&Add %n minute(s)", nullptr, std::max(1, extendMinutes)),
                            QStringLiteral("urgeExtendButton"), column);
    m_extendButton->setAutoDefault(false);
    connect(m_extendButton, &QPushButton::clicked, this, [this] { m_flow.extendTimer(); });
    timerColumn->addWidget(m_extendButton, 0, Qt::AlignLeft);
    timerColumn->addStretch(1);
    top->addLayout(timerColumn, 1);
    layout->addLayout(top);

    m_note = new UrgeStrongNoteCard(QStringLiteral("urgeWaitStrongNoteCard"), column);
    layout->addWidget(m_note);

    auto *reminderCard = new Card(QStringLiteral("urgeReminderCard"), tr("A reminder"), column);
    m_reminderCaption = quietLabel(QString(), QStringLiteral("urgeReminderCaption"), reminderCard);
    m_reminderLabel = Typography::label(QString(), QStringLiteral("urgeReminderLabel"), reminderCard);
    m_reminderLabel->setTextFormat(Qt::PlainText);
    m_reminderLabel->setFont(Typography::scaled(m_reminderLabel->font(), 1.1, QFont::Normal));
    reminderCard->contentLayout()->addWidget(m_reminderCaption);
    reminderCard->contentLayout()->addWidget(m_reminderLabel);
    layout->addWidget(reminderCard);

    auto *rerateCard = new Card(QStringLiteral("urgeRerateCard"), tr("How strong is it now"), column);
    auto *rerateCaption = caption(tr("How strong is it now?"), rerateCard);
    m_rerate = new IntensitySlider(QStringLiteral("urgeRerateSlider"), tr("Urge intensity now, from 0 to 10"), rerateCard);
    rerateCaption->setBuddy(m_rerate->slider());
    connect(m_rerate, &IntensitySlider::rated, this, [this](int intensity) { m_flow.rateIntensity(intensity); });
    rerateCard->contentLayout()->addWidget(rerateCaption);
    rerateCard->contentLayout()->addWidget(m_rerate);
    layout->addWidget(rerateCard);
    layout->addStretch(1);
}

QList<QWidget *> UrgeWaitStep::focusChain() const
{
    return {m_rerate->slider(), m_extendButton};
}

QSlider *UrgeWaitStep::slider() const
{
    return m_rerate->slider();
}

void UrgeWaitStep::enter()
{
    m_rerate->preset(m_flow.record().finalIntensity());
    m_breathing->start();
}

void UrgeWaitStep::leave()
{
    m_breathing->stop();
}

void UrgeWaitStep::tick()
{
    const std::int64_t remaining = m_flow.remainingMs();
    m_countdownLabel->setText(UrgeTexts::countdown(remaining));
    m_countdownLabel->setAccessibleDescription(
        tr("%n minute(s) left", nullptr, int((remaining + kMsPerMinute - 1) / kMsPerMinute)));
    m_timerStatusLabel->setText(remaining > 0 ? tr("Stay with it. You don't have to do anything else right now.")
                                              : tr("The timer is done. Notice how the urge feels now."));

    if (m_flow.isDone())
        return;
    const Reminder reminder = m_flow.currentReminder();
    if (m_shownReminder && *m_shownReminder == reminder)
        return;
    m_shownReminder = reminder;
    if (reminder.kind == Reminder::Kind::Reason) {
        const auto &reasons = m_flow.reasons();
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

} // namespace holdfast::ui
