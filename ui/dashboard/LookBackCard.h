#pragma once

// The dashboard's evening look back card, while the look back is turned on:
// in the evening it offers tonight's; once written it shows it, with a way to
// change it; the next morning it shows last night's, with the line the person
// wrote for today. Hidden when there is nothing to show.

#include "model/DashboardState.h"
#include "ui/Card.h"

class QLabel;
class QPushButton;

namespace holdfast::ui {

class LookBackCard : public Card
{
    Q_OBJECT

public:
    explicit LookBackCard(QWidget *parent);

    void showState(const DashboardState &state);
    // Discreet mode, while the progress is hidden: the person's own lines are
    // hidden too; how hard the day was and the button stay.
    void setLinesHidden(bool hidden);

    // "A hard day (4 of 5)".
    static QString hardnessText(int hardness);
    // "Yesterday was hard (4 of 5). You got through it."
    static QString yesterdayText(int hardness);

Q_SIGNALS:
    // The person asked to write or change tonight's look back.
    void openRequested();

private:
    void showLines();

    bool m_linesHidden = false;
    QLabel *m_headingLabel = nullptr;
    QLabel *m_textLabel = nullptr;
    QLabel *m_helpedLabel = nullptr;
    QLabel *m_tomorrowLabel = nullptr;
    QPushButton *m_openButton = nullptr;
};

} // namespace holdfast::ui
