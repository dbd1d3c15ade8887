#include "storage/DaySummaryQueries.h"

#include "storage/Connection.h"
#include "storage/FinishOnExit.h"
#include "storage/RecordChecks.h"
#include "storage/SqlValues.h"
#include "storage/TextSealer.h"

#include <map>
#include <set>

using namespace Qt::StringLiterals;

namespace holdfast::storage {

using Kind = StoreError::Kind;

std::optional<LocalDate> DaySummaryQueries::firstDataDate(LocalDate upTo)
{
    // Two index lookups (urges_by_start_local_date, the check_ins key) instead
    // of summarising every day since the first.
    QSqlQuery &query = m_db.prepared(
        u"SELECT min(first) FROM ("
        "SELECT min(start_local_date) AS first FROM urges WHERE start_local_date BETWEEN '1970-01-01' AND ? "
        "UNION ALL SELECT min(local_date) FROM check_ins WHERE local_date BETWEEN '1970-01-01' AND ?)"_s);
    const FinishOnExit finish(query);
    bindAll(query, {iso(upTo), iso(upTo)});
    m_db.exec(query, "find the first day with data");
    if (!query.next() || query.value(0).isNull())
        return std::nullopt;
    return dateFrom(query.value(0));
}

std::vector<DayUrgeCount> DaySummaryQueries::urgeCounts(LocalDate from, LocalDate to)
{
    QSqlQuery &query = m_db.prepared(u"SELECT start_local_date, count(*), total(outcome = 'resisted') FROM urges "
                                "WHERE start_local_date BETWEEN ? AND ? GROUP BY start_local_date ORDER BY start_local_date"_s);
    const FinishOnExit finish(query);
    bindAll(query, {iso(from), iso(to)});
    m_db.exec(query, "count urges");
    std::vector<DayUrgeCount> counts;
    while (query.next()) {
        if (const auto date = dateFrom(query.value(0)))
            counts.push_back({*date, intAt(query, 1), intAt(query, 2)});
    }
    return counts;
}

std::vector<DaySummary> DaySummaryQueries::daySummaries(LocalDate from, LocalDate to)
{
    std::map<LocalDate, DaySummary> days;
    auto day = [&](const QVariant &value) -> DaySummary * {
        const auto date = dateFrom(value);
        if (!date)
            return nullptr;
        DaySummary &summary = days[*date];
        summary.date = *date;
        return &summary;
    };
    const QVariantList range{iso(from), iso(to)};
    {
        QSqlQuery &query = m_db.prepared(
            u"SELECT start_local_date, count(*), "
            "total(outcome = 'resisted'), total(outcome = 'reached_out'), "
            "total(outcome = 'they_contacted_me'), total(outcome = 'open'), "
            "total(start_intensity), count(start_intensity), coalesce(max(peak_intensity), 0), "
            "total(halt_hungry), total(halt_angry), total(halt_lonely), total(halt_tired), "
            "total(kind = 'message'), total(kind = 'look'), total(kind = 'go'), total(kind = 'other') "
            "FROM urges WHERE start_local_date BETWEEN ? AND ? GROUP BY start_local_date"_s);
        const FinishOnExit finish(query);
        bindAll(query, range);
        m_db.exec(query, "summarise urges");
        while (query.next()) {
            DaySummary *summary = day(query.value(0));
            if (!summary)
                continue;
            summary->urges = intAt(query, 1);
            summary->resisted = intAt(query, 2);
            summary->reachedOut = intAt(query, 3);
            summary->theyContacted = intAt(query, 4);
            summary->open = intAt(query, 5);
            summary->intensitySum = intAt(query, 6);
            summary->intensityCount = intAt(query, 7);
            summary->peakIntensity = intAt(query, 8);
            for (int i = 0; i < 4; ++i)
                summary->halt[std::size_t(i)] = intAt(query, 9 + i);
            // In UrgeKind's order, the same as kAllUrgeKinds.
            for (int i = 0; i < 4; ++i)
                summary->kinds[std::size_t(i)] = intAt(query, 13 + i);
        }
    }
    {
        QSqlQuery &query = m_db.prepared(u"SELECT start_local_date, start_local_hour, count(*) FROM urges "
                                    "WHERE start_local_date BETWEEN ? AND ? GROUP BY start_local_date, start_local_hour"_s);
        const FinishOnExit finish(query);
        bindAll(query, range);
        m_db.exec(query, "summarise urge hours");
        while (query.next()) {
            DaySummary *summary = day(query.value(0));
            const int hour = intAt(query, 1);
            if (summary && hour >= 0 && hour < 24)
                summary->hours[std::size_t(hour)] = intAt(query, 2);
        }
    }
    {
        // Counts urges per trigger: an urge naming a trigger twice counts once.
        QSqlQuery &query = m_db.prepared(
            u"SELECT u.start_local_date, t.trigger_key, count(DISTINCT t.urge_id) "
            "FROM urge_triggers t JOIN urges u ON u.id = t.urge_id "
            "WHERE u.start_local_date BETWEEN ? AND ? AND t.trigger_key <> ? "
            "GROUP BY u.start_local_date, t.trigger_key"_s);
        const FinishOnExit finish(query);
        bindAll(query, {iso(from), iso(to), QLatin1String(kCustomTriggerKey)});
        m_db.exec(query, "summarise triggers");
        while (query.next()) {
            if (DaySummary *summary = day(query.value(0)))
                summary->triggers[triggerFromText(query.value(1).toString())] += intAt(query, 2);
        }
    }
    {
        // Custom triggers are counted here rather than grouped in SQL: sealed
        // copies of the same text differ. While locked their names are unknown
        // and they are left out (see the Locked rule in SqliteStore.h).
        std::map<LocalDate, std::map<std::string, std::set<std::int64_t>>> custom;
        QSqlQuery &query = m_db.prepared(u"SELECT u.start_local_date, t.urge_id, t.position, t.custom_text "
                                    "FROM urge_triggers t JOIN urges u ON u.id = t.urge_id "
                                    "WHERE u.start_local_date BETWEEN ? AND ? AND t.trigger_key = ?"_s);
        const FinishOnExit finish(query);
        bindAll(query, {iso(from), iso(to), QLatin1String(kCustomTriggerKey)});
        m_db.exec(query, "summarise custom triggers");
        while (query.next()) {
            const QVariant stored = query.value(3);
            if (isSealed(stored) && m_texts.locked())
                continue;
            const auto date = dateFrom(query.value(0));
            if (!date)
                continue;
            const std::int64_t urgeId = int64At(query, 1);
            std::string name;
            try {
                name = m_texts.open(stored, sealed::urgeCustomTrigger, pairKey(urgeId, int64At(query, 2)));
            } catch (const StoreError &error) {
                if (error.kind() != Kind::Tampered)
                    throw;
                continue; // the numbers stay right; reading the urge itself reports the damage
            }
            custom[*date][name].insert(urgeId);
        }
        for (const auto &[date, names] : custom) {
            DaySummary *summary = day(QVariant(QString::fromStdString(date.toIso())));
            for (const auto &[name, urgeIds] : names)
                summary->customTriggers[name] += int(urgeIds.size());
        }
    }
    {
        QSqlQuery &query =
            m_db.prepared(u"SELECT local_date, mood, sleep FROM check_ins WHERE local_date BETWEEN ? AND ?"_s);
        const FinishOnExit finish(query);
        bindAll(query, range);
        m_db.exec(query, "summarise check-ins");
        while (query.next()) {
            DaySummary *summary = day(query.value(0));
            if (!summary)
                continue;
            summary->mood = intAt(query, 1);
            summary->sleep = intAt(query, 2);
        }
    }
    std::vector<DaySummary> result;
    result.reserve(days.size());
    for (auto &entry : days)
        result.push_back(std::move(entry.second));
    return result;
}

} // namespace holdfast::storage
