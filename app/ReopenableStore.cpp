#include "ReopenableStore.h"

namespace holdfast::app {

ReopenableStore::ReopenableStore(std::unique_ptr<storage::SqliteStore> store, const storage::OpenOptions &options)
    : m_store(std::move(store)), m_options(options), m_dataDir(m_store ? m_store->dataDir() : QString())
{
}

ReopenableStore::~ReopenableStore() = default;

storage::SqliteStore &ReopenableStore::sqlite()
{
    if (!m_store)
        throw StoreError(StoreError::Kind::CannotOpen, "the store is closed");
    return *m_store;
}

void ReopenableStore::whileClosed(const std::function<void(const QString &dataDir)> &work)
{
    if (m_store)
        m_dataDir = m_store->dataDir();
    m_store.reset();
    try {
        work(m_dataDir);
    } catch (...) {
        // The work failed; the data is as it was, so open it again for the user.
        m_store = storage::SqliteStore::open(m_dataDir, m_options);
        throw;
    }
    m_store = storage::SqliteStore::open(m_dataDir, m_options);
}

std::int64_t ReopenableStore::saveUrge(const UrgeRecord &urge)
{
    return sqlite().saveUrge(urge);
}

std::optional<UrgeRecord> ReopenableStore::urge(std::int64_t id)
{
    return sqlite().urge(id);
}

std::vector<UrgeRecord> ReopenableStore::urges(LocalDate from, LocalDate to)
{
    return sqlite().urges(from, to);
}

std::vector<DaySummary> ReopenableStore::daySummaries(LocalDate from, LocalDate to)
{
    return sqlite().daySummaries(from, to);
}

std::vector<DayUrgeCount> ReopenableStore::urgeCounts(LocalDate from, LocalDate to)
{
    return sqlite().urgeCounts(from, to);
}

std::vector<UrgeRatings> ReopenableStore::urgeRatings(LocalDate from, LocalDate to)
{
    return sqlite().urgeRatings(from, to);
}

std::optional<LocalDate> ReopenableStore::firstDataDate(LocalDate upTo)
{
    return sqlite().firstDataDate(upTo);
}

std::int64_t ReopenableStore::addContact(const ContactEvent &event)
{
    return sqlite().addContact(event);
}

std::vector<ContactEvent> ReopenableStore::contacts()
{
    return sqlite().contacts();
}

std::vector<ContactEvent> ReopenableStore::contactsWithoutNotes()
{
    return sqlite().contactsWithoutNotes();
}

void ReopenableStore::removeContact(std::int64_t id)
{
    sqlite().removeContact(id);
}

void ReopenableStore::saveCheckIn(const CheckIn &checkIn)
{
    sqlite().saveCheckIn(checkIn);
}

std::optional<CheckIn> ReopenableStore::checkIn(LocalDate date)
{
    return sqlite().checkIn(date);
}

std::vector<CheckIn> ReopenableStore::checkIns(LocalDate from, LocalDate to)
{
    return sqlite().checkIns(from, to);
}

std::int64_t ReopenableStore::saveJournalEntry(const JournalEntry &entry)
{
    return sqlite().saveJournalEntry(entry);
}

std::optional<JournalEntry> ReopenableStore::journalEntry(std::int64_t id)
{
    return sqlite().journalEntry(id);
}

std::vector<JournalEntry> ReopenableStore::journalEntries(const JournalQuery &query)
{
    return sqlite().journalEntries(query);
}

void ReopenableStore::removeJournalEntry(std::int64_t id)
{
    sqlite().removeJournalEntry(id);
}

std::vector<std::string> ReopenableStore::journalTags()
{
    return sqlite().journalTags();
}

std::int64_t ReopenableStore::saveUnsentMessage(const UnsentMessage &message)
{
    return sqlite().saveUnsentMessage(message);
}

std::optional<UnsentMessage> ReopenableStore::unsentMessage(std::int64_t id)
{
    return sqlite().unsentMessage(id);
}

std::vector<UnsentMessage> ReopenableStore::unsentMessages()
{
    return sqlite().unsentMessages();
}

void ReopenableStore::removeUnsentMessage(std::int64_t id)
{
    sqlite().removeUnsentMessage(id);
}

std::int64_t ReopenableStore::saveReason(const Reason &reason)
{
    return sqlite().saveReason(reason);
}

std::vector<Reason> ReopenableStore::reasons()
{
    return sqlite().reasons();
}

std::int64_t ReopenableStore::saveSupportPerson(const SupportPerson &person)
{
    return sqlite().saveSupportPerson(person);
}

std::vector<SupportPerson> ReopenableStore::supportPeople()
{
    return sqlite().supportPeople();
}

std::int64_t ReopenableStore::saveActivity(const Activity &activity)
{
    return sqlite().saveActivity(activity);
}

std::vector<Activity> ReopenableStore::activities()
{
    return sqlite().activities();
}

std::int64_t ReopenableStore::saveIfThenPlan(const IfThenPlan &plan)
{
    return sqlite().saveIfThenPlan(plan);
}

std::vector<IfThenPlan> ReopenableStore::ifThenPlans()
{
    return sqlite().ifThenPlans();
}

std::int64_t ReopenableStore::saveRiskDate(const RiskDate &riskDate)
{
    return sqlite().saveRiskDate(riskDate);
}

std::vector<RiskDate> ReopenableStore::riskDates()
{
    return sqlite().riskDates();
}

void ReopenableStore::removePlanItem(PlanList list, std::int64_t id)
{
    sqlite().removePlanItem(list, id);
}

void ReopenableStore::reorderPlanItems(PlanList list, const std::vector<std::int64_t> &idsInOrder)
{
    sqlite().reorderPlanItems(list, idsInOrder);
}

Settings ReopenableStore::settings()
{
    return sqlite().settings();
}

void ReopenableStore::saveSettings(const Settings &settings)
{
    sqlite().saveSettings(settings);
}

EncryptionState ReopenableStore::encryptionState()
{
    return sqlite().encryptionState();
}

void ReopenableStore::unlock(const std::string &passphrase)
{
    sqlite().unlock(passphrase);
}

void ReopenableStore::lock()
{
    sqlite().lock();
}

void ReopenableStore::enableEncryption(const std::string &passphrase)
{
    sqlite().enableEncryption(passphrase);
}

void ReopenableStore::disableEncryption(const std::string &passphrase)
{
    sqlite().disableEncryption(passphrase);
}

void ReopenableStore::changePassphrase(const std::string &oldPassphrase, const std::string &newPassphrase)
{
    sqlite().changePassphrase(oldPassphrase, newPassphrase);
}

DataSet ReopenableStore::everything()
{
    return sqlite().everything();
}

ImportReport ReopenableStore::importMerged(const DataSet &incoming, ImportMode mode)
{
    return sqlite().importMerged(incoming, mode);
}

void ReopenableStore::importData(const DataSet &data, ImportMode mode)
{
    sqlite().importData(data, mode);
}

} // namespace holdfast::app
