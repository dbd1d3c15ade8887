#pragma once

// The Store the screens hold for the whole run of the app. It forwards to the
// SqliteStore it owns, which it can close and open again under the same
// object: a restore from Settings replaces the file without rebuilding every
// screen (they reload through AppContext).

#include "model/Store.h"
#include "storage/OpenOptions.h"
#include "storage/SqliteStore.h"

#include <QString>

#include <functional>
#include <memory>

namespace holdfast::app {

class ReopenableStore : public Store
{
public:
    // `options` are used to open the store again; their clock must outlive this.
    ReopenableStore(std::unique_ptr<storage::SqliteStore> store, const storage::OpenOptions &options);
    ~ReopenableStore() override;
    ReopenableStore(const ReopenableStore &) = delete;
    ReopenableStore &operator=(const ReopenableStore &) = delete;

    // The open store; throws StoreError(CannotOpen) while it is closed.
    storage::SqliteStore &sqlite();
    QString dataDir() const { return m_dataDir; }
    const storage::OpenOptions &options() const { return m_options; }
    bool isOpen() const { return m_store != nullptr; }

    // Closes the store, runs `work` on its data folder, and opens it again,
    // also when `work` throws (that error is rethrown). When opening again
    // fails, that StoreError is thrown and the store stays closed.
    void whileClosed(const std::function<void(const QString &dataDir)> &work);

    // Store
    std::int64_t saveUrge(const UrgeRecord &urge) override;
    std::optional<UrgeRecord> urge(std::int64_t id) override;
    std::vector<UrgeRecord> urges(LocalDate from, LocalDate to) override;
    std::vector<DaySummary> daySummaries(LocalDate from, LocalDate to) override;
    std::vector<DayUrgeCount> urgeCounts(LocalDate from, LocalDate to) override;
    std::vector<UrgeRatings> urgeRatings(LocalDate from, LocalDate to) override;
    std::optional<LocalDate> firstDataDate(LocalDate upTo) override;
    std::int64_t addContact(const ContactEvent &event) override;
    std::vector<ContactEvent> contacts() override;
    std::vector<ContactEvent> contactsWithoutNotes() override;
    void removeContact(std::int64_t id) override;
    void saveCheckIn(const CheckIn &checkIn) override;
    std::optional<CheckIn> checkIn(LocalDate date) override;
    std::vector<CheckIn> checkIns(LocalDate from, LocalDate to) override;
    std::int64_t saveJournalEntry(const JournalEntry &entry) override;
    std::optional<JournalEntry> journalEntry(std::int64_t id) override;
    std::vector<JournalEntry> journalEntries(const JournalQuery &query) override;
    void removeJournalEntry(std::int64_t id) override;
    std::vector<std::string> journalTags() override;
    std::int64_t saveUnsentMessage(const UnsentMessage &message) override;
    std::optional<UnsentMessage> unsentMessage(std::int64_t id) override;
    std::vector<UnsentMessage> unsentMessages() override;
    void removeUnsentMessage(std::int64_t id) override;
    std::int64_t saveReason(const Reason &reason) override;
    std::vector<Reason> reasons() override;
    std::int64_t saveSupportPerson(const SupportPerson &person) override;
    std::vector<SupportPerson> supportPeople() override;
    std::int64_t saveActivity(const Activity &activity) override;
    std::vector<Activity> activities() override;
    std::int64_t saveIfThenPlan(const IfThenPlan &plan) override;
    std::vector<IfThenPlan> ifThenPlans() override;
    std::int64_t saveRiskDate(const RiskDate &riskDate) override;
    std::vector<RiskDate> riskDates() override;
    void removePlanItem(PlanList list, std::int64_t id) override;
    void reorderPlanItems(PlanList list, const std::vector<std::int64_t> &idsInOrder) override;
    Settings settings() override;
    void saveSettings(const Settings &settings) override;
    EncryptionState encryptionState() override;
    void unlock(const std::string &passphrase) override;
    void lock() override;
    void enableEncryption(const std::string &passphrase) override;
    void disableEncryption(const std::string &passphrase) override;
    void changePassphrase(const std::string &oldPassphrase, const std::string &newPassphrase) override;
    DataSet everything() override;
    ImportReport importMerged(const DataSet &incoming, ImportMode mode) override;
    void importData(const DataSet &data, ImportMode mode) override;

private:
    std::unique_ptr<storage::SqliteStore> m_store;
    storage::OpenOptions m_options;
    QString m_dataDir;
};

} // namespace holdfast::app
