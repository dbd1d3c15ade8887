#include "ui/plan/ActivitiesSection.h"

#include "ui/AppContext.h"

#include <QFormLayout>
#include <QLineEdit>

#include <algorithm>

namespace holdfast::ui {

ActivitiesSection::ActivitiesSection(AppContext &context, QWidget *parent)
    : PlanSection(context, PlanList::Activities, QStringLiteral("activities"), parent)
{
    m_titleEdit = new QLineEdit(this);
    m_titleEdit->setObjectName(QStringLiteral("activityTitleEdit"));
    m_titleEdit->setAccessibleName(tr("Activity"));
    m_titleEdit->setPlaceholderText(tr("Go for a run"));
    formLayout()->addRow(tr("&Activity:"), m_titleEdit);
    connect(m_titleEdit, &QLineEdit::textChanged, this, &ActivitiesSection::updateButtons);
    connect(m_titleEdit, &QLineEdit::returnPressed, this, &ActivitiesSection::submit);

    finishSetup({
        tr("Things to do instead, that take your mind off them for a while."),
        tr("Add a few things that help you: a walk, a workout, cooking something, a film."),
        tr("Add an activity"),
        tr("Edit this activity"),
        tr("Add activity"),
        tr("Your activities"),
    });
}

QString ActivitiesSection::title() const
{
    return tr("Activities");
}

std::vector<PlanSection::Row> ActivitiesSection::loadRows()
{
    m_items = planStore().activities();
    std::vector<Row> rows;
    for (const Activity &activity : m_items)
        rows.push_back({activity.id, QString::fromStdString(activity.title)});
    return rows;
}

void ActivitiesSection::clearForm()
{
    m_titleEdit->clear();
}

void ActivitiesSection::fillForm(std::int64_t id)
{
    if (const Activity *activity = find(id))
        m_titleEdit->setText(QString::fromStdString(activity->title));
}

QWidget *ActivitiesSection::firstField() const
{
    return m_titleEdit;
}

bool ActivitiesSection::formReady() const
{
    return !m_titleEdit->text().trimmed().isEmpty();
}

std::int64_t ActivitiesSection::saveForm(std::int64_t id)
{
    Activity activity;
    if (const Activity *existing = find(id)) {
        activity = *existing;
    } else {
        for (const Activity &item : m_items)
            activity.position = std::max(activity.position, item.position + 1);
    }
    activity.title = m_titleEdit->text().trimmed().toStdString();
    return planStore().saveActivity(activity);
}

QString ActivitiesSection::removeQuestion(std::int64_t id) const
{
    const Activity *activity = find(id);
    return tr("Remove “%1” from your activities?").arg(activity ? QString::fromStdString(activity->title) : QString());
}

const Activity *ActivitiesSection::find(std::int64_t id) const
{
    const auto it = std::find_if(m_items.begin(), m_items.end(), [id](const Activity &item) { return item.id == id; });
    return it == m_items.end() ? nullptr : &*it;
}

} // namespace holdfast::ui
