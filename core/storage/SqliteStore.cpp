#include "storage/SqliteStore.h"

#include "model/DataMerge.h"
#include "storage/Backups.h"
#include "storage/CheckInRepository.h"
#include "storage/LookBackRepository.h"
#include "storage/Connection.h"
#include "storage/ContactRepository.h"
#include "storage/DataFolder.h"
#include "storage/DataSetRepository.h"
#include "storage/DatabaseFile.h"
#include "storage/DaySummaryQueries.h"
#include "storage/EncryptionKeys.h"
#include "storage/JournalRepository.h"
#include "storage/JournalSearchIndex.h"
#include "storage/Migrations.h"
#include "storage/PlanRepository.h"
#include "storage/PrivateFiles.h"
#include "storage/ScopedConnection.h"
#include "storage/SearchIndexUpgrader.h"
#include "storage/SettingsRepository.h"
#include "storage/SqlErrors.h"
#include "storage/TextSealer.h"
#include "storage/UnsentMessageRepository.h"
#include "storage/UrgeRepository.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace holdfast::storage {

using Kind = StoreError::Kind;
using namespace datafolder;

// ---- lifecycle ----------------------------------------------------------------------

SqliteStore::SqliteStore(QString dataDir, const OpenOptions &options)
    : m_dataDir(std::move(dataDir)), m_options(options),
      m_db(std::make_unique<Connection>(databaseFileIn(m_dataDir), backupDirIn(m_dataDir), options)),
      m_texts(std::make_unique<TextSealer>(*m_db)),
      m_searchIndex(std::make_unique<JournalSearchIndex>(*m_db, *m_texts)),
      m_urges(std::make_unique<UrgeRepository>(*m_db, *m_texts)),
      m_summaries(std::make_unique<DaySummaryQueries>(*m_db, *m_texts)),
      m_contacts(std::make_unique<ContactRepository>(*m_db, *m_texts)),
      m_checkIns(std::make_unique<CheckInRepository>(*m_db, *m_texts)),
      m_lookBacks(std::make_unique<LookBackRepository>(*m_db, *m_texts)),
      m_journal(std::make_unique<JournalRepository>(*m_db, *m_texts, *m_searchIndex)),
      m_unsentMessages(std::make_unique<UnsentMessageRepository>(*m_db, *m_texts)),
      m_plan(std::make_unique<PlanRepository>(*m_db, *m_texts)),
      m_settings(std::make_unique<SettingsRepository>(*m_db)),
      m_dataSets(std::make_unique<DataSetRepository>(DataSetRepository::Parts{
          *m_db, *m_urges, *m_contacts, *m_checkIns, *m_lookBacks, *m_journal, *m_searchIndex, *m_unsentMessages, *m_plan,
          *m_settings}))
{
    registerOpen(m_dataDir);
}

SqliteStore::~SqliteStore()
{
    try {
        m_searchIndex->detach();
    } catch (const StoreError &) {
        // Closing frees the in-memory index anyway.
    }
    m_texts->setCipher(nullptr);
    m_db->close();
    unregisterOpen(m_dataDir);
}

std::unique_ptr<SqliteStore> SqliteStore::open(const QString &dataDir, const OpenOptions &options)
{
    return openAs(dataDir, options, [](const QString &dir, const OpenOptions &o) { return new SqliteStore(dir, o); });
}

std::unique_ptr<SqliteStore> SqliteStore::openAs(const QString &dataDir, const OpenOptions &options, const Maker &make)
{
    if (dataDir.trimmed().isEmpty())
        throw StoreError(Kind::CannotOpen, "no data folder given");
    ensureWritableFolder(cleanDir(dataDir), "data folder");
    // One name for the folder however it is reached (links resolved), so the
    // registry of open stores sees a link to an open folder as that folder.
    const QString dir = canonicalDir(dataDir);

    const QString dbPath = databaseFileIn(dir);
    const QFileInfo dbInfo(dbPath);
    if (dbInfo.exists()) {
        if (!dbInfo.isFile())
            throw StoreError(Kind::CannotOpen, dbPath.toStdString() + " is not a file");
        databasefile::refuseEmptyFileWithHistory(dir);
        // Refuse a newer or damaged database before anything can write to it.
        databasefile::verify(dbPath, options.busyTimeoutMs, options.quickCheckOnOpen);
        if (!dbInfo.isWritable())
            throw StoreError(Kind::ReadOnly, dbPath.toStdString() + " is read-only");
        privatefiles::restrictFile(dbPath);
    } else {
        privatefiles::Probe failure = privatefiles::Probe::Failed;
        // Created by us with 0600 so SQLite never creates it with the umask's mode.
        if (!privatefiles::createPrivateFile(dbPath, &failure))
            throw StoreError(failure == privatefiles::Probe::DiskFull   ? Kind::DiskFull
                             : failure == privatefiles::Probe::ReadOnly ? Kind::ReadOnly
                                                                        : Kind::CannotOpen,
                             "cannot create " + dbPath.toStdString());
    }

    std::unique_ptr<SqliteStore> store(make(dir, options));
    store->m_db->open();
    // An encrypted store opens locked.
    store->m_texts->setEncrypted(encryptionkeys::load(*store->m_db).has_value());
    if (store->m_texts->encrypted()) // freed pages are zeroed, so an old sealed value never lingers
        store->m_db->execDirect(u"PRAGMA secure_delete = ON"_s, "set secure delete");
    store->changedElsewhere(); // the version everything after is compared with
    return store;
}


void SqliteStore::checkNotEmptied(const QString &dataDir)
{
    databasefile::refuseEmptyFileWithHistory(cleanDir(dataDir));
}

QString SqliteStore::defaultDataDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

int SqliteStore::latestSchemaVersion()
{
    return Migrations::latestVersion();
}

QString SqliteStore::databasePath() const
{
    return databaseFileIn(m_dataDir);
}

QString SqliteStore::backupDir() const
{
    return backupDirIn(m_dataDir);
}

bool SqliteStore::changedElsewhere()
{
    return m_db->changedElsewhere();
}

void SqliteStore::refuseWrites(const StoreError &reason)
{
    m_db->refuseWrites(reason);
}

bool SqliteStore::refusesWrites() const
{
    return m_db->refusesWrites();
}

void SqliteStore::checkIntegrity()
{
    QSqlQuery &query = m_db->prepared(u"PRAGMA quick_check"_s);
    m_db->exec(query, "integrity check");
    const bool ok = query.next() && query.value(0).toString() == u"ok";
    query.finish();
    if (!ok)
        throw StoreError(Kind::Corrupt, databasePath().toStdString() + " failed its integrity check");
}

// ---- upkeep on a connection of its own ------------------------------------------------

void SqliteStore::checkOnOwnConnection(const QString &dataDir, int busyTimeoutMs)
{
    const std::lock_guard upkeep(upkeepMutex());
    const QString path = databaseFileIn(cleanDir(dataDir));
    ScopedConnection connection(path, true, busyTimeoutMs);
    connection.open("integrity check");
    QSqlQuery query(connection.db());
    query.setForwardOnly(true);
    if (!query.exec(u"PRAGMA quick_check"_s))
        throw storeError(query.lastError(), "integrity check");
    const bool ok = query.next() && query.value(0).toString() == u"ok";
    query.finish();
    if (!ok)
        throw StoreError(Kind::Corrupt, path.toStdString() + " failed its integrity check");
}

QString SqliteStore::backupOnOwnConnection(const QString &dataDir, const Moment &when, const QString &tag,
                                          int busyTimeoutMs)
{
    const std::lock_guard upkeep(upkeepMutex());
    const QString dir = cleanDir(dataDir);
    const QString path = databaseFileIn(dir);
    QString backup;
    {
        ScopedConnection connection(path, true, busyTimeoutMs);
        connection.open("backup");
        backups::removeStaleTemporaries(backupDirIn(dir));
        backup = backups::vacuumInto(connection.db(), backupDirIn(dir), when, tag);
    }
    for (const QString &file : QStringList{path + u"-wal"_s, path + u"-shm"_s}) {
        if (QFileInfo::exists(file))
            privatefiles::restrictFile(file);
    }
    return backup;
}

SqliteStore::SearchIndexUpgrade SqliteStore::upgradeSearchIndexOnOwnConnection(
    const QString &dataDir, int busyTimeoutMs, const std::function<void()> &afterEachBuild, const std::atomic<bool> *stop)
{
    return searchindex::upgrade(dataDir, busyTimeoutMs, afterEachBuild, stop);
}

bool SqliteStore::searchIndexIsCurrent()
{
    return searchindex::hasPrefixIndex(m_db->db());
}

// ---- backups ------------------------------------------------------------------------

QString SqliteStore::backupNow(const QString &tag)
{
    m_db->refuseIfDamaged();
    const QString path = backups::vacuumInto(m_db->db(), backupDir(), m_db->now(), tag);
    m_db->restrictWalFiles();
    return path;
}

void SqliteStore::pruneBackups(int keep)
{
    m_db->refuseIfDamaged();
    backups::prune(backupDir(), keep);
}

bool SqliteStore::needsDailyBackup(const LocalDate &today) const
{
    const std::vector<BackupName> names = backups::namesIn(backupDir());
    return std::none_of(names.begin(), names.end(), [&](const BackupName &name) { return name.date() == today; });
}

QStringList SqliteStore::backupsIn(const QString &dataDir)
{
    return backups::pathsIn(backupDirIn(cleanDir(dataDir)));
}

void SqliteStore::restoreBackup(const QString &dataDir, const QString &backupPath, const OpenOptions &options)
{
    const std::lock_guard upkeep(upkeepMutex());
    const QString dir = canonicalDir(dataDir);
    if (isOpenInProcess(dir))
        throw StoreError(Kind::Other, "close the store in " + dir.toStdString() + " before restoring");
    backups::restore(dir, backupPath, options);
}

// ---- records: each write one transaction --------------------------------------------------

std::int64_t SqliteStore::saveUrge(const UrgeRecord &urge)
{
    return m_db->write([&] { return m_urges->write(urge); });
}

std::optional<UrgeRecord> SqliteStore::urge(std::int64_t id)
{
    return m_urges->byId(id);
}

std::vector<UrgeRecord> SqliteStore::urges(LocalDate from, LocalDate to)
{
    return m_urges->inRange(from, to);
}

std::vector<UrgeRatings> SqliteStore::urgeRatings(LocalDate from, LocalDate to)
{
    return m_urges->ratings(from, to);
}

std::vector<DaySummary> SqliteStore::daySummaries(LocalDate from, LocalDate to)
{
    return m_summaries->daySummaries(from, to);
}

std::vector<DayUrgeCount> SqliteStore::urgeCounts(LocalDate from, LocalDate to)
{
    return m_summaries->urgeCounts(from, to);
}

std::optional<LocalDate> SqliteStore::firstDataDate(LocalDate upTo)
{
    return m_summaries->firstDataDate(upTo);
}

std::int64_t SqliteStore::addContact(const ContactEvent &event)
{
    return m_db->write([&] { return m_contacts->write(event); });
}

std::vector<ContactEvent> SqliteStore::contacts()
{
    return m_contacts->all(true);
}

std::vector<ContactEvent> SqliteStore::contactsWithoutNotes()
{
    return m_contacts->all(false);
}

void SqliteStore::removeContact(std::int64_t id)
{
    m_contacts->remove(id);
}

void SqliteStore::saveCheckIn(const CheckIn &checkIn)
{
    m_db->write([&] { m_checkIns->write(checkIn); });
}

std::optional<CheckIn> SqliteStore::checkIn(LocalDate date)
{
    return m_checkIns->at(date);
}

std::vector<CheckIn> SqliteStore::checkIns(LocalDate from, LocalDate to)
{
    return m_checkIns->inRange(from, to);
}

void SqliteStore::saveLookBack(const LookBack &lookBack)
{
    m_db->write([&] { m_lookBacks->write(lookBack); });
}

std::optional<LookBack> SqliteStore::lookBack(LocalDate date)
{
    return m_lookBacks->at(date);
}

std::vector<LookBack> SqliteStore::lookBacks(LocalDate from, LocalDate to)
{
    return m_lookBacks->inRange(from, to);
}

std::int64_t SqliteStore::saveJournalEntry(const JournalEntry &entry)
{
    return m_db->write([&] { return m_journal->write(entry); });
}

std::optional<JournalEntry> SqliteStore::journalEntry(std::int64_t id)
{
    return m_journal->byId(id);
}

std::vector<JournalEntry> SqliteStore::journalEntries(const JournalQuery &query)
{
    return m_journal->search(query);
}

void SqliteStore::removeJournalEntry(std::int64_t id)
{
    m_db->write([&] { m_journal->remove(id); });
}

std::vector<std::string> SqliteStore::journalTags()
{
    return m_journal->tags();
}

std::int64_t SqliteStore::saveUnsentMessage(const UnsentMessage &message)
{
    return m_db->write([&] { return m_unsentMessages->write(message); });
}

std::optional<UnsentMessage> SqliteStore::unsentMessage(std::int64_t id)
{
    return m_unsentMessages->byId(id);
}

std::vector<UnsentMessage> SqliteStore::unsentMessages()
{
    return m_unsentMessages->all();
}

void SqliteStore::removeUnsentMessage(std::int64_t id)
{
    m_unsentMessages->remove(id);
}

std::int64_t SqliteStore::saveReason(const Reason &reason)
{
    return m_db->write([&] { return m_plan->write(reason); });
}

std::vector<Reason> SqliteStore::reasons()
{
    return m_plan->reasons();
}

std::int64_t SqliteStore::saveSupportPerson(const SupportPerson &person)
{
    return m_db->write([&] { return m_plan->write(person); });
}

std::vector<SupportPerson> SqliteStore::supportPeople()
{
    return m_plan->supportPeople();
}

std::int64_t SqliteStore::saveActivity(const Activity &activity)
{
    return m_db->write([&] { return m_plan->write(activity); });
}

std::vector<Activity> SqliteStore::activities()
{
    return m_plan->activities();
}

std::int64_t SqliteStore::saveIfThenPlan(const IfThenPlan &plan)
{
    return m_db->write([&] { return m_plan->write(plan); });
}

std::vector<IfThenPlan> SqliteStore::ifThenPlans()
{
    return m_plan->ifThenPlans();
}

std::int64_t SqliteStore::saveRiskDate(const RiskDate &riskDate)
{
    return m_db->write([&] { return m_plan->write(riskDate); });
}

std::vector<RiskDate> SqliteStore::riskDates()
{
    return m_plan->riskDates();
}

void SqliteStore::removePlanItem(PlanList list, std::int64_t id)
{
    m_plan->remove(list, id);
}

void SqliteStore::reorderPlanItems(PlanList list, const std::vector<std::int64_t> &idsInOrder)
{
    m_db->write([&] { m_plan->reorder(list, idsInOrder); });
}

Settings SqliteStore::settings()
{
    return m_settings->read();
}

void SqliteStore::saveSettings(const Settings &settings)
{
    m_db->write([&] { m_settings->write(settings); });
}

// ---- export and import ------------------------------------------------------------------------------

DataSet SqliteStore::everything()
{
    if (encryptionState() == EncryptionState::Locked)
        throwLocked("export");
    return m_db->read([&] { return m_dataSets->read(); });
}
ImportReport SqliteStore::importMerged(const DataSet &incoming, ImportMode mode)
{
    m_db->refuseIfDamaged();
    if (encryptionState() == EncryptionState::Locked)
        throwLocked("import");
    if (mode == ImportMode::Replace) {
        // As a restore does: what is replaced can be brought back.
        if (m_dataSets->counts().total() > 0)
            backupNow(u"before_replace"_s);
        return m_db->write([&] {
            ImportReport report;
            report.removed = m_dataSets->counts();
            report.added = DataMerge::count(incoming);
            m_dataSets->write(incoming, mode);
            return report;
        });
    }
    return m_db->write([&] {
        // What is stored is read inside the write transaction, so an import
        // running at the same time cannot make both add the same records.
        const ImportDecision decision = DataMerge::decide(incoming, mode, m_dataSets->read());
        m_dataSets->write(decision.toWrite(incoming), mode);
        return decision.report;
    });
}

void SqliteStore::importData(const DataSet &data, ImportMode mode)
{
    m_db->write([&] { m_dataSets->write(data, mode); });
}

} // namespace holdfast::storage
