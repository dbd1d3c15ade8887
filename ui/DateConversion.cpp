#include "ui/DateConversion.h"

#include <QLocale>
#include <QRegularExpression>
#include <QTimeZone>

namespace holdfast::ui {

QDate toQDate(const LocalDate &date)
{
    return QDate(date.year(), int(date.month()), int(date.day()));
}

LocalDate toLocalDate(const QDate &date)
{
    return LocalDate{date.year(), unsigned(date.month()), unsigned(date.day())};
}

QDateTime toWallClock(std::int64_t utcMs, const Clock &clock)
{
    const Moment moment = clock.at(utcMs);
    const QDateTime reading = QDateTime::fromMSecsSinceEpoch(utcMs + std::int64_t(moment.offsetMinutes) * kMsPerMinute,
                                                             QTimeZone::utc());
    return QDateTime(reading.date(), reading.time());
}

Moment fromWallClock(const QDateTime &reading, const Clock &clock)
{
    return clock.atLocal(QDateTime(reading.date(), reading.time(), QTimeZone::utc()).toMSecsSinceEpoch());
}

QString shortTimeFormat()
{
    QString format = QLocale().timeFormat(QLocale::ShortFormat);
    static const QRegularExpression seconds(QStringLiteral("[:.]ss?"));
    return format.remove(seconds);
}

QString shortDateTimeFormat()
{
    return QLocale().dateFormat(QLocale::ShortFormat) + QLatin1Char(' ') + shortTimeFormat();
}

} // namespace holdfast::ui
