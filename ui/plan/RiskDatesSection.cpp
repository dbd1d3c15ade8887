#include "ui/plan/RiskDatesSection.h"

#include "ui/AppContext.h"
#include "ui/DateConversion.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QLocale>

#include <algorithm>

namespace holdfast::ui {

RiskDatesSection::RiskDatesSection(AppContext &context, QWidget *parent)
    : PlanSection(context, PlanList::RiskDates, QStringLiteral("riskDates"), parent)
{
    m_titleEdit = new QLineEdit(this);
    m_titleEdit->setObjectName(QStringLiteral("riskDateTitleEdit"));
    m_titleEdit->setAccessibleName(tr("What day is it"));
    m_titleEdit->setPlaceholderText(tr("Their birthday"));

    auto *dateRow = new QWidget(this);
    auto *dateLayout = new QHBoxLayout(dateRow);
    dateLayout->setContentsMargins(0, 0, 0, 0);
    m_dateEdit = new QDateEdit(dateRow);
    m_dateEdit->setObjectName(QStringLiteral("riskDateDateEdit"));
    m_dateEdit->setAccessibleName(tr("Date"));
    m_dateEdit->setCalendarPopup(true);
    m_yearlyCheck = new QCheckBox(tr("Every &year"), dateRow);
    m_yearlyCheck->setObjectName(QStringLiteral("riskDateYearlyCheckBox"));
    dateLayout->addWidget(m_dateEdit);
    dateLayout->addWidget(m_yearlyCheck);
    dateLayout->addStretch(1);

    m_planEdit = new QLineEdit(this);
    m_planEdit->setObjectName(QStringLiteral("riskDatePlanEdit"));
    m_planEdit->setAccessibleName(tr("Your plan for that day"));
    m_planEdit->setPlaceholderText(tr("Spend the day with Alex, phone on silent"));

    formLayout()->addRow(tr("&Title:"), m_titleEdit);
    formLayout()->addRow(tr("&Date:"), dateRow);
    formLayout()->addRow(tr("&Plan:"), m_planEdit);
    for (QLineEdit *edit : {m_titleEdit, m_planEdit}) {
        connect(edit, &QLineEdit::textChanged, this, &RiskDatesSection::updateButtons);
        connect(edit, &QLineEdit::returnPressed, this, &RiskDatesSection::submit);
    }
    clearForm();

    finishSetup({
        tr("Days you know will be hard: their birthday, your anniversary, holidays. "
           "Holdfast shows them on your dashboard the week before, with your plan."),
        tr("Add the days you know will be hard, and what you will do on them."),
        tr("Add a hard day"),
        tr("Edit this day"),
        tr("Add date"),
        tr("Your risk dates"),
    });
}

QString RiskDatesSection::title() const
{
    return tr("Risk dates");
}

QString RiskDatesSection::describe(const RiskDate &riskDate) const
{
    const QLocale locale;
    const QString title = QString::fromStdString(riskDate.title);
    QString text;
    if (riskDate.yearly) {
        const auto next = riskDate.nextOccurrence(context().clock().now().localDate);
        const QString when = locale.toString(toQDate(next.value_or(riskDate.date)), QLocale::LongFormat);
        text = tr("%1 · every year, next on %2").arg(title, when);
    } else {
        text = tr("%1 · %2", "title · date").arg(title, locale.toString(toQDate(riskDate.date), QLocale::LongFormat));
    }
    if (!riskDate.plan.empty())
        text += QLatin1Char('\n') + tr("Plan: %1").arg(QString::fromStdString(riskDate.plan));
    return text;
}

std::vector<PlanSection::Row> RiskDatesSection::loadRows()
{
    m_items = planStore().riskDates();
    std::vector<Row> rows;
    for (const RiskDate &riskDate : m_items)
        rows.push_back({riskDate.id, describe(riskDate)});
    return rows;
}

void RiskDatesSection::clearForm()
{
    m_titleEdit->clear();
    m_dateEdit->setDate(toQDate(context().clock().now().localDate));
    m_yearlyCheck->setChecked(true);
    m_planEdit->clear();
}

void RiskDatesSection::fillForm(std::int64_t id)
{
    if (const RiskDate *riskDate = find(id)) {
        m_titleEdit->setText(QString::fromStdString(riskDate->title));
        m_dateEdit->setDate(toQDate(riskDate->date));
        m_yearlyCheck->setChecked(riskDate->yearly);
        m_planEdit->setText(QString::fromStdString(riskDate->plan));
    }
}

QWidget *RiskDatesSection::firstField() const
{
    return m_titleEdit;
}

bool RiskDatesSection::formReady() const
{
    return !m_titleEdit->text().trimmed().isEmpty();
}

std::int64_t RiskDatesSection::saveForm(std::int64_t id)
{
    RiskDate riskDate;
    if (const RiskDate *existing = find(id)) {
        riskDate = *existing;
    } else {
        for (const RiskDate &item : m_items)
            riskDate.position = std::max(riskDate.position, item.position + 1);
    }
    riskDate.title = m_titleEdit->text().trimmed().toStdString();
    riskDate.date = toLocalDate(m_dateEdit->date());
    riskDate.yearly = m_yearlyCheck->isChecked();
    riskDate.plan = m_planEdit->text().trimmed().toStdString();
    return planStore().saveRiskDate(riskDate);
}

QString RiskDatesSection::removeQuestion(std::int64_t id) const
{
    const RiskDate *riskDate = find(id);
    return tr("Remove “%1” from your risk dates?").arg(riskDate ? QString::fromStdString(riskDate->title) : QString());
}

const RiskDate *RiskDatesSection::find(std::int64_t id) const
{
    const auto it = std::find_if(m_items.begin(), m_items.end(), [id](const RiskDate &item) { return item.id == id; });
    return it == m_items.end() ? nullptr : &*it;
}

} // namespace holdfast::ui
