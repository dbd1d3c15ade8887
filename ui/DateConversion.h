#pragma once

// Conversions between the core's calendar types and Qt's, for the widgets
// that edit dates (plan, onboarding, settings, the dashboard).

#include "model/Clock.h"
#include "model/LocalDate.h"
#include "model/Moment.h"

#include <QDate>
#include <QDateTime>
#include <QString>

namespace holdfast::ui {

QDate toQDate(const LocalDate &date);
LocalDate toLocalDate(const QDate &date);
// A date-time edit and the instants it stands for, read where the injected
// clock is (its zone, which need not be this computer's): the reading shown
// for `utcMs`, and the moment a reading stands for.
QDateTime toWallClock(std::int64_t utcMs, const Clock &clock);
Moment fromWallClock(const QDateTime &reading, const Clock &clock);
// The locale's short time and date-time formats without seconds: nobody
// remembers the second they last texted someone.
QString shortTimeFormat();
QString shortDateTimeFormat();

} // namespace holdfast::ui
