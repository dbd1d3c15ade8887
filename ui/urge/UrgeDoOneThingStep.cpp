#include "ui/urge/UrgeDoOneThingStep.h"

#include "ui/AppContext.h"
#include "ui/Card.h"
#include "ui/TriggerNames.h"
#include "ui/Typography.h"
#include "ui/urge/UrgeChoiceList.h"
#include "ui/urge/UrgeKindTexts.h"
#include "ui/urge/UrgeStrongNoteCard.h"

#include "model/UrgeFlow.h"

#include <QClipboard>
#include <QDesktopServices>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QUrl>
#include <QVBoxLayout>

namespace holdfast::ui {

namespace {

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

} // namespace

UrgeDoOneThingStep::UrgeDoOneThingStep(UrgeFlow &flow, AppContext &context, QWidget *parent)
    : UrgeStepPage(UrgeStep::DoOneThing, tr("Do one thing"),
                   tr("Pick one small thing and do it now. Action first; the thinking can wait."), parent),
      m_flow(flow), m_context(context)
{
    QVBoxLayout *layout = content();
    QWidget *column = page();
    m_note = new UrgeStrongNoteCard(QStringLiteral("urgeStrongNoteCard"), column);
    layout->addWidget(m_note);

    m_firstMoveCard = new Card(QStringLiteral("urgeFirstMoveCard"), QString(), column);
    m_firstMoveTitle = caption(QString(), m_firstMoveCard);
    m_firstMoveTitle->setObjectName(QStringLiteral("urgeFirstMoveTitle"));
    m_firstMoveLabel = Typography::label(QString(), QStringLiteral("urgeFirstMoveLabel"), m_firstMoveCard);
    m_firstMoveCard->contentLayout()->addWidget(m_firstMoveTitle);
    m_firstMoveCard->contentLayout()->addWidget(m_firstMoveLabel);
    m_firstMoveCard->hide();
    layout->addWidget(m_firstMoveCard);

    m_plansCard = new Card(QStringLiteral("urgePlansCard"), tr("Your plan for this"), column);
    m_plansLabel = Typography::label(QString(), QStringLiteral("urgePlansLabel"), m_plansCard);
    m_plansLabel->setTextFormat(Qt::PlainText);
    m_plansCard->contentLayout()->addWidget(m_plansLabel);
    m_plansCard->hide();
    layout->addWidget(m_plansCard);

    m_lockedCard = new Card(QStringLiteral("urgeLockedCard"), tr("Locked"), column);
    m_lockedCard->contentLayout()->addWidget(
        Typography::label(tr("Your people, activities and plans are locked with your passphrase. "
                             "Unlock to see them, or go on: the next steps work without it."),
                          QStringLiteral("urgeLockedLabel"), m_lockedCard));
    auto *unlockButton = button(tr("&Unlock…"), QStringLiteral("urgeUnlockButton"), m_lockedCard);
    unlockButton->setAutoDefault(false);
    connect(unlockButton, &QPushButton::clicked, this,
            [this] { Q_EMIT unlockRequested(tr("Unlock to see your people, activities and plans.")); });
    m_lockedCard->contentLayout()->addWidget(unlockButton, 0, Qt::AlignLeft);
    m_lockedCard->hide();
    layout->addWidget(m_lockedCard);

    m_peopleCard = new Card(QStringLiteral("urgePeopleCard"), tr("Someone on your side"), column);
    QVBoxLayout *peopleLayout = m_peopleCard->contentLayout();
    peopleLayout->addWidget(caption(tr("Call or message someone on your side"), m_peopleCard));
    m_personBox = new QWidget(m_peopleCard);
    auto *personLayout = new QVBoxLayout(m_personBox);
    personLayout->setContentsMargins(0, 0, 0, 0);
    m_personNameLabel = Typography::label(QString(), QStringLiteral("urgePersonNameLabel"), m_personBox);
    m_personNameLabel->setFont(Typography::scaled(m_personNameLabel->font(), 1.2, QFont::DemiBold));
    m_personNameLabel->setTextFormat(Qt::PlainText);
    m_personContactLabel = Typography::label(QString(), QStringLiteral("urgePersonContactLabel"), m_personBox);
    m_personContactLabel->setTextFormat(Qt::PlainText);
    m_personContactLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_personNoteLabel = quietLabel(QString(), QStringLiteral("urgePersonNoteLabel"), m_personBox);
    m_personNoteLabel->setTextFormat(Qt::PlainText);
    personLayout->addWidget(m_personNameLabel);
    personLayout->addWidget(m_personContactLabel);
    personLayout->addWidget(m_personNoteLabel);
    auto *personButtons = new QHBoxLayout();
    m_copyButton = button(tr("&Copy number"), QStringLiteral("urgeCopyNumberButton"), m_personBox);
    m_callButton = button(tr("Call"), QStringLiteral("urgeCallButton"), m_personBox);
    m_messageButton = button(tr("Message"), QStringLiteral("urgeMessageButton"), m_personBox);
    for (QPushButton *personButton : {m_copyButton, m_callButton, m_messageButton})
        personButton->setAutoDefault(false);
    connect(m_copyButton, &QPushButton::clicked, this, &UrgeDoOneThingStep::copyContact);
    connect(m_callButton, &QPushButton::clicked, this, [this] { openContactUrl(QStringLiteral("tel")); });
    connect(m_messageButton, &QPushButton::clicked, this, [this] { openContactUrl(QStringLiteral("sms")); });
    personButtons->addWidget(m_copyButton);
    personButtons->addWidget(m_callButton);
    personButtons->addWidget(m_messageButton);
    personButtons->addStretch(1);
    personLayout->addLayout(personButtons);
    m_personStatusLabel = quietLabel(QString(), QStringLiteral("urgePersonStatusLabel"), m_personBox);
    m_personStatusLabel->hide();
    personLayout->addWidget(m_personStatusLabel);
    personLayout->addWidget(quietLabel(tr("Or someone else:"), QStringLiteral("urgePeopleListCaption"), m_personBox));
    m_peopleList = new UrgeChoiceList(QStringLiteral("urgePeopleList"), tr("Your support people"),
                                      tr("Press Enter to choose the selected person"), m_personBox);
    m_peopleList->setChooser([this](int row) { return choosePersonAt(row); });
    connect(m_peopleList, &QListWidget::currentRowChanged, this, &UrgeDoOneThingStep::showPerson);
    personLayout->addWidget(m_peopleList);
    peopleLayout->addWidget(m_personBox);
    m_peopleEmptyLabel = quietLabel(tr("No one on your list yet. When this wave has passed, add a friend or two "
                                       "under Plan, so they are here next time."),
                                    QStringLiteral("urgePeopleEmptyLabel"), m_peopleCard);
    peopleLayout->addWidget(m_peopleEmptyLabel);
    layout->addWidget(m_peopleCard);

    m_activityCard = new Card(QStringLiteral("urgeActivitiesCard"), tr("Something to do"), column);
    QVBoxLayout *activityLayout = m_activityCard->contentLayout();
    activityLayout->addWidget(caption(tr("Or get busy"), m_activityCard));
    m_activityBox = new QWidget(m_activityCard);
    auto *activityBoxLayout = new QVBoxLayout(m_activityBox);
    activityBoxLayout->setContentsMargins(0, 0, 0, 0);
    m_activitiesList = new UrgeChoiceList(QStringLiteral("urgeActivitiesList"), tr("Your activities"),
                                          tr("Press Enter to choose the selected activity"), m_activityBox);
    m_activitiesList->setChooser([this](int row) { return chooseActivityAt(row); });
    activityBoxLayout->addWidget(m_activitiesList);
    m_chooseActivityButton = button(tr("I'll do this"), QStringLiteral("urgeChooseActivityButton"), m_activityBox);
    m_chooseActivityButton->setAutoDefault(false);
    m_chooseActivityButton->setAccessibleName(tr("Do the selected activity"));
    connect(m_chooseActivityButton, &QPushButton::clicked, this,
            [this] { chooseActivityAt(m_activitiesList->currentRow()); });
    activityBoxLayout->addWidget(m_chooseActivityButton, 0, Qt::AlignLeft);
    activityLayout->addWidget(m_activityBox);
    m_activitiesEmptyLabel = quietLabel(tr("No activities yet. For now: stand up, drink a glass of water, "
                                           "step outside for a minute. You can add your own under Plan later."),
                                        QStringLiteral("urgeActivitiesEmptyLabel"), m_activityCard);
    activityLayout->addWidget(m_activitiesEmptyLabel);
    layout->addWidget(m_activityCard);

    m_choiceLabel = Typography::label(QString(), QStringLiteral("urgeChoiceLabel"), column);
    m_choiceLabel->setTextFormat(Qt::PlainText);
    m_choiceLabel->setFont(Typography::scaled(m_choiceLabel->font(), 1.0, QFont::DemiBold));
    m_choiceLabel->hide();
    layout->addWidget(m_choiceLabel);
    layout->addStretch(1);
}

QList<QWidget *> UrgeDoOneThingStep::focusChain() const
{
    return {m_peopleList, m_copyButton, m_callButton, m_messageButton, m_activitiesList, m_chooseActivityButton};
}

void UrgeDoOneThingStep::followKind(UrgeKind kind)
{
    const auto move = firstMoveFor(kind);
    if (move) {
        m_firstMoveTitle->setText(UrgeKindTexts::firstMoveTitle(*move));
        m_firstMoveCard->setAccessibleName(m_firstMoveTitle->text());
        m_firstMoveLabel->setText(UrgeKindTexts::firstMoveText(*move));
    }
    m_firstMoveCard->setVisible(move.has_value());
}

QWidget *UrgeDoOneThingStep::firstChoice() const
{
    if (!m_people.empty())
        return m_peopleList;
    if (!m_activities.empty())
        return m_activitiesList;
    return nullptr;
}

void UrgeDoOneThingStep::clearLists()
{
    m_people.clear();
    m_activities.clear();
}

void UrgeDoOneThingStep::fill()
{
    const bool locked = m_context.isLocked();
    m_lockedCard->setVisible(locked);
    m_peopleCard->setVisible(!locked);
    m_activityCard->setVisible(!locked);
    QStringList lines;
    for (const IfThenPlan &plan : m_flow.matchingPlans()) {
        lines << tr("Your plan for “%1”: %2")
                     .arg(TriggerNames::label(plan.trigger, QString::fromStdString(plan.customTrigger)),
                          QString::fromStdString(plan.plan));
    }
    m_plansLabel->setText(lines.join(QLatin1Char('\n')));
    m_plansCard->setVisible(!lines.isEmpty() && !locked);

    const UrgeRecord &record = m_flow.record();
    const auto chosen = [&](ActionKind kind) {
        return record.action == kind ? std::optional<std::int64_t>(record.actionId) : std::nullopt;
    };
    // One shape for both lists: the suggested one says so.
    const auto item = [](std::int64_t id, const std::string &text, bool suggested) {
        const QString shown = QString::fromStdString(text);
        return UrgeChoiceList::Item{id, suggested ? tr("%1 (suggested)").arg(shown) : shown};
    };

    m_people = m_flow.supportPeople();
    const auto suggestedPerson = m_flow.suggestedPerson();
    const std::optional<std::int64_t> suggestedPersonId =
        suggestedPerson ? std::optional<std::int64_t>(suggestedPerson->id) : std::nullopt;
    std::vector<UrgeChoiceList::Item> people;
    for (const SupportPerson &person : m_people)
        people.push_back(item(person.id, person.name, suggestedPersonId == person.id));
    m_peopleList->fill(people, suggestedPersonId, chosen(ActionKind::SupportPerson));
    m_personBox->setVisible(!m_people.empty());
    m_peopleEmptyLabel->setVisible(m_people.empty());
    m_personStatusLabel->hide();
    showPerson(m_peopleList->currentRow());

    m_activities = m_flow.activities();
    const auto suggestedActivity = m_flow.suggestedActivity();
    const std::optional<std::int64_t> suggestedActivityId =
        suggestedActivity ? std::optional<std::int64_t>(suggestedActivity->id) : std::nullopt;
    std::vector<UrgeChoiceList::Item> activities;
    for (const Activity &activity : m_activities)
        activities.push_back(item(activity.id, activity.title, suggestedActivityId == activity.id));
    m_activitiesList->fill(activities, suggestedActivityId, chosen(ActionKind::Activity));
    m_activityBox->setVisible(!m_activities.empty());
    m_activitiesEmptyLabel->setVisible(m_activities.empty());
    updateChoiceLabel();
}

void UrgeDoOneThingStep::showPerson(int row)
{
    if (row < 0 || row >= int(m_people.size())) {
        m_personNameLabel->clear();
        m_personContactLabel->clear();
        m_personNoteLabel->clear();
        // The buttons named the person for screen readers; after a lock they must not.
        for (QPushButton *personButton : {m_copyButton, m_callButton, m_messageButton})
            personButton->setAccessibleName(QString());
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

bool UrgeDoOneThingStep::choosePersonAt(int row)
{
    if (row < 0 || row >= int(m_people.size()))
        return false;
    const std::int64_t id = m_people[std::size_t(row)].id;
    const UrgeRecord &record = m_flow.record();
    if (record.action == ActionKind::SupportPerson && record.actionId == id)
        return false;
    const bool chosen = m_flow.chooseSupportPerson(id);
    updateChoiceLabel();
    return chosen;
}

bool UrgeDoOneThingStep::chooseActivityAt(int row)
{
    if (row < 0 || row >= int(m_activities.size()))
        return false;
    const std::int64_t id = m_activities[std::size_t(row)].id;
    const UrgeRecord &record = m_flow.record();
    if (record.action == ActionKind::Activity && record.actionId == id)
        return false;
    const bool chosen = m_flow.chooseActivity(id);
    updateChoiceLabel();
    return chosen;
}

void UrgeDoOneThingStep::copyContact()
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

void UrgeDoOneThingStep::openContactUrl(const QString &scheme)
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

void UrgeDoOneThingStep::updateChoiceLabel()
{
    const UrgeRecord &record = m_flow.record();
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

} // namespace holdfast::ui
