#include "ui/urge/UrgeDecideStep.h"

#include "ui/AccentButton.h"
#include "ui/Card.h"
#include "ui/Typography.h"
#include "ui/urge/IntensitySlider.h"
#include "ui/urge/UrgeTexts.h"

#include "model/UrgeFlow.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QSlider>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

#include <algorithm>

namespace holdfast::ui {

UrgeDecideStep::UrgeDecideStep(UrgeFlow &flow, QWidget *parent)
    : UrgeStepPage(UrgeStep::Decide, tr("How did it go?"),
                   tr("Whatever happened, you can say so here. There is no wrong answer."), parent),
      m_flow(flow)
{
    QVBoxLayout *layout = content();
    QWidget *column = page();

    auto *resistedCard = new Card(QStringLiteral("urgeResistedCard"), tr("I didn't reach out"), column);
    m_resistedCard = resistedCard;
    auto *finalCaption = caption(tr("How strong is it now? (optional)"), resistedCard);
    m_final = new IntensitySlider(QStringLiteral("urgeFinalIntensitySlider"), tr("Urge intensity at the end, from 0 to 10"),
                                  resistedCard);
    finalCaption->setBuddy(m_final->slider());
    m_resistedButton = button(tr("I didn't reach out"), QStringLiteral("urgeResistedButton"), resistedCard);
    m_resistedButton->setAccessibleDescription(tr("Finish: you rode out the urge"));
    QFont strong = m_resistedButton->font();
    strong.setBold(true);
    m_resistedButton->setFont(strong);
    // The outcome we hope for stands out, in the theme's accent colour.
    AccentButton::apply(m_resistedButton);
    m_resistedButton->setMinimumWidth(m_resistedButton->sizeHint().width() + fontMetrics().height() * 4);
    m_resistedButton->setMinimumHeight(m_resistedButton->sizeHint().height() * 3 / 2);
    connect(m_resistedButton, &QPushButton::clicked, this, [this] {
        Q_EMIT inputNeeded();
        m_flow.resisted(m_final->rating());
    });
    resistedCard->contentLayout()->addWidget(finalCaption);
    resistedCard->contentLayout()->addWidget(m_final);
    resistedCard->contentLayout()->addWidget(m_resistedButton);
    resistedCard->contentLayout()->setAlignment(m_resistedButton, Qt::AlignLeft);
    layout->addWidget(resistedCard);

    auto *otherCard = new Card(QStringLiteral("urgeOtherOutcomesCard"), tr("Something else happened"), column);
    QVBoxLayout *otherLayout = otherCard->contentLayout();
    m_otherHint = quietLabel(tr("If you did reach out, or they did, that's okay. Saying so helps you see "
                                "what set it off."),
                             QStringLiteral("urgeOtherOutcomesHint"), otherCard);
    otherLayout->addWidget(m_otherHint);
    auto *otherRow = new QHBoxLayout();
    m_reachedOutButton = button(tr("I &reached out"), QStringLiteral("urgeReachedOutButton"), otherCard);
    m_theyContactedButton = button(tr("&They contacted me"), QStringLiteral("urgeTheyContactedButton"), otherCard);
    for (QPushButton *outcome : {m_reachedOutButton, m_theyContactedButton}) {
        outcome->setAutoDefault(false);
        // Shows which answer the form below belongs to.
        outcome->setCheckable(true);
        outcome->setMinimumWidth(outcome->sizeHint().width() + fontMetrics().height() * 2);
    }
    connect(m_reachedOutButton, &QPushButton::clicked, this, [this] { showDetails(DetailsMode::ReachedOut); });
    connect(m_theyContactedButton, &QPushButton::clicked, this, [this] { showDetails(DetailsMode::TheyContacted); });
    otherRow->addWidget(m_reachedOutButton);
    otherRow->addWidget(m_theyContactedButton);
    otherRow->addStretch(1);
    // Low-contact mode: when they made contact, a neutral reply to copy.
    m_repliesButton = button(tr("Neutral re&plies…"), QStringLiteral("urgeReplyTemplatesButton"), otherCard);
    m_repliesButton->setAutoDefault(false);
    m_repliesButton->setAccessibleDescription(tr("Short, neutral replies to copy"));
    connect(m_repliesButton, &QPushButton::clicked, this, [this] {
        if (m_showReplies)
            m_showReplies();
    });
    otherRow->addWidget(m_repliesButton);
    otherLayout->addLayout(otherRow);

    m_detailsCard = new QFrame(otherCard);
    m_detailsCard->setObjectName(QStringLiteral("urgeDetailsBox"));
    auto *details = new QVBoxLayout(m_detailsCard);
    details->setContentsMargins(0, fontMetrics().height() / 2, 0, 0);
    m_detailsHeading = caption(QString(), m_detailsCard);
    m_detailsHeading->setObjectName(QStringLiteral("urgeDetailsHeading"));
    m_detailsHint = Typography::label(QString(), QStringLiteral("urgeDetailsHint"), m_detailsCard);
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
    connect(m_repliedGroup, &QButtonGroup::idToggled, this,
            [this] { m_detailsSaveButton->setEnabled(m_repliedGroup->checkedId() >= 0); });
    repliedRow->addWidget(repliedLabel);
    repliedRow->addWidget(m_repliedNoRadio);
    repliedRow->addWidget(m_repliedYesRadio);
    repliedRow->addStretch(1);
    details->addWidget(m_repliedBox);

    // Looking or going is not contact; only if it came to contact too does the counter start again.
    m_alsoContactedCheck = new QCheckBox(tr("It came to contact with them too"), m_detailsCard);
    m_alsoContactedCheck->setObjectName(QStringLiteral("urgeAlsoContactedCheck"));
    m_alsoContactedCheck->setAccessibleName(m_alsoContactedCheck->text());
    m_alsoContactedCheck->setAccessibleDescription(tr("Contact starts your no-contact counter again"));
    connect(m_alsoContactedCheck, &QCheckBox::toggled, this, &UrgeDecideStep::updateChannel);
    details->addWidget(m_alsoContactedCheck);

    m_purposeBox = new QWidget(m_detailsCard);
    auto *purposeRow = new QHBoxLayout(m_purposeBox);
    purposeRow->setContentsMargins(0, 0, 0, 0);
    auto *purposeLabel = new QLabel(tr("What was it about?"), m_purposeBox);
    m_logisticsRadio = new QRadioButton(tr("&Logistics only"), m_purposeBox);
    m_logisticsRadio->setObjectName(QStringLiteral("urgeLogisticsRadio"));
    m_personalRadio = new QRadioButton(tr("It &went past logistics"), m_purposeBox);
    m_personalRadio->setObjectName(QStringLiteral("urgePersonalRadio"));
    auto *purposeGroup = new QButtonGroup(this);
    purposeGroup->addButton(m_logisticsRadio);
    purposeGroup->addButton(m_personalRadio);
    purposeRow->addWidget(purposeLabel);
    purposeRow->addWidget(m_logisticsRadio);
    purposeRow->addWidget(m_personalRadio);
    purposeRow->addStretch(1);
    details->addWidget(m_purposeBox);

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
    m_detailsSaveButton = button(tr("Save"), QStringLiteral("urgeDetailsSaveButton"), m_detailsCard);
    connect(m_detailsSaveButton, &QPushButton::clicked, this, &UrgeDecideStep::saveDetails);
    details->addWidget(m_detailsSaveButton, 0, Qt::AlignLeft);
    m_detailsCard->hide();
    otherLayout->addWidget(m_detailsCard);
    layout->addWidget(otherCard);
    layout->addStretch(1);
}

QList<QWidget *> UrgeDecideStep::focusChain() const
{
    return {m_final->slider(),  m_resistedButton,   m_reachedOutButton, m_theyContactedButton,
            m_repliesButton,    m_repliedNoRadio,   m_repliedYesRadio,  m_logisticsRadio,
            m_personalRadio,    m_alsoContactedCheck, m_noteEdit,      m_channelCombo,
            m_detailsSaveButton};
}

void UrgeDecideStep::enter()
{
    m_final->preset(m_flow.record().finalIntensity());
    showDetails(DetailsMode::None);
}

void UrgeDecideStep::updateLowContact()
{
    const bool low = m_flow.lowContact();
    const auto &triggers = m_flow.record().triggers;
    const bool theyContacted = std::find(triggers.begin(), triggers.end(), Trigger::TheyContactedMe) != triggers.end();
    m_repliesButton->setVisible(low && (theyContacted || m_detailsMode == DetailsMode::TheyContacted));
    m_purposeBox->setVisible(low && m_detailsMode == DetailsMode::TheyContacted);
}

void UrgeDecideStep::showDetails(DetailsMode mode)
{
    m_detailsMode = mode;
    m_reachedOutButton->setChecked(mode == DetailsMode::ReachedOut);
    m_theyContactedButton->setChecked(mode == DetailsMode::TheyContacted);
    updateLowContact();
    if (mode == DetailsMode::None) {
        m_detailsCard->hide();
        m_resistedButton->setDefault(true);
        Q_EMIT focusChainChanged();
        return;
    }
    const bool reached = mode == DetailsMode::ReachedOut;
    const bool contactKind = actingIsContact(m_kind);
    m_detailsHeading->setText(reached ? (contactKind ? tr("That's okay. You can start again from here.") : wentPastHeading())
                                      : tr("They reached out to you."));
    m_detailsHint->setText(reached ? tr("If you like, note what happened. It helps you see what set it off next time.")
                                   : tr("Did you reply? Either answer is okay."));
    m_alsoContactedCheck->setVisible(reached && !contactKind);
    m_alsoContactedCheck->setChecked(false);
    m_channelLabel->setText(!reached ? tr("How did they reach out?")
                            : contactKind ? tr("How did you reach out?")
                                          : tr("How were you in touch?"));
    m_channelCombo->setAccessibleName(m_channelLabel->text());
    m_noteLabel->setText(reached ? tr("What happened? (optional)") : tr("Anything to remember about it? (optional)"));
    m_noteEdit->setAccessibleName(m_noteLabel->text());
    m_repliedBox->setVisible(!reached);
    m_repliedGroup->setExclusive(false);
    m_repliedNoRadio->setChecked(false);
    m_repliedYesRadio->setChecked(false);
    m_repliedGroup->setExclusive(true);
    // Logistics unless they say otherwise: the mode is for contact that has to happen.
    m_logisticsRadio->setChecked(true);
    m_detailsSaveButton->setEnabled(reached);
    m_detailsSaveButton->setAccessibleName(reached ? wentPastSaveName() : tr("Save: they contacted me"));
    updateChannel();
    m_detailsCard->show();
    // Enter in the note now saves this, never "I didn't reach out".
    m_detailsSaveButton->setDefault(true);
    Q_EMIT focusChainChanged();
    ensureWidgetVisible(m_detailsSaveButton);
    if (reached)
        m_noteEdit->setFocus(Qt::OtherFocusReason);
    else
        m_repliedNoRadio->setFocus(Qt::OtherFocusReason);
}

void UrgeDecideStep::saveDetails()
{
    const auto channel = ContactChannel(m_channelCombo->currentData().toInt());
    std::string note = m_noteEdit->text().trimmed().toStdString();
    Q_EMIT inputNeeded();
    if (m_detailsMode == DetailsMode::ReachedOut) {
        if (actingIsContact(m_kind))
            m_flow.reachedOut(channel, std::move(note));
        else
            m_flow.wentPast(std::move(note), m_alsoContactedCheck->isChecked() ? std::optional(channel) : std::nullopt);
    } else if (m_detailsMode == DetailsMode::TheyContacted) {
        if (m_repliedGroup->checkedId() < 0)
            return;
        const bool logistics = !m_purposeBox->isHidden() && m_logisticsRadio->isChecked();
        m_flow.theyContactedMe(m_repliedGroup->checkedId() == 1, channel, std::move(note),
                               logistics ? ContactPurpose::Logistics : ContactPurpose::Personal);
    }
}

} // namespace holdfast::ui

namespace holdfast::ui {

void UrgeDecideStep::followKind(UrgeKind kind)
{
    m_kind = kind;
    QString resisted;
    QString wentPast;
    switch (kind) {
    case UrgeKind::Message:
        resisted = tr("I didn't reach out");
        wentPast = tr("I &reached out");
        break;
    case UrgeKind::Look:
        resisted = tr("I didn't look");
        wentPast = tr("I &looked");
        break;
    case UrgeKind::Go:
        resisted = tr("I didn't go");
        wentPast = tr("I &went");
        break;
    case UrgeKind::Other:
        resisted = tr("I let it pass");
        wentPast = tr("I &did it");
        break;
    }
    m_resistedCard->setAccessibleName(resisted);
    m_resistedButton->setText(resisted);
    m_reachedOutButton->setText(wentPast);
    m_otherHint->setText(actingIsContact(kind)
                             ? tr("If you did reach out, or they did, that's okay. Saying so helps you see "
                                  "what set it off.")
                             : tr("If it went another way, or they reached out, that's okay. Saying so helps you see "
                                  "what set it off."));
}

QString UrgeDecideStep::wentPastHeading() const
{
    switch (m_kind) {
    case UrgeKind::Look:
        return tr("That's okay. Looking is not contact, and your counter keeps running.");
    case UrgeKind::Go:
        return tr("That's okay. Going there is not contact, and your counter keeps running.");
    case UrgeKind::Message:
    case UrgeKind::Other:
        break;
    }
    return tr("That's okay. Unless it came to contact, your counter keeps running.");
}

QString UrgeDecideStep::wentPastSaveName() const
{
    switch (m_kind) {
    case UrgeKind::Message:
        break;
    case UrgeKind::Look:
        return tr("Save: I looked");
    case UrgeKind::Go:
        return tr("Save: I went");
    case UrgeKind::Other:
        return tr("Save: I did it");
    }
    return tr("Save: I reached out");
}

void UrgeDecideStep::updateChannel()
{
    // For a look or a go, how they were in touch matters only if they were.
    const bool contact = m_detailsMode == DetailsMode::TheyContacted || actingIsContact(m_kind)
                         || m_alsoContactedCheck->isChecked();
    m_channelLabel->setEnabled(contact);
    m_channelCombo->setEnabled(contact);
    if (contact && m_detailsMode == DetailsMode::ReachedOut && m_kind == UrgeKind::Go)
        m_channelCombo->setCurrentIndex(m_channelCombo->findData(int(ContactChannel::InPerson)));
}

} // namespace holdfast::ui
