#pragma once

// The dashboard's no-contact counter: how long, since when, the longest
// streak, the days in all and the fresh starts; in low-contact mode it says it
// counts personal contact, with the logistics kept this stretch and a way to
// log one.

#include "model/DashboardState.h"
#include "ui/Card.h"

class QLabel;
class QPushButton;

namespace holdfast::ui {

class AppContext;

class CounterCard : public Card
{
    Q_OBJECT

public:
    CounterCard(AppContext &context, QWidget *parent);

    void showState(const DashboardState &state);

    // "23 days, 4 hours"; "4 hours, 12 minutes" under a day; "12 minutes" under an hour.
    static QString durationText(const DurationParts &parts);

Q_SIGNALS:
    // "Log contact…" (low-contact mode).
    void logContactRequested();

private:
    AppContext &m_context;
    QLabel *m_counterCaptionLabel = nullptr;
    QLabel *m_counterLabel = nullptr;
    QLabel *m_sinceLabel = nullptr;
    QLabel *m_longestLabel = nullptr;
    QLabel *m_totalDaysLabel = nullptr;
    QLabel *m_attemptsLabel = nullptr;
    QLabel *m_totalDaysCaptionLabel = nullptr;
    QLabel *m_logisticsLabel = nullptr;
    QPushButton *m_logContactButton = nullptr;
    QWidget *m_statsWidget = nullptr;
};

} // namespace holdfast::ui
