#include "storage/SqlValues.h"

#include "model/RecordKeys.h"

using namespace Qt::StringLiterals;

namespace holdfast::storage {

QVariant i64(std::int64_t value)
{
    return QVariant(qint64(value));
}

QVariant text(const std::string &value)
{
    // QtSql binds a null QString as SQL NULL; an empty text must stay ''.
    QString converted = QString::fromStdString(value);
    if (converted.isNull())
        converted = u""_s;
    return converted;
}

QVariant iso(const LocalDate &date)
{
    return QString::fromStdString(date.toIso());
}

QVariant nullValue()
{
    return QVariant();
}

std::string str(const QVariant &value)
{
    return value.toString().toStdString();
}

std::int64_t int64At(const QSqlQuery &query, int column)
{
    return query.value(column).toLongLong();
}

int intAt(const QSqlQuery &query, int column)
{
    return query.value(column).toInt();
}

std::optional<LocalDate> dateFrom(const QVariant &value)
{
    return LocalDate::fromIso(value.toString().toStdString());
}

// Reads the four columns of a stored moment starting at `column`.
Moment momentAt(const QSqlQuery &query, int column)
{
    Moment moment;
    moment.utcMs = int64At(query, column);
    moment.offsetMinutes = intAt(query, column + 1);
    moment.zone = str(query.value(column + 2));
    if (const auto date = dateFrom(query.value(column + 3)))
        moment.localDate = *date;
    else // never expected; derive it rather than show 1970
        moment.localDate = Moment::fromUtc(moment.utcMs, moment.offsetMinutes).localDate;
    return moment;
}

std::optional<Moment> optionalMomentAt(const QSqlQuery &query, int column)
{
    if (query.value(column).isNull())
        return std::nullopt;
    return momentAt(query, column);
}

void appendMoment(QVariantList &values, const Moment &moment)
{
    values << i64(moment.utcMs) << QVariant(int(moment.offsetMinutes)) << text(moment.zone) << iso(moment.localDate);
}

void appendOptionalMoment(QVariantList &values, const std::optional<Moment> &moment)
{
    if (moment)
        appendMoment(values, *moment);
    else
        values << nullValue() << nullValue() << nullValue() << nullValue();
}

void bindAll(QSqlQuery &query, const QVariantList &values)
{
    for (int i = 0; i < values.size(); ++i)
        query.bindValue(i, values.at(i));
}

// Finishes a cached statement however the scope is left, so no statement stays

// The keys themselves live in model/RecordKeys (exports write the same ones);
// an unknown key in the file reads as the default rather than failing a load.
QString keyText(std::string_view key)
{
    return QString::fromUtf8(key.data(), qsizetype(key.size()));
}

QString outcomeText(UrgeOutcome outcome)
{
    return keyText(holdfast::outcomeKey(outcome));
}

UrgeOutcome outcomeFromText(const QString &key)
{
    return holdfast::outcomeFromKey(key.toStdString()).value_or(UrgeOutcome::Open);
}

QString urgeKindText(UrgeKind kind)
{
    return keyText(holdfast::urgeKindKey(kind));
}

UrgeKind urgeKindFromText(const QString &key)
{
    return holdfast::urgeKindFromKey(key.toStdString()).value_or(UrgeKind::Message);
}

QString actionText(ActionKind kind)
{
    return keyText(holdfast::actionKey(kind));
}

ActionKind actionFromText(const QString &key)
{
    return holdfast::actionFromKey(key.toStdString()).value_or(ActionKind::None);
}

QString initiatorText(Initiator initiator)
{
    return keyText(holdfast::initiatorKey(initiator));
}

Initiator initiatorFromText(const QString &key)
{
    return holdfast::initiatorFromKey(key.toStdString()).value_or(Initiator::Me);
}

QString channelText(ContactChannel channel)
{
    return keyText(holdfast::channelKey(channel));
}

ContactChannel channelFromText(const QString &key)
{
    return holdfast::channelFromKey(key.toStdString()).value_or(ContactChannel::Other);
}

QString triggerKeyText(Trigger trigger)
{
    return keyText(triggerKey(trigger));
}

Trigger triggerFromText(const QString &key)
{
    return triggerFromKey(key.toStdString()).value_or(Trigger::Other);
}

QString themeText(Theme theme)
{
    return keyText(holdfast::themeKey(theme));
}

Theme themeFromText(const QString &key)
{
    return holdfast::themeFromKey(key.toStdString()).value_or(Theme::System);
}

} // namespace holdfast::storage
