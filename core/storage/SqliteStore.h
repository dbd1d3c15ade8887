#pragma once

// The Store on one SQLite file (QtSql, QSQLITE) in a private data folder:
// schema migrations with a backup first, WAL, owner-only files, VACUUM INTO
// backups, and FTS5 journal search. Every write is one transaction.

#include "model/Store.h"
#include "model/StoreError.h"
#include "storage/OpenOptions.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>

#include <map>
#include <memory>

namespace holdfast::storage {

class SqliteStore : public Store
{
public:
    // The database file inside the data folder.
    static constexpr const char *kDatabaseFileName = "holdfast.sqlite";
    // Backups live in <dataDir>/backups.
    static constexpr const char *kBackupFolderName = "backups";

    // Opens (creating when needed) the store in `dataDir`: makes the folder
    // owner-only, refuses a database from a newer Holdfast (TooNew) or one that
    // is damaged (Corrupt) without changing a byte of it, takes a backup and
    // migrates an older one. Throws StoreError: CannotOpen, ReadOnly, DiskFull,
    // Corrupt, TooNew, MigrationFailed.
    static std::unique_ptr<SqliteStore> open(const QString &dataDir, const OpenOptions &options = {});
    // QStandardPaths::AppDataLocation (needs the application name set).
    static QString defaultDataDir();
    // The schema version this build writes (PRAGMA user_version after open).
    static int latestSchemaVersion();

    // Backup files in <dataDir>/backups, newest first (absolute paths). Works
    // without an open store, e.g. to offer the latest backup after Corrupt.
    static QStringList backupsIn(const QString &dataDir);
    // Replaces the database in `dataDir` with the backup, after saving the
    // current state as a backup ("before_restore"; an unreadable file is kept
    // as backups/damaged-*.sqlite instead). No store may be open on dataDir.
    // Throws StoreError: Corrupt/TooNew for an unusable backup, Other when a
    // store is open, ReadOnly/DiskFull/CannotOpen when files cannot be written.
    static void restoreBackup(const QString &dataDir, const QString &backupPath, const OpenOptions &options = {});

    ~SqliteStore() override;
    SqliteStore(const SqliteStore &) = delete;
    SqliteStore &operator=(const SqliteStore &) = delete;

    QString dataDir() const { return m_dataDir; }
    QString databasePath() const;
    QString backupDir() const;

    // A consistent copy of the database (VACUUM INTO) in the backup folder,
    // mode 0600, synced before it gets its final name. Returns its path.
    QString backupNow(const QString &tag);
    // Deletes all but the `keep` newest backups (at least one is always kept).
    void pruneBackups(int keep);
    // True unless a backup taken on `today` (by its name) exists.
    bool needsDailyBackup(const LocalDate &today) const;

    // PRAGMA quick_check on the open database; throws StoreError::Corrupt when
    // it finds damage (then offer backupsIn(dataDir()).front() after closing).
    void checkIntegrity();

    // Store
    std::int64_t saveUrge(const UrgeRecord &urge) override;
    std::optional<UrgeRecord> urge(std::int64_t id) override;
    std::vector<UrgeRecord> urges(LocalDate from, LocalDate to) override;
    std::vector<DaySummary> daySummaries(LocalDate from, LocalDate to) override;

    std::int64_t addContact(const ContactEvent &event) override;
    std::vector<ContactEvent> contacts() override;
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
    void importData(const DataSet &data, ImportMode mode) override;

private:
    SqliteStore(QString dataDir, const OpenOptions &options);

    void openConnection();
    void migrate();
    void close();

    // A prepared statement for `sql`, prepared once per store and reused.
    QSqlQuery &prepared(const QString &sql);
    // Runs a prepared statement; throws StoreError mapped from SQLite's error.
    void exec(QSqlQuery &query, const char *context);
    void execDirect(const QString &sql, const char *context);
    void restrictWalFiles() const;
    Moment now() const;
    QString backupInto(const QString &dir, const QString &tag);

    std::vector<UrgeRecord> loadUrges(const QString &where, const QVariantList &values);
    void loadTags(JournalEntry &entry);
    void removeById(const QString &sql, std::int64_t id, const char *context);

    QString m_dataDir;
    OpenOptions m_options;
    QString m_connectionName;
    QSqlDatabase m_db;
    std::map<QString, std::unique_ptr<QSqlQuery>> m_statements;
};

} // namespace holdfast::storage
