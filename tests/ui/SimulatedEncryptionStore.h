#pragma once

// A Store that passes everything to another one and pretends to be encrypted
// the way the Store port describes it: while locked, reading or writing text
// throws StoreError::Locked; numbers, dates and settings still work. For UI
// tests of the lock screen, auto-lock and the urge dialog's locked steps
// without waiting for Argon2.

#include "model/Store.h"
#include "model/StoreError.h"

#include <string>

namespace holdfast::testing {

class SimulatedEncryptionStore : public Store
{
public:
    SimulatedEncryptionStore(Store &inner, std::string passphrase, EncryptionState state = EncryptionState::Locked)
        : m_inner(inner), m_passphrase(std::move(passphrase)), m_state(state)
    {
    }

    int unlockTries() const { return m_unlockTries; }
    const std::string &passphrase() const { return m_passphrase; }

    std::int64_t saveUrge(const UrgeRecord &urge) override
    {
        if (!urge.customTriggers.empty() || !urge.actionLabel.empty() || !urge.note.empty())
            needText();
        return m_inner.saveUrge(urge);
    }
    std::optional<UrgeRecord> urge(std::int64_t id) override { return needText(), m_inner.urge(id); }
    std::vector<UrgeRecord> urges(LocalDate from, LocalDate to) override { return needText(), m_inner.urges(from, to); }
    std::vector<DaySummary> daySummaries(LocalDate from, LocalDate to) override
    {
        return m_inner.daySummaries(from, to);
    }

    std::int64_t addContact(const ContactEvent &event) override
    {
        if (!event.note.empty())
            needText();
        return m_inner.addContact(event);
    }
    std::vector<ContactEvent> contacts() override { return needText(), m_inner.contacts(); }
    std::vector<ContactEvent> contactsWithoutNotes() override { return m_inner.contactsWithoutNotes(); }
    void removeContact(std::int64_t id) override { m_inner.removeContact(id); }

    void saveCheckIn(const CheckIn &checkIn) override
    {
        if (!checkIn.intention.empty())
            needText();
        m_inner.saveCheckIn(checkIn);
    }
    std::optional<CheckIn> checkIn(LocalDate date) override { return needText(), m_inner.checkIn(date); }
    std::vector<CheckIn> checkIns(LocalDate from, LocalDate to) override { return needText(), m_inner.checkIns(from, to); }

    std::int64_t saveJournalEntry(const JournalEntry &entry) override { return needText(), m_inner.saveJournalEntry(entry); }
    std::optional<JournalEntry> journalEntry(std::int64_t id) override { return needText(), m_inner.journalEntry(id); }
    std::vector<JournalEntry> journalEntries(const JournalQuery &query) override
    {
        return needText(), m_inner.journalEntries(query);
    }
    void removeJournalEntry(std::int64_t id) override { m_inner.removeJournalEntry(id); }
    std::vector<std::string> journalTags() override { return needText(), m_inner.journalTags(); }

    std::int64_t saveUnsentMessage(const UnsentMessage &message) override
    {
        return needText(), m_inner.saveUnsentMessage(message);
    }
    std::optional<UnsentMessage> unsentMessage(std::int64_t id) override { return needText(), m_inner.unsentMessage(id); }
    std::vector<UnsentMessage> unsentMessages() override { return needText(), m_inner.unsentMessages(); }
    void removeUnsentMessage(std::int64_t id) override { m_inner.removeUnsentMessage(id); }

    std::int64_t saveReason(const Reason &reason) override { return needText(), m_inner.saveReason(reason); }
    std::vector<Reason> reasons() override { return needText(), m_inner.reasons(); }
    std::int64_t saveSupportPerson(const SupportPerson &person) override
    {
        return needText(), m_inner.saveSupportPerson(person);
    }
    std::vector<SupportPerson> supportPeople() override { return needText(), m_inner.supportPeople(); }
    std::int64_t saveActivity(const Activity &activity) override { return needText(), m_inner.saveActivity(activity); }
    std::vector<Activity> activities() override { return needText(), m_inner.activities(); }
    std::int64_t saveIfThenPlan(const IfThenPlan &plan) override { return needText(), m_inner.saveIfThenPlan(plan); }
    std::vector<IfThenPlan> ifThenPlans() override { return needText(), m_inner.ifThenPlans(); }
    std::int64_t saveRiskDate(const RiskDate &riskDate) override { return needText(), m_inner.saveRiskDate(riskDate); }
    std::vector<RiskDate> riskDates() override { return needText(), m_inner.riskDates(); }
    void removePlanItem(PlanList list, std::int64_t id) override { m_inner.removePlanItem(list, id); }
    void reorderPlanItems(PlanList list, const std::vector<std::int64_t> &idsInOrder) override
    {
        m_inner.reorderPlanItems(list, idsInOrder);
    }

    Settings settings() override { return m_inner.settings(); }
    void saveSettings(const Settings &settings) override { m_inner.saveSettings(settings); }

    EncryptionState encryptionState() override { return m_state; }
    void unlock(const std::string &passphrase) override
    {
        ++m_unlockTries;
        if (m_state == EncryptionState::Off)
            return;
        if (passphrase != m_passphrase)
            throw StoreError(StoreError::Kind::WrongPassphrase, "simulated: wrong passphrase");
        m_state = EncryptionState::Unlocked;
    }
    void lock() override
    {
        if (m_state == EncryptionState::Unlocked)
            m_state = EncryptionState::Locked;
    }
    void enableEncryption(const std::string &passphrase) override
    {
        if (m_state != EncryptionState::Off)
            throw StoreError(StoreError::Kind::Other, "simulated: already encrypted");
        m_passphrase = passphrase;
        m_state = EncryptionState::Unlocked;
    }
    void disableEncryption(const std::string &passphrase) override
    {
        if (m_state == EncryptionState::Off)
            return;
        if (passphrase != m_passphrase)
            throw StoreError(StoreError::Kind::WrongPassphrase, "simulated: wrong passphrase");
        m_state = EncryptionState::Off;
    }
    void changePassphrase(const std::string &oldPassphrase, const std::string &newPassphrase) override
    {
        if (m_state == EncryptionState::Off)
            throw StoreError(StoreError::Kind::Other, "simulated: not encrypted");
        if (oldPassphrase != m_passphrase)
            throw StoreError(StoreError::Kind::WrongPassphrase, "simulated: wrong passphrase");
        m_passphrase = newPassphrase;
    }

    DataSet everything() override { return needText(), m_inner.everything(); }
    ImportReport importMerged(const DataSet &incoming, ImportMode mode) override
    {
        return needText(), m_inner.importMerged(incoming, mode);
    }
    void importData(const DataSet &data, ImportMode mode) override { needText(), m_inner.importData(data, mode); }

private:
    void needText() const
    {
        if (m_state == EncryptionState::Locked)
            throw StoreError(StoreError::Kind::Locked, "simulated: locked");
    }

    Store &m_inner;
    std::string m_passphrase;
    EncryptionState m_state;
    int m_unlockTries = 0;
};

} // namespace holdfast::testing
