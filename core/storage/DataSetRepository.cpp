#include "storage/DataSetRepository.h"

#include "storage/CheckInRepository.h"
#include "storage/Connection.h"
#include "storage/ContactRepository.h"
#include "storage/JournalRepository.h"
#include "storage/LookBackRepository.h"
#include "storage/JournalSearchIndex.h"
#include "storage/PlanRepository.h"
#include "storage/SettingsRepository.h"
#include "storage/UnsentMessageRepository.h"
#include "storage/UrgeRepository.h"

#include <QSqlQuery>

#include <algorithm>
#include <map>
#include <numeric>

using namespace Qt::StringLiterals;

namespace holdfast::storage {

namespace {

// Positions of `items` ordered by their old id, so ids come out in the same order.
template<typename T>
std::vector<std::size_t> byOldId(const std::vector<T> &items)
{
    std::vector<std::size_t> order(items.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return items[a].id < items[b].id; });
    return order;
}

std::optional<std::int64_t> mapped(const std::map<std::int64_t, std::int64_t> &ids, std::optional<std::int64_t> old)
{
    if (!old)
        return std::nullopt;
    const auto it = ids.find(*old);
    if (it == ids.end())
        return std::nullopt;
    return it->second;
}

} // namespace

MergeCounts DataSetRepository::counts()
{
    const auto rows = [this](const QString &table) {
        QSqlQuery &query = m_parts.connection.prepared(u"SELECT count(*) FROM %1"_s.arg(table));
        m_parts.connection.exec(query, "count records");
        const std::size_t count = query.next() ? std::size_t(query.value(0).toLongLong()) : 0;
        query.finish();
        return count;
    };
    MergeCounts counts;
    counts.urges = rows(u"urges"_s);
    counts.contacts = rows(u"contacts"_s);
    counts.checkIns = rows(u"check_ins"_s);
    counts.lookBacks = rows(u"look_backs"_s);
    counts.journalEntries = rows(u"journal_entries"_s);
    counts.unsentMessages = rows(u"unsent_messages"_s);
    for (const PlanList list : PlanRepository::lists())
        counts.planItems += rows(PlanRepository::tableOf(list));
    return counts;
}

DataSet DataSetRepository::read()
{
    DataSet data;
    data.settings = m_parts.settings.read();
    data.urges = m_parts.urges.all();
    data.contacts = m_parts.contacts.all(true);
    data.checkIns = m_parts.checkIns.inRange(LocalDate{1, 1, 1}, LocalDate{9999, 12, 31});
    data.lookBacks = m_parts.lookBacks.inRange(LocalDate{1, 1, 1}, LocalDate{9999, 12, 31});
    JournalQuery all;
    all.limit = 0;
    data.journalEntries = m_parts.journal.search(all);
    data.unsentMessages = m_parts.unsentMessages.all();
    data.reasons = m_parts.plan.reasons();
    data.supportPeople = m_parts.plan.supportPeople();
    data.activities = m_parts.plan.activities();
    data.ifThenPlans = m_parts.plan.ifThenPlans();
    data.riskDates = m_parts.plan.riskDates();
    return data;
}

void DataSetRepository::clear()
{
    // Children before parents; the journal triggers keep the on-disk index in step.
    for (const char *table : {"contacts", "urge_samples", "urge_triggers", "unsent_messages", "urges", "check_ins", "look_backs",
                              "journal_tags", "journal_entries", "reasons", "support_people", "activities",
                              "if_then_plans", "risk_dates", "settings"})
        m_parts.connection.execDirect(u"DELETE FROM %1"_s.arg(QLatin1String(table)), "clear the data");
    m_parts.searchIndex.clear();
}

void DataSetRepository::write(const DataSet &data, ImportMode mode)
{
    if (mode == ImportMode::Replace) {
        clear();
        m_parts.settings.write(data.settings);
    }

    for (std::size_t i : byOldId(data.reasons)) {
        Reason reason = data.reasons[i];
        reason.id = 0;
        m_parts.plan.write(reason);
    }
    std::map<std::int64_t, std::int64_t> people;
    for (std::size_t i : byOldId(data.supportPeople)) {
        SupportPerson person = data.supportPeople[i];
        person.id = 0;
        people[data.supportPeople[i].id] = m_parts.plan.write(person);
    }
    std::map<std::int64_t, std::int64_t> activityIds;
    for (std::size_t i : byOldId(data.activities)) {
        Activity activity = data.activities[i];
        activity.id = 0;
        activityIds[data.activities[i].id] = m_parts.plan.write(activity);
    }
    for (std::size_t i : byOldId(data.ifThenPlans)) {
        IfThenPlan plan = data.ifThenPlans[i];
        plan.id = 0;
        m_parts.plan.write(plan);
    }
    for (std::size_t i : byOldId(data.riskDates)) {
        RiskDate riskDate = data.riskDates[i];
        riskDate.id = 0;
        m_parts.plan.write(riskDate);
    }

    // Urges and unsent messages point at each other: urges first without the
    // link, then the messages, then the urges' links.
    std::map<std::int64_t, std::int64_t> urgeIds;
    for (std::size_t i : byOldId(data.urges)) {
        UrgeRecord urge = data.urges[i];
        urge.id = 0;
        urge.unsentMessageId.reset();
        const auto &targets = urge.action == ActionKind::SupportPerson ? people : activityIds;
        urge.actionId = urge.action == ActionKind::None ? urge.actionId
                                                        : mapped(targets, urge.actionId).value_or(std::int64_t{0});
        urgeIds[data.urges[i].id] = m_parts.urges.write(urge);
    }
    std::map<std::int64_t, std::int64_t> messageIds;
    for (std::size_t i : byOldId(data.unsentMessages)) {
        UnsentMessage message = data.unsentMessages[i];
        message.id = 0;
        message.urgeId = mapped(urgeIds, message.urgeId);
        messageIds[data.unsentMessages[i].id] = m_parts.unsentMessages.write(message);
    }
    for (const UrgeRecord &urge : data.urges) {
        const auto message = mapped(messageIds, urge.unsentMessageId);
        const auto urgeId = mapped(urgeIds, urge.id);
        if (!message || !urgeId)
            continue;
        m_parts.urges.linkUnsentMessage(*urgeId, *message);
    }

    for (std::size_t i : byOldId(data.contacts)) {
        ContactEvent event = data.contacts[i];
        event.urgeId = mapped(urgeIds, event.urgeId);
        m_parts.contacts.write(event);
    }
    for (const CheckIn &checkIn : data.checkIns)
        m_parts.checkIns.write(checkIn);
    for (const LookBack &lookBack : data.lookBacks)
        m_parts.lookBacks.write(lookBack);
    for (std::size_t i : byOldId(data.journalEntries)) {
        JournalEntry entry = data.journalEntries[i];
        entry.id = 0;
        m_parts.journal.write(entry);
    }
}

} // namespace holdfast::storage
