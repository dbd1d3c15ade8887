#pragma once

// An in-memory Store for core tests: keeps every record in plain vectors,
// counts each call, and can be told to throw StoreError so tests can check
// how presenters behave when saving or loading fails.

#include "model/DataMerge.h"
#include "model/Store.h"
#include "model/StoreError.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace holdfast {

class MemoryStore : public Store
{
public:
    // --- test controls --------------------------------------------------

    // Every call made so far, reads and writes, including calls that threw.
    int calls() const { return m_reads + m_writes; }
    int reads() const { return m_reads; }
    int writes() const { return m_writes; }
    // Calls of one method by name, e.g. callCount("saveUrge").
    int callCount(const std::string &method) const
    {
        const auto it = m_callCounts.find(method);
        return it == m_callCounts.end() ? 0 : it->second;
    }
    void resetCounts()
    {
        m_reads = 0;
        m_writes = 0;
        m_callCounts.clear();
    }

    // From now on every write (or read) throws StoreError of this kind and
    // changes nothing, until stopFailing().
    void failWrites(StoreError::Kind kind = StoreError::Kind::DiskFull) { m_failWrites = kind; }
    void failReads(StoreError::Kind kind = StoreError::Kind::Corrupt) { m_failReads = kind; }
    // Only the next `count` writes throw; later writes succeed again.
    void failNextWrites(int count, StoreError::Kind kind = StoreError::Kind::DiskFull)
    {
        m_failWrites = kind;
        m_failWritesLeft = count;
    }
    void stopFailing()
    {
        m_failWrites.reset();
        m_failReads.reset();
        m_failWritesLeft = -1;
    }

    // Direct access for arranging and inspecting, not counted.
    std::vector<UrgeRecord> allUrges() const { return m_urges; }
    std::vector<ContactEvent> allContacts() const { return m_contacts; }
    std::vector<UnsentMessage> allUnsentMessages() const { return m_unsent; }

    // --- Store ------------------------------------------------------------

    std::int64_t saveUrge(const UrgeRecord &urge) override
    {
        write("saveUrge");
        return upsert(m_urges, urge, m_nextUrgeId);
    }

    std::optional<UrgeRecord> urge(std::int64_t id) override
    {
        read("urge");
        return find(m_urges, id);
    }

    std::vector<UrgeRecord> urges(LocalDate from, LocalDate to) override
    {
        read("urges");
        std::vector<UrgeRecord> result;
        for (const auto &u : m_urges) {
            if (u.start.localDate >= from && u.start.localDate <= to)
                result.push_back(u);
        }
        std::stable_sort(result.begin(), result.end(),
                         [](const auto &a, const auto &b) { return a.start.utcMs < b.start.utcMs; });
        return result;
    }

    std::vector<UrgeRatings> urgeRatings(LocalDate from, LocalDate to) override
    {
        read("urgeRatings");
        std::vector<UrgeRatings> result;
        for (const auto &u : m_urges) {
            if (u.start.localDate >= from && u.start.localDate <= to)
                result.push_back({u.id, u.start.localDate, u.samples});
        }
        std::sort(result.begin(), result.end(), [](const auto &a, const auto &b) {
            return a.startDate < b.startDate || (a.startDate == b.startDate && a.urgeId < b.urgeId);
        });
        return result;
    }

    std::vector<DaySummary> daySummaries(LocalDate from, LocalDate to) override
    {
        read("daySummaries");
        std::map<LocalDate, DaySummary> days;
        const auto dayFor = [&days](LocalDate date) -> DaySummary & {
            auto &day = days[date];
            day.date = date;
            return day;
        };
        for (const auto &u : m_urges) {
            if (u.start.localDate < from || u.start.localDate > to)
                continue;
            auto &day = dayFor(u.start.localDate);
            ++day.urges;
            switch (u.outcome) {
            case UrgeOutcome::Open: ++day.open; break;
            case UrgeOutcome::Resisted: ++day.resisted; break;
            case UrgeOutcome::ReachedOut: ++day.reachedOut; break;
            case UrgeOutcome::TheyContactedMe: ++day.theyContacted; break;
            }
            if (const auto start = u.startIntensity()) {
                day.intensitySum += *start;
                ++day.intensityCount;
            }
            if (const auto peak = u.peakIntensity())
                day.peakIntensity = std::max(day.peakIntensity, *peak);
            for (const auto trigger : u.triggers)
                ++day.triggers[trigger];
            for (const auto &custom : u.customTriggers)
                ++day.customTriggers[custom];
            day.halt[0] += u.halt.hungry ? 1 : 0;
            day.halt[1] += u.halt.angry ? 1 : 0;
            day.halt[2] += u.halt.lonely ? 1 : 0;
            day.halt[3] += u.halt.tired ? 1 : 0;
            ++day.hours[std::size_t(u.start.localHour())];
        }
        for (const auto &c : m_checkIns) {
            if (c.date < from || c.date > to)
                continue;
            auto &day = dayFor(c.date);
            day.mood = c.mood;
            day.sleep = c.sleep;
        }
        std::vector<DaySummary> result;
        for (auto &[date, day] : days)
            result.push_back(day);
        return result;
    }

    std::int64_t addContact(const ContactEvent &event) override
    {
        write("addContact");
        auto copy = event;
        copy.id = m_nextContactId++;
        m_contacts.push_back(copy);
        return copy.id;
    }

    std::vector<ContactEvent> contacts() override
    {
        read("contacts");
        auto result = m_contacts;
        std::stable_sort(result.begin(), result.end(),
                         [](const auto &a, const auto &b) { return a.at.utcMs < b.at.utcMs; });
        return result;
    }

    std::vector<ContactEvent> contactsWithoutNotes() override
    {
        auto result = contacts();
        for (auto &c : result)
            c.note.clear();
        return result;
    }

    void removeContact(std::int64_t id) override
    {
        write("removeContact");
        erase(m_contacts, id);
    }

    void saveCheckIn(const CheckIn &checkIn) override
    {
        write("saveCheckIn");
        const auto it = std::find_if(m_checkIns.begin(), m_checkIns.end(),
                                     [&](const auto &c) { return c.date == checkIn.date; });
        if (it == m_checkIns.end())
            m_checkIns.push_back(checkIn);
        else
            *it = checkIn;
    }

    std::optional<CheckIn> checkIn(LocalDate date) override
    {
        read("checkIn");
        for (const auto &c : m_checkIns) {
            if (c.date == date)
                return c;
        }
        return std::nullopt;
    }

    std::vector<CheckIn> checkIns(LocalDate from, LocalDate to) override
    {
        read("checkIns");
        std::vector<CheckIn> result;
        for (const auto &c : m_checkIns) {
            if (c.date >= from && c.date <= to)
                result.push_back(c);
        }
        std::sort(result.begin(), result.end(), [](const auto &a, const auto &b) { return a.date < b.date; });
        return result;
    }

    std::int64_t saveJournalEntry(const JournalEntry &entry) override
    {
        write("saveJournalEntry");
        return upsert(m_journal, entry, m_nextJournalId);
    }

    std::optional<JournalEntry> journalEntry(std::int64_t id) override
    {
        read("journalEntry");
        return find(m_journal, id);
    }

    std::vector<JournalEntry> journalEntries(const JournalQuery &query) override
    {
        read("journalEntries");
        std::vector<JournalEntry> result;
        for (const auto &e : m_journal) {
            if (!query.text.empty() && !containsIgnoringCase(e.text, query.text))
                continue;
            if (query.tag && std::find(e.tags.begin(), e.tags.end(), *query.tag) == e.tags.end())
                continue;
            if (query.mood && e.mood != query.mood)
                continue;
            if (query.from && e.created.localDate < *query.from)
                continue;
            if (query.to && e.created.localDate > *query.to)
                continue;
            result.push_back(e);
        }
        std::stable_sort(result.begin(), result.end(),
                         [](const auto &a, const auto &b) { return a.created.utcMs > b.created.utcMs; });
        if (query.limit >= 0 && result.size() > std::size_t(query.limit))
            result.resize(std::size_t(query.limit));
        return result;
    }

    void removeJournalEntry(std::int64_t id) override
    {
        write("removeJournalEntry");
        erase(m_journal, id);
    }

    std::vector<std::string> journalTags() override
    {
        read("journalTags");
        std::set<std::string> tags;
        for (const auto &e : m_journal)
            tags.insert(e.tags.begin(), e.tags.end());
        return {tags.begin(), tags.end()};
    }

    std::int64_t saveUnsentMessage(const UnsentMessage &message) override
    {
        write("saveUnsentMessage");
        return upsert(m_unsent, message, m_nextUnsentId);
    }

    std::optional<UnsentMessage> unsentMessage(std::int64_t id) override
    {
        read("unsentMessage");
        return find(m_unsent, id);
    }

    std::vector<UnsentMessage> unsentMessages() override
    {
        read("unsentMessages");
        auto result = m_unsent;
        std::stable_sort(result.begin(), result.end(),
                         [](const auto &a, const auto &b) { return a.written.utcMs > b.written.utcMs; });
        return result;
    }

    void removeUnsentMessage(std::int64_t id) override
    {
        write("removeUnsentMessage");
        erase(m_unsent, id);
    }

    std::int64_t saveReason(const Reason &reason) override
    {
        write("saveReason");
        return upsert(m_reasons, reason, m_nextPlanId);
    }
    std::vector<Reason> reasons() override
    {
        read("reasons");
        return byPosition(m_reasons);
    }
    std::int64_t saveSupportPerson(const SupportPerson &person) override
    {
        write("saveSupportPerson");
        return upsert(m_people, person, m_nextPlanId);
    }
    std::vector<SupportPerson> supportPeople() override
    {
        read("supportPeople");
        return byPosition(m_people);
    }
    std::int64_t saveActivity(const Activity &activity) override
    {
        write("saveActivity");
        return upsert(m_activities, activity, m_nextPlanId);
    }
    std::vector<Activity> activities() override
    {
        read("activities");
        return byPosition(m_activities);
    }
    std::int64_t saveIfThenPlan(const IfThenPlan &plan) override
    {
        write("saveIfThenPlan");
        return upsert(m_plans, plan, m_nextPlanId);
    }
    std::vector<IfThenPlan> ifThenPlans() override
    {
        read("ifThenPlans");
        return byPosition(m_plans);
    }
    std::int64_t saveRiskDate(const RiskDate &riskDate) override
    {
        write("saveRiskDate");
        return upsert(m_riskDates, riskDate, m_nextPlanId);
    }
    std::vector<RiskDate> riskDates() override
    {
        read("riskDates");
        return byPosition(m_riskDates);
    }

    void removePlanItem(PlanList list, std::int64_t id) override
    {
        write("removePlanItem");
        switch (list) {
        case PlanList::Reasons: erase(m_reasons, id); break;
        case PlanList::SupportPeople: erase(m_people, id); break;
        case PlanList::Activities: erase(m_activities, id); break;
        case PlanList::IfThenPlans: erase(m_plans, id); break;
        case PlanList::RiskDates: erase(m_riskDates, id); break;
        }
    }

    void reorderPlanItems(PlanList list, const std::vector<std::int64_t> &idsInOrder) override
    {
        write("reorderPlanItems");
        switch (list) {
        case PlanList::Reasons: reorder(m_reasons, idsInOrder); break;
        case PlanList::SupportPeople: reorder(m_people, idsInOrder); break;
        case PlanList::Activities: reorder(m_activities, idsInOrder); break;
        case PlanList::IfThenPlans: reorder(m_plans, idsInOrder); break;
        case PlanList::RiskDates: reorder(m_riskDates, idsInOrder); break;
        }
    }

    Settings settings() override
    {
        read("settings");
        return m_settings;
    }

    void saveSettings(const Settings &settings) override
    {
        write("saveSettings");
        m_settings = settings;
    }

    // Never encrypted: encryption is SqliteStore's (tests/storage).
    EncryptionState encryptionState() override { return EncryptionState::Off; }
    void unlock(const std::string &) override { write("unlock"); }
    void lock() override {}
    void enableEncryption(const std::string &) override
    {
        write("enableEncryption");
        throw StoreError(StoreError::Kind::Other, "memory store: no encryption");
    }
    void disableEncryption(const std::string &) override { write("disableEncryption"); }
    void changePassphrase(const std::string &, const std::string &) override
    {
        write("changePassphrase");
        throw StoreError(StoreError::Kind::Other, "memory store: no encryption");
    }

    DataSet everything() override
    {
        read("everything");
        return DataSet{m_settings, m_urges, m_contacts, m_checkIns, m_journal, m_unsent,
                       byPosition(m_reasons), byPosition(m_people), byPosition(m_activities),
                       byPosition(m_plans), byPosition(m_riskDates)};
    }

    ImportReport importMerged(const DataSet &incoming, ImportMode mode) override
    {
        const ImportDecision decision = DataMerge::decide(incoming, mode, everything());
        importData(decision.toWrite(incoming), mode);
        return decision.report;
    }

    void importData(const DataSet &data, ImportMode mode) override
    {
        write("importData");
        if (mode == ImportMode::Replace) {
            *this = MemoryStore{};
            m_settings = data.settings;
        }
        std::map<std::int64_t, std::int64_t> urgeIds, unsentIds, activityIds, personIds;
        const auto mapped = [](const std::map<std::int64_t, std::int64_t> &ids, std::int64_t id) -> std::optional<std::int64_t> {
            const auto it = ids.find(id);
            return it == ids.end() ? std::nullopt : std::optional(it->second);
        };
        const auto add = [](auto &items, auto item, std::int64_t &nextId, std::map<std::int64_t, std::int64_t> *ids) {
            const auto oldId = item.id;
            item.id = nextId++;
            if (ids)
                (*ids)[oldId] = item.id;
            items.push_back(item);
        };
        for (const auto &r : data.reasons)
            add(m_reasons, r, m_nextPlanId, nullptr);
        for (const auto &p : data.supportPeople)
            add(m_people, p, m_nextPlanId, &personIds);
        for (const auto &a : data.activities)
            add(m_activities, a, m_nextPlanId, &activityIds);
        for (const auto &p : data.ifThenPlans)
            add(m_plans, p, m_nextPlanId, nullptr);
        for (const auto &r : data.riskDates)
            add(m_riskDates, r, m_nextPlanId, nullptr);
        for (const auto &u : data.urges)
            add(m_urges, u, m_nextUrgeId, &urgeIds);
        for (const auto &m : data.unsentMessages) {
            auto copy = m;
            copy.urgeId = copy.urgeId ? mapped(urgeIds, *copy.urgeId) : std::nullopt;
            add(m_unsent, copy, m_nextUnsentId, &unsentIds);
        }
        for (auto it = m_urges.end() - std::ptrdiff_t(data.urges.size()); it != m_urges.end(); ++it) {
            it->unsentMessageId = it->unsentMessageId ? mapped(unsentIds, *it->unsentMessageId) : std::nullopt;
            const auto &ids = it->action == ActionKind::SupportPerson ? personIds : activityIds;
            it->actionId = mapped(ids, it->actionId).value_or(0);
        }
        for (const auto &c : data.contacts) {
            auto copy = c;
            copy.urgeId = copy.urgeId ? mapped(urgeIds, *copy.urgeId) : std::nullopt;
            add(m_contacts, copy, m_nextContactId, nullptr);
        }
        for (const auto &j : data.journalEntries)
            add(m_journal, j, m_nextJournalId, nullptr);
        for (const auto &c : data.checkIns) {
            std::erase_if(m_checkIns, [&](const CheckIn &x) { return x.date == c.date; });
            m_checkIns.push_back(c);
        }
    }

private:
    void count(const char *method) { ++m_callCounts[method]; }

    void read(const char *method)
    {
        count(method);
        ++m_reads;
        if (m_failReads)
            throw StoreError(*m_failReads, std::string("memory store: failing read ") + method);
    }

    void write(const char *method)
    {
        count(method);
        ++m_writes;
        if (!m_failWrites)
            return;
        const auto kind = *m_failWrites;
        if (m_failWritesLeft > 0 && --m_failWritesLeft == 0) {
            m_failWrites.reset();
            m_failWritesLeft = -1;
        }
        throw StoreError(kind, std::string("memory store: failing write ") + method);
    }

    template<typename T>
    static std::int64_t upsert(std::vector<T> &items, const T &item, std::int64_t &nextId)
    {
        if (item.id == 0) {
            auto copy = item;
            copy.id = nextId++;
            items.push_back(copy);
            return copy.id;
        }
        const auto it = std::find_if(items.begin(), items.end(), [&](const T &i) { return i.id == item.id; });
        if (it == items.end())
            throw StoreError(StoreError::Kind::NotFound, "memory store: no record with id " + std::to_string(item.id));
        *it = item;
        return item.id;
    }

    template<typename T>
    static std::optional<T> find(const std::vector<T> &items, std::int64_t id)
    {
        for (const auto &i : items) {
            if (i.id == id)
                return i;
        }
        return std::nullopt;
    }

    template<typename T>
    static void erase(std::vector<T> &items, std::int64_t id)
    {
        std::erase_if(items, [id](const T &i) { return i.id == id; });
    }

    template<typename T>
    static std::vector<T> byPosition(std::vector<T> items)
    {
        std::stable_sort(items.begin(), items.end(), [](const T &a, const T &b) {
            return a.position != b.position ? a.position < b.position : a.id < b.id;
        });
        return items;
    }

    template<typename T>
    static void reorder(std::vector<T> &items, const std::vector<std::int64_t> &idsInOrder)
    {
        for (std::size_t i = 0; i < idsInOrder.size(); ++i) {
            for (auto &item : items) {
                if (item.id == idsInOrder[i])
                    item.position = int(i);
            }
        }
    }

    static bool containsIgnoringCase(std::string_view haystack, std::string_view needle)
    {
        const auto lower = [](unsigned char c) { return char(std::tolower(c)); };
        const auto it = std::search(haystack.begin(), haystack.end(), needle.begin(), needle.end(),
                                    [&](char a, char b) { return lower(static_cast<unsigned char>(a)) == lower(static_cast<unsigned char>(b)); });
        return it != haystack.end();
    }

    std::vector<UrgeRecord> m_urges;
    std::vector<ContactEvent> m_contacts;
    std::vector<CheckIn> m_checkIns;
    std::vector<JournalEntry> m_journal;
    std::vector<UnsentMessage> m_unsent;
    std::vector<Reason> m_reasons;
    std::vector<SupportPerson> m_people;
    std::vector<Activity> m_activities;
    std::vector<IfThenPlan> m_plans;
    std::vector<RiskDate> m_riskDates;
    Settings m_settings;

    std::int64_t m_nextUrgeId = 1;
    std::int64_t m_nextContactId = 1;
    std::int64_t m_nextJournalId = 1;
    std::int64_t m_nextUnsentId = 1;
    std::int64_t m_nextPlanId = 1;

    int m_reads = 0;
    int m_writes = 0;
    std::map<std::string, int> m_callCounts;
    std::optional<StoreError::Kind> m_failWrites;
    std::optional<StoreError::Kind> m_failReads;
    int m_failWritesLeft = -1; // -1: fail until stopFailing()
};

} // namespace holdfast
