#include "DataMerge.h"

#include <algorithm>
#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <tuple>
#include <utility>

namespace holdfast {

namespace {

// Keeps the items of `incoming` that have no counterpart in `existing`, each
// stored record answering for one incoming record; returns how many were dropped.
template<typename T, typename KeyFn>
std::size_t keepNew(const std::vector<T> &incoming, const std::vector<T> &existing, std::vector<T> &out, KeyFn key)
{
    using Key = decltype(key(incoming.front()));
    std::map<Key, std::size_t> stored;
    for (const auto &item : existing)
        ++stored[key(item)];
    std::size_t dropped = 0;
    for (const auto &item : incoming) {
        const auto it = stored.find(key(item));
        if (it != stored.end() && it->second > 0) {
            --it->second;
            ++dropped;
        } else {
            out.push_back(item);
        }
    }
    return dropped;
}

// Check-ins and look backs: one per day, so a day that has one keeps it.
template<typename T>
std::size_t keepNewDays(const std::vector<T> &incoming, const std::vector<T> &existing, std::vector<T> &out)
{
    std::set<LocalDate> days;
    for (const auto &item : existing)
        days.insert(item.date);
    std::size_t dropped = 0;
    for (const auto &item : incoming) {
        if (days.insert(item.date).second)
            out.push_back(item);
        else
            ++dropped;
    }
    return dropped;
}

std::optional<std::int64_t> endOf(const UrgeRecord &u)
{
    return u.end ? std::optional(u.end->utcMs) : std::nullopt;
}

// Everything an urge holds but its id and its links to other records.
auto urgeContent(const UrgeRecord &u)
{
    std::vector<std::pair<std::int64_t, int>> samples;
    for (const auto &sample : u.samples)
        samples.emplace_back(sample.utcMs, sample.intensity);
    return std::tuple(u.start.utcMs, u.start.offsetMinutes, endOf(u), std::move(samples), u.triggers, u.customTriggers,
                      std::tuple(u.halt.hungry, u.halt.angry, u.halt.lonely, u.halt.tired), int(u.action),
                      u.actionLabel, int(u.outcome), u.note, int(u.kind));
}

auto contactContent(const ContactEvent &c)
{
    return std::tuple(c.at.utcMs, c.at.offsetMinutes, int(c.initiator), int(c.channel), c.replied, c.note,
                      int(c.purpose));
}

// New plan items go after the existing ones, keeping their incoming order.
template<typename T>
void placeAfter(std::vector<T> &added, const std::vector<T> &existing)
{
    int next = 0;
    for (const auto &item : existing)
        next = std::max(next, item.position + 1);
    std::stable_sort(added.begin(), added.end(), [](const T &a, const T &b) { return a.position < b.position; });
    for (auto &item : added)
        item.position = next++;
}

} // namespace

MergeResult DataMerge::withoutDuplicates(const DataSet &incoming, const DataSet &existing)
{
    MergeResult result;
    DataSet &out = result.toAdd;
    MergeCounts &skipped = result.skipped;
    out.settings = existing.settings;

    skipped.urges = keepNew(incoming.urges, existing.urges, out.urges, urgeContent);
    skipped.contacts = keepNew(incoming.contacts, existing.contacts, out.contacts, contactContent);
    skipped.checkIns = keepNewDays(incoming.checkIns, existing.checkIns, out.checkIns);
    skipped.lookBacks = keepNewDays(incoming.lookBacks, existing.lookBacks, out.lookBacks);
    skipped.journalEntries = keepNew(incoming.journalEntries, existing.journalEntries, out.journalEntries,
                                     [](const JournalEntry &e) { return std::pair(e.created.utcMs, e.text); });
    skipped.unsentMessages = keepNew(incoming.unsentMessages, existing.unsentMessages, out.unsentMessages,
                                     [](const UnsentMessage &m) { return std::pair(m.written.utcMs, m.text); });

    skipped.planItems += keepNew(incoming.reasons, existing.reasons, out.reasons,
                                 [](const Reason &r) { return r.text; });
    skipped.planItems += keepNew(incoming.supportPeople, existing.supportPeople, out.supportPeople,
                                 [](const SupportPerson &p) { return std::pair(p.name, p.contact); });
    skipped.planItems += keepNew(incoming.activities, existing.activities, out.activities,
                                 [](const Activity &a) { return a.title; });
    skipped.planItems += keepNew(incoming.ifThenPlans, existing.ifThenPlans, out.ifThenPlans,
                                 [](const IfThenPlan &p) { return std::tuple(int(p.trigger), p.customTrigger, p.plan); });
    skipped.planItems += keepNew(incoming.riskDates, existing.riskDates, out.riskDates,
                                 [](const RiskDate &r) { return std::pair(r.title, r.date); });
    placeAfter(out.reasons, existing.reasons);
    placeAfter(out.supportPeople, existing.supportPeople);
    placeAfter(out.activities, existing.activities);
    placeAfter(out.ifThenPlans, existing.ifThenPlans);
    placeAfter(out.riskDates, existing.riskDates);
    return result;
}

ImportDecision DataMerge::decide(const DataSet &incoming, ImportMode mode, const DataSet &existing)
{
    ImportDecision decision;
    if (mode == ImportMode::Replace) {
        decision.report.removed = count(existing);
        decision.report.added = count(incoming);
        return decision;
    }
    MergeResult merged = withoutDuplicates(incoming, existing);
    decision.report.added = count(merged.toAdd);
    decision.report.skipped = merged.skipped;
    decision.newOnly = std::move(merged.toAdd);
    return decision;
}

MergeCounts DataMerge::count(const DataSet &data)
{
    MergeCounts counts;
    counts.urges = data.urges.size();
    counts.contacts = data.contacts.size();
    counts.checkIns = data.checkIns.size();
    counts.lookBacks = data.lookBacks.size();
    counts.journalEntries = data.journalEntries.size();
    counts.unsentMessages = data.unsentMessages.size();
    counts.planItems = data.reasons.size() + data.supportPeople.size() + data.activities.size()
        + data.ifThenPlans.size() + data.riskDates.size();
    return counts;
}

} // namespace holdfast
