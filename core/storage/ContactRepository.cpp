#include "storage/ContactRepository.h"

#include "storage/Connection.h"
#include "storage/FinishOnExit.h"
#include "storage/RecordChecks.h"
#include "storage/SqlValues.h"
#include "storage/TextSealer.h"

#include "model/RecordKeys.h"

using namespace Qt::StringLiterals;

namespace holdfast::storage {

std::int64_t ContactRepository::write(const ContactEvent &event)
{
    checkMoment(event.at, "contact");
    const std::int64_t id = m_db.nextId(u"contacts"_s);
    QVariantList values{i64(id)};
    appendMoment(values, event.at);
    values << initiatorText(event.initiator) << channelText(event.channel) << int(event.replied)
           << m_texts.seal(sealed::contactNote, idKey(id), event.note) << (event.urgeId ? i64(*event.urgeId) : nullValue())
           << keyText(purposeKey(event.purpose));
    QSqlQuery &insert = m_db.prepared(u"INSERT INTO contacts (id, at_utc_ms, at_offset_min, at_zone, at_local_date, "
                                 "initiator, channel, replied, note, urge_id, purpose) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    bindAll(insert, values);
    m_db.exec(insert, "add contact");
    insert.finish();
    return id;
}

std::vector<ContactEvent> ContactRepository::all(bool withNotes)
{
    // Without notes the query never touches sealed text, so it works while locked.
    QSqlQuery &query = m_db.prepared(withNotes ? u"SELECT id, at_utc_ms, at_offset_min, at_zone, at_local_date, initiator, channel, "
                                            "replied, note, urge_id, purpose FROM contacts ORDER BY at_utc_ms, id"_s
                                          : u"SELECT id, at_utc_ms, at_offset_min, at_zone, at_local_date, initiator, channel, "
                                            "replied, '', urge_id, purpose FROM contacts ORDER BY at_utc_ms, id"_s);
    const FinishOnExit finish(query);
    m_db.exec(query, "read contacts");
    std::vector<ContactEvent> result;
    while (query.next()) {
        ContactEvent event;
        event.id = int64At(query, 0);
        event.at = momentAt(query, 1);
        event.initiator = initiatorFromText(query.value(5).toString());
        event.channel = channelFromText(query.value(6).toString());
        event.replied = intAt(query, 7) != 0;
        if (withNotes)
            event.note = m_texts.open(query.value(8), sealed::contactNote, idKey(event.id));
        if (!query.value(9).isNull())
            event.urgeId = int64At(query, 9);
        // The column's CHECK allows only the two keys; schema 2 rows read 'personal'.
        event.purpose = purposeFromKey(query.value(10).toString().toStdString()).value_or(ContactPurpose::Personal);
        result.push_back(std::move(event));
    }
    return result;
}

void ContactRepository::remove(std::int64_t id)
{
    m_db.removeById(u"DELETE FROM contacts WHERE id = ?"_s, id, "remove contact");
}

} // namespace holdfast::storage
