#pragma once

// The weekly review's "Evenings" card: how many evenings of the week were
// looked back on and how hard the days were, a row of the seven days with
// each one's number, and what helped. Hidden for a week without look backs,
// whatever the setting says now: what was written stays part of its week.

#include "model/LookBackWeek.h"

#include <QFrame>
#include <QList>
#include <QString>
#include <QStringList>

class QLabel;
class QVBoxLayout;
class QWidget;

namespace holdfast::ui {

class LookBackWeekCard : public QFrame
{
    Q_OBJECT

public:
    // The charts and the tables each have one; the tables' is named apart.
    explicit LookBackWeekCard(QWidget *parent = nullptr,
                              const QString &objectName = QStringLiteral("reviewLookBackCard"));

    // Shows `week`; hides the card when it has no look backs.
    void setWeek(const LookBackWeek &week);

    QString sentence() const;
    QStringList helpedLines() const;
    // The row of seven days, and its cells (for tests and screen readers).
    QWidget *dayRow() const { return m_dayRow; }
    // The first tab stop on the card, for the page's reading order.
    QWidget *focusTarget() const;

private:
    QLabel *m_sentence = nullptr;
    QLabel *m_extremes = nullptr;
    QWidget *m_dayRow = nullptr;
    struct DayCell
    {
        QWidget *cell;
        QLabel *name;
        QLabel *value;
    };
    QList<DayCell> m_dayCells;
    QLabel *m_helpedHeading = nullptr;
    QVBoxLayout *m_helpedLayout = nullptr;
    QList<QLabel *> m_helpedLabels;
    QStringList m_helpedLines;
};

} // namespace holdfast::ui
