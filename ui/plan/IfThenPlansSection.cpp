#include "ui/plan/IfThenPlansSection.h"

#include "ui/AppContext.h"
#include "ui/TriggerNames.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>

#include <algorithm>

namespace holdfast::ui {

IfThenPlansSection::IfThenPlansSection(AppContext &context, QWidget *parent)
    : PlanSection(context, PlanList::IfThenPlans, QStringLiteral("ifThen"), parent)
{
    m_triggerCombo = new QComboBox(this);
    m_triggerCombo->setObjectName(QStringLiteral("ifThenTriggerCombo"));
    m_triggerCombo->setAccessibleName(tr("If this happens"));
    for (Trigger trigger : kAllTriggers)
        m_triggerCombo->addItem(TriggerNames::label(trigger), int(trigger));
    m_triggerCombo->addItem(tr("In my own words…"), kCustomTrigger);
    m_customEdit = new QLineEdit(this);
    m_customEdit->setObjectName(QStringLiteral("ifThenCustomTriggerEdit"));
    m_customEdit->setAccessibleName(tr("The trigger in your own words"));
    m_customEdit->setPlaceholderText(tr("I see their stories"));
    m_planEdit = new QLineEdit(this);
    m_planEdit->setObjectName(QStringLiteral("ifThenPlanEdit"));
    m_planEdit->setAccessibleName(tr("Then I will"));
    m_planEdit->setPlaceholderText(tr("I mute them and call Sam"));
    formLayout()->addRow(tr("&If:"), m_triggerCombo);
    formLayout()->addRow(tr("In your &words:"), m_customEdit);
    formLayout()->addRow(tr("&Then:"), m_planEdit);
    connect(m_triggerCombo, &QComboBox::currentIndexChanged, this, [this] {
        updateCustomField();
        updateButtons();
    });
    for (QLineEdit *edit : {m_customEdit, m_planEdit}) {
        connect(edit, &QLineEdit::textChanged, this, &IfThenPlansSection::updateButtons);
        connect(edit, &QLineEdit::returnPressed, this, &IfThenPlansSection::submit);
    }
    updateCustomField();

    finishSetup({
        tr("Decide now what you will do when it gets hard, so you don't have to decide in the moment."),
        tr("Pick a moment that usually sets you off, and write what you will do instead. "
           "For example: if I see their stories, then I mute them and call Sam."),
        tr("Add an if-then plan"),
        tr("Edit this if-then plan"),
        tr("Add plan"),
        tr("Your if-then plans"),
    });
}

QString IfThenPlansSection::title() const
{
    return tr("If-then plans");
}

QString IfThenPlansSection::triggerText(const IfThenPlan &plan)
{
    return TriggerNames::label(plan.trigger, QString::fromStdString(plan.customTrigger));
}

std::vector<PlanSection::Row> IfThenPlansSection::loadRows()
{
    m_items = planStore().ifThenPlans();
    std::vector<Row> rows;
    for (const IfThenPlan &plan : m_items)
        rows.push_back({plan.id, tr("If: %1\nThen: %2").arg(triggerText(plan), QString::fromStdString(plan.plan))});
    return rows;
}

void IfThenPlansSection::clearForm()
{
    m_triggerCombo->setCurrentIndex(0);
    m_customEdit->clear();
    m_planEdit->clear();
}

void IfThenPlansSection::fillForm(std::int64_t id)
{
    const IfThenPlan *plan = find(id);
    if (!plan)
        return;
    const bool custom = !plan->customTrigger.empty();
    m_triggerCombo->setCurrentIndex(m_triggerCombo->findData(custom ? kCustomTrigger : int(plan->trigger)));
    m_customEdit->setText(QString::fromStdString(plan->customTrigger));
    m_planEdit->setText(QString::fromStdString(plan->plan));
}

QWidget *IfThenPlansSection::firstField() const
{
    return m_triggerCombo;
}

bool IfThenPlansSection::customChosen() const
{
    return m_triggerCombo->currentData().toInt() == kCustomTrigger;
}

void IfThenPlansSection::updateCustomField()
{
    m_customEdit->setEnabled(customChosen());
}

bool IfThenPlansSection::formReady() const
{
    if (customChosen() && m_customEdit->text().trimmed().isEmpty())
        return false;
    return !m_planEdit->text().trimmed().isEmpty();
}

std::int64_t IfThenPlansSection::saveForm(std::int64_t id)
{
    IfThenPlan plan;
    if (const IfThenPlan *existing = find(id)) {
        plan = *existing;
    } else {
        for (const IfThenPlan &item : m_items)
            plan.position = std::max(plan.position, item.position + 1);
    }
    if (customChosen()) {
        plan.trigger = Trigger::Other;
        plan.customTrigger = m_customEdit->text().trimmed().toStdString();
    } else {
        plan.trigger = Trigger(m_triggerCombo->currentData().toInt());
        plan.customTrigger.clear();
    }
    plan.plan = m_planEdit->text().trimmed().toStdString();
    return planStore().saveIfThenPlan(plan);
}

QString IfThenPlansSection::removeQuestion(std::int64_t id) const
{
    const IfThenPlan *plan = find(id);
    return tr("Remove the plan for “%1”?").arg(plan ? triggerText(*plan) : QString());
}

const IfThenPlan *IfThenPlansSection::find(std::int64_t id) const
{
    const auto it = std::find_if(m_items.begin(), m_items.end(), [id](const IfThenPlan &item) { return item.id == id; });
    return it == m_items.end() ? nullptr : &*it;
}

} // namespace holdfast::ui
