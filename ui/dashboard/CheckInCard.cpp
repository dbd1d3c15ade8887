#include "ui/dashboard/CheckInCard.h"

#include "model/DashboardPresenter.h"
#include "model/StoreError.h"
#include "headless/ErrorMessages.h"
#include "ui/AppContext.h"
#include "ui/RatingRow.h"
#include "ui/dashboard/DashboardLabels.h"

#include <QButtonGroup>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTime>
#include <QVBoxLayout>

namespace holdfast::ui {

using dashboard::makeHeading;
using dashboard::makeQuietLabel;
using dashboard::timeText;

CheckInCard::CheckInCard(AppContext &context, QWidget *parent)
    : Card(QStringLiteral("checkInCard"), tr("Morning check-in"), parent, Tone::Plain, Padding::Roomy),
      m_context(context)
{
    QWidget *card = this;
    QVBoxLayout *layout = contentLayout();
    layout->addWidget(makeHeading(tr("Morning check-in"), card));
    layout->addWidget(makeQuietLabel(tr("A moment for yourself before the day begins."),
                                     QStringLiteral("checkInHintLabel"), card));

    m_moodGroup = new QButtonGroup(card);
    m_moodGroup->setObjectName(QStringLiteral("checkInMoodGroup"));
    m_sleepGroup = new QButtonGroup(card);
    m_sleepGroup->setObjectName(QStringLiteral("checkInSleepGroup"));

    auto *form = new QGridLayout();
    form->setHorizontalSpacing(fontMetrics().height());
    auto *moodLabel = new QLabel(tr("Mood"), card);
    QWidget *moodRow = RatingRow::build(m_moodGroup, QStringLiteral("checkInMood"), tr("Mood"), tr("Low"), tr("Good"), this);
    moodLabel->setBuddy(moodRow);
    auto *sleepLabel = new QLabel(tr("Sleep"), card);
    QWidget *sleepRow =
        RatingRow::build(m_sleepGroup, QStringLiteral("checkInSleep"), tr("Sleep"), tr("Restless"), tr("Rested"), this);
    sleepLabel->setBuddy(sleepRow);
    auto *intentionLabel = new QLabel(tr("Intention"), card);
    m_intentionEdit = new QLineEdit(card);
    m_intentionEdit->setObjectName(QStringLiteral("checkInIntentionEdit"));
    m_intentionEdit->setAccessibleName(tr("Intention for today"));
    m_intentionEdit->setPlaceholderText(tr("One intention for today (optional)"));
    m_intentionEdit->setMaxLength(280);
    // The clear button's icon is the first theme-icon lookup of the process
    // (a walk over the icon theme folders): it is added when the field is
    // first used, not before the first paint.
    m_intentionEdit->installEventFilter(this);
    intentionLabel->setBuddy(m_intentionEdit);
    form->addWidget(moodLabel, 0, 0);
    form->addWidget(moodRow, 0, 1);
    form->addWidget(sleepLabel, 1, 0);
    form->addWidget(sleepRow, 1, 1);
    form->addWidget(intentionLabel, 2, 0);
    form->addWidget(m_intentionEdit, 2, 1);
    form->setColumnStretch(1, 1);
    layout->addLayout(form);

    auto *actions = new QHBoxLayout();
    m_saveButton = new QPushButton(tr("Save check-in"), card);
    m_saveButton->setObjectName(QStringLiteral("checkInSaveButton"));
    m_statusLabel = makeQuietLabel(QString(), QStringLiteral("checkInStatusLabel"), card);
    actions->addWidget(m_saveButton);
    actions->addWidget(m_statusLabel, 1);
    layout->addLayout(actions);
    layout->addStretch(1);

    connect(m_moodGroup, &QButtonGroup::idClicked, this, &CheckInCard::markDirty);
    connect(m_sleepGroup, &QButtonGroup::idClicked, this, &CheckInCard::markDirty);
    connect(m_intentionEdit, &QLineEdit::textEdited, this, &CheckInCard::markDirty);
    connect(m_intentionEdit, &QLineEdit::returnPressed, this, &CheckInCard::save);
    connect(m_saveButton, &QPushButton::clicked, this, &CheckInCard::save);
}

void CheckInCard::showCheckIn(const std::optional<CheckIn> &saved, bool dayChanged)
{
    m_saved = saved;
    // Edits in progress survive refreshes, and even midnight: they become
    // the new day's draft rather than vanish.
    if (!m_dirty) {
        if (saved) {
            RatingRow::check(m_moodGroup, saved->mood);
            RatingRow::check(m_sleepGroup, saved->sleep);
            if (m_intentionEdit->text() != QString::fromStdString(saved->intention))
                m_intentionEdit->setText(QString::fromStdString(saved->intention));
        } else if (dayChanged || m_moodGroup->checkedId() != -1 || m_sleepGroup->checkedId() != -1
                   || !m_intentionEdit->text().isEmpty()) {
            RatingRow::check(m_moodGroup, 0);
            RatingRow::check(m_sleepGroup, 0);
            m_intentionEdit->clear();
        }
    }
    updateControls();
}

void CheckInCard::updateControls()
{
    const bool saved = m_saved.has_value();
    const bool rated = m_moodGroup->checkedId() != -1 && m_sleepGroup->checkedId() != -1;
    m_saveButton->setText(saved ? tr("Update check-in") : tr("Save check-in"));
    m_saveButton->setEnabled(rated && (m_dirty || !saved));
    if (m_dirty) {
        setStatus(saved ? tr("Changed. Save to update today's check-in.")
                         : rated ? tr("Not saved yet.")
                                 : tr("Pick a number for your mood and your sleep."));
    } else if (saved) {
        const QTime at = QTime::fromMSecsSinceStartOfDay(m_saved->recordedAt.localMinuteOfDay()
                                                         * int(kMsPerMinute));
        setStatus(tr("Saved at %1. You can change it until midnight.")
                             .arg(timeText(at)));
    } else {
        setStatus(tr("How are you arriving today? Pick a number for each."));
    }
}

void CheckInCard::setStatus(const QString &text)
{
    m_statusLabel->setText(text);
}

void CheckInCard::markDirty()
{
    m_dirty = true;
    updateControls();
}

void CheckInCard::save()
{
    store();
}

bool CheckInCard::hasIncompleteEdits() const
{
    return m_dirty && (m_moodGroup->checkedId() == -1 || m_sleepGroup->checkedId() == -1);
}

bool CheckInCard::keepEdits()
{
    if (!m_dirty || hasIncompleteEdits())
        return true;
    return store();
}

bool CheckInCard::store()
{
    const int mood = m_moodGroup->checkedId();
    const int sleep = m_sleepGroup->checkedId();
    if (mood == -1 || sleep == -1) {
        setStatus(tr("Pick a number for your mood and your sleep first."));
        return false;
    }
    try {
        DashboardPresenter(m_context.store(), m_context.clock()).saveCheckIn(mood, sleep, m_intentionEdit->text().toStdString());
    } catch (const StoreError &error) {
        // What the user picked and typed stays in the fields for another try.
        setStatus(describeStoreError(error));
        return false;
    }
    m_dirty = false;
    m_context.notifyChanged(DataKind::CheckIns); // refreshes this page too
    Q_EMIT saved();
    return true;
}

void CheckInCard::focusMood()
{
    QAbstractButton *target = m_moodGroup->checkedButton();
    if (!target)
        target = m_moodGroup->button(DashboardPresenter::kMinRating);
    target->setFocus(Qt::OtherFocusReason);
}

bool CheckInCard::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_intentionEdit && event->type() == QEvent::FocusIn) {
        m_intentionEdit->removeEventFilter(this);
        m_intentionEdit->setClearButtonEnabled(true);
    }
    return Card::eventFilter(watched, event);
}

} // namespace holdfast::ui
