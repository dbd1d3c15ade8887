#include "ui/plan/ReasonsSection.h"

#include "ui/AppContext.h"

#include <QFontMetrics>
#include <QFormLayout>
#include <QKeySequence>
#include <QPlainTextEdit>
#include <QShortcut>

#include <algorithm>

namespace holdfast::ui {

ReasonsSection::ReasonsSection(AppContext &context, QWidget *parent)
    : PlanSection(context, PlanList::Reasons, QStringLiteral("reasons"), parent)
{
    m_textEdit = new QPlainTextEdit(this);
    m_textEdit->setObjectName(QStringLiteral("reasonTextEdit"));
    m_textEdit->setAccessibleName(tr("Reason"));
    m_textEdit->setPlaceholderText(tr("In your own words: why no contact?"));
    m_textEdit->setTabChangesFocus(true);
    m_textEdit->setMaximumHeight(QFontMetrics(m_textEdit->font()).lineSpacing() * 4 + 12);
    m_textEdit->setToolTip(tr("%1 adds it").arg(QKeySequence(Qt::CTRL | Qt::Key_Return).toString(QKeySequence::NativeText)));
    formLayout()->addRow(tr("&Reason:"), m_textEdit);
    connect(m_textEdit, &QPlainTextEdit::textChanged, this, &ReasonsSection::updateButtons);
    auto *submitShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), m_textEdit);
    submitShortcut->setContext(Qt::WidgetShortcut);
    connect(submitShortcut, &QShortcut::activated, this, &ReasonsSection::submit);

    finishSetup({
        tr("Why you chose no contact, in your own words. Holdfast shows them to you when the urge hits."),
        tr("Write down why you chose no contact, in your own words. You'll see them when the urge hits."),
        tr("Add a reason"),
        tr("Edit this reason"),
        tr("Add reason"),
        tr("Your reasons"),
    });
}

QString ReasonsSection::title() const
{
    return tr("Reasons");
}

std::vector<PlanSection::Row> ReasonsSection::loadRows()
{
    m_items = planStore().reasons();
    std::vector<Row> rows;
    for (const Reason &reason : m_items)
        rows.push_back({reason.id, QString::fromStdString(reason.text)});
    return rows;
}

void ReasonsSection::clearForm()
{
    m_textEdit->clear();
}

void ReasonsSection::fillForm(std::int64_t id)
{
    if (const Reason *reason = find(id))
        m_textEdit->setPlainText(QString::fromStdString(reason->text));
}

QWidget *ReasonsSection::firstField() const
{
    return m_textEdit;
}

bool ReasonsSection::formReady() const
{
    return !m_textEdit->toPlainText().trimmed().isEmpty();
}

std::int64_t ReasonsSection::saveForm(std::int64_t id)
{
    Reason reason;
    if (const Reason *existing = find(id)) {
        reason = *existing;
    } else {
        for (const Reason &item : m_items)
            reason.position = std::max(reason.position, item.position + 1);
    }
    reason.text = m_textEdit->toPlainText().trimmed().toStdString();
    return planStore().saveReason(reason);
}

QString ReasonsSection::removeQuestion(std::int64_t id) const
{
    const Reason *reason = find(id);
    return tr("Remove this reason?\n\n“%1”").arg(reason ? QString::fromStdString(reason->text) : QString());
}

const Reason *ReasonsSection::find(std::int64_t id) const
{
    const auto it = std::find_if(m_items.begin(), m_items.end(), [id](const Reason &item) { return item.id == id; });
    return it == m_items.end() ? nullptr : &*it;
}

} // namespace holdfast::ui
