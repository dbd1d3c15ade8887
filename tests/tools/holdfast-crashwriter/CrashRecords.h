#pragma once

// The records the crash writer writes, derived only from (run, n), so the
// verifier can rebuild exactly what a confirmed write must have stored.

#include "model/CheckIn.h"
#include "model/JournalEntry.h"
#include "model/UrgeRecord.h"

#include <cstdint>

namespace holdfast::crashtest {

enum class Operation {
    AddUrge,     // 'U': insert an urge with samples and triggers
    EditUrge,    // 'V': update an urge written earlier in the run
    AddJournal,  // 'J': insert a journal entry with tags
    EditJournal, // 'E': update a journal entry written earlier in the run
    SaveCheckIn, // 'C': the check-in of a date of its own
    Backup,      // 'B': a backup and pruning, so kills also land in VACUUM INTO
};

class CrashRecords
{
public:
    // What write number `n` of run `run` does.
    static Operation operationFor(int run, int n);
    static UrgeRecord urge(int run, int n);
    static JournalEntry journal(int run, int n);
    static CheckIn checkIn(int run, int n);
    // The date the check-in of (run, n) is stored under: one of its own.
    static LocalDate checkInDate(int run, int n);
    // Picks one of `count` earlier records to edit.
    static int pick(int run, int n, int count);
};

} // namespace holdfast::crashtest
