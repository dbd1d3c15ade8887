#pragma once

// Everything a person has stored, as plain values: what an export writes and
// an import reads. Ids are the ones of the store the data came from; they only
// tie records together (an urge and its unsent message, a contact and its urge).

#include "CheckIn.h"
#include "ContactEvent.h"
#include "JournalEntry.h"
#include "LookBack.h"
#include "PlanItems.h"
#include "Settings.h"
#include "UnsentMessage.h"
#include "UrgeRecord.h"

#include <vector>

namespace holdfast {

struct DataSet
{
    Settings settings;
    std::vector<UrgeRecord> urges;
    std::vector<ContactEvent> contacts;
    std::vector<CheckIn> checkIns;
    std::vector<LookBack> lookBacks;
    std::vector<JournalEntry> journalEntries;
    std::vector<UnsentMessage> unsentMessages;
    std::vector<Reason> reasons;
    std::vector<SupportPerson> supportPeople;
    std::vector<Activity> activities;
    std::vector<IfThenPlan> ifThenPlans;
    std::vector<RiskDate> riskDates;

    friend bool operator==(const DataSet &, const DataSet &) = default;
};

// How Store::importData writes a DataSet.
enum class ImportMode {
    // Adds every record as a new one (duplicates are removed before, see
    // DataMerge); a check-in or a look back replaces the one stored for its date. Settings
    // stay as they are.
    Append,
    // Removes every stored record and the settings, then writes the set.
    Replace,
};

} // namespace holdfast
