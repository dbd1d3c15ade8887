#include "storage/UrgeRepository.h"

#include "storage/Connection.h"
#include "storage/FinishOnExit.h"
#include "storage/RecordChecks.h"
#include "storage/SqlValues.h"
#include "storage/TextSealer.h"

#include <unordered_map>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace holdfast::storage {

using Kind = StoreError::Kind;

std::int64_t UrgeRepository::write(const UrgeRecord &urge)
{
    checkMoment(urge.start, "urge start");
    if (urge.end)
        checkMoment(*urge.end, "urge end");
    for (const IntensitySample &sample : urge.samples)
        checkRange(sample.intensity, 0, 10, "intensity");

    const bool isNew = urge.id == 0;
    const std::int64_t id = isNew ? m_db.nextId(u"urges"_s) : urge.id;
    if (!isNew) {
        m_texts.refuseLockedOverwrite("urges", i64(id));
        m_texts.refuseLockedOverwrite("urge_triggers", i64(id));
    }

    QVariantList values;
    appendMoment(values, urge.start);
    values << urge.start.localHour();
    appendOptionalMoment(values, urge.end);
    const auto startIntensity = urge.startIntensity();
    const auto peakIntensity = urge.peakIntensity();
    values << (startIntensity ? QVariant(*startIntensity) : nullValue())
           << (peakIntensity ? QVariant(*peakIntensity) : nullValue()) << int(urge.halt.hungry) << int(urge.halt.angry)
           << int(urge.halt.lonely) << int(urge.halt.tired) << actionText(urge.action) << i64(urge.actionId)
           << m_texts.seal(sealed::urgeActionLabel, idKey(id), urge.actionLabel)
           << (urge.unsentMessageId ? i64(*urge.unsentMessageId) : nullValue()) << outcomeText(urge.outcome)
           << m_texts.seal(sealed::urgeNote, idKey(id), urge.note) << urgeKindText(urge.kind);

    if (isNew) {
        QSqlQuery &insert = m_db.prepared(
            u"INSERT INTO urges (id, start_utc_ms, start_offset_min, start_zone, start_local_date, start_local_hour, "
            "end_utc_ms, end_offset_min, end_zone, end_local_date, start_intensity, peak_intensity, "
            "halt_hungry, halt_angry, halt_lonely, halt_tired, action_kind, action_id, action_label, "
            "unsent_message_id, outcome, note, kind) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
        values.prepend(i64(id));
        bindAll(insert, values);
        m_db.exec(insert, "save urge");
        insert.finish();
    } else {
        QSqlQuery &update = m_db.prepared(
            u"UPDATE urges SET start_utc_ms = ?, start_offset_min = ?, start_zone = ?, start_local_date = ?, "
            "start_local_hour = ?, end_utc_ms = ?, end_offset_min = ?, end_zone = ?, end_local_date = ?, "
            "start_intensity = ?, peak_intensity = ?, halt_hungry = ?, halt_angry = ?, halt_lonely = ?, "
            "halt_tired = ?, action_kind = ?, action_id = ?, action_label = ?, unsent_message_id = ?, "
            "outcome = ?, note = ?, kind = ? WHERE id = ?"_s);
        values << i64(id);
        bindAll(update, values);
        m_db.exec(update, "save urge");
        const int changed = update.numRowsAffected();
        update.finish();
        if (changed == 0)
            throw StoreError(Kind::NotFound, "no urge " + std::to_string(id));
        for (const QString &sql : {u"DELETE FROM urge_samples WHERE urge_id = ?"_s,
                                   u"DELETE FROM urge_triggers WHERE urge_id = ?"_s}) {
            QSqlQuery &remove = m_db.prepared(sql);
            remove.bindValue(0, i64(id));
            m_db.exec(remove, "save urge");
            remove.finish();
        }
    }

    QSqlQuery &sample = m_db.prepared(u"INSERT INTO urge_samples (urge_id, position, utc_ms, intensity) VALUES (?, ?, ?, ?)"_s);
    for (std::size_t i = 0; i < urge.samples.size(); ++i) {
        bindAll(sample, {i64(id), int(i), i64(urge.samples[i].utcMs), urge.samples[i].intensity});
        m_db.exec(sample, "save urge sample");
    }
    sample.finish();

    QSqlQuery &trigger =
        m_db.prepared(u"INSERT INTO urge_triggers (urge_id, position, trigger_key, custom_text) VALUES (?, ?, ?, ?)"_s);
    int position = 0;
    for (const Trigger t : urge.triggers) {
        bindAll(trigger, {i64(id), position++, triggerKeyText(t), text({})});
        m_db.exec(trigger, "save urge trigger");
    }
    for (const std::string &custom : urge.customTriggers) {
        const QVariant sealed = m_texts.seal(sealed::urgeCustomTrigger, pairKey(id, position), custom);
        bindAll(trigger, {i64(id), position++, QLatin1String(kCustomTriggerKey), sealed});
        m_db.exec(trigger, "save urge trigger");
    }
    trigger.finish();
    return id;
}

void UrgeRepository::linkUnsentMessage(std::int64_t urgeId, std::int64_t messageId)
{
    QSqlQuery &link = m_db.prepared(u"UPDATE urges SET unsent_message_id = ? WHERE id = ?"_s);
    const FinishOnExit finish(link);
    bindAll(link, {i64(messageId), i64(urgeId)});
    m_db.exec(link, "link urge and message");
}

std::vector<UrgeRecord> UrgeRepository::load(const QString &where, const QVariantList &values)
{
    std::vector<UrgeRecord> result;
    std::unordered_map<std::int64_t, std::size_t> index;
    {
        QSqlQuery &query = m_db.prepared(
            u"SELECT u.id, u.start_utc_ms, u.start_offset_min, u.start_zone, u.start_local_date, "
            "u.end_utc_ms, u.end_offset_min, u.end_zone, u.end_local_date, u.halt_hungry, u.halt_angry, "
            "u.halt_lonely, u.halt_tired, u.action_kind, u.action_id, u.action_label, u.unsent_message_id, "
            "u.outcome, u.note, u.kind FROM urges u WHERE "_s
            + where + u" ORDER BY u.start_utc_ms, u.id"_s);
        const FinishOnExit finish(query);
        bindAll(query, values);
        m_db.exec(query, "read urges");
        while (query.next()) {
            UrgeRecord urge;
            urge.id = int64At(query, 0);
            urge.start = momentAt(query, 1);
            urge.end = optionalMomentAt(query, 5);
            urge.halt = HaltFlags{intAt(query, 9) != 0, intAt(query, 10) != 0, intAt(query, 11) != 0,
                                  intAt(query, 12) != 0};
            urge.action = actionFromText(query.value(13).toString());
            urge.actionId = int64At(query, 14);
            urge.actionLabel = m_texts.open(query.value(15), sealed::urgeActionLabel, idKey(urge.id));
            if (!query.value(16).isNull())
                urge.unsentMessageId = int64At(query, 16);
            urge.outcome = outcomeFromText(query.value(17).toString());
            urge.note = m_texts.open(query.value(18), sealed::urgeNote, idKey(urge.id));
            urge.kind = urgeKindFromText(query.value(19).toString());
            index.emplace(urge.id, result.size());
            result.push_back(std::move(urge));
        }
    }
    if (result.empty())
        return result;
    {
        QSqlQuery &query = m_db.prepared(u"SELECT s.urge_id, s.utc_ms, s.intensity FROM urge_samples s "
                                    "JOIN urges u ON u.id = s.urge_id WHERE "_s
                                    + where + u" ORDER BY s.urge_id, s.position"_s);
        const FinishOnExit finish(query);
        bindAll(query, values);
        m_db.exec(query, "read urge samples");
        while (query.next()) {
            const auto it = index.find(int64At(query, 0));
            if (it != index.end())
                result[it->second].samples.push_back(IntensitySample{int64At(query, 1), intAt(query, 2)});
        }
    }
    {
        QSqlQuery &query = m_db.prepared(u"SELECT t.urge_id, t.trigger_key, t.custom_text, t.position FROM urge_triggers t "
                                    "JOIN urges u ON u.id = t.urge_id WHERE "_s
                                    + where + u" ORDER BY t.urge_id, t.position"_s);
        const FinishOnExit finish(query);
        bindAll(query, values);
        m_db.exec(query, "read urge triggers");
        while (query.next()) {
            const std::int64_t urgeId = int64At(query, 0);
            const auto it = index.find(urgeId);
            if (it == index.end())
                continue;
            const QString key = query.value(1).toString();
            if (key == QLatin1String(kCustomTriggerKey))
                result[it->second].customTriggers.push_back(
                    m_texts.open(query.value(2), sealed::urgeCustomTrigger, pairKey(urgeId, int64At(query, 3))));
            else
                result[it->second].triggers.push_back(triggerFromText(key));
        }
    }
    return result;
}

std::optional<UrgeRecord> UrgeRepository::byId(std::int64_t id)
{
    std::vector<UrgeRecord> found = load(u"u.id = ?"_s, {i64(id)});
    if (found.empty())
        return std::nullopt;
    return std::move(found.front());
}

std::vector<UrgeRecord> UrgeRepository::all()
{
    return load(u"1"_s, {});
}

std::vector<UrgeRecord> UrgeRepository::inRange(LocalDate from, LocalDate to)
{
    return load(u"u.start_local_date BETWEEN ? AND ?"_s, {iso(from), iso(to)});
}

std::vector<UrgeRatings> UrgeRepository::ratings(LocalDate from, LocalDate to)
{
    // Two reads over urges_by_start_local_date, with no ORDER BY (a temporary
    // B-tree per read): the urges' ids and days, then their samples by the
    // urge_samples key. Numbers and dates only, so no text is opened.
    const QVariantList range{iso(from), iso(to)};
    std::vector<UrgeRatings> result;
    std::unordered_map<std::int64_t, std::size_t> index;
    {
        QSqlQuery &query = m_db.prepared(u"SELECT id, start_local_date FROM urges WHERE start_local_date BETWEEN ? AND ?"_s);
        const FinishOnExit finish(query);
        bindAll(query, range);
        m_db.exec(query, "read urge days");
        QString lastText;
        std::optional<LocalDate> lastDate;
        bool parsed = false;
        while (query.next()) {
            const QVariant text = query.value(1);
            // A day's urges come together: parse each date once.
            if (!parsed || text.toString() != lastText) {
                lastText = text.toString();
                lastDate = dateFrom(text);
                parsed = true;
            }
            if (lastDate) // never expected otherwise; such an urge has no week to fall in
                result.push_back({int64At(query, 0), *lastDate, {}});
        }
    }
    if (result.empty())
        return result;
    const auto byDayThenId = [](const UrgeRatings &a, const UrgeRatings &b) {
        return a.startDate < b.startDate || (a.startDate == b.startDate && a.urgeId < b.urgeId);
    };
    if (!std::is_sorted(result.begin(), result.end(), byDayThenId)) // the index walks day, hour, id
        std::sort(result.begin(), result.end(), byDayThenId);
    index.reserve(result.size());
    for (std::size_t i = 0; i < result.size(); ++i)
        index.emplace(result[i].urgeId, i);

    struct Row
    {
        std::size_t urge;
        int position;
        IntensitySample sample;
    };
    std::vector<Row> rows;
    std::vector<std::size_t> counts(result.size(), 0);
    {
        QSqlQuery &query = m_db.prepared(u"SELECT s.urge_id, s.position, s.utc_ms, s.intensity FROM urges u "
                                    "JOIN urge_samples s ON s.urge_id = u.id WHERE u.start_local_date BETWEEN ? AND ?"_s);
        const FinishOnExit finish(query);
        bindAll(query, range);
        m_db.exec(query, "read urge samples");
        rows.reserve(result.size() * 6);
        std::int64_t lastId = 0;
        std::size_t lastUrge = result.size();
        while (query.next()) {
            const std::int64_t id = int64At(query, 0);
            if (lastUrge == result.size() || id != lastId) { // an urge's samples come together
                const auto it = index.find(id);
                if (it == index.end())
                    continue;
                lastId = id;
                lastUrge = it->second;
            }
            rows.push_back({lastUrge, intAt(query, 1), IntensitySample{int64At(query, 2), intAt(query, 3)}});
            ++counts[lastUrge];
        }
    }
    // Each urge's samples in rating order. The rows come urge by urge in key
    // order, but SQL promises no order without ORDER BY: sorted here only
    // when some urge's positions are not rising.
    std::vector<int> lastPosition(result.size(), -1);
    bool inOrder = true;
    for (const Row &row : rows) {
        inOrder = inOrder && row.position > lastPosition[row.urge];
        lastPosition[row.urge] = row.position;
    }
    if (!inOrder) {
        std::stable_sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) {
            return a.urge < b.urge || (a.urge == b.urge && a.position < b.position);
        });
    }
    for (std::size_t i = 0; i < result.size(); ++i)
        result[i].samples.reserve(counts[i]);
    for (const Row &row : rows)
        result[row.urge].samples.push_back(row.sample);
    return result;
}

} // namespace holdfast::storage
