#pragma once

// The five plan lists (reasons, support people, activities, if-then plans,
// risk dates), driven by one table of their SQL tables and columns. Writes run
// inside the caller's transaction.

#include "model/Store.h"

#include <QString>
#include <QVariantList>

#include <functional>

namespace holdfast::storage {

class Connection;
class TextSealer;

class PlanRepository
{
public:
    PlanRepository(Connection &connection, TextSealer &texts) : m_db(connection), m_texts(texts) {}

    // The SQL table of a list (names come from here, never from input).
    static QString tableOf(PlanList list);
    // Every list, in the order of PlanList.
    static const std::vector<PlanList> &lists();

    std::int64_t write(const Reason &reason);
    std::int64_t write(const SupportPerson &person);
    std::int64_t write(const Activity &activity);
    std::int64_t write(const IfThenPlan &plan);
    std::int64_t write(const RiskDate &riskDate);
    std::vector<Reason> reasons();
    std::vector<SupportPerson> supportPeople();
    std::vector<Activity> activities();
    std::vector<IfThenPlan> ifThenPlans();
    std::vector<RiskDate> riskDates();
    void remove(PlanList list, std::int64_t id);
    // Inside the caller's transaction; NotFound (so it rolls back) for an unknown id.
    void reorder(PlanList list, const std::vector<std::int64_t> &idsInOrder);

private:
    // Inserts (id 0) or updates one row of `list` with the values of its
    // columns, which `valuesFor` gives for the row id (sealed texts name it).
    std::int64_t writeRow(PlanList list, std::int64_t id, const std::function<QVariantList(std::int64_t id)> &valuesFor,
                          const char *context);

    Connection &m_db;
    TextSealer &m_texts;
};

} // namespace holdfast::storage
