#include "ui/dashboard/MilestoneCard.h"

#include "ui/Typography.h"
#include "ui/dashboard/DashboardLabels.h"

#include <QLabel>
#include <QProgressBar>
#include <QVBoxLayout>

#include <algorithm>

namespace holdfast::ui {

using dashboard::makeQuietLabel;

namespace {

constexpr auto scaledFont = &Typography::scaled;
constexpr auto makeLabel = &Typography::label;
constexpr int kProgressSteps = 1000;

} // namespace

MilestoneCard::MilestoneCard(QWidget *parent)
    : Card(QStringLiteral("milestoneCard"), tr("Next milestone"), parent, Tone::Plain, Padding::Roomy)
{
    QVBoxLayout *layout = contentLayout();
    QWidget *card = this;
    layout->addWidget(makeQuietLabel(tr("Next milestone"), QStringLiteral("milestoneCaptionLabel"), card));
    m_milestoneLabel = makeLabel(QString(), QStringLiteral("milestoneLabel"), card);
    m_milestoneLabel->setFont(scaledFont(m_milestoneLabel->font(), 1.6, QFont::DemiBold));
    layout->addWidget(m_milestoneLabel);
    m_milestoneProgressBar = new QProgressBar(card);
    m_milestoneProgressBar->setObjectName(QStringLiteral("milestoneProgressBar"));
    m_milestoneProgressBar->setAccessibleName(tr("Progress to the next milestone"));
    m_milestoneProgressBar->setRange(0, kProgressSteps);
    m_milestoneProgressBar->setTextVisible(false);
    layout->addWidget(m_milestoneProgressBar);
    m_milestoneRemainingLabel = makeQuietLabel(QString(), QStringLiteral("milestoneRemainingLabel"), card);
    layout->addWidget(m_milestoneRemainingLabel);
    m_celebrationLabel = makeLabel(QString(), QStringLiteral("milestoneCelebrationLabel"), card);
    QFont celebrationFont = m_celebrationLabel->font();
    celebrationFont.setItalic(true);
    m_celebrationLabel->setFont(celebrationFont);
    m_celebrationLabel->hide();
    layout->addWidget(m_celebrationLabel);
    layout->addStretch(1);
}

void MilestoneCard::showState(const DashboardState &state)
{
    const DashboardMilestone &milestone = state.milestone;
    m_milestoneLabel->setText(tr("%n day(s)", nullptr, milestone.nextDays));
    m_milestoneProgressBar->setValue(int(std::clamp(milestone.progress, 0.0, 1.0) * kProgressSteps));
    m_milestoneProgressBar->setAccessibleDescription(
        tr("%1% of the way").arg(qRound(std::clamp(milestone.progress, 0.0, 1.0) * 100)));
    if (!state.hasStartDate)
        m_milestoneRemainingLabel->setText(tr("Your first milestone is one day away once you start."));
    else
        m_milestoneRemainingLabel->setText(tr("%n more day(s) to go", nullptr, int(milestone.daysToNext)));
    m_celebrationLabel->setVisible(milestone.justReachedDays.has_value());
    if (milestone.justReachedDays) {
        m_celebrationLabel->setText(
            state.lowContact
                ? tr("You reached %n day(s) without personal contact. Take a quiet moment to notice that.", nullptr,
                     *milestone.justReachedDays)
                : tr("You reached %n day(s) without contact. Take a quiet moment to notice that.", nullptr,
                     *milestone.justReachedDays));
    }
}

} // namespace holdfast::ui
