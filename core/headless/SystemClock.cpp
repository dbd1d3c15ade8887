#include "headless/SystemClock.h"

#include <QDateTime>
#include <QTimeZone>

namespace holdfast::ui {

Moment SystemClock::now() const
{
    return fromDateTime(QDateTime::currentDateTime());
}

Moment SystemClock::at(std::int64_t utcMs) const
{
    return fromDateTime(QDateTime::fromMSecsSinceEpoch(utcMs));
}

Moment SystemClock::atLocal(std::int64_t localMs) const
{
    const QDateTime reading = QDateTime::fromMSecsSinceEpoch(localMs, QTimeZone::utc());
    return fromDateTime(QDateTime(reading.date(), reading.time()));
}

Moment SystemClock::fromDateTime(const QDateTime &dateTime)
{
    const QDateTime local = dateTime.toLocalTime();
    const QDate date = local.date();
    Moment moment;
    moment.utcMs = local.toMSecsSinceEpoch();
    moment.offsetMinutes = local.offsetFromUtc() / 60;
    moment.zone = QTimeZone::systemTimeZoneId().toStdString();
    moment.localDate = LocalDate{date.year(), unsigned(date.month()), unsigned(date.day())};
    return moment;
}

} // namespace holdfast::ui
