#pragma once

// Everything at once, for export and import: reads a whole DataSet, counts
// the records, clears them and writes an imported set through the per-kind
// repositories, keeping the links between records. Runs inside the caller's transaction.

#include "model/Store.h"

namespace holdfast::storage {

class CheckInRepository;
class Connection;
class LookBackRepository;
class ContactRepository;
class JournalRepository;
class JournalSearchIndex;
class PlanRepository;
class SettingsRepository;
class UnsentMessageRepository;
class UrgeRepository;

class DataSetRepository
{
public:
    struct Parts
    {
        Connection &connection;
        UrgeRepository &urges;
        ContactRepository &contacts;
        CheckInRepository &checkIns;
        LookBackRepository &lookBacks;
        JournalRepository &journal;
        JournalSearchIndex &searchIndex;
        UnsentMessageRepository &unsentMessages;
        PlanRepository &plan;
        SettingsRepository &settings;
    };
    explicit DataSetRepository(const Parts &parts) : m_parts(parts) {}

    DataSet read();
    // How many records of each kind are stored (a count per table, no text read).
    MergeCounts counts();
    // Deletes every record and the settings.
    void clear();
    // Replace clears first and takes the file's settings; records are written
    // in the order of their old ids, so a set exported from a store and
    // imported into an empty one gets the same ids back.
    void write(const DataSet &data, ImportMode mode);

private:
    Parts m_parts;
};

} // namespace holdfast::storage
