// holdfast-crashwriter: the process scripts/crash-test kills.
//
//   holdfast-crashwriter write <data-dir> <run> [<max-writes>]
//       Opens the store and writes records (urges with samples, journal entries,
//       edits of both, check-ins, now and then a backup) until killed. Each
//       write is announced on stdout before the call ("? ...") and confirmed
//       after it returned ("+ ..."), straight through write(2).
//   holdfast-crashwriter verify <data-dir> <log>...
//       Opens the store as the app would after a crash, runs PRAGMA
//       integrity_check, checks every backup, and compares every record a log
//       confirmed with what the writer wrote. Exit 0 when all is well.

#include "CrashLog.h"
#include "CrashRecords.h"

#include "storage/SqliteStore.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <cstdio>
#include <iostream>
#include <map>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include <unistd.h>

using namespace holdfast;
using namespace holdfast::crashtest;
using holdfast::storage::SqliteStore;

namespace {

int writeBurst(const QString &dataDir, int run, int maxWrites)
{
    const CrashLog log(STDOUT_FILENO);
    std::unique_ptr<SqliteStore> store = SqliteStore::open(dataDir);
    std::vector<std::int64_t> urges;
    std::vector<std::int64_t> entries;
    for (int n = 0; maxWrites <= 0 || n < maxWrites; ++n) {
        Operation operation = CrashRecords::operationFor(run, n);
        if (operation == Operation::EditUrge && urges.empty())
            operation = Operation::AddUrge;
        if (operation == Operation::EditJournal && entries.empty())
            operation = Operation::AddJournal;
        switch (operation) {
        case Operation::AddUrge: {
            log.write({'?', 'U', 0, run, n});
            const std::int64_t id = store->saveUrge(CrashRecords::urge(run, n));
            log.write({'+', 'U', id, run, n});
            urges.push_back(id);
            break;
        }
        case Operation::EditUrge: {
            UrgeRecord urge = CrashRecords::urge(run, n);
            urge.id = urges[std::size_t(CrashRecords::pick(run, n, int(urges.size())))];
            log.write({'?', 'V', urge.id, run, n});
            store->saveUrge(urge);
            log.write({'+', 'V', urge.id, run, n});
            break;
        }
        case Operation::AddJournal: {
            log.write({'?', 'J', 0, run, n});
            const std::int64_t id = store->saveJournalEntry(CrashRecords::journal(run, n));
            log.write({'+', 'J', id, run, n});
            entries.push_back(id);
            break;
        }
        case Operation::EditJournal: {
            JournalEntry entry = CrashRecords::journal(run, n);
            entry.id = entries[std::size_t(CrashRecords::pick(run, n, int(entries.size())))];
            log.write({'?', 'E', entry.id, run, n});
            store->saveJournalEntry(entry);
            log.write({'+', 'E', entry.id, run, n});
            break;
        }
        case Operation::SaveCheckIn: {
            const std::int64_t day = CrashRecords::checkInDate(run, n).dayNumber();
            log.write({'?', 'C', day, run, n});
            store->saveCheckIn(CrashRecords::checkIn(run, n));
            log.write({'+', 'C', day, run, n});
            break;
        }
        case Operation::Backup:
            log.write({'?', 'B', 0, run, n});
            store->backupNow(QStringLiteral("daily"));
            store->pruneBackups(3);
            log.write({'+', 'B', 0, run, n});
            break;
        }
    }
    return 0;
}

// What a record must look like: the last confirmed version, or the one whose
// write was cut off by the kill (it may or may not have committed).
struct Expected
{
    std::optional<std::pair<int, int>> confirmed;
    std::optional<std::pair<int, int>> inFlight;
};

struct Verifier
{
    QString dataDir;
    std::vector<std::string> failures;
    int confirmedWrites = 0;
    int recordsChecked = 0;
    int backupsChecked = 0;

    void fail(const std::string &what) { failures.push_back(what); }

    // integrity_check and foreign_key_check on a connection of its own.
    void checkFile(const QString &path, const std::string &label)
    {
        const QString name = QStringLiteral("crash-verify-%1").arg(backupsChecked + recordsChecked + int(failures.size()));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(path);
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
            if (!db.open()) {
                fail(label + ": cannot open: " + db.lastError().text().toStdString());
            } else {
                QSqlQuery query(db);
                QStringList rows;
                if (!query.exec(QStringLiteral("PRAGMA integrity_check")))
                    fail(label + ": integrity_check failed to run: " + query.lastError().text().toStdString());
                while (query.next())
                    rows.append(query.value(0).toString());
                if (rows != QStringList{QStringLiteral("ok")})
                    fail(label + ": integrity_check: " + rows.join(QStringLiteral("; ")).left(400).toStdString());
                if (query.exec(QStringLiteral("PRAGMA foreign_key_check")) && query.next())
                    fail(label + ": foreign_key_check found dangling rows");
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }

    int run(const std::vector<std::string> &logs)
    {
        std::map<std::int64_t, Expected> urges;
        std::map<std::int64_t, Expected> entries;
        std::map<std::int64_t, Expected> checkIns;
        for (const std::string &path : logs) {
            bool ok = false;
            const std::vector<CrashLogLine> lines = CrashLog::read(path, &ok);
            if (!ok)
                fail("unreadable log " + path);
            for (std::size_t i = 0; i < lines.size(); ++i) {
                const CrashLogLine &line = lines[i];
                const bool last = i + 1 == lines.size();
                if (line.state == '?' && !last && lines[i + 1].state != '+')
                    fail("log " + path + ": a write was neither confirmed nor the last one");
                std::map<std::int64_t, Expected> *records = nullptr;
                if (line.op == 'U' || line.op == 'V')
                    records = &urges;
                else if (line.op == 'J' || line.op == 'E')
                    records = &entries;
                else if (line.op == 'C')
                    records = &checkIns;
                if (!records)
                    continue; // backups are checked as files below
                if (line.state == '+') {
                    ++confirmedWrites;
                    (*records)[line.key] = Expected{std::pair{line.run, line.n}, std::nullopt};
                } else if (line.key != 0) { // an edit or check-in cut off by the kill
                    (*records)[line.key].inFlight = std::pair{line.run, line.n};
                }
            }
        }

        std::unique_ptr<SqliteStore> store;
        try {
            store = SqliteStore::open(dataDir);
        } catch (const StoreError &error) {
            fail(std::string("the store does not open after the crash: ") + error.what());
            return report();
        }
        checkFile(store->databasePath(), "database");

        const auto matches = [](const auto &stored, const std::optional<std::pair<int, int>> &version, auto make, std::int64_t id) {
            if (!version)
                return false;
            auto expected = make(version->first, version->second);
            if constexpr (requires { expected.id; })
                expected.id = id;
            return stored == expected;
        };
        const auto check = [&](const char *kind, std::int64_t key, const Expected &expected, const auto &stored,
                               auto make) {
            ++recordsChecked;
            if (!stored) {
                if (expected.confirmed)
                    fail(std::string(kind) + " " + std::to_string(key) + " was confirmed but is missing");
                return;
            }
            if (!matches(*stored, expected.confirmed, make, key) && !matches(*stored, expected.inFlight, make, key))
                fail(std::string(kind) + " " + std::to_string(key) + " differs from what was confirmed");
        };
        try {
            for (const auto &[id, expected] : urges)
                check("urge", id, expected, store->urge(id), CrashRecords::urge);
            for (const auto &[id, expected] : entries)
                check("journal entry", id, expected, store->journalEntry(id), CrashRecords::journal);
            for (const auto &[day, expected] : checkIns)
                check("check-in", day, expected, store->checkIn(LocalDate::fromDayNumber(day)), CrashRecords::checkIn);
        } catch (const StoreError &error) {
            fail(std::string("reading failed: ") + error.what());
        }

        const QStringList backups = SqliteStore::backupsIn(dataDir);
        store.reset();
        for (const QString &backup : backups) {
            checkFile(backup, "backup " + backup.toStdString());
            ++backupsChecked;
        }
        return report();
    }

    int report() const
    {
        for (const std::string &failure : failures)
            std::cout << "FAIL " << failure << '\n';
        std::cout << "verified confirmed_writes=" << confirmedWrites << " records=" << recordsChecked
                  << " backups=" << backupsChecked << " failures=" << failures.size() << std::endl;
        return failures.empty() ? 0 : 1;
    }
};

int usage()
{
    std::cerr << "usage: holdfast-crashwriter write <data-dir> <run> [<max-writes>]\n"
                 "       holdfast-crashwriter verify <data-dir> <log>...\n";
    return 2;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication application(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("holdfast-crashwriter"));
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 4)
        return usage();
    const QString mode = args.at(1);
    const QString dataDir = args.at(2);
    try {
        if (mode == QLatin1String("write"))
            return writeBurst(dataDir, args.at(3).toInt(), args.size() > 4 ? args.at(4).toInt() : 0);
        if (mode == QLatin1String("verify")) {
            std::vector<std::string> logs;
            for (qsizetype i = 3; i < args.size(); ++i)
                logs.push_back(args.at(i).toStdString());
            Verifier verifier{dataDir, {}, 0, 0, 0};
            return verifier.run(logs);
        }
    } catch (const StoreError &error) {
        std::cerr << "store error: " << error.what() << std::endl;
        return 3;
    }
    return usage();
}
