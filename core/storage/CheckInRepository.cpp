#include "storage/CheckInRepository.h"

#include "storage/Connection.h"
#include "storage/FinishOnExit.h"
#include "storage/RecordChecks.h"
#include "storage/SqlValues.h"
#include "storage/TextSealer.h"

using namespace Qt::StringLiterals;

namespace holdfast::storage {

void CheckInRepository::write(const CheckIn &checkIn)
{
    checkDate(checkIn.date, "check-in date");
    checkMoment(checkIn.recordedAt, "check-in time");
    checkRange(checkIn.mood, 1, 5, "mood");
    checkRange(checkIn.sleep, 1, 5, "sleep");
    const QVariant dateKey = iso(checkIn.date);
    m_texts.refuseLockedOverwrite("check_ins", dateKey);
    QVariantList values{dateKey};
    appendMoment(values, checkIn.recordedAt);
    values << checkIn.mood << checkIn.sleep
           << m_texts.seal(sealed::checkInIntention, dateKey.toString(), checkIn.intention);
    QSqlQuery &upsert = m_db.prepared(
        u"INSERT INTO check_ins (local_date, recorded_utc_ms, recorded_offset_min, recorded_zone, "
        "recorded_local_date, mood, sleep, intention) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (local_date) DO UPDATE SET recorded_utc_ms = excluded.recorded_utc_ms, "
        "recorded_offset_min = excluded.recorded_offset_min, recorded_zone = excluded.recorded_zone, "
        "recorded_local_date = excluded.recorded_local_date, mood = excluded.mood, sleep = excluded.sleep, "
        "intention = excluded.intention"_s);
    bindAll(upsert, values);
    m_db.exec(upsert, "save check-in");
    upsert.finish();
}

namespace {

constexpr auto kCheckInColumns = "local_date, recorded_utc_ms, recorded_offset_min, recorded_zone, "
                                 "recorded_local_date, mood, sleep, intention";

// Everything but the intention, which needs the key (TextSealer::open).
CheckIn checkInFrom(const QSqlQuery &query)
{
    CheckIn checkIn;
    checkIn.date = dateFrom(query.value(0)).value_or(LocalDate{});
    checkIn.recordedAt = momentAt(query, 1);
    checkIn.mood = intAt(query, 5);
    checkIn.sleep = intAt(query, 6);
    return checkIn;
}

} // namespace

std::optional<CheckIn> CheckInRepository::at(LocalDate date)
{
    QSqlQuery &query =
        m_db.prepared(u"SELECT "_s + QLatin1String(kCheckInColumns) + u" FROM check_ins WHERE local_date = ?"_s);
    const FinishOnExit finish(query);
    query.bindValue(0, iso(date));
    m_db.exec(query, "read check-in");
    if (!query.next())
        return std::nullopt;
    CheckIn result = checkInFrom(query);
    result.intention = m_texts.open(query.value(7), sealed::checkInIntention, query.value(0).toString());
    return result;
}

std::vector<CheckIn> CheckInRepository::inRange(LocalDate from, LocalDate to)
{
    QSqlQuery &query = m_db.prepared(u"SELECT "_s + QLatin1String(kCheckInColumns)
                                + u" FROM check_ins WHERE local_date BETWEEN ? AND ? ORDER BY local_date"_s);
    const FinishOnExit finish(query);
    bindAll(query, {iso(from), iso(to)});
    m_db.exec(query, "read check-ins");
    std::vector<CheckIn> result;
    while (query.next()) {
        CheckIn checkIn = checkInFrom(query);
        checkIn.intention = m_texts.open(query.value(7), sealed::checkInIntention, query.value(0).toString());
        result.push_back(std::move(checkIn));
    }
    return result;
}

} // namespace holdfast::storage
