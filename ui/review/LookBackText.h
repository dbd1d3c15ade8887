#pragma once

// The weekly review's words for the week's evening look backs: the sentence,
// the days, and the "what helped" lines. One place, so the card on screen and
// the exported PNG and PDF read the same.

#include "model/LookBackWeek.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace holdfast::ui {

class LookBackText
{
    Q_DECLARE_TR_FUNCTIONS(LookBackText)

public:
    static QString title();
    // "You looked back on 4 evenings. How hard the days were, on average: 2.8 of 5."
    static QString sentence(const LookBackWeek &week);
    // "The hardest was Monday, the easiest Saturday.", naming only a day
    // that stands alone (no other day as hard, or as easy); may be empty.
    static QString hardestAndEasiest(const LookBackWeek &week);
    static QString helpedHeading();
    // "A walk after dinner (Mon, Thu)": each line once, with the days it came.
    static QStringList helpedLines(const LookBackWeek &week);
    // "Mon": the day's short name, above its number in the row of days.
    static QString dayName(LocalDate date);
    // "3", or "–" for a day not looked back on.
    static QString dayValue(const LookBackWeek::Day &day);
    // "Monday 16 November: 3 of 5" or "Tuesday 17 November: no look back",
    // what a screen reader says for one day of the row.
    static QString dayAccessible(const LookBackWeek::Day &day);
};

} // namespace holdfast::ui
