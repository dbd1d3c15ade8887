#include "storage/UnsentMessageRepository.h"

#include "storage/Connection.h"
#include "storage/FinishOnExit.h"
#include "storage/RecordChecks.h"
#include "storage/SqlValues.h"
#include "storage/TextSealer.h"

using namespace Qt::StringLiterals;

namespace holdfast::storage {

using Kind = StoreError::Kind;

std::int64_t UnsentMessageRepository::write(const UnsentMessage &message)
{
    checkMoment(message.written, "message written");
    checkMoment(message.updated, "message updated");
    if (message.reread)
        checkMoment(*message.reread, "message reread");
    const bool isNew = message.id == 0;
    const std::int64_t id = isNew ? m_db.nextId(u"unsent_messages"_s) : message.id;
    if (!isNew)
        m_texts.refuseLockedOverwrite("unsent_messages", i64(id));
    QVariantList values;
    appendMoment(values, message.written);
    appendMoment(values, message.updated);
    values << m_texts.seal(sealed::unsentText, idKey(id), message.text)
           << (message.urgeId ? i64(*message.urgeId) : nullValue());
    appendOptionalMoment(values, message.reread);

    if (isNew) {
        QSqlQuery &insert = m_db.prepared(
            u"INSERT INTO unsent_messages (id, written_utc_ms, written_offset_min, written_zone, written_local_date, "
            "updated_utc_ms, updated_offset_min, updated_zone, updated_local_date, text, urge_id, "
            "reread_utc_ms, reread_offset_min, reread_zone, reread_local_date) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
        values.prepend(i64(id));
        bindAll(insert, values);
        m_db.exec(insert, "save unsent message");
        insert.finish();
    } else {
        QSqlQuery &update = m_db.prepared(
            u"UPDATE unsent_messages SET written_utc_ms = ?, written_offset_min = ?, written_zone = ?, "
            "written_local_date = ?, updated_utc_ms = ?, updated_offset_min = ?, updated_zone = ?, "
            "updated_local_date = ?, text = ?, urge_id = ?, reread_utc_ms = ?, reread_offset_min = ?, "
            "reread_zone = ?, reread_local_date = ? WHERE id = ?"_s);
        values << i64(id);
        bindAll(update, values);
        m_db.exec(update, "save unsent message");
        const int changed = update.numRowsAffected();
        update.finish();
        if (changed == 0)
            throw StoreError(Kind::NotFound, "no unsent message " + std::to_string(id));
    }
    return id;
}

namespace {

constexpr auto kUnsentColumns =
    "id, written_utc_ms, written_offset_min, written_zone, written_local_date, updated_utc_ms, updated_offset_min, "
    "updated_zone, updated_local_date, text, urge_id, reread_utc_ms, reread_offset_min, reread_zone, "
    "reread_local_date";

// Everything but the text, which needs the key (TextSealer::open).
UnsentMessage unsentMessageFrom(const QSqlQuery &query)
{
    UnsentMessage message;
    message.id = int64At(query, 0);
    message.written = momentAt(query, 1);
    message.updated = momentAt(query, 5);
    if (!query.value(10).isNull())
        message.urgeId = int64At(query, 10);
    message.reread = optionalMomentAt(query, 11);
    return message;
}

} // namespace

std::optional<UnsentMessage> UnsentMessageRepository::byId(std::int64_t id)
{
    QSqlQuery &query =
        m_db.prepared(u"SELECT "_s + QLatin1String(kUnsentColumns) + u" FROM unsent_messages WHERE id = ?"_s);
    const FinishOnExit finish(query);
    query.bindValue(0, i64(id));
    m_db.exec(query, "read unsent message");
    if (!query.next())
        return std::nullopt;
    UnsentMessage message = unsentMessageFrom(query);
    message.text = m_texts.open(query.value(9), sealed::unsentText, idKey(message.id));
    return message;
}

std::vector<UnsentMessage> UnsentMessageRepository::all()
{
    QSqlQuery &query = m_db.prepared(u"SELECT "_s + QLatin1String(kUnsentColumns)
                                + u" FROM unsent_messages ORDER BY written_utc_ms DESC, id DESC"_s);
    const FinishOnExit finish(query);
    m_db.exec(query, "read unsent messages");
    std::vector<UnsentMessage> result;
    while (query.next()) {
        UnsentMessage message = unsentMessageFrom(query);
        message.text = m_texts.open(query.value(9), sealed::unsentText, idKey(message.id));
        result.push_back(std::move(message));
    }
    return result;
}

void UnsentMessageRepository::remove(std::int64_t id)
{
    m_db.removeById(u"DELETE FROM unsent_messages WHERE id = ?"_s, id, "remove unsent message");
}

} // namespace holdfast::storage
