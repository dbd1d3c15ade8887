#pragma once

// The dashboard's next milestone: how many days, how far along, how many to
// go, and a quiet word on the day one is reached.

#include "model/DashboardState.h"
#include "ui/Card.h"

class QLabel;
class QProgressBar;

namespace holdfast::ui {

class MilestoneCard : public Card
{
    Q_OBJECT

public:
    explicit MilestoneCard(QWidget *parent);

    void showState(const DashboardState &state);

private:
    QLabel *m_milestoneLabel = nullptr;
    QProgressBar *m_milestoneProgressBar = nullptr;
    QLabel *m_milestoneRemainingLabel = nullptr;
    QLabel *m_celebrationLabel = nullptr;
};

} // namespace holdfast::ui
