#pragma once

// The Store on one SQLite file (QtSql, QSQLITE) in a private data folder:
// schema migrations with a backup first, WAL, owner-only files, VACUUM INTO
// backups, FTS5 journal search and optional encryption of every text the user
// writes (docs/PRIVACY.md). Every write is one transaction.
//
// The Locked rule (encryption on, passphrase not given yet), followed by every call:
// - Reading works as long as no text it would return is encrypted: a call
//   that meets an encrypted text throws StoreError::Locked. Texts stored
//   empty read as empty, so records written while locked stay readable.
//   daySummaries() and settings() never throw Locked: summaries leave out the
//   names of custom triggers (text) until unlocked. Searching the journal by
//   text or filtering by tag throws Locked; so does everything().
// - Writing works when every text field written is empty and the write would
//   not replace a stored encrypted text; otherwise it throws Locked.
// - A sealed text that fails its authenticity check throws StoreError::Tampered
//   for the call that reads it (reading other records is unaffected); never garbage.
//   Summaries and the search index skip such a text instead of failing.

#include "model/Store.h"
#include "model/StoreError.h"
#include "storage/FieldCipher.h"
#include "storage/KeyEnvelope.h"
#include "storage/OpenOptions.h"

#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>

namespace holdfast::storage {

class CheckInRepository;
class LookBackRepository;
class Connection;
class ContactRepository;
class DataSetRepository;
class DaySummaryQueries;
class JournalRepository;
class JournalSearchIndex;
class PlanRepository;
class SettingsRepository;
class TextSealer;
class UnsentMessageRepository;
class UrgeRepository;

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
    // Throws Corrupt when the database file in `dataDir` is empty although a
    // -wal or backups show there was data (open() does the same); changes nothing.
    static void checkNotEmptied(const QString &dataDir);
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

    // True once after another connection (another process: a command-line
    // import) committed to the file since the last call; this store's own
    // writes do not count. The window asks when it is activated and reloads.
    bool changedElsewhere();

    // After the file was found damaged (the upkeep's check): nothing more is
    // written to it, by this connection, whatever the caller does. Every
    // write throws `reason` from now on; reads go on as before.
    void refuseWrites(const StoreError &reason);
    bool refusesWrites() const;

    // PRAGMA quick_check on the open database; throws StoreError::Corrupt when
    // it finds damage (then offer backupsIn(dataDir()).front() after closing).
    void checkIntegrity();

    // The same two, on a read-only connection of their own beside an open
    // store (WAL lets it read while the store writes), for a worker thread: a
    // QSqlDatabase connection may only be used by the thread that opened it.
    // Encrypting, decrypting and restoring wait until these have finished.
    static void checkOnOwnConnection(const QString &dataDir, int busyTimeoutMs = 5000);
    static QString backupOnOwnConnection(const QString &dataDir, const Moment &when, const QString &tag,
                                         int busyTimeoutMs = 5000);

    // What upgradeSearchIndexOnOwnConnection() did.
    enum class SearchIndexUpgrade {
        AlreadyCurrent, // the journal index already has its prefix index: nothing written
        Upgraded,       // rebuilt with the prefix index and swapped in
        Postponed,      // the journal kept changing while it was built: nothing written, try at the next start
    };
    // Gives the journal's full-text index a prefix index (one- and two-letter
    // searches as you type) on a read-write connection of its own, for the
    // upkeep thread: a large journal takes seconds, so this is no numbered
    // migration at open. The new index is built in memory while the store
    // keeps reading and writing; only the swap (copy in, drop the old, rename,
    // triggers) holds the write lock, in one transaction, so a crash leaves
    // the old index or the new one. If another connection committed anything
    // during the build, it is built again (a few times at most). A journal of
    // fewer than 500 entries (a new store) is indexed within the swap instead:
    // milliseconds. Encrypting, decrypting and restoring wait until it has
    // finished. Throws StoreError.
    // The build goes in batches of 1000 entries; setting `*stop` (quitting)
    // ends it after the current batch, writing nothing (Postponed).
    // `afterEachBuild` (tests) runs between a build and its swap.
    static SearchIndexUpgrade upgradeSearchIndexOnOwnConnection(const QString &dataDir, int busyTimeoutMs = 5000,
                                                                const std::function<void()> &afterEachBuild = {},
                                                                const std::atomic<bool> *stop = nullptr);
    // True when the on-disk journal index of the open store has its prefix index.
    bool searchIndexIsCurrent();

    // Store
    std::int64_t saveUrge(const UrgeRecord &urge) override;
    std::optional<UrgeRecord> urge(std::int64_t id) override;
    std::vector<UrgeRecord> urges(LocalDate from, LocalDate to) override;
    std::vector<UrgeRatings> urgeRatings(LocalDate from, LocalDate to) override;
    std::vector<DaySummary> daySummaries(LocalDate from, LocalDate to) override;
    std::vector<DayUrgeCount> urgeCounts(LocalDate from, LocalDate to) override;
    std::optional<LocalDate> firstDataDate(LocalDate upTo) override;

    std::int64_t addContact(const ContactEvent &event) override;
    std::vector<ContactEvent> contacts() override;
    std::vector<ContactEvent> contactsWithoutNotes() override;
    void removeContact(std::int64_t id) override;

    void saveCheckIn(const CheckIn &checkIn) override;
    std::optional<CheckIn> checkIn(LocalDate date) override;
    std::vector<CheckIn> checkIns(LocalDate from, LocalDate to) override;

    void saveLookBack(const LookBack &lookBack) override;
    std::optional<LookBack> lookBack(LocalDate date) override;
    std::vector<LookBack> lookBacks(LocalDate from, LocalDate to) override;

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
    // Derives the key-encryption key with the stored Argon2id parameters
    // (about a second with MODERATE limits), unwraps the data key and builds
    // the in-memory search index. Reads only: a wrong passphrase changes no file.
    void unlock(const std::string &passphrase) override;
    void lock() override;
    // Backs up ("before_encryption"), then seals every text in one transaction,
    // empties the on-disk search index, VACUUMs and truncates the WAL so no
    // plain text stays in free pages, and takes an encrypted backup
    // ("encrypted"). Then it DELETES every older backup in the backup folder
    // (they hold plain text), keeping only the encrypted one. Throws
    // InvalidData for an empty passphrase, Other when already encrypted.
    // A failure before the commit changes nothing; one while compacting or
    // backing up afterwards is thrown with the store encrypted and Unlocked
    // (older backups are then kept, so plain copies may remain).
    void enableEncryption(const std::string &passphrase) override;
    // Checks the passphrase (WrongPassphrase), backs up ("before_decryption",
    // encrypted), then opens every text in one transaction (Tampered when one
    // fails: nothing changes), rebuilds the on-disk index and VACUUMs.
    // A no-op when not encrypted.
    void disableEncryption(const std::string &passphrase) override;
    void changePassphrase(const std::string &oldPassphrase, const std::string &newPassphrase) override;

    // One read transaction: a write by another process lands before or after it, never in the middle.
    DataSet everything() override;
    // One write transaction. Replace first takes a backup ("before_replace")
    // when there is anything to replace.
    ImportReport importMerged(const DataSet &incoming, ImportMode mode) override;
    // Records are written in the order of their old ids, so a set exported from
    // a store and imported into an empty one gets the same ids back.
    void importData(const DataSet &data, ImportMode mode) override;

protected:
    // For a test double that derives from the store to count its calls or make
    // them fail (tests/support/WatchedStore.h): open() with the object `make`
    // constructs for the checked folder.
    using Maker = std::function<SqliteStore *(const QString &dataDir, const OpenOptions &options)>;
    static std::unique_ptr<SqliteStore> openAs(const QString &dataDir, const OpenOptions &options, const Maker &make);
    SqliteStore(QString dataDir, const OpenOptions &options);

private:
    KeyEnvelope::Strength keyStrength() const;

    QString m_dataDir;
    OpenOptions m_options;
    // The parts, each with one job; the facade holds them and runs each call
    // that writes in one transaction (Connection::write).
    std::unique_ptr<Connection> m_db;
    std::unique_ptr<TextSealer> m_texts;
    std::unique_ptr<JournalSearchIndex> m_searchIndex;
    std::unique_ptr<UrgeRepository> m_urges;
    std::unique_ptr<DaySummaryQueries> m_summaries;
    std::unique_ptr<ContactRepository> m_contacts;
    std::unique_ptr<CheckInRepository> m_checkIns;
    std::unique_ptr<LookBackRepository> m_lookBacks;
    std::unique_ptr<JournalRepository> m_journal;
    std::unique_ptr<UnsentMessageRepository> m_unsentMessages;
    std::unique_ptr<PlanRepository> m_plan;
    std::unique_ptr<SettingsRepository> m_settings;
    std::unique_ptr<DataSetRepository> m_dataSets;
};

} // namespace holdfast::storage
