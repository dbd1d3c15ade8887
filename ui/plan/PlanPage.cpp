#include "ui/plan/PlanPage.h"

#include "ui/AppContext.h"
#include "ui/plan/ActivitiesSection.h"
#include "ui/plan/ClearPathSection.h"
#include "ui/plan/IfThenPlansSection.h"
#include "ui/plan/ReasonsSection.h"
#include "ui/plan/RiskDatesSection.h"
#include "ui/plan/SupportPeopleSection.h"

#include <QLabel>
#include <QTabWidget>
#include <QVBoxLayout>

namespace holdfast::ui {

PlanPage::PlanPage(AppContext &context, QWidget *parent) : QWidget(parent), m_context(context)
{
    setObjectName(QStringLiteral("planPage"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(8);

    auto *heading = new QLabel(tr("Your plan"), this);
    heading->setObjectName(QStringLiteral("planHeadingLabel"));
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.4);
    headingFont.setBold(true);
    heading->setFont(headingFont);
    heading->setAccessibleName(tr("Your plan"));
    layout->addWidget(heading);

    auto *subline = new QLabel(tr("What you decided on a calm day, ready for the hard ones."), this);
    subline->setObjectName(QStringLiteral("planSublineLabel"));
    subline->setWordWrap(true);
    subline->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(subline);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("planTabWidget"));
    m_tabs->setAccessibleName(tr("Plan sections"));
    m_tabs->setDocumentMode(true);
    m_sections = {
        new ReasonsSection(context, m_tabs),
        new SupportPeopleSection(context, m_tabs),
        new ActivitiesSection(context, m_tabs),
        new IfThenPlansSection(context, m_tabs),
        new RiskDatesSection(context, m_tabs),
    };
    for (PlanSection *planSection : m_sections) {
        m_tabs->addTab(planSection, planSection->title());
        connect(planSection, &PlanSection::changed, this, [this] {
            // This page already shows the change; don't reload it a second time.
            m_notifying = true;
            m_context.notifyChanged(DataKind::Plan);
            m_notifying = false;
        });
    }
    m_clearPath = new ClearPathSection(context, m_tabs);
    m_tabs->addTab(m_clearPath, m_clearPath->title());
    layout->addWidget(m_tabs, 1);

    connect(&m_context, &AppContext::dataChanged, this, &PlanPage::onDataChanged);
}

PlanSection *PlanPage::section(PlanList list) const
{
    for (PlanSection *planSection : m_sections) {
        if (planSection->list() == list)
            return planSection;
    }
    return nullptr;
}

void PlanPage::showSection(PlanList list)
{
    if (PlanSection *planSection = section(list))
        m_tabs->setCurrentWidget(planSection);
}

void PlanPage::showClearPath()
{
    m_tabs->setCurrentWidget(m_clearPath);
}

void PlanPage::setConfirmFunction(const PlanSection::ConfirmFunction &confirm)
{
    for (PlanSection *planSection : m_sections)
        planSection->setConfirmFunction(confirm);
}

void PlanPage::reload()
{
    for (PlanSection *planSection : m_sections)
        planSection->reload();
    m_clearPath->reload();
}

void PlanPage::onDataChanged(DataKind kind)
{
    if (m_notifying)
        return;
    if (kind == DataKind::Plan || kind == DataKind::All)
        reload();
    else if (kind == DataKind::Settings)
        m_clearPath->reload(); // the ticks are kept with the settings
}

} // namespace holdfast::ui
