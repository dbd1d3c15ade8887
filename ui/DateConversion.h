#pragma once

// Conversions between the core's calendar types and Qt's, for the widgets
// that edit dates (plan, onboarding, settings).

#include "model/LocalDate.h"
#include "model/Moment.h"

#include <QDate>
#include <QDateTime>
#include <QString>

namespace holdfast::ui {

QDate toQDate(const LocalDate &date);
LocalDate toLocalDate(const QDate &date);
// The instant of `moment` as a date-time in this computer's local time.
QDateTime toLocalDateTime(const Moment &moment);
// The locale's short time and date-time formats without seconds: nobody
// remembers the second they last texted someone.
QString shortTimeFormat();
QString shortDateTimeFormat();

} // namespace holdfast::ui
