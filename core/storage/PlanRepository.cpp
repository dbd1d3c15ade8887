#include "storage/PlanRepository.h"

#include "storage/Connection.h"
#include "storage/FinishOnExit.h"
#include "storage/RecordChecks.h"
#include "storage/SqlValues.h"
#include "storage/TextSealer.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace holdfast::storage {

namespace {

using Kind = StoreError::Kind;

// Each list's table and the columns a write sets (besides id); the sealed ones
// among them are TextSealer's to know.
struct PlanTable
{
    PlanList list;
    const char *table;
    std::vector<const char *> columns;
};

const std::vector<PlanTable> &planTables()
{
    static const std::vector<PlanTable> tables{
        {PlanList::Reasons, "reasons", {"text", "position"}},
        {PlanList::SupportPeople, "support_people", {"name", "contact", "note", "position"}},
        {PlanList::Activities, "activities", {"title", "position"}},
        {PlanList::IfThenPlans, "if_then_plans", {"trigger_key", "custom_trigger", "plan", "position"}},
        {PlanList::RiskDates, "risk_dates", {"title", "date", "yearly", "plan", "position"}},
    };
    return tables;
}

const PlanTable &planTable(PlanList list)
{
    for (const PlanTable &table : planTables()) {
        if (table.list == list)
            return table;
    }
    throw StoreError(Kind::InvalidData, "unknown plan list");
}

// Every row of one plan list, in the person's order, each made by `row`.
template<typename T, typename RowFn>
std::vector<T> readList(Connection &db, const QString &sql, const char *context, RowFn row)
{
    QSqlQuery &query = db.prepared(sql);
    const FinishOnExit finish(query);
    db.exec(query, context);
    std::vector<T> result;
    while (query.next())
        result.push_back(row(query, int64At(query, 0)));
    return result;
}

} // namespace

QString PlanRepository::tableOf(PlanList list)
{
    return QLatin1String(planTable(list).table);
}

const std::vector<PlanList> &PlanRepository::lists()
{
    static const std::vector<PlanList> all = [] {
        std::vector<PlanList> result;
        for (const PlanTable &table : planTables())
            result.push_back(table.list);
        return result;
    }();
    return all;
}

std::int64_t PlanRepository::writeRow(PlanList list, std::int64_t id,
                                      const std::function<QVariantList(std::int64_t id)> &valuesFor, const char *context)
{
    // Table and column names come from this file, never from input.
    const PlanTable &description = planTable(list);
    const QString table = QLatin1String(description.table);
    QStringList columns;
    for (const char *column : description.columns)
        columns.append(QLatin1String(column));
    const bool isNew = id == 0;
    const std::int64_t rowId = isNew ? m_db.nextId(table) : id;
    if (!isNew)
        m_texts.refuseLockedOverwrite(description.table, i64(rowId));
    QVariantList values = valuesFor(rowId);
    QString sql;
    if (isNew) {
        QStringList marks(columns.size() + 1, u"?"_s);
        sql = u"INSERT INTO %1 (id, %2) VALUES (%3)"_s.arg(table, columns.join(u", "_s), marks.join(u", "_s));
        values.prepend(i64(rowId));
    } else {
        QStringList sets;
        for (const QString &column : columns)
            sets.append(column + u" = ?"_s);
        sql = u"UPDATE %1 SET %2 WHERE id = ?"_s.arg(table, sets.join(u", "_s));
        values << i64(rowId);
    }
    QSqlQuery &query = m_db.prepared(sql);
    bindAll(query, values);
    m_db.exec(query, context);
    const int changed = query.numRowsAffected();
    query.finish();
    if (!isNew && changed == 0)
        throw StoreError(Kind::NotFound, std::string(context) + ": no item " + std::to_string(id));
    return rowId;
}

std::int64_t PlanRepository::write(const Reason &reason)
{
    return writeRow(PlanList::Reasons, reason.id,
        [&](std::int64_t id) { return QVariantList{m_texts.seal(sealed::reasonText, idKey(id), reason.text), reason.position}; },
        "save reason");
}

std::vector<Reason> PlanRepository::reasons()
{
    return readList<Reason>(
        m_db, u"SELECT id, text, position FROM reasons ORDER BY position, id"_s, "read reasons",
        [this](const QSqlQuery &query, std::int64_t id) {
            return Reason{id, m_texts.open(query.value(1), sealed::reasonText, idKey(id)), intAt(query, 2)};
        });
}

std::int64_t PlanRepository::write(const SupportPerson &person)
{
    return writeRow(PlanList::SupportPeople, person.id,
        [&](std::int64_t id) {
            return QVariantList{m_texts.seal(sealed::personName, idKey(id), person.name),
                                m_texts.seal(sealed::personContact, idKey(id), person.contact),
                                m_texts.seal(sealed::personNote, idKey(id), person.note), person.position};
        },
        "save support person");
}

std::vector<SupportPerson> PlanRepository::supportPeople()
{
    return readList<SupportPerson>(
        m_db, u"SELECT id, name, contact, note, position FROM support_people ORDER BY position, id"_s,
        "read support people", [this](const QSqlQuery &query, std::int64_t id) {
            return SupportPerson{id, m_texts.open(query.value(1), sealed::personName, idKey(id)),
                                 m_texts.open(query.value(2), sealed::personContact, idKey(id)),
                                 m_texts.open(query.value(3), sealed::personNote, idKey(id)), intAt(query, 4)};
        });
}

std::int64_t PlanRepository::write(const Activity &activity)
{
    return writeRow(PlanList::Activities, activity.id,
        [&](std::int64_t id) {
            return QVariantList{m_texts.seal(sealed::activityTitle, idKey(id), activity.title), activity.position};
        },
        "save activity");
}

std::vector<Activity> PlanRepository::activities()
{
    return readList<Activity>(
        m_db, u"SELECT id, title, position FROM activities ORDER BY position, id"_s, "read activities",
        [this](const QSqlQuery &query, std::int64_t id) {
            return Activity{id, m_texts.open(query.value(1), sealed::activityTitle, idKey(id)), intAt(query, 2)};
        });
}

std::int64_t PlanRepository::write(const IfThenPlan &plan)
{
    return writeRow(PlanList::IfThenPlans, plan.id,
        [&](std::int64_t id) {
            return QVariantList{triggerKeyText(plan.trigger),
                                m_texts.seal(sealed::planCustomTrigger, idKey(id), plan.customTrigger),
                                m_texts.seal(sealed::planText, idKey(id), plan.plan), plan.position};
        },
        "save if-then plan");
}

std::vector<IfThenPlan> PlanRepository::ifThenPlans()
{
    return readList<IfThenPlan>(
        m_db, u"SELECT id, trigger_key, custom_trigger, plan, position FROM if_then_plans ORDER BY position, id"_s,
        "read if-then plans", [this](const QSqlQuery &query, std::int64_t id) {
            return IfThenPlan{id, triggerFromText(query.value(1).toString()),
                              m_texts.open(query.value(2), sealed::planCustomTrigger, idKey(id)),
                              m_texts.open(query.value(3), sealed::planText, idKey(id)), intAt(query, 4)};
        });
}

std::int64_t PlanRepository::write(const RiskDate &riskDate)
{
    checkDate(riskDate.date, "risk date");
    return writeRow(PlanList::RiskDates, riskDate.id,
        [&](std::int64_t id) {
            return QVariantList{m_texts.seal(sealed::riskDateTitle, idKey(id), riskDate.title), iso(riskDate.date),
                                int(riskDate.yearly), m_texts.seal(sealed::riskDatePlan, idKey(id), riskDate.plan),
                                riskDate.position};
        },
        "save risk date");
}

std::vector<RiskDate> PlanRepository::riskDates()
{
    return readList<RiskDate>(
        m_db, u"SELECT id, title, date, yearly, plan, position FROM risk_dates ORDER BY position, id"_s,
        "read risk dates", [this](const QSqlQuery &query, std::int64_t id) {
            RiskDate riskDate;
            riskDate.id = id;
            riskDate.title = m_texts.open(query.value(1), sealed::riskDateTitle, idKey(id));
            riskDate.date = dateFrom(query.value(2)).value_or(LocalDate{});
            riskDate.yearly = intAt(query, 3) != 0;
            riskDate.plan = m_texts.open(query.value(4), sealed::riskDatePlan, idKey(id));
            riskDate.position = intAt(query, 5);
            return riskDate;
        });
}

void PlanRepository::remove(PlanList list, std::int64_t id)
{
    m_db.removeById(u"DELETE FROM %1 WHERE id = ?"_s.arg(tableOf(list)), id, "remove plan item");
}

void PlanRepository::reorder(PlanList list, const std::vector<std::int64_t> &idsInOrder)
{
    QSqlQuery &update = m_db.prepared(u"UPDATE %1 SET position = ? WHERE id = ?"_s.arg(tableOf(list)));
    for (std::size_t i = 0; i < idsInOrder.size(); ++i) {
        bindAll(update, {int(i), i64(idsInOrder[i])});
        m_db.exec(update, "reorder plan");
        const int changed = update.numRowsAffected();
        update.finish();
        if (changed == 0) // rolled back: a list half in the new order is worse than the old one
            throw StoreError(Kind::NotFound, "no plan item " + std::to_string(idsInOrder[i]));
    }
}

} // namespace holdfast::storage
