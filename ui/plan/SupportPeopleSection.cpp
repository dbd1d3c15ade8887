#include "ui/plan/SupportPeopleSection.h"

#include "ui/AppContext.h"

#include <QFormLayout>
#include <QLineEdit>

#include <algorithm>

namespace holdfast::ui {

SupportPeopleSection::SupportPeopleSection(AppContext &context, QWidget *parent)
    : PlanSection(context, PlanList::SupportPeople, QStringLiteral("people"), parent)
{
    m_nameEdit = new QLineEdit(this);
    m_nameEdit->setObjectName(QStringLiteral("personNameEdit"));
    m_nameEdit->setAccessibleName(tr("Name"));
    m_nameEdit->setPlaceholderText(tr("A friend or family member"));
    m_contactEdit = new QLineEdit(this);
    m_contactEdit->setObjectName(QStringLiteral("personContactEdit"));
    m_contactEdit->setAccessibleName(tr("Phone number or handle"));
    m_contactEdit->setPlaceholderText(tr("Phone number or handle"));
    m_noteEdit = new QLineEdit(this);
    m_noteEdit->setObjectName(QStringLiteral("personNoteEdit"));
    m_noteEdit->setAccessibleName(tr("Note"));
    m_noteEdit->setPlaceholderText(tr("Optional: when to call, what helps"));
    formLayout()->addRow(tr("&Name:"), m_nameEdit);
    formLayout()->addRow(tr("&Phone or handle:"), m_contactEdit);
    formLayout()->addRow(tr("N&ote:"), m_noteEdit);
    for (QLineEdit *edit : {m_nameEdit, m_contactEdit, m_noteEdit}) {
        connect(edit, &QLineEdit::textChanged, this, &SupportPeopleSection::updateButtons);
        connect(edit, &QLineEdit::returnPressed, this, &SupportPeopleSection::submit);
    }

    finishSetup({
        tr("People you can call or text instead. When the urge comes, Holdfast suggests one of them."),
        tr("Add someone you trust: a friend or family member you can reach when it gets hard."),
        tr("Add a person"),
        tr("Edit this person"),
        tr("Add person"),
        tr("Your support people"),
    });
}

QString SupportPeopleSection::title() const
{
    return tr("People");
}

std::vector<PlanSection::Row> SupportPeopleSection::loadRows()
{
    m_items = planStore().supportPeople();
    std::vector<Row> rows;
    for (const SupportPerson &person : m_items) {
        const QString name = QString::fromStdString(person.name);
        const QString contact = QString::fromStdString(person.contact);
        const QString note = QString::fromStdString(person.note);
        QString text = contact.isEmpty() ? name : tr("%1 · %2", "name · phone number").arg(name, contact);
        if (!note.isEmpty())
            text += u'\n' + note;
        rows.push_back({person.id, text});
    }
    return rows;
}

void SupportPeopleSection::clearForm()
{
    m_nameEdit->clear();
    m_contactEdit->clear();
    m_noteEdit->clear();
}

void SupportPeopleSection::fillForm(std::int64_t id)
{
    if (const SupportPerson *person = find(id)) {
        m_nameEdit->setText(QString::fromStdString(person->name));
        m_contactEdit->setText(QString::fromStdString(person->contact));
        m_noteEdit->setText(QString::fromStdString(person->note));
    }
}

QWidget *SupportPeopleSection::firstField() const
{
    return m_nameEdit;
}

bool SupportPeopleSection::formReady() const
{
    return !m_nameEdit->text().trimmed().isEmpty();
}

std::int64_t SupportPeopleSection::saveForm(std::int64_t id)
{
    SupportPerson person;
    if (const SupportPerson *existing = find(id)) {
        person = *existing;
    } else {
        for (const SupportPerson &item : m_items)
            person.position = std::max(person.position, item.position + 1);
    }
    person.name = m_nameEdit->text().trimmed().toStdString();
    person.contact = m_contactEdit->text().trimmed().toStdString();
    person.note = m_noteEdit->text().trimmed().toStdString();
    return planStore().saveSupportPerson(person);
}

QString SupportPeopleSection::removeQuestion(std::int64_t id) const
{
    const SupportPerson *person = find(id);
    return tr("Remove %1 from your support people?").arg(person ? QString::fromStdString(person->name) : QString());
}

const SupportPerson *SupportPeopleSection::find(std::int64_t id) const
{
    const auto it = std::find_if(m_items.begin(), m_items.end(), [id](const SupportPerson &item) { return item.id == id; });
    return it == m_items.end() ? nullptr : &*it;
}

} // namespace holdfast::ui
