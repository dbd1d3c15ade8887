#include "ui/urge/UrgeNameItStep.h"

#include "ui/Card.h"
#include "ui/TriggerNames.h"
#include "ui/urge/IntensitySlider.h"
#include "ui/urge/UrgeKindTexts.h"

#include "model/UrgeFlow.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QRadioButton>
#include <QSlider>
#include <QLineEdit>
#include <QVBoxLayout>

#include <string_view>

namespace holdfast::ui {

namespace {

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

} // namespace

UrgeNameItStep::UrgeNameItStep(UrgeFlow &flow, QWidget *parent)
    : UrgeStepPage(UrgeStep::NameIt, heading(UrgeKind::Message), QString(), parent),
      m_flow(flow)
{
    QVBoxLayout *layout = content();
    QWidget *column = page();

    auto *intensityCard = new Card(QStringLiteral("urgeIntensityCard"), tr("How strong is it"), column);
    auto *intensityCaption = caption(tr("How strong is the urge right now?"), intensityCard);
    m_intensity = new IntensitySlider(QStringLiteral("urgeIntensitySlider"), tr("Urge intensity from 0 to 10"), intensityCard);
    intensityCaption->setBuddy(m_intensity->slider());
    connect(m_intensity, &IntensitySlider::rated, this, [this](int intensity) { m_flow.rateIntensity(intensity); });
    intensityCard->contentLayout()->addWidget(intensityCaption);
    intensityCard->contentLayout()->addWidget(m_intensity);
    layout->addWidget(intensityCard);

    // What the pull is: the later steps' words follow it. A message is the
    // default, since the way in is "I want to text my ex".
    auto *kindCard = new Card(QStringLiteral("urgeKindCard"), tr("What the pull is"), column);
    auto *kindCaption = caption(tr("What does the urge want you to do?"), kindCard);
    kindCard->contentLayout()->addWidget(kindCaption);
    auto *kindGrid = new QGridLayout();
    kindGrid->setHorizontalSpacing(fontMetrics().height());
    m_kindGroup = new QButtonGroup(this);
    for (const UrgeKind kind : kAllUrgeKinds) {
        auto *radio = new QRadioButton(UrgeKindTexts::choice(kind), kindCard);
        radio->setObjectName(UrgeKindTexts::radioName(kind));
        radio->setAccessibleName(UrgeKindTexts::choice(kind));
        const int index = int(m_kindRadios.size());
        m_kindGroup->addButton(radio, int(kind));
        kindGrid->addWidget(radio, index / 2, index % 2);
        m_kindRadios.push_back(radio);
    }
    m_kindRadios.front()->setChecked(true);
    kindCaption->setBuddy(m_kindRadios.front());
    connect(m_kindGroup, &QButtonGroup::idToggled, this, [this](int id, bool checked) {
        if (!checked)
            return;
        m_flow.setKind(UrgeKind(id));
        followKind(UrgeKind(id));
    });
    kindCard->contentLayout()->addLayout(kindGrid);
    layout->addWidget(kindCard);

    auto *triggerCard = new Card(QStringLiteral("urgeTriggerCard"), tr("What set it off"), column);
    QVBoxLayout *triggerLayout = triggerCard->contentLayout();
    triggerLayout->addWidget(caption(tr("What set it off? Tick any that fit."), triggerCard));
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
        connect(check, &QCheckBox::toggled, this, [this, trigger](bool on) { m_flow.setTrigger(trigger, on); });
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
    connect(m_customTriggerEdit, &QLineEdit::textChanged, this, &UrgeNameItStep::syncCustomTrigger);
    otherRow->addWidget(otherLabel);
    otherRow->addWidget(m_customTriggerEdit, 1);
    triggerLayout->addLayout(otherRow);
    layout->addWidget(triggerCard);

    auto *haltCard = new Card(QStringLiteral("urgeHaltCard"), tr("HALT check"), column);
    QVBoxLayout *haltLayout = haltCard->contentLayout();
    haltLayout->addWidget(caption(tr("Are you…"), haltCard));
    auto *haltRow = new QHBoxLayout();
    const auto makeHalt = [&](const QString &text, const QString &name) {
        auto *check = new QCheckBox(text, haltCard);
        check->setObjectName(name);
        check->setAccessibleName(text);
        connect(check, &QCheckBox::toggled, this, &UrgeNameItStep::updateHalt);
        haltRow->addWidget(check);
        return check;
    };
    m_hungryCheck = makeHalt(tr("Hungry"), QStringLiteral("urgeHaltHungryCheck"));
    m_angryCheck = makeHalt(tr("Angry"), QStringLiteral("urgeHaltAngryCheck"));
    m_lonelyCheck = makeHalt(tr("Lonely"), QStringLiteral("urgeHaltLonelyCheck"));
    m_tiredCheck = makeHalt(tr("Tired"), QStringLiteral("urgeHaltTiredCheck"));
    haltRow->addStretch(1);
    haltLayout->addLayout(haltRow);
    haltLayout->addWidget(quietLabel(tr("Hunger, anger, loneliness and tiredness make every urge louder. "
                                        "If one fits, looking after it first can take the edge off."),
                                     QStringLiteral("urgeHaltHintLabel"), haltCard));
    layout->addWidget(haltCard);
    layout->addStretch(1);
}

QList<QWidget *> UrgeNameItStep::focusChain() const
{
    QList<QWidget *> chain;
    chain << m_intensity->slider();
    for (QRadioButton *radio : m_kindRadios)
        chain << radio;
    for (const auto &[trigger, check] : m_triggerChecks)
        chain << check;
    chain << m_customTriggerEdit << m_hungryCheck << m_angryCheck << m_lonelyCheck << m_tiredCheck;
    return chain;
}

void UrgeNameItStep::followKind(UrgeKind kind)
{
    setHeading(heading(kind));
}

QString UrgeNameItStep::heading(UrgeKind kind)
{
    switch (kind) {
    case UrgeKind::Message:
        break;
    case UrgeKind::Look:
        return tr("You want to look at them: their profile, their photos, the old chat. "
                  "That pull is real, and it will pass. Let's ride it out together.");
    case UrgeKind::Go:
        return tr("You want to go where they might be. That pull is real, and it will pass. "
                  "Let's ride it out together.");
    case UrgeKind::Other:
        return tr("Something is pulling you toward them. That feeling is real, and it will pass. "
                  "Let's ride it out together.");
    }
    return tr("You want to reach out. That feeling is real, and it will pass. Let's ride it out together.");
}

QSlider *UrgeNameItStep::slider() const
{
    return m_intensity->slider();
}

void UrgeNameItStep::syncCustomTrigger()
{
    const QString text = m_customTriggerEdit->text().trimmed();
    if (text == m_appliedCustomTrigger)
        return;
    if (!m_appliedCustomTrigger.isEmpty())
        m_flow.removeCustomTrigger(m_appliedCustomTrigger.toStdString());
    if (!text.isEmpty())
        m_flow.addCustomTrigger(text.toStdString());
    m_appliedCustomTrigger = text;
}

bool UrgeNameItStep::hasTypedTrigger() const
{
    return !m_customTriggerEdit->text().trimmed().isEmpty();
}

void UrgeNameItStep::updateHalt()
{
    m_flow.setHalt({.hungry = m_hungryCheck->isChecked(),
                    .angry = m_angryCheck->isChecked(),
                    .lonely = m_lonelyCheck->isChecked(),
                    .tired = m_tiredCheck->isChecked()});
}

} // namespace holdfast::ui
