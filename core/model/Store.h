#pragma once

// The storage port, split by role: urges, contacts, check-ins, look backs, journal,
// unsent messages, plan, settings, encryption and exchange. A presenter takes
// only the roles it uses, so a read-only screen cannot reach encryption or
// import, and a test fake implements one small role. `Store` is all of them
// together; SqliteStore implements it.
//
// Every call that writes is durable (committed) when it returns, or throws
// StoreError and leaves the stored data as it was.

#include "CheckIn.h"
#include "ContactEvent.h"
#include "DataMerge.h"
#include "DataSet.h"
#include "DaySummary.h"
#include "JournalEntry.h"
#include "LookBack.h"
#include "PlanItems.h"
#include "Settings.h"
#include "UnsentMessage.h"
#include "UrgeRatings.h"
#include "UrgeRecord.h"

#include <algorithm>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace holdfast {

// Whether the text a person writes is encrypted at rest (docs/PRIVACY.md).
enum class EncryptionState { Off, Locked, Unlocked };

// Urges, and the day summaries and counts drawn from them and the check-ins.
class UrgeStore
{
public:
    virtual ~UrgeStore() = default;

    // Urges. saveUrge inserts when id is 0 and returns the new id, else updates.
    virtual std::int64_t saveUrge(const UrgeRecord &urge) = 0;
    virtual std::optional<UrgeRecord> urge(std::int64_t id) = 0;
    // Urges whose start local date is in [from, to], oldest first.
    virtual std::vector<UrgeRecord> urges(LocalDate from, LocalDate to) = 0;
    // One summary for every day in [from, to] that has an urge or a check-in.
    virtual std::vector<DaySummary> daySummaries(LocalDate from, LocalDate to) = 0;
    // The earliest day in [1970-01-01, upTo] with an urge or a check-in. This
    // default summarises all of history; a store with indexes overrides it
    // (ten years of urges take seconds to summarise, an index lookup microseconds).
    virtual std::optional<LocalDate> firstDataDate(LocalDate upTo)
    {
        std::optional<LocalDate> first;
        for (const DaySummary &day : daySummaries(LocalDate{1970, 1, 1}, upTo)) {
            if ((day.urges > 0 || day.mood || day.sleep) && (!first || day.date < *first))
                first = day.date;
        }
        return first;
    }

    // Urges and resisted urges for every day in [from, to] that has an urge,
    // oldest first. This default takes them from the full summaries; a store
    // with indexes overrides it with one grouped query (the dashboard reads it
    // before the first paint).
    virtual std::vector<DayUrgeCount> urgeCounts(LocalDate from, LocalDate to)
    {
        std::vector<DayUrgeCount> counts;
        for (const DaySummary &day : daySummaries(from, to)) {
            if (day.urges > 0)
                counts.push_back({day.date, day.urges, day.resisted});
        }
        return counts;
    }

    // The ratings of every urge whose start local date is in [from, to],
    // ordered by start date, then id: the urge curve's input without the
    // records' text. Readable while the store is locked. This default takes
    // them from the full records; a store with indexes overrides it with one
    // lean read (the review reads it on every switch to a week not seen yet).
    virtual std::vector<UrgeRatings> urgeRatings(LocalDate from, LocalDate to)
    {
        std::vector<UrgeRatings> ratings;
        for (UrgeRecord &urge : urges(from, to))
            ratings.push_back({urge.id, urge.start.localDate, std::move(urge.samples)});
        std::stable_sort(ratings.begin(), ratings.end(), [](const UrgeRatings &a, const UrgeRatings &b) {
            return a.startDate < b.startDate || (a.startDate == b.startDate && a.urgeId < b.urgeId);
        });
        return ratings;
    }
};

// Each contact with the ex.
class ContactStore
{
public:
    virtual ~ContactStore() = default;

    // Contact with the ex, oldest first.
    virtual std::int64_t addContact(const ContactEvent &event) = 0;
    virtual std::vector<ContactEvent> contacts() = 0;
    // The same with every note left empty: all the no-contact counter needs,
    // and readable while the store is locked.
    virtual std::vector<ContactEvent> contactsWithoutNotes() = 0;
    virtual void removeContact(std::int64_t id) = 0;
};

// The daily check-in: mood, sleep and an intention.
class CheckInStore
{
public:
    virtual ~CheckInStore() = default;

    // Check-ins, one per local date (saving again replaces that day's).
    virtual void saveCheckIn(const CheckIn &checkIn) = 0;
    virtual std::optional<CheckIn> checkIn(LocalDate date) = 0;
    virtual std::vector<CheckIn> checkIns(LocalDate from, LocalDate to) = 0;
};

// The evening look back: how hard the day was, what helped, a line for tomorrow.
class LookBackStore
{
public:
    virtual ~LookBackStore() = default;

    // One per day looked back on (saving again replaces that day's).
    virtual void saveLookBack(const LookBack &lookBack) = 0;
    virtual std::optional<LookBack> lookBack(LocalDate date) = 0;
    // Those whose day is in [from, to], oldest first.
    virtual std::vector<LookBack> lookBacks(LocalDate from, LocalDate to) = 0;
};

// Journal entries and their tags.
class JournalStore
{
public:
    virtual ~JournalStore() = default;

    // Journal. Newest first.
    virtual std::int64_t saveJournalEntry(const JournalEntry &entry) = 0;
    virtual std::optional<JournalEntry> journalEntry(std::int64_t id) = 0;
    virtual std::vector<JournalEntry> journalEntries(const JournalQuery &query) = 0;
    virtual void removeJournalEntry(std::int64_t id) = 0;
    virtual std::vector<std::string> journalTags() = 0;
};

// Messages written to the ex and kept instead of sent.
class UnsentMessageStore
{
public:
    virtual ~UnsentMessageStore() = default;

    // Unsent messages. Newest first.
    virtual std::int64_t saveUnsentMessage(const UnsentMessage &message) = 0;
    virtual std::optional<UnsentMessage> unsentMessage(std::int64_t id) = 0;
    virtual std::vector<UnsentMessage> unsentMessages() = 0;
    virtual void removeUnsentMessage(std::int64_t id) = 0;
};

// The plan: reasons, support people, activities, if-then plans, risk dates.
class PlanStore
{
public:
    virtual ~PlanStore() = default;

    // The plan. Lists come back ordered by position.
    virtual std::int64_t saveReason(const Reason &reason) = 0;
    virtual std::vector<Reason> reasons() = 0;
    virtual std::int64_t saveSupportPerson(const SupportPerson &person) = 0;
    virtual std::vector<SupportPerson> supportPeople() = 0;
    virtual std::int64_t saveActivity(const Activity &activity) = 0;
    virtual std::vector<Activity> activities() = 0;
    virtual std::int64_t saveIfThenPlan(const IfThenPlan &plan) = 0;
    virtual std::vector<IfThenPlan> ifThenPlans() = 0;
    virtual std::int64_t saveRiskDate(const RiskDate &riskDate) = 0;
    virtual std::vector<RiskDate> riskDates() = 0;
    virtual void removePlanItem(PlanList list, std::int64_t id) = 0;
    // Sets positions 0..n-1 in the given order, in one transaction.
    virtual void reorderPlanItems(PlanList list, const std::vector<std::int64_t> &idsInOrder) = 0;
};

// The person's settings, one record.
class SettingsStore
{
public:
    virtual ~SettingsStore() = default;

    virtual Settings settings() = 0;
    virtual void saveSettings(const Settings &settings) = 0;
};

// Locking and the passphrase: the lock screen, Privacy settings, onboarding.
class EncryptionStore
{
public:
    virtual ~EncryptionStore() = default;

    // Encryption at rest. An encrypted store opens Locked: numbers, dates and
    // settings can be read, and records without text written; reading or
    // writing text throws StoreError::Locked until unlock().
    virtual EncryptionState encryptionState() = 0;
    // Throws WrongPassphrase (and changes nothing) or Tampered.
    virtual void unlock(const std::string &passphrase) = 0;
    // Wipes the key and any decrypted index; a no-op when not encrypted.
    virtual void lock() = 0;
    // Each rewrites every stored text in one transaction after a backup.
    // enableEncryption leaves the store Unlocked.
    virtual void enableEncryption(const std::string &passphrase) = 0;
    virtual void disableEncryption(const std::string &passphrase) = 0;
    // Re-wraps the data key only; throws WrongPassphrase for a wrong old one.
    virtual void changePassphrase(const std::string &oldPassphrase, const std::string &newPassphrase) = 0;
};

// All records at once, out and in: export and import.
class ExchangeStore
{
public:
    virtual ~ExchangeStore() = default;

    // Every record and the settings (for export). Needs Unlocked or Off.
    virtual DataSet everything() = 0;
    // An import in one write transaction (all or nothing). Append reads what
    // is stored inside that transaction and adds only what is not there yet
    // (DataMerge), so two imports at once cannot both add the same records;
    // Replace removes everything first. Returns what was written and removed.
    virtual ImportReport importMerged(const DataSet &incoming, ImportMode mode) = 0;
    // Writes `data` in one transaction (all or nothing). New ids are given and
    // the links inside `data` (urge <-> unsent message, contact -> urge, an
    // urge's action) follow them; a link to a record not in `data` is dropped.
    virtual void importData(const DataSet &data, ImportMode mode) = 0;
};

// Every role of one store: what SqliteStore (and the tests' MemoryStore)
// implement, and what the app opens. A Store& converts to any of its roles.
class Store : public UrgeStore,
              public ContactStore,
              public CheckInStore,
              public LookBackStore,
              public JournalStore,
              public UnsentMessageStore,
              public PlanStore,
              public SettingsStore,
              public EncryptionStore,
              public ExchangeStore
{
public:
    ~Store() override = default;
};

} // namespace holdfast
