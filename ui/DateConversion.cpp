#include "ui/DateConversion.h"

#include <QLocale>
#include <QRegularExpression>

namespace holdfast::ui {

QDate toQDate(const LocalDate &date)
{
    return QDate(date.year(), int(date.month()), int(date.day()));
}

LocalDate toLocalDate(const QDate &date)
{
    return LocalDate{date.year(), unsigned(date.month()), unsigned(date.day())};
}

QDateTime toLocalDateTime(const Moment &moment)
{
    return QDateTime::fromMSecsSinceEpoch(moment.utcMs);
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
