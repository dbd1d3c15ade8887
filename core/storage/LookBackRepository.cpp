#include "storage/LookBackRepository.h"

#include "storage/Connection.h"
#include "storage/FinishOnExit.h"
#include "storage/RecordChecks.h"
#include "storage/SqlValues.h"
#include "storage/TextSealer.h"

using namespace Qt::StringLiterals;

namespace holdfast::storage {

namespace {

constexpr auto kColumns = "local_date, recorded_utc_ms, recorded_offset_min, recorded_zone, "
                          "recorded_local_date, hardness, helped, tomorrow";

} // namespace

void LookBackRepository::write(const LookBack &lookBack)
{
    checkDate(lookBack.date, "look back date");
    checkMoment(lookBack.recordedAt, "look back time");
    checkRange(lookBack.hardness, 1, 5, "how hard the day was");
    const QVariant dateKey = iso(lookBack.date);
    m_texts.refuseLockedOverwrite("look_backs", dateKey);
    QVariantList values{dateKey};
    appendMoment(values, lookBack.recordedAt);
    values << lookBack.hardness << m_texts.seal(sealed::lookBackHelped, dateKey.toString(), lookBack.helped)
           << m_texts.seal(sealed::lookBackTomorrow, dateKey.toString(), lookBack.tomorrow);
    QSqlQuery &upsert = m_db.prepared(
        u"INSERT INTO look_backs ("_s + QLatin1String(kColumns)
        + u") VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
          "ON CONFLICT (local_date) DO UPDATE SET recorded_utc_ms = excluded.recorded_utc_ms, "
          "recorded_offset_min = excluded.recorded_offset_min, recorded_zone = excluded.recorded_zone, "
          "recorded_local_date = excluded.recorded_local_date, hardness = excluded.hardness, "
          "helped = excluded.helped, tomorrow = excluded.tomorrow"_s);
    bindAll(upsert, values);
    m_db.exec(upsert, "save look back");
    upsert.finish();
}

LookBack LookBackRepository::read(const QSqlQuery &query) const
{
    LookBack lookBack;
    lookBack.date = dateFrom(query.value(0)).value_or(LocalDate{});
    lookBack.recordedAt = momentAt(query, 1);
    lookBack.hardness = intAt(query, 5);
    const QString key = query.value(0).toString();
    lookBack.helped = m_texts.open(query.value(6), sealed::lookBackHelped, key);
    lookBack.tomorrow = m_texts.open(query.value(7), sealed::lookBackTomorrow, key);
    return lookBack;
}

std::optional<LookBack> LookBackRepository::at(LocalDate date)
{
    QSqlQuery &query =
        m_db.prepared(u"SELECT "_s + QLatin1String(kColumns) + u" FROM look_backs WHERE local_date = ?"_s);
    const FinishOnExit finish(query);
    query.bindValue(0, iso(date));
    m_db.exec(query, "read look back");
    if (!query.next())
        return std::nullopt;
    return read(query);
}

std::vector<LookBack> LookBackRepository::inRange(LocalDate from, LocalDate to)
{
    QSqlQuery &query = m_db.prepared(u"SELECT "_s + QLatin1String(kColumns)
                                     + u" FROM look_backs WHERE local_date BETWEEN ? AND ? ORDER BY local_date"_s);
    const FinishOnExit finish(query);
    bindAll(query, {iso(from), iso(to)});
    m_db.exec(query, "read look backs");
    std::vector<LookBack> result;
    while (query.next())
        result.push_back(read(query));
    return result;
}

} // namespace holdfast::storage
