#pragma once

// The real SqliteStore, watched: it counts the Store calls made on it, for
// tests that a presenter reads once or writes nothing, and can be told to
// throw StoreError before a call reaches the store, for tests of a failed
// save or load and of the retry after it. A failed call changes nothing, as
// the Store port promises. Everything else is the real store's.
//
// Where a write must fail for good, the real store can do it itself:
// SqliteStore::refuseWrites (what the app does after finding damage).

#include "storage/SqliteStore.h"

#include <map>
#include <memory>
#include <optional>
#include <string>

namespace holdfast::testing {

class WatchedStore : public storage::SqliteStore
{
public:
    static std::unique_ptr<WatchedStore> open(const QString &dataDir, const storage::OpenOptions &options = {})
    {
        auto store = openAs(dataDir, options,
            [](const QString &dir, const storage::OpenOptions &opts) { return new WatchedStore(dir, opts); });
        return std::unique_ptr<WatchedStore>(static_cast<WatchedStore *>(store.release()));
    }

    // --- counts: every Store call, the failed ones too (encryptionState and lock are not counted)
    int calls() const { return m_reads + m_writes; }
    int reads() const { return m_reads; }
    int writes() const { return m_writes; }
    // Calls of one method by name, e.g. callCount("saveUrge").
    int callCount(const std::string &method) const
    {
        const auto it = m_counts.find(method);
        return it == m_counts.end() ? 0 : it->second;
    }
    void resetCounts()
    {
        m_reads = m_writes = 0;
        m_counts.clear();
    }

    // --- failures: from now on every write (or read) throws `kind`, until stopFailing()
    void failWrites(StoreError::Kind kind = StoreError::Kind::DiskFull) { m_failWrites = kind; }
    void failReads(StoreError::Kind kind = StoreError::Kind::Corrupt) { m_failReads = kind; }
    // Only the next `count` writes throw; later ones go through again.
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

    // What is stored, for arranging and checking: neither counted nor failed.
    DataSet stored() { return SqliteStore::everything(); }

    // --- Store: each call counted, then failed or passed on to the real store
#define HOLDFAST_WATCHED(kind, Result, method, params, args) \
    Result method params override { return kind(#method, [&] { return SqliteStore::method args; }); }
    // clang-format off
    HOLDFAST_WATCHED(write, std::int64_t, saveUrge, (const UrgeRecord &u), (u))
    HOLDFAST_WATCHED(read, std::optional<UrgeRecord>, urge, (std::int64_t id), (id))
    HOLDFAST_WATCHED(read, std::vector<UrgeRecord>, urges, (LocalDate from, LocalDate to), (from, to))
    HOLDFAST_WATCHED(read, std::vector<UrgeRatings>, urgeRatings, (LocalDate from, LocalDate to), (from, to))
    HOLDFAST_WATCHED(read, std::vector<DaySummary>, daySummaries, (LocalDate from, LocalDate to), (from, to))
    HOLDFAST_WATCHED(read, std::vector<DayUrgeCount>, urgeCounts, (LocalDate from, LocalDate to), (from, to))
    HOLDFAST_WATCHED(read, std::optional<LocalDate>, firstDataDate, (LocalDate upTo), (upTo))

    HOLDFAST_WATCHED(write, std::int64_t, addContact, (const ContactEvent &e), (e))
    HOLDFAST_WATCHED(read, std::vector<ContactEvent>, contacts, (), ())
    HOLDFAST_WATCHED(read, std::vector<ContactEvent>, contactsWithoutNotes, (), ())
    HOLDFAST_WATCHED(write, void, removeContact, (std::int64_t id), (id))

    HOLDFAST_WATCHED(write, void, saveCheckIn, (const CheckIn &c), (c))
    HOLDFAST_WATCHED(read, std::optional<CheckIn>, checkIn, (LocalDate date), (date))
    HOLDFAST_WATCHED(read, std::vector<CheckIn>, checkIns, (LocalDate from, LocalDate to), (from, to))

    HOLDFAST_WATCHED(write, std::int64_t, saveJournalEntry, (const JournalEntry &e), (e))
    HOLDFAST_WATCHED(read, std::optional<JournalEntry>, journalEntry, (std::int64_t id), (id))
    HOLDFAST_WATCHED(read, std::vector<JournalEntry>, journalEntries, (const JournalQuery &q), (q))
    HOLDFAST_WATCHED(write, void, removeJournalEntry, (std::int64_t id), (id))
    HOLDFAST_WATCHED(read, std::vector<std::string>, journalTags, (), ())

    HOLDFAST_WATCHED(write, std::int64_t, saveUnsentMessage, (const UnsentMessage &m), (m))
    HOLDFAST_WATCHED(read, std::optional<UnsentMessage>, unsentMessage, (std::int64_t id), (id))
    HOLDFAST_WATCHED(read, std::vector<UnsentMessage>, unsentMessages, (), ())
    HOLDFAST_WATCHED(write, void, removeUnsentMessage, (std::int64_t id), (id))

    HOLDFAST_WATCHED(write, std::int64_t, saveReason, (const Reason &r), (r))
    HOLDFAST_WATCHED(read, std::vector<Reason>, reasons, (), ())
    HOLDFAST_WATCHED(write, std::int64_t, saveSupportPerson, (const SupportPerson &p), (p))
    HOLDFAST_WATCHED(read, std::vector<SupportPerson>, supportPeople, (), ())
    HOLDFAST_WATCHED(write, std::int64_t, saveActivity, (const Activity &a), (a))
    HOLDFAST_WATCHED(read, std::vector<Activity>, activities, (), ())
    HOLDFAST_WATCHED(write, std::int64_t, saveIfThenPlan, (const IfThenPlan &p), (p))
    HOLDFAST_WATCHED(read, std::vector<IfThenPlan>, ifThenPlans, (), ())
    HOLDFAST_WATCHED(write, std::int64_t, saveRiskDate, (const RiskDate &r), (r))
    HOLDFAST_WATCHED(read, std::vector<RiskDate>, riskDates, (), ())
    HOLDFAST_WATCHED(write, void, removePlanItem, (PlanList list, std::int64_t id), (list, id))
    HOLDFAST_WATCHED(write, void, reorderPlanItems, (PlanList list, const std::vector<std::int64_t> &ids), (list, ids))

    HOLDFAST_WATCHED(read, Settings, settings, (), ())
    HOLDFAST_WATCHED(write, void, saveSettings, (const Settings &s), (s))

    HOLDFAST_WATCHED(write, void, unlock, (const std::string &p), (p))
    HOLDFAST_WATCHED(write, void, enableEncryption, (const std::string &p), (p))
    HOLDFAST_WATCHED(write, void, disableEncryption, (const std::string &p), (p))
    HOLDFAST_WATCHED(write, void, changePassphrase, (const std::string &old, const std::string &now), (old, now))

    HOLDFAST_WATCHED(read, DataSet, everything, (), ())
    HOLDFAST_WATCHED(write, ImportReport, importMerged, (const DataSet &d, ImportMode m), (d, m))
    HOLDFAST_WATCHED(write, void, importData, (const DataSet &d, ImportMode m), (d, m))
    // clang-format on
#undef HOLDFAST_WATCHED

private:
    using SqliteStore::SqliteStore;

    template<typename Call> auto read(const char *method, Call &&call) -> decltype(call())
    {
        ++m_counts[method];
        ++m_reads;
        if (m_failReads)
            throw StoreError(*m_failReads, std::string("watched store: failing read ") + method);
        return call();
    }

    template<typename Call> auto write(const char *method, Call &&call) -> decltype(call())
    {
        ++m_counts[method];
        ++m_writes;
        if (m_failWrites) {
            const StoreError::Kind kind = *m_failWrites;
            if (m_failWritesLeft > 0 && --m_failWritesLeft == 0) {
                m_failWrites.reset();
                m_failWritesLeft = -1;
            }
            throw StoreError(kind, std::string("watched store: failing write ") + method);
        }
        return call();
    }

    int m_reads = 0;
    int m_writes = 0;
    std::map<std::string, int> m_counts;
    std::optional<StoreError::Kind> m_failWrites;
    std::optional<StoreError::Kind> m_failReads;
    int m_failWritesLeft = -1; // -1: every write fails until stopFailing()
};

} // namespace holdfast::testing
