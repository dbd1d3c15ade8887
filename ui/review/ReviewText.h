#pragma once

// The weekly review's words: the one-sentence summary built from the core's
// Summary enums, labels for days, weeks, HALT flags and triggers, the empty
// states, and number formats. One place so the screen, the table and the
// PDF read the same.

#include "model/ReviewState.h"
#include "model/WeeklyReport.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

class QDate;

namespace holdfast::ui {

class ReviewText
{
    Q_DECLARE_TR_FUNCTIONS(ReviewText)

public:
    // "3 urges, all resisted, 2 fewer than last week; most came at night, most often: Night-time."
    // `currentWeek` says "so far" while the week is still going on.
    static QString summary(const WeeklyReport &report, bool currentWeek);
    // "23 – 29 November 2026", in the user's locale.
    static QString weekRange(LocalDate start, LocalDate end);
    // "Mon 23": a day of the selected week, short enough for a chart axis.
    static QString dayShort(LocalDate date);
    // "Monday 23 November": a day in the table.
    static QString dayLong(LocalDate date);
    // "23 Nov": the week starting on `start`, for the trend axis.
    static QString weekShort(LocalDate start);
    // The same on two lines ("23<br>Nov"), so twelve weeks fit under a narrow chart.
    static QString weekAxisLabel(LocalDate start);
    // Hungry, Angry, Lonely, Tired for index 0..3.
    static QString haltFlag(int index);
    // "Look": what an urge pulled toward, short enough for a chart axis.
    static QString urgeKind(UrgeKind kind);
    static QString trigger(const WeeklyReport::TriggerCount &count);
    // "21:00" for an hour of the day, in the locale's time format.
    static QString hour(int hour);
    static QString intensity(std::optional<double> value);
    static QString share(std::optional<double> value); // "80 %"
    static QString minutes(std::optional<double> value);

    static QString stateTitle(ReviewState::Kind state, bool currentWeek);
    static QString stateBody(ReviewState::Kind state, bool currentWeek, std::optional<LocalDate> firstDataDate);

    // Outcome labels, shared by the chart legend and the table header.
    static QString resisted();
    static QString reachedOut();
    static QString otherOutcome();
};

} // namespace holdfast::ui
