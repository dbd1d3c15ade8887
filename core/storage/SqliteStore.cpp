#include "storage/SqliteStore.h"

#include "model/Clock.h"
#include "model/RecordKeys.h"
#include "storage/BackupName.h"
#include "storage/FieldCipher.h"
#include "storage/KeyEnvelope.h"
#include "storage/Migrations.h"
#include "storage/PrivateFiles.h"
#include "storage/SqlErrors.h"
#include "storage/Transaction.h"
#include "model/DataMerge.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSqlError>
#include <QStandardPaths>
#include <QTimeZone>

#include <algorithm>
#include <array>
#include <cerrno>
#include <atomic>
#include <limits>
#include <mutex>
#include <numeric>
#include <set>
#include <unordered_map>

using namespace Qt::StringLiterals;

namespace holdfast::storage {

namespace {

using Kind = StoreError::Kind;

// ---- process-wide bookkeeping ------------------------------------------------

std::atomic<quint64> g_connectionCounter{0};

QString nextConnectionName(const char *purpose)
{
    return u"holdfast-%1-%2"_s.arg(QLatin1String(purpose)).arg(++g_connectionCounter);
}

// Data folders with an open store in this process: restoring under an open
// connection would let SQLite write the old pages back.
std::mutex g_openMutex;
std::map<QString, int> g_openDirs;

void registerOpen(const QString &dir)
{
    const std::lock_guard lock(g_openMutex);
    ++g_openDirs[dir];
}

void unregisterOpen(const QString &dir)
{
    const std::lock_guard lock(g_openMutex);
    const auto it = g_openDirs.find(dir);
    if (it != g_openDirs.end() && --it->second <= 0)
        g_openDirs.erase(it);
}

bool isOpenInProcess(const QString &dir)
{
    const std::lock_guard lock(g_openMutex);
    return g_openDirs.count(dir) > 0;
}

// Held by the upkeep a worker thread runs on its own connection (checkOnOwnConnection,
// backupOnOwnConnection) and by what rewrites or replaces the whole file (encrypting,
// decrypting, restoring), so these wait for each other: a plain backup finishing after
// the encryption wiped the plain copies would leave one behind.
std::mutex g_upkeepMutex;

// ---- small conversions ---------------------------------------------------------

QString cleanDir(const QString &dir)
{
    return QDir::cleanPath(QFileInfo(dir).absoluteFilePath());
}

QString canonicalDir(const QString &dir)
{
    const QString canonical = QFileInfo(dir).canonicalFilePath();
    return canonical.isEmpty() ? cleanDir(dir) : canonical;
}

QString databaseFileIn(const QString &dir)
{
    return QDir(dir).filePath(QLatin1String(SqliteStore::kDatabaseFileName));
}

QString backupDirIn(const QString &dir)
{
    return QDir(dir).filePath(QLatin1String(SqliteStore::kBackupFolderName));
}

QVariant i64(std::int64_t value)
{
    return QVariant(qint64(value));
}

QVariant text(const std::string &value)
{
    // QtSql binds a null QString as SQL NULL; an empty text must stay ''.
    QString converted = QString::fromStdString(value);
    if (converted.isNull())
        converted = u""_s;
    return converted;
}

QVariant iso(const LocalDate &date)
{
    return QString::fromStdString(date.toIso());
}

QVariant nullValue()
{
    return QVariant();
}

std::string str(const QVariant &value)
{
    return value.toString().toStdString();
}

std::int64_t int64At(const QSqlQuery &query, int column)
{
    return query.value(column).toLongLong();
}

int intAt(const QSqlQuery &query, int column)
{
    return query.value(column).toInt();
}

std::optional<LocalDate> dateFrom(const QVariant &value)
{
    return LocalDate::fromIso(value.toString().toStdString());
}

// Reads the four columns of a stored moment starting at `column`.
Moment momentAt(const QSqlQuery &query, int column)
{
    Moment moment;
    moment.utcMs = int64At(query, column);
    moment.offsetMinutes = intAt(query, column + 1);
    moment.zone = str(query.value(column + 2));
    if (const auto date = dateFrom(query.value(column + 3)))
        moment.localDate = *date;
    else // never expected; derive it rather than show 1970
        moment.localDate = Moment::fromUtc(moment.utcMs, moment.offsetMinutes).localDate;
    return moment;
}

std::optional<Moment> optionalMomentAt(const QSqlQuery &query, int column)
{
    if (query.value(column).isNull())
        return std::nullopt;
    return momentAt(query, column);
}

void appendMoment(QVariantList &values, const Moment &moment)
{
    values << i64(moment.utcMs) << QVariant(int(moment.offsetMinutes)) << text(moment.zone) << iso(moment.localDate);
}

void appendOptionalMoment(QVariantList &values, const std::optional<Moment> &moment)
{
    if (moment)
        appendMoment(values, *moment);
    else
        values << nullValue() << nullValue() << nullValue() << nullValue();
}

void bindAll(QSqlQuery &query, const QVariantList &values)
{
    for (int i = 0; i < values.size(); ++i)
        query.bindValue(i, values.at(i));
}

// Finishes a cached statement however the scope is left, so no statement stays
// active (an active read would block VACUUM INTO and WAL checkpoints).
class FinishOnExit
{
public:
    explicit FinishOnExit(QSqlQuery &query) : m_query(query) {}
    ~FinishOnExit() { m_query.finish(); }
    FinishOnExit(const FinishOnExit &) = delete;
    FinishOnExit &operator=(const FinishOnExit &) = delete;

private:
    QSqlQuery &m_query;
};

// ---- validation: reject what the core would never produce -------------------------

[[noreturn]] void invalid(const std::string &what)
{
    throw StoreError(Kind::InvalidData, what);
}

void checkDate(const LocalDate &date, const char *what)
{
    // Four-digit years keep 'YYYY-MM-DD' text sortable.
    if (!date.isValid() || date.year() < 1 || date.year() > 9999)
        invalid(std::string(what) + ": not a valid date");
}

void checkMoment(const Moment &moment, const char *what)
{
    checkDate(moment.localDate, what);
    // Real offsets lie within -14h..+14h; allow a margin, reject garbage.
    if (moment.offsetMinutes < -18 * 60 || moment.offsetMinutes > 18 * 60)
        invalid(std::string(what) + ": impossible UTC offset");
}

void checkRange(int value, int low, int high, const char *what)
{
    if (value < low || value > high)
        invalid(std::string(what) + " out of range");
}

// ---- stable keys for enumerations ----------------------------------------------------

constexpr auto kCustomTriggerKey = "custom";

// The keys themselves live in model/RecordKeys (exports write the same ones);
// an unknown key in the file reads as the default rather than failing a load.
QString keyText(std::string_view key)
{
    return QString::fromUtf8(key.data(), qsizetype(key.size()));
}

QString outcomeText(UrgeOutcome outcome)
{
    return keyText(holdfast::outcomeKey(outcome));
}

UrgeOutcome outcomeFromText(const QString &key)
{
    return holdfast::outcomeFromKey(key.toStdString()).value_or(UrgeOutcome::Open);
}

QString actionText(ActionKind kind)
{
    return keyText(holdfast::actionKey(kind));
}

ActionKind actionFromText(const QString &key)
{
    return holdfast::actionFromKey(key.toStdString()).value_or(ActionKind::None);
}

QString initiatorText(Initiator initiator)
{
    return keyText(holdfast::initiatorKey(initiator));
}

Initiator initiatorFromText(const QString &key)
{
    return holdfast::initiatorFromKey(key.toStdString()).value_or(Initiator::Me);
}

QString channelText(ContactChannel channel)
{
    return keyText(holdfast::channelKey(channel));
}

ContactChannel channelFromText(const QString &key)
{
    return holdfast::channelFromKey(key.toStdString()).value_or(ContactChannel::Other);
}

QString triggerKeyText(Trigger trigger)
{
    return keyText(triggerKey(trigger));
}

Trigger triggerFromText(const QString &key)
{
    return triggerFromKey(key.toStdString()).value_or(Trigger::Other);
}

QString themeText(Theme theme)
{
    return keyText(holdfast::themeKey(theme));
}

Theme themeFromText(const QString &key)
{
    return holdfast::themeFromKey(key.toStdString()).value_or(Theme::System);
}

QString planTable(PlanList list)
{
    switch (list) {
    case PlanList::Reasons:
        return u"reasons"_s;
    case PlanList::SupportPeople:
        return u"support_people"_s;
    case PlanList::Activities:
        return u"activities"_s;
    case PlanList::IfThenPlans:
        return u"if_then_plans"_s;
    case PlanList::RiskDates:
        return u"risk_dates"_s;
    }
    throw StoreError(Kind::InvalidData, "unknown plan list");
}

// ---- full-text search --------------------------------------------------------------

// Turns what the user typed into an FTS5 query: every word becomes a quoted
// prefix term ("word"*), so operators (AND, NEAR, *, ", parentheses) are plain
// text and the last, half-typed word still matches. Words with nothing the
// tokenizer would index are dropped.
QString ftsQuery(const std::string &typed)
{
    static const QRegularExpression whitespace(u"\\s+"_s);
    QStringList terms;
    const QStringList words = QString::fromStdString(typed).split(whitespace, Qt::SkipEmptyParts);
    for (QString word : words) {
        if (std::none_of(word.cbegin(), word.cend(), [](QChar c) { return c.isLetterOrNumber(); }))
            continue;
        word.replace(u'"', u"\"\""_s);
        terms.append(u"\"%1\"*"_s.arg(word));
    }
    return terms.join(u' ');
}

// The on-disk journal index as 001.sql creates it, plus a prefix index for one-
// and two-letter prefixes: "w"* then reads one term's list instead of merging
// those of every word starting with w (90 ms -> a few on 20k entries).
constexpr auto kSearchIndexColumns = "text, content = 'journal_entries', content_rowid = 'id', "
                                     "tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2'";
// The tables FTS5 keeps an external-content index in; together they are the whole index.
constexpr std::array<const char *, 4> kSearchIndexShadows{"data", "idx", "docsize", "config"};

void execOn(const QSqlDatabase &db, const QString &sql, const char *context)
{
    QSqlQuery query(db);
    if (!query.exec(sql))
        throw storeError(query.lastError(), context);
}

QVariant valueOn(const QSqlDatabase &db, const QString &sql, const char *context)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(sql))
        throw storeError(query.lastError(), context);
    return query.next() ? query.value(0) : QVariant();
}

bool hasPrefixIndex(const QSqlDatabase &db)
{
    const QString sql = valueOn(db, u"SELECT sql FROM main.sqlite_master WHERE type = 'table' AND name = 'journal_fts'"_s,
                                "read the search index").toString();
    return sql.contains(u"prefix"_s, Qt::CaseInsensitive);
}

// Inside a write transaction: replaces main.journal_fts by one with the prefix
// index, filled from the same table built in `builtIn` (an attached database)
// or, when empty, from journal_entries here and now. The triggers that keep the
// index in step name journal_fts, so they go first and come back word for word.
void swapInSearchIndex(const QSqlDatabase &db, const QString &builtIn)
{
    const char *context = "upgrade the search index";
    QStringList triggers;
    {
        QSqlQuery query(db);
        query.setForwardOnly(true);
        if (!query.exec(u"SELECT name, sql FROM main.sqlite_master WHERE type = 'trigger' "
                        "AND tbl_name = 'journal_entries' AND sql LIKE '%journal_fts%' ORDER BY name"_s))
            throw storeError(query.lastError(), context);
        while (query.next()) {
            execOn(db, u"DROP TRIGGER main.\"%1\""_s.arg(query.value(0).toString()), context);
            triggers.append(query.value(1).toString());
        }
    }
    execOn(db, u"DROP TABLE IF EXISTS main.journal_fts_new"_s, context);
    execOn(db, u"CREATE VIRTUAL TABLE main.journal_fts_new USING fts5(%1)"_s.arg(QLatin1String(kSearchIndexColumns)),
           context);
    if (builtIn.isEmpty()) {
        // Sealed texts (BLOBs) never reach the on-disk index, as in the triggers.
        execOn(db, u"INSERT INTO main.journal_fts_new (rowid, text) "
                   "SELECT id, text FROM main.journal_entries WHERE typeof(text) = 'text'"_s,
               context);
    } else {
        // The index is nothing but these rows: copying them is a fraction of tokenizing again.
        for (const char *shadow : kSearchIndexShadows) {
            const QString table = u"journal_fts_new_"_s + QLatin1String(shadow);
            execOn(db, u"DELETE FROM main.%1"_s.arg(table), context);
            execOn(db, u"INSERT INTO main.%1 SELECT * FROM %2.%1"_s.arg(table, builtIn), context);
        }
    }
    execOn(db, u"DROP TABLE main.journal_fts"_s, context);
    execOn(db, u"ALTER TABLE main.journal_fts_new RENAME TO journal_fts"_s, context);
    for (const QString &trigger : triggers)
        execOn(db, trigger, context);
}

// ---- opening and checking files ----------------------------------------------------

quint32 bigEndian32(const QByteArray &bytes, int offset)
{
    const auto byte = [&](int i) { return quint32(quint8(bytes.at(offset + i))); };
    return (byte(0) << 24) | (byte(1) << 16) | (byte(2) << 8) | byte(3);
}

// A QSqlDatabase connection that is closed and unregistered when it goes out of scope.
class ScopedConnection
{
public:
    ScopedConnection(const QString &path, bool readOnly, int busyTimeoutMs)
        : m_name(nextConnectionName(readOnly ? "check" : "tool"))
    {
        m_db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_name);
        m_db.setDatabaseName(path);
        QString options = u"QSQLITE_BUSY_TIMEOUT=%1"_s.arg(busyTimeoutMs);
        if (readOnly)
            options += u";QSQLITE_OPEN_READONLY"_s;
        m_db.setConnectOptions(options);
    }
    ~ScopedConnection()
    {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
    }
    ScopedConnection(const ScopedConnection &) = delete;
    ScopedConnection &operator=(const ScopedConnection &) = delete;

    QSqlDatabase &db() { return m_db; }

private:
    QString m_name;
    QSqlDatabase m_db;
};

void requireDriver(const QSqlDatabase &db)
{
    if (!db.isValid())
        throw StoreError(Kind::CannotOpen, "the Qt SQLite driver (QSQLITE) is not available");
}

// Reads only the 100-byte header: tells a database from anything else and a
// newer schema from ours without letting SQLite near the file.
// Returns user_version (0 for an empty file).
int inspectHeader(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw StoreError(Kind::CannotOpen, "cannot read " + path.toStdString() + ": " + file.errorString().toStdString());
    const qint64 size = file.size();
    if (size == 0)
        return 0;
    const QByteArray header = file.read(100);
    if (header.size() < 100 || header.first(16) != QByteArray("SQLite format 3\0", 16))
        throw StoreError(Kind::Corrupt, path.toStdString() + " is not a Holdfast database");
    quint32 pageSize = (quint32(quint8(header.at(16))) << 8) | quint8(header.at(17));
    if (pageSize == 1)
        pageSize = 65536;
    if (pageSize < 512 || pageSize > 65536 || (pageSize & (pageSize - 1)) != 0)
        throw StoreError(Kind::Corrupt, path.toStdString() + " has a damaged header");
    if (size % qint64(pageSize) != 0)
        throw StoreError(Kind::Corrupt, path.toStdString() + " is truncated");
    const quint32 changeCounter = bigEndian32(header, 24);
    const quint32 pageCount = bigEndian32(header, 28);
    const quint32 validFor = bigEndian32(header, 92);
    // A checkpoint cut short (a crash, a power cut) leaves page 1 already
    // counting pages that are still only in the WAL; SQLite reads them from
    // there and finishes the checkpoint. Only without a WAL is a short file damage.
    const bool walHasFrames = QFileInfo(path + u"-wal"_s).size() > 32;
    if (validFor == changeCounter && qint64(pageCount) * pageSize > size && !walHasFrames)
        throw StoreError(Kind::Corrupt, path.toStdString() + " is truncated");
    const auto userVersion = qint32(bigEndian32(header, 60));
    if (userVersion > Migrations::latestVersion())
        throw StoreError(Kind::TooNew, path.toStdString() + " has schema version " + std::to_string(userVersion)
                                           + "; this Holdfast knows up to "
                                           + std::to_string(Migrations::latestVersion()));
    if (userVersion < 0)
        throw StoreError(Kind::Corrupt, path.toStdString() + " has a damaged header");
    return userVersion;
}

// Opens the file read-only and asks SQLite itself: the version (a newer one
// may sit in the WAL) and PRAGMA quick_check. Writes nothing to the file.
int verifyDatabase(const QString &path, int busyTimeoutMs, bool quickCheck = true)
{
    if (inspectHeader(path) == 0 && QFileInfo(path).size() == 0)
        return 0;
    const QString walPath = path + u"-wal"_s;
    const QString shmPath = path + u"-shm"_s;
    const bool hadWal = QFileInfo::exists(walPath);
    const bool hadShm = QFileInfo::exists(shmPath);
    int version = 0;
    try {
        ScopedConnection connection(path, true, busyTimeoutMs);
        requireDriver(connection.db());
        auto fail = [&](const QSqlError &error, const char *what) {
            StoreError mapped = storeError(error, what);
            // Anything but "locked" or "cannot open" means SQLite could not read it.
            if (mapped.kind() == Kind::Other && sqliteResultCode(error) != 5 && sqliteResultCode(error) != 6)
                return StoreError(Kind::Corrupt, mapped.what());
            if (mapped.kind() == Kind::InvalidData)
                return StoreError(Kind::Corrupt, mapped.what());
            return mapped;
        };
        if (!connection.db().open())
            throw fail(connection.db().lastError(), "open for checking");
        {
            QSqlQuery query(connection.db());
            if (!query.exec(u"PRAGMA user_version"_s) || !query.next())
                throw fail(query.lastError(), "read schema version");
            version = query.value(0).toInt();
            query.finish();
            if (version > Migrations::latestVersion())
                throw StoreError(Kind::TooNew, path.toStdString() + " has schema version " + std::to_string(version));
            if (quickCheck) {
                if (!query.exec(u"PRAGMA quick_check"_s))
                    throw fail(query.lastError(), "integrity check");
                if (!query.next() || query.value(0).toString() != u"ok")
                    throw StoreError(Kind::Corrupt, path.toStdString() + " failed its integrity check");
            }
        }
    } catch (const StoreError &) {
        // The read-only check may have created the WAL index files; take away
        // only what we added, so the folder looks as it did.
        if (!hadWal)
            QFile::remove(walPath);
        if (!hadShm)
            QFile::remove(shmPath);
        throw;
    }
    return version;
}

// Why a folder cannot be used, told by the nearest folder that exists.
Kind folderFailureKind(const QString &dir)
{
    QFileInfo info(dir);
    while (!info.exists() && !info.isRoot() && info.absolutePath() != info.absoluteFilePath())
        info = QFileInfo(info.absolutePath());
    if (info.exists() && info.isDir() && privatefiles::probeWritable(info.absoluteFilePath()) == privatefiles::Probe::ReadOnly)
        return Kind::ReadOnly;
    return Kind::CannotOpen;
}

void ensureWritableFolder(const QString &dir, const char *what)
{
    if (QFileInfo(dir).exists() && !QFileInfo(dir).isDir())
        throw StoreError(Kind::CannotOpen, std::string(what) + " " + dir.toStdString() + " is a file, not a folder");
    if (!privatefiles::ensurePrivateDir(dir))
        throw StoreError(folderFailureKind(dir), std::string("cannot create ") + what + " " + dir.toStdString());
    switch (privatefiles::probeWritable(dir)) {
    case privatefiles::Probe::Writable:
        return;
    case privatefiles::Probe::ReadOnly:
        throw StoreError(Kind::ReadOnly, std::string(what) + " " + dir.toStdString() + " is read-only");
    case privatefiles::Probe::DiskFull:
        throw StoreError(Kind::DiskFull, "no space left for " + dir.toStdString());
    case privatefiles::Probe::Missing:
    case privatefiles::Probe::Failed:
        break;
    }
    throw StoreError(Kind::CannotOpen, std::string("cannot write to ") + what + " " + dir.toStdString());
}

Moment systemNow()
{
    const QDateTime now = QDateTime::currentDateTime();
    return Moment::fromUtc(now.toMSecsSinceEpoch(), now.offsetFromUtc() / 60,
                           QString::fromUtf8(QTimeZone::systemTimeZoneId()).toStdString());
}

Moment nowFrom(const Clock *clock)
{
    return clock ? clock->now() : systemNow();
}

std::vector<BackupName> backupNamesIn(const QString &backupDir)
{
    std::vector<BackupName> names;
    const QStringList files = QDir(backupDir).entryList({u"holdfast-*.sqlite"_s}, QDir::Files);
    for (const QString &file : files) {
        if (const auto name = BackupName::parse(file))
            names.push_back(*name);
    }
    std::sort(names.begin(), names.end(), [](const BackupName &a, const BackupName &b) { return a > b; });
    return names;
}

// A free name for a backup taken at `when`: the sequence number goes up when
// several backups are taken within the same second.
BackupName freeBackupName(const QString &backupDir, const Moment &when, const QString &tag)
{
    BackupName name(when, tag);
    int sequence = 1;
    for (const BackupName &existing : backupNamesIn(backupDir)) {
        if (existing.date() == name.date() && existing.secondOfDay() == name.secondOfDay())
            sequence = std::max(sequence, existing.sequence() + 1);
    }
    name = name.withSequence(sequence);
    while (QFileInfo::exists(QDir(backupDir).filePath(name.fileName())))
        name = name.withSequence(name.sequence() + 1);
    return name;
}

// A backup cut short (the app closed or killed during VACUUM INTO) leaves its
// hidden temporary file and SQLite's journal of it. Those older than an hour
// cannot belong to a backup still running, so they go.
void removeStaleTemporaries(const QString &backupDir)
{
    const QDateTime anHourAgo = QDateTime::currentDateTimeUtc().addSecs(-3600);
    const QFileInfoList leftovers = QDir(backupDir).entryInfoList(
        {u".holdfast-*.sqlite.tmp"_s, u".holdfast-*.sqlite.tmp-*"_s}, QDir::Files | QDir::Hidden);
    for (const QFileInfo &leftover : leftovers) {
        if (leftover.lastModified().toUTC() < anHourAgo)
            QFile::remove(leftover.absoluteFilePath());
    }
}

// VACUUM INTO a hidden 0600 temp file, sync it, then rename it into place, so a
// crash never leaves a half-written file under a backup's name.
QString vacuumInto(const QSqlDatabase &db, const QString &backupDir, const Moment &when, const QString &tag)
{
    ensureWritableFolder(backupDir, "backup folder");
    const BackupName name = freeBackupName(backupDir, when, tag);
    const QString finalPath = QDir(backupDir).filePath(name.fileName());
    const QString tempPath = QDir(backupDir).filePath(u"."_s + name.fileName() + u".tmp"_s);
    QFile::remove(tempPath);
    privatefiles::Probe failure = privatefiles::Probe::Failed;
    // VACUUM INTO accepts an existing empty file and keeps its mode: 0600 from the start.
    if (!privatefiles::createPrivateFile(tempPath, &failure))
        throw StoreError(failure == privatefiles::Probe::DiskFull ? Kind::DiskFull : Kind::ReadOnly,
                         "cannot create a backup file in " + backupDir.toStdString());
    {
        QSqlQuery query(db);
        query.prepare(u"VACUUM INTO ?"_s);
        query.bindValue(0, tempPath);
        if (!query.exec()) {
            const QSqlError sqlError = query.lastError();
            query.finish();
            QFile::remove(tempPath);
            throw storeError(sqlError, "backup");
        }
    }
    privatefiles::restrictFile(tempPath);
    if (!privatefiles::syncFile(tempPath) || !privatefiles::replaceFile(tempPath, finalPath)) {
        QFile::remove(tempPath);
        throw StoreError(Kind::Other, "cannot finish the backup " + finalPath.toStdString());
    }
    privatefiles::syncDir(backupDir);
    return finalPath;
}

// An empty database file is a new store only when nothing says there was data:
// a sync tool or a crash can leave 0 bytes where the data was, with its -wal
// (the last commits) beside it or backups of it. Then it is damage, so the
// backups are offered and SQLite never gets the chance to reset that -wal.
void refuseEmptyFileWithHistory(const QString &dir)
{
    const QString path = databaseFileIn(dir);
    if (QFileInfo(path).size() != 0)
        return;
    const bool walHasFrames = QFileInfo(path + u"-wal"_s).size() > 0;
    if (walHasFrames || !backupNamesIn(backupDirIn(dir)).empty())
        throw StoreError(Kind::Corrupt, path.toStdString() + " is empty, but there was data here before");
}

} // namespace

// ---- lifecycle ----------------------------------------------------------------------

SqliteStore::SqliteStore(QString dataDir, const OpenOptions &options)
    : m_dataDir(std::move(dataDir)), m_options(options)
{
    registerOpen(m_dataDir);
}

SqliteStore::~SqliteStore()
{
    close();
    unregisterOpen(m_dataDir);
}

std::unique_ptr<SqliteStore> SqliteStore::open(const QString &dataDir, const OpenOptions &options)
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
        refuseEmptyFileWithHistory(dir);
        // Refuse a newer or damaged database before anything can write to it.
        verifyDatabase(dbPath, options.busyTimeoutMs, options.quickCheckOnOpen);
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

    std::unique_ptr<SqliteStore> store(new SqliteStore(dir, options));
    store->openConnection();
    store->migrate();
    // An encrypted store opens locked.
    store->m_encrypted = store->loadEnvelope().has_value();
    if (store->m_encrypted) // freed pages are zeroed, so an old sealed value never lingers
        store->execDirect(u"PRAGMA secure_delete = ON"_s, "set secure delete");
    store->changedElsewhere(); // the version everything after is compared with
    return store;
}

void SqliteStore::checkNotEmptied(const QString &dataDir)
{
    refuseEmptyFileWithHistory(cleanDir(dataDir));
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

void SqliteStore::openConnection()
{
    m_connectionName = nextConnectionName("store");
    m_db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
    requireDriver(m_db);
    m_db.setDatabaseName(databasePath());
    m_db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=%1"_s.arg(m_options.busyTimeoutMs));
    if (!m_db.open())
        throw storeError(m_db.lastError(), "open database");

    execDirect(u"PRAGMA busy_timeout = %1"_s.arg(m_options.busyTimeoutMs), "set busy timeout");
    // Every write the user confirmed is on the disk when the call returns.
    execDirect(u"PRAGMA synchronous = FULL"_s, "set synchronous");
    // Temporary tables and sort runs never reach the disk unencrypted.
    execDirect(u"PRAGMA temp_store = MEMORY"_s, "set temp store");
    // Off while migrating (table rebuilds need it off); switched on in migrate().
    execDirect(u"PRAGMA foreign_keys = OFF"_s, "set foreign keys");
}

void SqliteStore::migrate()
{
    QSqlQuery query(m_db);
    if (!query.exec(u"PRAGMA user_version"_s) || !query.next())
        throw storeError(query.lastError(), "read schema version");
    const int version = query.value(0).toInt();
    query.finish();
    const int latest = Migrations::latestVersion();
    if (version > latest) // written by a newer app since we checked the header
        throw StoreError(Kind::TooNew, "schema version " + std::to_string(version));

    if (version < latest) {
        if (!query.exec(u"SELECT count(*) FROM sqlite_master"_s) || !query.next())
            throw storeError(query.lastError(), "inspect schema");
        const bool hasContent = version > 0 || query.value(0).toInt() > 0;
        query.finish();
        // The backup comes before anything changes, even the journal mode.
        if (hasContent)
            vacuumInto(m_db, backupDir(), now(), u"before_migration_to_v%1"_s.arg(latest));
    }

    if (!query.exec(u"PRAGMA journal_mode = WAL"_s) || !query.next())
        throw storeError(query.lastError(), "set journal mode");
    const QString mode = query.value(0).toString();
    query.finish();
    if (mode.compare(u"wal"_s, Qt::CaseInsensitive) != 0)
        throw StoreError(Kind::ReadOnly, "cannot switch the database to WAL (got " + mode.toStdString() + ")");
    restrictWalFiles();

    for (int step = version + 1; step <= latest; ++step)
        Migrations::apply(m_db, step);

    execDirect(u"PRAGMA foreign_keys = ON"_s, "set foreign keys");
    if (!query.exec(u"PRAGMA foreign_keys"_s) || !query.next() || query.value(0).toInt() != 1)
        throw StoreError(Kind::Other, "SQLite was built without foreign key support");
    query.finish();
    if (m_options.maxPageCount > 0)
        execDirect(u"PRAGMA max_page_count = %1"_s.arg(m_options.maxPageCount), "set size limit");
    restrictWalFiles();
}

void SqliteStore::close()
{
    try {
        detachSearchIndex();
    } catch (const StoreError &) {
        // Closing frees the in-memory index anyway.
    }
    m_cipher.reset();
    m_statements.clear();
    if (m_db.isOpen()) {
        {
            QSqlQuery query(m_db);
            query.exec(u"PRAGMA optimize"_s); // keeps the planner's statistics fresh; harmless if it fails
        }
        m_db.close(); // the last connection checkpoints and removes the -wal file
    }
    m_db = QSqlDatabase();
    if (!m_connectionName.isEmpty())
        QSqlDatabase::removeDatabase(m_connectionName);
    m_connectionName.clear();
}

QSqlQuery &SqliteStore::prepared(const QString &sql)
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        auto query = std::make_unique<QSqlQuery>(m_db);
        query->setForwardOnly(true);
        if (!query->prepare(sql))
            throw storeError(query->lastError(), "prepare statement");
        it = m_statements.emplace(sql, std::move(query)).first;
    }
    return *it->second;
}

void SqliteStore::exec(QSqlQuery &query, const char *context)
{
    if (!query.exec()) {
        const QSqlError error = query.lastError();
        query.finish();
        refuseIfDamaged(); // query_only's "read-only" is the damage, not the folder
        throw storeError(error, context);
    }
}

void SqliteStore::execDirect(const QString &sql, const char *context)
{
    QSqlQuery query(m_db);
    if (!query.exec(sql)) {
        const QSqlError error = query.lastError();
        refuseIfDamaged();
        throw storeError(error, context);
    }
}

bool SqliteStore::changedElsewhere()
{
    QSqlQuery query(m_db);
    if (!query.exec(u"PRAGMA data_version"_s) || !query.next())
        return false;
    const qint64 version = query.value(0).toLongLong();
    const bool changed = m_dataVersion && *m_dataVersion != version;
    m_dataVersion = version;
    return changed;
}

void SqliteStore::refuseWrites(const StoreError &reason)
{
    m_refusal = reason;
    // SQLite itself then refuses every change on this connection.
    QSqlQuery query(m_db);
    query.exec(u"PRAGMA query_only = 1"_s);
}

void SqliteStore::refuseIfDamaged() const
{
    if (m_refusal)
        throw *m_refusal;
}

void SqliteStore::restrictWalFiles() const
{
    const QString db = databasePath();
    for (const QString &path : QStringList{db, db + u"-wal"_s, db + u"-shm"_s}) {
        if (QFileInfo::exists(path))
            privatefiles::restrictFile(path);
    }
}

Moment SqliteStore::now() const
{
    return nowFrom(m_options.clock);
}

void SqliteStore::checkIntegrity()
{
    QSqlQuery &query = prepared(u"PRAGMA quick_check"_s);
    const FinishOnExit finish(query);
    exec(query, "integrity check");
    if (!query.next() || query.value(0).toString() != u"ok")
        throw StoreError(Kind::Corrupt, databasePath().toStdString() + " failed its integrity check");
}

void SqliteStore::checkOnOwnConnection(const QString &dataDir, int busyTimeoutMs)
{
    const std::lock_guard upkeep(g_upkeepMutex);
    const QString path = databaseFileIn(cleanDir(dataDir));
    ScopedConnection connection(path, true, busyTimeoutMs);
    requireDriver(connection.db());
    if (!connection.db().open())
        throw storeError(connection.db().lastError(), "integrity check");
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
    const std::lock_guard upkeep(g_upkeepMutex);
    const QString dir = cleanDir(dataDir);
    const QString path = databaseFileIn(dir);
    QString backup;
    {
        ScopedConnection connection(path, true, busyTimeoutMs);
        requireDriver(connection.db());
        if (!connection.db().open())
            throw storeError(connection.db().lastError(), "backup");
        removeStaleTemporaries(backupDirIn(dir));
        backup = vacuumInto(connection.db(), backupDirIn(dir), when, tag);
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
    const char *context = "upgrade the search index";
    constexpr qint64 kSmallJournal = 500;
    const std::lock_guard upkeep(g_upkeepMutex);
    const QString path = databaseFileIn(cleanDir(dataDir));
    SearchIndexUpgrade outcome = SearchIndexUpgrade::Postponed;
    {
        ScopedConnection connection(path, false, busyTimeoutMs);
        const QSqlDatabase &db = connection.db();
        requireDriver(db);
        if (!connection.db().open())
            throw storeError(connection.db().lastError(), context);
        // Only a file the store has opened (migrated, WAL) is upgraded.
        if (valueOn(db, u"PRAGMA user_version"_s, context).toInt() != Migrations::latestVersion())
            throw StoreError(Kind::Other, "the search index is upgraded after the store has opened " + path.toStdString());
        if (hasPrefixIndex(db))
            return SearchIndexUpgrade::AlreadyCurrent;
        execOn(db, u"PRAGMA synchronous = FULL"_s, context);
        execOn(db, u"PRAGMA temp_store = MEMORY"_s, context);
        // As the store does once encrypted: what the old index frees is zeroed.
        if (valueOn(db, u"SELECT count(*) FROM main.encryption"_s, context).toInt() > 0)
            execOn(db, u"PRAGMA secure_delete = ON"_s, context);

        // A new or short journal (a first start) is indexed in the swap itself: milliseconds.
        if (valueOn(db, u"SELECT count(*) FROM main.journal_entries"_s, context).toLongLong() < kSmallJournal) {
            Transaction transaction(db);
            swapInSearchIndex(db, QString());
            transaction.commit();
            outcome = SearchIndexUpgrade::Upgraded;
        }
        // Tokenizing 10 M words takes seconds: done in memory from a read
        // snapshot, so the store's writes never wait on it. Only copying the
        // finished index in (a second or less) holds the write lock, and only
        // if nothing was committed since the snapshot; else the build starts over.
        constexpr int kAttempts = 3;
        if (outcome == SearchIndexUpgrade::Postponed)
            execOn(db, u"ATTACH DATABASE ':memory:' AS build"_s, context);
        bool stopped = false;
        for (int attempt = 0; attempt < kAttempts && outcome == SearchIndexUpgrade::Postponed; ++attempt) {
            qint64 snapshot = 0;
            {
                execOn(db, u"BEGIN"_s, context);
                try {
                    valueOn(db, u"SELECT count(*) FROM main.sqlite_master"_s, context); // the snapshot starts here
                    snapshot = valueOn(db, u"PRAGMA main.data_version"_s, context).toLongLong();
                    execOn(db, u"DROP TABLE IF EXISTS build.journal_fts_new"_s, context);
                    execOn(db,
                           u"CREATE VIRTUAL TABLE build.journal_fts_new USING fts5(%1)"_s.arg(
                               QLatin1String(kSearchIndexColumns)),
                           context);
                    // In batches of ids, so quitting never waits for the whole build.
                    {
                        QSqlQuery nextBound(db);
                        nextBound.setForwardOnly(true);
                        nextBound.prepare(
                            u"SELECT id FROM main.journal_entries WHERE id > ? ORDER BY id LIMIT 1 OFFSET 999"_s);
                        QSqlQuery insert(db);
                        insert.prepare(u"INSERT INTO build.journal_fts_new (rowid, text) SELECT id, text "
                                       "FROM main.journal_entries WHERE typeof(text) = 'text' AND id > ? AND id <= ?"_s);
                        QVariant from = std::numeric_limits<qint64>::min();
                        while (!from.isNull() && !stopped) {
                            nextBound.bindValue(0, from);
                            if (!nextBound.exec())
                                throw storeError(nextBound.lastError(), context);
                            const QVariant to = nextBound.next() ? nextBound.value(0) : QVariant();
                            nextBound.finish();
                            insert.bindValue(0, from);
                            insert.bindValue(1, to.isNull() ? QVariant(std::numeric_limits<qint64>::max()) : to);
                            if (!insert.exec())
                                throw storeError(insert.lastError(), context);
                            insert.finish();
                            from = to;
                            stopped = stop && stop->load();
                        }
                    }
                    execOn(db, stopped ? u"ROLLBACK"_s : u"COMMIT"_s, context);
                } catch (...) {
                    QSqlQuery rollback(db);
                    rollback.exec(u"ROLLBACK"_s);
                    throw;
                }
            }
            if (stopped)
                break; // Postponed: nothing was written
            if (afterEachBuild)
                afterEachBuild();
            Transaction transaction(db);
            if (valueOn(db, u"PRAGMA main.data_version"_s, context).toLongLong() != snapshot)
                continue; // written to meanwhile; rolled back by the destructor
            swapInSearchIndex(db, u"build"_s);
            transaction.commit();
            outcome = SearchIndexUpgrade::Upgraded;
        }
    }
    for (const QString &file : QStringList{path + u"-wal"_s, path + u"-shm"_s}) {
        if (QFileInfo::exists(file))
            privatefiles::restrictFile(file);
    }
    return outcome;
}

bool SqliteStore::searchIndexIsCurrent()
{
    return hasPrefixIndex(m_db);
}

// ---- backups ------------------------------------------------------------------------

QString SqliteStore::backupNow(const QString &tag)
{
    refuseIfDamaged();
    const QString path = vacuumInto(m_db, backupDir(), now(), tag);
    restrictWalFiles();
    return path;
}

void SqliteStore::pruneBackups(int keep)
{
    refuseIfDamaged();
    keep = std::max(keep, 1);
    const QStringList backups = backupsIn(m_dataDir);
    for (qsizetype i = keep; i < backups.size(); ++i)
        QFile::remove(backups.at(i));
    // Temp files of a backup interrupted by a crash.
    const QDir dir(backupDir());
    for (const QString &stale : dir.entryList({u".holdfast-*.tmp"_s}, QDir::Files | QDir::Hidden))
        QFile::remove(dir.filePath(stale));
}

bool SqliteStore::needsDailyBackup(const LocalDate &today) const
{
    const std::vector<BackupName> names = backupNamesIn(backupDir());
    return std::none_of(names.begin(), names.end(), [&](const BackupName &name) { return name.date() == today; });
}

QStringList SqliteStore::backupsIn(const QString &dataDir)
{
    const QString dir = backupDirIn(cleanDir(dataDir));
    QStringList paths;
    for (const BackupName &name : backupNamesIn(dir))
        paths.append(QDir(dir).filePath(name.fileName()));
    return paths;
}

void SqliteStore::restoreBackup(const QString &dataDir, const QString &backupPath, const OpenOptions &options)
{
    const std::lock_guard upkeep(g_upkeepMutex);
    const QString dir = canonicalDir(dataDir);
    if (isOpenInProcess(dir))
        throw StoreError(Kind::Other, "close the store in " + dir.toStdString() + " before restoring");
    if (!QFileInfo(backupPath).isFile())
        throw StoreError(Kind::NotFound, "no backup at " + backupPath.toStdString());
    // Never replace the user's data with something we could not open.
    verifyDatabase(backupPath, options.busyTimeoutMs);
    ensureWritableFolder(dir, "data folder");

    const QString dbPath = databaseFileIn(dir);
    const QString backups = backupDirIn(dir);
    const Moment when = nowFrom(options.clock);
    if (QFileInfo(dbPath).isFile() && QFileInfo(dbPath).size() > 0) {
        bool readable = true;
        try {
            verifyDatabase(dbPath, options.busyTimeoutMs);
        } catch (const StoreError &error) {
            readable = error.kind() == Kind::TooNew; // a newer database is still worth a real backup
            if (error.kind() != Kind::Corrupt && error.kind() != Kind::TooNew)
                throw;
        }
        if (readable) {
            ScopedConnection connection(dbPath, true, options.busyTimeoutMs);
            if (!connection.db().open())
                throw storeError(connection.db().lastError(), "open for the safety backup");
            vacuumInto(connection.db(), backups, when, u"before_restore"_s);
        } else {
            // Keep the damaged bytes, under a name backupsIn() never offers.
            ensureWritableFolder(backups, "backup folder");
            const QString name = BackupName(when, u"before_restore"_s).fileName();
            QString keptPath = QDir(backups).filePath(u"damaged-"_s + name);
            for (int n = 2; QFileInfo::exists(keptPath); ++n)
                keptPath = QDir(backups).filePath(u"damaged-%1-"_s.arg(n) + name);
            if (!privatefiles::copyPrivate(dbPath, keptPath))
                throw StoreError(Kind::DiskFull, "cannot keep a copy of the damaged database");
            if (QFileInfo::exists(dbPath + u"-wal"_s))
                privatefiles::copyPrivate(dbPath + u"-wal"_s, keptPath + u"-wal"_s);
            privatefiles::syncDir(backups);
        }
    }

    const QString tempPath = QDir(dir).filePath(u".holdfast.sqlite.restore.tmp"_s);
    QFile::remove(tempPath);
    if (!privatefiles::copyPrivate(backupPath, tempPath)) {
        const bool full = privatefiles::probeWritable(dir) == privatefiles::Probe::DiskFull;
        throw StoreError(full ? Kind::DiskFull : Kind::Other, "cannot copy the backup into " + dir.toStdString());
    }
    // The old WAL belongs to the old file; SQLite would replay it into the restored one.
    QFile::remove(dbPath + u"-wal"_s);
    QFile::remove(dbPath + u"-shm"_s);
    if (!privatefiles::replaceFile(tempPath, dbPath)) {
        QFile::remove(tempPath);
        throw StoreError(Kind::Other, "cannot replace " + dbPath.toStdString());
    }
    privatefiles::syncDir(dir);
}

// ---- encryption helpers -----------------------------------------------------------------

namespace {

std::string placeOf(const char *table, const char *column, const QString &rowKey)
{
    return std::string(table) + '.' + column + '#' + rowKey.toStdString();
}

// Row keys as named in the associated data; rewriteTexts() builds the same in SQL.
QString idKey(std::int64_t id)
{
    return QString::number(id);
}

QString pairKey(std::int64_t id, qint64 position)
{
    return u"%1/%2"_s.arg(id).arg(position);
}

bool isSealed(const QVariant &value)
{
    return value.typeId() == QMetaType::QByteArray;
}

[[noreturn]] void throwLocked(const std::string &what)
{
    throw StoreError(Kind::Locked, what + ": the data is locked");
}

// Every column that holds text the user wrote, with the SQL expression that
// gives the row's key exactly as idKey()/pairKey() do.
struct SealedTable
{
    const char *table;
    const char *rowKey;
    std::vector<const char *> columns;
};

const std::vector<SealedTable> &sealedTables()
{
    static const std::vector<SealedTable> tables{
        {"urges", "CAST(id AS TEXT)", {"note", "action_label"}},
        {"urge_triggers", "urge_id || '/' || position", {"custom_text"}},
        {"contacts", "CAST(id AS TEXT)", {"note"}},
        {"check_ins", "local_date", {"intention"}},
        {"journal_entries", "CAST(id AS TEXT)", {"text"}},
        {"journal_tags", "entry_id || '/' || position", {"tag"}},
        {"unsent_messages", "CAST(id AS TEXT)", {"text"}},
        {"reasons", "CAST(id AS TEXT)", {"text"}},
        {"support_people", "CAST(id AS TEXT)", {"name", "contact", "note"}},
        {"activities", "CAST(id AS TEXT)", {"title"}},
        {"if_then_plans", "CAST(id AS TEXT)", {"custom_trigger", "plan"}},
        {"risk_dates", "CAST(id AS TEXT)", {"title", "plan"}},
    };
    return tables;
}

} // namespace

QVariant SqliteStore::sealText(const char *table, const char *column, const QString &rowKey,
                               const std::string &plain) const
{
    if (plain.empty() || !m_encrypted)
        return text(plain);
    if (!m_cipher)
        throwLocked(std::string("write ") + table + '.' + column);
    return m_cipher->seal(plain, placeOf(table, column, rowKey));
}

std::string SqliteStore::openText(const QVariant &stored, const char *table, const char *column,
                                  const QString &rowKey) const
{
    if (!isSealed(stored)) {
        std::string plain = str(stored);
        // Encrypted stores hold only sealed or empty texts: plain text there was put in behind our back.
        if (m_encrypted && !plain.empty())
            throw StoreError(Kind::Tampered, placeOf(table, column, rowKey) + " is plain text in an encrypted store");
        return plain;
    }
    if (!m_encrypted)
        throw StoreError(Kind::Tampered, placeOf(table, column, rowKey) + " is sealed in an unencrypted store");
    if (!m_cipher)
        throwLocked(std::string("read ") + table + '.' + column);
    std::optional<std::string> opened = m_cipher->open(stored.toByteArray(), placeOf(table, column, rowKey));
    if (!opened)
        throw StoreError(Kind::Tampered, placeOf(table, column, rowKey) + " failed its authenticity check");
    return std::move(*opened);
}

void SqliteStore::refuseLockedOverwrite(const QString &table, const QString &keyColumn, const QStringList &columns,
                                        const QVariant &key)
{
    if (!m_encrypted || m_cipher)
        return;
    QStringList sealed;
    for (const QString &column : columns)
        sealed.append(u"typeof(%1) = 'blob'"_s.arg(column));
    // Names come from this file, never from input.
    QSqlQuery &query = prepared(u"SELECT 1 FROM %1 WHERE %2 = ? AND (%3) LIMIT 1"_s.arg(table, keyColumn,
                                                                                         sealed.join(u" OR "_s)));
    const FinishOnExit finish(query);
    query.bindValue(0, key);
    exec(query, "check for encrypted text");
    if (query.next())
        throwLocked("overwrite " + table.toStdString());
}

std::int64_t SqliteStore::nextId(const QString &table)
{
    QSqlQuery &query = prepared(u"SELECT coalesce(max(id), 0) + 1 FROM %1"_s.arg(table));
    const FinishOnExit finish(query);
    exec(query, "pick an id");
    if (!query.next())
        throw StoreError(Kind::Other, "cannot pick an id in " + table.toStdString());
    return int64At(query, 0);
}

// ---- urges ----------------------------------------------------------------------------

std::int64_t SqliteStore::saveUrge(const UrgeRecord &urge)
{
    refuseIfDamaged();
    Transaction transaction(m_db);
    const std::int64_t id = writeUrge(urge);
    transaction.commit();
    return id;
}

std::int64_t SqliteStore::writeUrge(const UrgeRecord &urge)
{
    checkMoment(urge.start, "urge start");
    if (urge.end)
        checkMoment(*urge.end, "urge end");
    for (const IntensitySample &sample : urge.samples)
        checkRange(sample.intensity, 0, 10, "intensity");

    const bool isNew = urge.id == 0;
    const std::int64_t id = isNew ? nextId(u"urges"_s) : urge.id;
    if (!isNew) {
        refuseLockedOverwrite(u"urges"_s, u"id"_s, {u"note"_s, u"action_label"_s}, i64(id));
        refuseLockedOverwrite(u"urge_triggers"_s, u"urge_id"_s, {u"custom_text"_s}, i64(id));
    }

    QVariantList values;
    appendMoment(values, urge.start);
    values << urge.start.localHour();
    appendOptionalMoment(values, urge.end);
    const auto startIntensity = urge.startIntensity();
    const auto peakIntensity = urge.peakIntensity();
    values << (startIntensity ? QVariant(*startIntensity) : nullValue())
           << (peakIntensity ? QVariant(*peakIntensity) : nullValue()) << int(urge.halt.hungry) << int(urge.halt.angry)
           << int(urge.halt.lonely) << int(urge.halt.tired) << actionText(urge.action) << i64(urge.actionId)
           << sealText("urges", "action_label", idKey(id), urge.actionLabel)
           << (urge.unsentMessageId ? i64(*urge.unsentMessageId) : nullValue()) << outcomeText(urge.outcome)
           << sealText("urges", "note", idKey(id), urge.note);

    if (isNew) {
        QSqlQuery &insert = prepared(
            u"INSERT INTO urges (id, start_utc_ms, start_offset_min, start_zone, start_local_date, start_local_hour, "
            "end_utc_ms, end_offset_min, end_zone, end_local_date, start_intensity, peak_intensity, "
            "halt_hungry, halt_angry, halt_lonely, halt_tired, action_kind, action_id, action_label, "
            "unsent_message_id, outcome, note) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
        values.prepend(i64(id));
        bindAll(insert, values);
        exec(insert, "save urge");
        insert.finish();
    } else {
        QSqlQuery &update = prepared(
            u"UPDATE urges SET start_utc_ms = ?, start_offset_min = ?, start_zone = ?, start_local_date = ?, "
            "start_local_hour = ?, end_utc_ms = ?, end_offset_min = ?, end_zone = ?, end_local_date = ?, "
            "start_intensity = ?, peak_intensity = ?, halt_hungry = ?, halt_angry = ?, halt_lonely = ?, "
            "halt_tired = ?, action_kind = ?, action_id = ?, action_label = ?, unsent_message_id = ?, "
            "outcome = ?, note = ? WHERE id = ?"_s);
        values << i64(id);
        bindAll(update, values);
        exec(update, "save urge");
        const int changed = update.numRowsAffected();
        update.finish();
        if (changed == 0)
            throw StoreError(Kind::NotFound, "no urge " + std::to_string(id));
        for (const QString &sql : {u"DELETE FROM urge_samples WHERE urge_id = ?"_s,
                                   u"DELETE FROM urge_triggers WHERE urge_id = ?"_s}) {
            QSqlQuery &remove = prepared(sql);
            remove.bindValue(0, i64(id));
            exec(remove, "save urge");
            remove.finish();
        }
    }

    QSqlQuery &sample = prepared(u"INSERT INTO urge_samples (urge_id, position, utc_ms, intensity) VALUES (?, ?, ?, ?)"_s);
    for (std::size_t i = 0; i < urge.samples.size(); ++i) {
        bindAll(sample, {i64(id), int(i), i64(urge.samples[i].utcMs), urge.samples[i].intensity});
        exec(sample, "save urge sample");
    }
    sample.finish();

    QSqlQuery &trigger =
        prepared(u"INSERT INTO urge_triggers (urge_id, position, trigger_key, custom_text) VALUES (?, ?, ?, ?)"_s);
    int position = 0;
    for (const Trigger t : urge.triggers) {
        bindAll(trigger, {i64(id), position++, triggerKeyText(t), text({})});
        exec(trigger, "save urge trigger");
    }
    for (const std::string &custom : urge.customTriggers) {
        const QVariant sealed = sealText("urge_triggers", "custom_text", pairKey(id, position), custom);
        bindAll(trigger, {i64(id), position++, QLatin1String(kCustomTriggerKey), sealed});
        exec(trigger, "save urge trigger");
    }
    trigger.finish();
    return id;
}

std::vector<UrgeRecord> SqliteStore::loadUrges(const QString &where, const QVariantList &values)
{
    std::vector<UrgeRecord> result;
    std::unordered_map<std::int64_t, std::size_t> index;
    {
        QSqlQuery &query = prepared(
            u"SELECT u.id, u.start_utc_ms, u.start_offset_min, u.start_zone, u.start_local_date, "
            "u.end_utc_ms, u.end_offset_min, u.end_zone, u.end_local_date, u.halt_hungry, u.halt_angry, "
            "u.halt_lonely, u.halt_tired, u.action_kind, u.action_id, u.action_label, u.unsent_message_id, "
            "u.outcome, u.note FROM urges u WHERE "_s
            + where + u" ORDER BY u.start_utc_ms, u.id"_s);
        const FinishOnExit finish(query);
        bindAll(query, values);
        exec(query, "read urges");
        while (query.next()) {
            UrgeRecord urge;
            urge.id = int64At(query, 0);
            urge.start = momentAt(query, 1);
            urge.end = optionalMomentAt(query, 5);
            urge.halt = HaltFlags{intAt(query, 9) != 0, intAt(query, 10) != 0, intAt(query, 11) != 0,
                                  intAt(query, 12) != 0};
            urge.action = actionFromText(query.value(13).toString());
            urge.actionId = int64At(query, 14);
            urge.actionLabel = openText(query.value(15), "urges", "action_label", idKey(urge.id));
            if (!query.value(16).isNull())
                urge.unsentMessageId = int64At(query, 16);
            urge.outcome = outcomeFromText(query.value(17).toString());
            urge.note = openText(query.value(18), "urges", "note", idKey(urge.id));
            index.emplace(urge.id, result.size());
            result.push_back(std::move(urge));
        }
    }
    if (result.empty())
        return result;
    {
        QSqlQuery &query = prepared(u"SELECT s.urge_id, s.utc_ms, s.intensity FROM urge_samples s "
                                    "JOIN urges u ON u.id = s.urge_id WHERE "_s
                                    + where + u" ORDER BY s.urge_id, s.position"_s);
        const FinishOnExit finish(query);
        bindAll(query, values);
        exec(query, "read urge samples");
        while (query.next()) {
            const auto it = index.find(int64At(query, 0));
            if (it != index.end())
                result[it->second].samples.push_back(IntensitySample{int64At(query, 1), intAt(query, 2)});
        }
    }
    {
        QSqlQuery &query = prepared(u"SELECT t.urge_id, t.trigger_key, t.custom_text, t.position FROM urge_triggers t "
                                    "JOIN urges u ON u.id = t.urge_id WHERE "_s
                                    + where + u" ORDER BY t.urge_id, t.position"_s);
        const FinishOnExit finish(query);
        bindAll(query, values);
        exec(query, "read urge triggers");
        while (query.next()) {
            const std::int64_t urgeId = int64At(query, 0);
            const auto it = index.find(urgeId);
            if (it == index.end())
                continue;
            const QString key = query.value(1).toString();
            if (key == QLatin1String(kCustomTriggerKey))
                result[it->second].customTriggers.push_back(
                    openText(query.value(2), "urge_triggers", "custom_text", pairKey(urgeId, int64At(query, 3))));
            else
                result[it->second].triggers.push_back(triggerFromText(key));
        }
    }
    return result;
}

std::optional<UrgeRecord> SqliteStore::urge(std::int64_t id)
{
    std::vector<UrgeRecord> found = loadUrges(u"u.id = ?"_s, {i64(id)});
    if (found.empty())
        return std::nullopt;
    return std::move(found.front());
}

std::vector<UrgeRecord> SqliteStore::urges(LocalDate from, LocalDate to)
{
    return loadUrges(u"u.start_local_date BETWEEN ? AND ?"_s, {iso(from), iso(to)});
}

std::vector<UrgeRatings> SqliteStore::urgeRatings(LocalDate from, LocalDate to)
{
    // Two reads over urges_by_start_local_date, with no ORDER BY (a temporary
    // B-tree per read): the urges' ids and days, then their samples by the
    // urge_samples key. Numbers and dates only, so no text is opened.
    const QVariantList range{iso(from), iso(to)};
    std::vector<UrgeRatings> result;
    std::unordered_map<std::int64_t, std::size_t> index;
    {
        QSqlQuery &query = prepared(u"SELECT id, start_local_date FROM urges WHERE start_local_date BETWEEN ? AND ?"_s);
        const FinishOnExit finish(query);
        bindAll(query, range);
        exec(query, "read urge days");
        QString lastText;
        std::optional<LocalDate> lastDate;
        bool parsed = false;
        while (query.next()) {
            const QVariant text = query.value(1);
            // A day's urges come together: parse each date once.
            if (!parsed || text.toString() != lastText) {
                lastText = text.toString();
                lastDate = dateFrom(text);
                parsed = true;
            }
            if (lastDate) // never expected otherwise; such an urge has no week to fall in
                result.push_back({int64At(query, 0), *lastDate, {}});
        }
    }
    if (result.empty())
        return result;
    const auto byDayThenId = [](const UrgeRatings &a, const UrgeRatings &b) {
        return a.startDate < b.startDate || (a.startDate == b.startDate && a.urgeId < b.urgeId);
    };
    if (!std::is_sorted(result.begin(), result.end(), byDayThenId)) // the index walks day, hour, id
        std::sort(result.begin(), result.end(), byDayThenId);
    index.reserve(result.size());
    for (std::size_t i = 0; i < result.size(); ++i)
        index.emplace(result[i].urgeId, i);

    struct Row
    {
        std::size_t urge;
        int position;
        IntensitySample sample;
    };
    std::vector<Row> rows;
    std::vector<std::size_t> counts(result.size(), 0);
    {
        QSqlQuery &query = prepared(u"SELECT s.urge_id, s.position, s.utc_ms, s.intensity FROM urges u "
                                    "JOIN urge_samples s ON s.urge_id = u.id WHERE u.start_local_date BETWEEN ? AND ?"_s);
        const FinishOnExit finish(query);
        bindAll(query, range);
        exec(query, "read urge samples");
        rows.reserve(result.size() * 6);
        std::int64_t lastId = 0;
        std::size_t lastUrge = result.size();
        while (query.next()) {
            const std::int64_t id = int64At(query, 0);
            if (lastUrge == result.size() || id != lastId) { // an urge's samples come together
                const auto it = index.find(id);
                if (it == index.end())
                    continue;
                lastId = id;
                lastUrge = it->second;
            }
            rows.push_back({lastUrge, intAt(query, 1), IntensitySample{int64At(query, 2), intAt(query, 3)}});
            ++counts[lastUrge];
        }
    }
    // Each urge's samples in rating order. The rows come urge by urge in key
    // order, but SQL promises no order without ORDER BY: sorted here only
    // when some urge's positions are not rising.
    std::vector<int> lastPosition(result.size(), -1);
    bool inOrder = true;
    for (const Row &row : rows) {
        inOrder = inOrder && row.position > lastPosition[row.urge];
        lastPosition[row.urge] = row.position;
    }
    if (!inOrder) {
        std::stable_sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) {
            return a.urge < b.urge || (a.urge == b.urge && a.position < b.position);
        });
    }
    for (std::size_t i = 0; i < result.size(); ++i)
        result[i].samples.reserve(counts[i]);
    for (const Row &row : rows)
        result[row.urge].samples.push_back(row.sample);
    return result;
}

std::optional<LocalDate> SqliteStore::firstDataDate(LocalDate upTo)
{
    // Two index lookups (urges_by_start_local_date, the check_ins key) instead
    // of summarising every day since the first.
    QSqlQuery &query = prepared(
        u"SELECT min(first) FROM ("
        "SELECT min(start_local_date) AS first FROM urges WHERE start_local_date BETWEEN '1970-01-01' AND ? "
        "UNION ALL SELECT min(local_date) FROM check_ins WHERE local_date BETWEEN '1970-01-01' AND ?)"_s);
    const FinishOnExit finish(query);
    bindAll(query, {iso(upTo), iso(upTo)});
    exec(query, "find the first day with data");
    if (!query.next() || query.value(0).isNull())
        return std::nullopt;
    return dateFrom(query.value(0));
}

std::vector<DayUrgeCount> SqliteStore::urgeCounts(LocalDate from, LocalDate to)
{
    QSqlQuery &query = prepared(u"SELECT start_local_date, count(*), total(outcome = 'resisted') FROM urges "
                                "WHERE start_local_date BETWEEN ? AND ? GROUP BY start_local_date ORDER BY start_local_date"_s);
    const FinishOnExit finish(query);
    bindAll(query, {iso(from), iso(to)});
    exec(query, "count urges");
    std::vector<DayUrgeCount> counts;
    while (query.next()) {
        if (const auto date = dateFrom(query.value(0)))
            counts.push_back({*date, intAt(query, 1), intAt(query, 2)});
    }
    return counts;
}

std::vector<DaySummary> SqliteStore::daySummaries(LocalDate from, LocalDate to)
{
    std::map<LocalDate, DaySummary> days;
    auto day = [&](const QVariant &value) -> DaySummary * {
        const auto date = dateFrom(value);
        if (!date)
            return nullptr;
        DaySummary &summary = days[*date];
        summary.date = *date;
        return &summary;
    };
    const QVariantList range{iso(from), iso(to)};
    {
        QSqlQuery &query = prepared(
            u"SELECT start_local_date, count(*), "
            "total(outcome = 'resisted'), total(outcome = 'reached_out'), "
            "total(outcome = 'they_contacted_me'), total(outcome = 'open'), "
            "total(start_intensity), count(start_intensity), coalesce(max(peak_intensity), 0), "
            "total(halt_hungry), total(halt_angry), total(halt_lonely), total(halt_tired) "
            "FROM urges WHERE start_local_date BETWEEN ? AND ? GROUP BY start_local_date"_s);
        const FinishOnExit finish(query);
        bindAll(query, range);
        exec(query, "summarise urges");
        while (query.next()) {
            DaySummary *summary = day(query.value(0));
            if (!summary)
                continue;
            summary->urges = intAt(query, 1);
            summary->resisted = intAt(query, 2);
            summary->reachedOut = intAt(query, 3);
            summary->theyContacted = intAt(query, 4);
            summary->open = intAt(query, 5);
            summary->intensitySum = intAt(query, 6);
            summary->intensityCount = intAt(query, 7);
            summary->peakIntensity = intAt(query, 8);
            for (int i = 0; i < 4; ++i)
                summary->halt[std::size_t(i)] = intAt(query, 9 + i);
        }
    }
    {
        QSqlQuery &query = prepared(u"SELECT start_local_date, start_local_hour, count(*) FROM urges "
                                    "WHERE start_local_date BETWEEN ? AND ? GROUP BY start_local_date, start_local_hour"_s);
        const FinishOnExit finish(query);
        bindAll(query, range);
        exec(query, "summarise urge hours");
        while (query.next()) {
            DaySummary *summary = day(query.value(0));
            const int hour = intAt(query, 1);
            if (summary && hour >= 0 && hour < 24)
                summary->hours[std::size_t(hour)] = intAt(query, 2);
        }
    }
    {
        // Counts urges per trigger: an urge naming a trigger twice counts once.
        QSqlQuery &query = prepared(
            u"SELECT u.start_local_date, t.trigger_key, count(DISTINCT t.urge_id) "
            "FROM urge_triggers t JOIN urges u ON u.id = t.urge_id "
            "WHERE u.start_local_date BETWEEN ? AND ? AND t.trigger_key <> ? "
            "GROUP BY u.start_local_date, t.trigger_key"_s);
        const FinishOnExit finish(query);
        bindAll(query, {iso(from), iso(to), QLatin1String(kCustomTriggerKey)});
        exec(query, "summarise triggers");
        while (query.next()) {
            if (DaySummary *summary = day(query.value(0)))
                summary->triggers[triggerFromText(query.value(1).toString())] += intAt(query, 2);
        }
    }
    {
        // Custom triggers are counted here rather than grouped in SQL: sealed
        // copies of the same text differ. While locked their names are unknown
        // and they are left out (see the Locked rule in SqliteStore.h).
        std::map<LocalDate, std::map<std::string, std::set<std::int64_t>>> custom;
        QSqlQuery &query = prepared(u"SELECT u.start_local_date, t.urge_id, t.position, t.custom_text "
                                    "FROM urge_triggers t JOIN urges u ON u.id = t.urge_id "
                                    "WHERE u.start_local_date BETWEEN ? AND ? AND t.trigger_key = ?"_s);
        const FinishOnExit finish(query);
        bindAll(query, {iso(from), iso(to), QLatin1String(kCustomTriggerKey)});
        exec(query, "summarise custom triggers");
        while (query.next()) {
            const QVariant stored = query.value(3);
            if (isSealed(stored) && m_encrypted && !m_cipher)
                continue;
            const auto date = dateFrom(query.value(0));
            if (!date)
                continue;
            const std::int64_t urgeId = int64At(query, 1);
            std::string name;
            try {
                name = openText(stored, "urge_triggers", "custom_text", pairKey(urgeId, int64At(query, 2)));
            } catch (const StoreError &error) {
                if (error.kind() != Kind::Tampered)
                    throw;
                continue; // the numbers stay right; reading the urge itself reports the damage
            }
            custom[*date][name].insert(urgeId);
        }
        for (const auto &[date, names] : custom) {
            DaySummary *summary = day(QVariant(QString::fromStdString(date.toIso())));
            for (const auto &[name, urgeIds] : names)
                summary->customTriggers[name] += int(urgeIds.size());
        }
    }
    {
        QSqlQuery &query =
            prepared(u"SELECT local_date, mood, sleep FROM check_ins WHERE local_date BETWEEN ? AND ?"_s);
        const FinishOnExit finish(query);
        bindAll(query, range);
        exec(query, "summarise check-ins");
        while (query.next()) {
            DaySummary *summary = day(query.value(0));
            if (!summary)
                continue;
            summary->mood = intAt(query, 1);
            summary->sleep = intAt(query, 2);
        }
    }
    std::vector<DaySummary> result;
    result.reserve(days.size());
    for (auto &entry : days)
        result.push_back(std::move(entry.second));
    return result;
}

// ---- contacts ----------------------------------------------------------------------------

std::int64_t SqliteStore::addContact(const ContactEvent &event)
{
    refuseIfDamaged();
    Transaction transaction(m_db);
    const std::int64_t id = writeContact(event);
    transaction.commit();
    return id;
}

std::int64_t SqliteStore::writeContact(const ContactEvent &event)
{
    checkMoment(event.at, "contact");
    const std::int64_t id = nextId(u"contacts"_s);
    QVariantList values{i64(id)};
    appendMoment(values, event.at);
    values << initiatorText(event.initiator) << channelText(event.channel) << int(event.replied)
           << sealText("contacts", "note", idKey(id), event.note) << (event.urgeId ? i64(*event.urgeId) : nullValue());
    QSqlQuery &insert = prepared(u"INSERT INTO contacts (id, at_utc_ms, at_offset_min, at_zone, at_local_date, "
                                 "initiator, channel, replied, note, urge_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    bindAll(insert, values);
    exec(insert, "add contact");
    insert.finish();
    return id;
}

std::vector<ContactEvent> SqliteStore::contacts()
{
    return loadContacts(true);
}

std::vector<ContactEvent> SqliteStore::contactsWithoutNotes()
{
    return loadContacts(false);
}

std::vector<ContactEvent> SqliteStore::loadContacts(bool withNotes)
{
    // Without notes the query never touches sealed text, so it works while locked.
    QSqlQuery &query = prepared(withNotes ? u"SELECT id, at_utc_ms, at_offset_min, at_zone, at_local_date, initiator, channel, "
                                            "replied, note, urge_id FROM contacts ORDER BY at_utc_ms, id"_s
                                          : u"SELECT id, at_utc_ms, at_offset_min, at_zone, at_local_date, initiator, channel, "
                                            "replied, '', urge_id FROM contacts ORDER BY at_utc_ms, id"_s);
    const FinishOnExit finish(query);
    exec(query, "read contacts");
    std::vector<ContactEvent> result;
    while (query.next()) {
        ContactEvent event;
        event.id = int64At(query, 0);
        event.at = momentAt(query, 1);
        event.initiator = initiatorFromText(query.value(5).toString());
        event.channel = channelFromText(query.value(6).toString());
        event.replied = intAt(query, 7) != 0;
        if (withNotes)
            event.note = openText(query.value(8), "contacts", "note", idKey(event.id));
        if (!query.value(9).isNull())
            event.urgeId = int64At(query, 9);
        result.push_back(std::move(event));
    }
    return result;
}

void SqliteStore::removeById(const QString &sql, std::int64_t id, const char *context)
{
    Transaction transaction(m_db);
    QSqlQuery &remove = prepared(sql);
    remove.bindValue(0, i64(id));
    exec(remove, context);
    remove.finish();
    transaction.commit();
}

void SqliteStore::removeContact(std::int64_t id)
{
    refuseIfDamaged();
    removeById(u"DELETE FROM contacts WHERE id = ?"_s, id, "remove contact");
}

// ---- check-ins ------------------------------------------------------------------------------

void SqliteStore::saveCheckIn(const CheckIn &checkIn)
{
    refuseIfDamaged();
    Transaction transaction(m_db);
    writeCheckIn(checkIn);
    transaction.commit();
}

void SqliteStore::writeCheckIn(const CheckIn &checkIn)
{
    checkDate(checkIn.date, "check-in date");
    checkMoment(checkIn.recordedAt, "check-in time");
    checkRange(checkIn.mood, 1, 5, "mood");
    checkRange(checkIn.sleep, 1, 5, "sleep");
    const QVariant dateKey = iso(checkIn.date);
    refuseLockedOverwrite(u"check_ins"_s, u"local_date"_s, {u"intention"_s}, dateKey);
    QVariantList values{dateKey};
    appendMoment(values, checkIn.recordedAt);
    values << checkIn.mood << checkIn.sleep
           << sealText("check_ins", "intention", dateKey.toString(), checkIn.intention);
    QSqlQuery &upsert = prepared(
        u"INSERT INTO check_ins (local_date, recorded_utc_ms, recorded_offset_min, recorded_zone, "
        "recorded_local_date, mood, sleep, intention) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (local_date) DO UPDATE SET recorded_utc_ms = excluded.recorded_utc_ms, "
        "recorded_offset_min = excluded.recorded_offset_min, recorded_zone = excluded.recorded_zone, "
        "recorded_local_date = excluded.recorded_local_date, mood = excluded.mood, sleep = excluded.sleep, "
        "intention = excluded.intention"_s);
    bindAll(upsert, values);
    exec(upsert, "save check-in");
    upsert.finish();
}

namespace {

constexpr auto kCheckInColumns = "local_date, recorded_utc_ms, recorded_offset_min, recorded_zone, "
                                 "recorded_local_date, mood, sleep, intention";

// Everything but the intention, which needs the key (SqliteStore::openText).
CheckIn checkInFrom(const QSqlQuery &query)
{
    CheckIn checkIn;
    checkIn.date = dateFrom(query.value(0)).value_or(LocalDate{});
    checkIn.recordedAt = momentAt(query, 1);
    checkIn.mood = intAt(query, 5);
    checkIn.sleep = intAt(query, 6);
    return checkIn;
}

} // namespace

std::optional<CheckIn> SqliteStore::checkIn(LocalDate date)
{
    QSqlQuery &query =
        prepared(u"SELECT "_s + QLatin1String(kCheckInColumns) + u" FROM check_ins WHERE local_date = ?"_s);
    const FinishOnExit finish(query);
    query.bindValue(0, iso(date));
    exec(query, "read check-in");
    if (!query.next())
        return std::nullopt;
    CheckIn result = checkInFrom(query);
    result.intention = openText(query.value(7), "check_ins", "intention", query.value(0).toString());
    return result;
}

std::vector<CheckIn> SqliteStore::checkIns(LocalDate from, LocalDate to)
{
    QSqlQuery &query = prepared(u"SELECT "_s + QLatin1String(kCheckInColumns)
                                + u" FROM check_ins WHERE local_date BETWEEN ? AND ? ORDER BY local_date"_s);
    const FinishOnExit finish(query);
    bindAll(query, {iso(from), iso(to)});
    exec(query, "read check-ins");
    std::vector<CheckIn> result;
    while (query.next()) {
        CheckIn checkIn = checkInFrom(query);
        checkIn.intention = openText(query.value(7), "check_ins", "intention", query.value(0).toString());
        result.push_back(std::move(checkIn));
    }
    return result;
}

// ---- journal ----------------------------------------------------------------------------------

std::int64_t SqliteStore::saveJournalEntry(const JournalEntry &entry)
{
    refuseIfDamaged();
    Transaction transaction(m_db);
    const std::int64_t id = writeJournalEntry(entry);
    transaction.commit();
    return id;
}

std::int64_t SqliteStore::writeJournalEntry(const JournalEntry &entry)
{
    checkMoment(entry.created, "journal entry created");
    checkMoment(entry.updated, "journal entry updated");
    if (entry.mood)
        checkRange(*entry.mood, 1, 5, "mood");
    const bool isNew = entry.id == 0;
    const std::int64_t id = isNew ? nextId(u"journal_entries"_s) : entry.id;
    if (!isNew) {
        refuseLockedOverwrite(u"journal_entries"_s, u"id"_s, {u"text"_s}, i64(id));
        refuseLockedOverwrite(u"journal_tags"_s, u"entry_id"_s, {u"tag"_s}, i64(id));
    }
    QVariantList values;
    appendMoment(values, entry.created);
    appendMoment(values, entry.updated);
    values << sealText("journal_entries", "text", idKey(id), entry.text)
           << (entry.mood ? QVariant(*entry.mood) : nullValue());

    if (isNew) {
        QSqlQuery &insert = prepared(
            u"INSERT INTO journal_entries (id, created_utc_ms, created_offset_min, created_zone, created_local_date, "
            "updated_utc_ms, updated_offset_min, updated_zone, updated_local_date, text, mood) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
        values.prepend(i64(id));
        bindAll(insert, values);
        exec(insert, "save journal entry");
        insert.finish();
    } else {
        QSqlQuery &update = prepared(
            u"UPDATE journal_entries SET created_utc_ms = ?, created_offset_min = ?, created_zone = ?, "
            "created_local_date = ?, updated_utc_ms = ?, updated_offset_min = ?, updated_zone = ?, "
            "updated_local_date = ?, text = ?, mood = ? WHERE id = ?"_s);
        values << i64(id);
        bindAll(update, values);
        exec(update, "save journal entry");
        const int changed = update.numRowsAffected();
        update.finish();
        if (changed == 0)
            throw StoreError(Kind::NotFound, "no journal entry " + std::to_string(id));
        QSqlQuery &remove = prepared(u"DELETE FROM journal_tags WHERE entry_id = ?"_s);
        remove.bindValue(0, i64(id));
        exec(remove, "save journal tags");
        remove.finish();
    }
    QSqlQuery &tag = prepared(u"INSERT INTO journal_tags (entry_id, position, tag) VALUES (?, ?, ?)"_s);
    for (std::size_t i = 0; i < entry.tags.size(); ++i) {
        const QVariant sealed = sealText("journal_tags", "tag", pairKey(id, qint64(i)), entry.tags[i]);
        bindAll(tag, {i64(id), int(i), sealed});
        exec(tag, "save journal tag");
    }
    tag.finish();
    if (m_indexAttached)
        indexJournalEntry(id, entry.text, entry.tags);
    return id;
}

namespace {

constexpr auto kJournalColumns =
    "e.id, e.created_utc_ms, e.created_offset_min, e.created_zone, e.created_local_date, e.updated_utc_ms, "
    "e.updated_offset_min, e.updated_zone, e.updated_local_date, e.text, e.mood";

// Everything but the text, which needs the key (SqliteStore::openText).
JournalEntry journalEntryFrom(const QSqlQuery &query)
{
    JournalEntry entry;
    entry.id = int64At(query, 0);
    entry.created = momentAt(query, 1);
    entry.updated = momentAt(query, 5);
    if (!query.value(10).isNull())
        entry.mood = intAt(query, 10);
    return entry;
}

} // namespace

void SqliteStore::loadTags(JournalEntry &entry)
{
    QSqlQuery &query = prepared(u"SELECT position, tag FROM journal_tags WHERE entry_id = ? ORDER BY position"_s);
    const FinishOnExit finish(query);
    query.bindValue(0, i64(entry.id));
    exec(query, "read journal tags");
    while (query.next())
        entry.tags.push_back(openText(query.value(1), "journal_tags", "tag", pairKey(entry.id, int64At(query, 0))));
}

std::optional<JournalEntry> SqliteStore::journalEntry(std::int64_t id)
{
    std::optional<JournalEntry> entry;
    {
        QSqlQuery &query =
            prepared(u"SELECT "_s + QLatin1String(kJournalColumns) + u" FROM journal_entries e WHERE e.id = ?"_s);
        const FinishOnExit finish(query);
        query.bindValue(0, i64(id));
        exec(query, "read journal entry");
        if (query.next()) {
            entry = journalEntryFrom(query);
            entry->text = openText(query.value(9), "journal_entries", "text", idKey(entry->id));
        }
    }
    if (entry)
        loadTags(*entry);
    return entry;
}

std::vector<JournalEntry> SqliteStore::journalEntries(const JournalQuery &filter)
{
    const QString match = ftsQuery(filter.text);
    if (m_encrypted && !m_cipher && (!match.isEmpty() || filter.tag))
        throwLocked("search the journal");
    // Encrypted and unlocked: the index and the plain tags live in memory only.
    const QString index = m_indexAttached ? u"mem.journal_fts"_s : u"journal_fts"_s;
    const QString tags = m_indexAttached ? u"mem.journal_tags"_s : u"journal_tags"_s;

    // First the ids of the page, newest first. Only ids and times are read and
    // sorted here: sorting whole rows made SQLite carry the text of every match
    // (a one-letter search matches nearly all 20k entries) to keep 500.
    // Without a date range, walking the creation-time index newest first stops
    // after `limit` matches and never touches the entries themselves; with one,
    // the planner's choice (the local-date index) reads only that range.
    // The statement is assembled from fixed fragments only; every value the
    // user typed is bound, and the search text is quoted by ftsQuery().
    const bool byTime = !filter.from && !filter.to;
    QString sql = byTime ? u"SELECT e.id FROM journal_entries e INDEXED BY journal_entries_by_created_utc WHERE 1"_s
                         : u"SELECT e.id FROM journal_entries e WHERE 1"_s;
    QVariantList values;
    if (!match.isEmpty()) {
        sql += u" AND e.id IN (SELECT rowid FROM %1 WHERE journal_fts MATCH ?)"_s.arg(index);
        values << match;
    }
    if (filter.tag) {
        sql += u" AND EXISTS (SELECT 1 FROM %1 t WHERE t.entry_id = e.id AND t.tag = ?)"_s.arg(tags);
        values << text(*filter.tag);
    }
    if (filter.mood) {
        sql += u" AND e.mood = ?"_s;
        values << *filter.mood;
    }
    if (filter.from) {
        sql += u" AND e.created_local_date >= ?"_s;
        values << iso(*filter.from);
    }
    if (filter.to) {
        sql += u" AND e.created_local_date <= ?"_s;
        values << iso(*filter.to);
    }
    sql += u" ORDER BY e.created_utc_ms DESC, e.id DESC LIMIT ?"_s;
    values << (filter.limit > 0 ? filter.limit : -1);

    std::vector<std::int64_t> ids;
    {
        QSqlQuery &query = prepared(sql);
        const FinishOnExit finish(query);
        bindAll(query, values);
        exec(query, "search journal");
        while (query.next())
            ids.push_back(int64At(query, 0));
    }
    if (ids.empty())
        return {};

    // Then only those rows and their tags, one statement each: the ids go in
    // as one JSON array, so the statements stay the same (and cached) for any page.
    QString list = u"["_s;
    for (std::size_t i = 0; i < ids.size(); ++i) {
        if (i > 0)
            list += u',';
        list += QString::number(ids[i]);
    }
    list += u']';

    std::vector<JournalEntry> result;
    result.reserve(ids.size());
    std::unordered_map<std::int64_t, std::size_t> slot;
    slot.reserve(ids.size());
    for (std::size_t i = 0; i < ids.size(); ++i)
        slot.emplace(ids[i], i);
    std::vector<std::optional<JournalEntry>> rows(ids.size());
    {
        QSqlQuery &query = prepared(u"SELECT "_s + QLatin1String(kJournalColumns)
                                    + u" FROM journal_entries e WHERE e.id IN (SELECT value FROM json_each(?))"_s);
        const FinishOnExit finish(query);
        query.bindValue(0, list);
        exec(query, "search journal");
        while (query.next()) {
            JournalEntry entry = journalEntryFrom(query);
            entry.text = openText(query.value(9), "journal_entries", "text", idKey(entry.id));
            const auto at = slot.find(entry.id);
            if (at != slot.end())
                rows[at->second] = std::move(entry);
        }
    }
    {
        QSqlQuery &query = prepared(u"SELECT entry_id, position, tag FROM journal_tags "
                                    "WHERE entry_id IN (SELECT value FROM json_each(?)) ORDER BY entry_id, position"_s);
        const FinishOnExit finish(query);
        query.bindValue(0, list);
        exec(query, "read journal tags");
        while (query.next()) {
            const std::int64_t id = int64At(query, 0);
            const auto at = slot.find(id);
            if (at == slot.end() || !rows[at->second])
                continue;
            rows[at->second]->tags.push_back(
                openText(query.value(2), "journal_tags", "tag", pairKey(id, int64At(query, 1))));
        }
    }
    for (std::optional<JournalEntry> &row : rows) {
        if (row) // an entry removed between the two reads is left out
            result.push_back(std::move(*row));
    }
    return result;
}

void SqliteStore::removeJournalEntry(std::int64_t id)
{
    refuseIfDamaged();
    Transaction transaction(m_db);
    QSqlQuery &remove = prepared(u"DELETE FROM journal_entries WHERE id = ?"_s);
    remove.bindValue(0, i64(id));
    exec(remove, "remove journal entry");
    remove.finish();
    if (m_indexAttached)
        unindexJournalEntry(id);
    transaction.commit();
}

std::vector<std::string> SqliteStore::journalTags()
{
    const QString tags = m_indexAttached ? u"mem.journal_tags"_s : u"journal_tags"_s;
    QSqlQuery &query = prepared(u"SELECT DISTINCT tag FROM %1 ORDER BY tag COLLATE NOCASE, tag"_s.arg(tags));
    const FinishOnExit finish(query);
    exec(query, "read journal tags");
    std::vector<std::string> result;
    while (query.next()) {
        const QVariant stored = query.value(0);
        if (m_indexAttached) { // the in-memory copy: plain, and tampered tags were left out
            result.push_back(str(stored));
            continue;
        }
        // No row key here: a sealed tag outside the index means locked (or tampered).
        if (isSealed(stored) && m_encrypted && !m_cipher)
            throwLocked("read journal tags");
        result.push_back(openText(stored, "journal_tags", "tag", QString()));
    }
    return result;
}

// ---- unsent messages -------------------------------------------------------------------------------

std::int64_t SqliteStore::saveUnsentMessage(const UnsentMessage &message)
{
    refuseIfDamaged();
    Transaction transaction(m_db);
    const std::int64_t id = writeUnsentMessage(message);
    transaction.commit();
    return id;
}

std::int64_t SqliteStore::writeUnsentMessage(const UnsentMessage &message)
{
    checkMoment(message.written, "message written");
    checkMoment(message.updated, "message updated");
    if (message.reread)
        checkMoment(*message.reread, "message reread");
    const bool isNew = message.id == 0;
    const std::int64_t id = isNew ? nextId(u"unsent_messages"_s) : message.id;
    if (!isNew)
        refuseLockedOverwrite(u"unsent_messages"_s, u"id"_s, {u"text"_s}, i64(id));
    QVariantList values;
    appendMoment(values, message.written);
    appendMoment(values, message.updated);
    values << sealText("unsent_messages", "text", idKey(id), message.text)
           << (message.urgeId ? i64(*message.urgeId) : nullValue());
    appendOptionalMoment(values, message.reread);

    if (isNew) {
        QSqlQuery &insert = prepared(
            u"INSERT INTO unsent_messages (id, written_utc_ms, written_offset_min, written_zone, written_local_date, "
            "updated_utc_ms, updated_offset_min, updated_zone, updated_local_date, text, urge_id, "
            "reread_utc_ms, reread_offset_min, reread_zone, reread_local_date) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
        values.prepend(i64(id));
        bindAll(insert, values);
        exec(insert, "save unsent message");
        insert.finish();
    } else {
        QSqlQuery &update = prepared(
            u"UPDATE unsent_messages SET written_utc_ms = ?, written_offset_min = ?, written_zone = ?, "
            "written_local_date = ?, updated_utc_ms = ?, updated_offset_min = ?, updated_zone = ?, "
            "updated_local_date = ?, text = ?, urge_id = ?, reread_utc_ms = ?, reread_offset_min = ?, "
            "reread_zone = ?, reread_local_date = ? WHERE id = ?"_s);
        values << i64(id);
        bindAll(update, values);
        exec(update, "save unsent message");
        const int changed = update.numRowsAffected();
        update.finish();
        if (changed == 0)
            throw StoreError(Kind::NotFound, "no unsent message " + std::to_string(id));
    }
    return id;
}

namespace {

constexpr auto kUnsentColumns =
    "id, written_utc_ms, written_offset_min, written_zone, written_local_date, updated_utc_ms, updated_offset_min, "
    "updated_zone, updated_local_date, text, urge_id, reread_utc_ms, reread_offset_min, reread_zone, "
    "reread_local_date";

// Everything but the text, which needs the key (SqliteStore::openText).
UnsentMessage unsentMessageFrom(const QSqlQuery &query)
{
    UnsentMessage message;
    message.id = int64At(query, 0);
    message.written = momentAt(query, 1);
    message.updated = momentAt(query, 5);
    if (!query.value(10).isNull())
        message.urgeId = int64At(query, 10);
    message.reread = optionalMomentAt(query, 11);
    return message;
}

} // namespace

std::optional<UnsentMessage> SqliteStore::unsentMessage(std::int64_t id)
{
    QSqlQuery &query =
        prepared(u"SELECT "_s + QLatin1String(kUnsentColumns) + u" FROM unsent_messages WHERE id = ?"_s);
    const FinishOnExit finish(query);
    query.bindValue(0, i64(id));
    exec(query, "read unsent message");
    if (!query.next())
        return std::nullopt;
    UnsentMessage message = unsentMessageFrom(query);
    message.text = openText(query.value(9), "unsent_messages", "text", idKey(message.id));
    return message;
}

std::vector<UnsentMessage> SqliteStore::unsentMessages()
{
    QSqlQuery &query = prepared(u"SELECT "_s + QLatin1String(kUnsentColumns)
                                + u" FROM unsent_messages ORDER BY written_utc_ms DESC, id DESC"_s);
    const FinishOnExit finish(query);
    exec(query, "read unsent messages");
    std::vector<UnsentMessage> result;
    while (query.next()) {
        UnsentMessage message = unsentMessageFrom(query);
        message.text = openText(query.value(9), "unsent_messages", "text", idKey(message.id));
        result.push_back(std::move(message));
    }
    return result;
}

void SqliteStore::removeUnsentMessage(std::int64_t id)
{
    refuseIfDamaged();
    removeById(u"DELETE FROM unsent_messages WHERE id = ?"_s, id, "remove unsent message");
}

// ---- the plan ----------------------------------------------------------------------------------------

std::int64_t SqliteStore::writePlanRow(PlanList list, std::int64_t id, const QStringList &columns,
                                       const QStringList &textColumns,
                                       const std::function<QVariantList(std::int64_t id)> &valuesFor,
                                       const char *context)
{
    // Table and column names come from this file, never from input.
    const QString table = planTable(list);
    const bool isNew = id == 0;
    const std::int64_t rowId = isNew ? nextId(table) : id;
    if (!isNew)
        refuseLockedOverwrite(table, u"id"_s, textColumns, i64(rowId));
    QVariantList values = valuesFor(rowId);
    QString sql;
    if (isNew) {
        QStringList marks(columns.size() + 1, u"?"_s);
        sql = u"INSERT INTO %1 (id, %2) VALUES (%3)"_s.arg(table, columns.join(u", "_s), marks.join(u", "_s));
        values.prepend(i64(rowId));
    } else {
        QStringList sets;
        for (const QString &column : columns)
            sets.append(column + u" = ?"_s);
        sql = u"UPDATE %1 SET %2 WHERE id = ?"_s.arg(table, sets.join(u", "_s));
        values << i64(rowId);
    }
    QSqlQuery &query = prepared(sql);
    bindAll(query, values);
    exec(query, context);
    const int changed = query.numRowsAffected();
    query.finish();
    if (!isNew && changed == 0)
        throw StoreError(Kind::NotFound, std::string(context) + ": no item " + std::to_string(id));
    return rowId;
}

std::int64_t SqliteStore::saveReason(const Reason &reason)
{
    refuseIfDamaged();
    Transaction transaction(m_db);
    const std::int64_t id = writeReason(reason);
    transaction.commit();
    return id;
}

std::int64_t SqliteStore::writeReason(const Reason &reason)
{
    return writePlanRow(
        PlanList::Reasons, reason.id, {u"text"_s, u"position"_s}, {u"text"_s},
        [&](std::int64_t id) { return QVariantList{sealText("reasons", "text", idKey(id), reason.text), reason.position}; },
        "save reason");
}

std::vector<Reason> SqliteStore::reasons()
{
    QSqlQuery &query = prepared(u"SELECT id, text, position FROM reasons ORDER BY position, id"_s);
    const FinishOnExit finish(query);
    exec(query, "read reasons");
    std::vector<Reason> result;
    while (query.next()) {
        const std::int64_t id = int64At(query, 0);
        result.push_back(Reason{id, openText(query.value(1), "reasons", "text", idKey(id)), intAt(query, 2)});
    }
    return result;
}

std::int64_t SqliteStore::saveSupportPerson(const SupportPerson &person)
{
    refuseIfDamaged();
    Transaction transaction(m_db);
    const std::int64_t id = writeSupportPerson(person);
    transaction.commit();
    return id;
}

std::int64_t SqliteStore::writeSupportPerson(const SupportPerson &person)
{
    return writePlanRow(
        PlanList::SupportPeople, person.id, {u"name"_s, u"contact"_s, u"note"_s, u"position"_s},
        {u"name"_s, u"contact"_s, u"note"_s},
        [&](std::int64_t id) {
            return QVariantList{sealText("support_people", "name", idKey(id), person.name),
                                sealText("support_people", "contact", idKey(id), person.contact),
                                sealText("support_people", "note", idKey(id), person.note), person.position};
        },
        "save support person");
}

std::vector<SupportPerson> SqliteStore::supportPeople()
{
    QSqlQuery &query =
        prepared(u"SELECT id, name, contact, note, position FROM support_people ORDER BY position, id"_s);
    const FinishOnExit finish(query);
    exec(query, "read support people");
    std::vector<SupportPerson> result;
    while (query.next()) {
        const std::int64_t id = int64At(query, 0);
        result.push_back(SupportPerson{id, openText(query.value(1), "support_people", "name", idKey(id)),
                                       openText(query.value(2), "support_people", "contact", idKey(id)),
                                       openText(query.value(3), "support_people", "note", idKey(id)),
                                       intAt(query, 4)});
    }
    return result;
}

std::int64_t SqliteStore::saveActivity(const Activity &activity)
{
    refuseIfDamaged();
    Transaction transaction(m_db);
    const std::int64_t id = writeActivity(activity);
    transaction.commit();
    return id;
}

std::int64_t SqliteStore::writeActivity(const Activity &activity)
{
    return writePlanRow(
        PlanList::Activities, activity.id, {u"title"_s, u"position"_s}, {u"title"_s},
        [&](std::int64_t id) {
            return QVariantList{sealText("activities", "title", idKey(id), activity.title), activity.position};
        },
        "save activity");
}

std::vector<Activity> SqliteStore::activities()
{
    QSqlQuery &query = prepared(u"SELECT id, title, position FROM activities ORDER BY position, id"_s);
    const FinishOnExit finish(query);
    exec(query, "read activities");
    std::vector<Activity> result;
    while (query.next()) {
        const std::int64_t id = int64At(query, 0);
        result.push_back(Activity{id, openText(query.value(1), "activities", "title", idKey(id)), intAt(query, 2)});
    }
    return result;
}

std::int64_t SqliteStore::saveIfThenPlan(const IfThenPlan &plan)
{
    refuseIfDamaged();
    Transaction transaction(m_db);
    const std::int64_t id = writeIfThenPlan(plan);
    transaction.commit();
    return id;
}

std::int64_t SqliteStore::writeIfThenPlan(const IfThenPlan &plan)
{
    return writePlanRow(
        PlanList::IfThenPlans, plan.id, {u"trigger_key"_s, u"custom_trigger"_s, u"plan"_s, u"position"_s},
        {u"custom_trigger"_s, u"plan"_s},
        [&](std::int64_t id) {
            return QVariantList{triggerKeyText(plan.trigger),
                                sealText("if_then_plans", "custom_trigger", idKey(id), plan.customTrigger),
                                sealText("if_then_plans", "plan", idKey(id), plan.plan), plan.position};
        },
        "save if-then plan");
}

std::vector<IfThenPlan> SqliteStore::ifThenPlans()
{
    QSqlQuery &query = prepared(
        u"SELECT id, trigger_key, custom_trigger, plan, position FROM if_then_plans ORDER BY position, id"_s);
    const FinishOnExit finish(query);
    exec(query, "read if-then plans");
    std::vector<IfThenPlan> result;
    while (query.next()) {
        const std::int64_t id = int64At(query, 0);
        result.push_back(IfThenPlan{id, triggerFromText(query.value(1).toString()),
                                    openText(query.value(2), "if_then_plans", "custom_trigger", idKey(id)),
                                    openText(query.value(3), "if_then_plans", "plan", idKey(id)), intAt(query, 4)});
    }
    return result;
}

std::int64_t SqliteStore::saveRiskDate(const RiskDate &riskDate)
{
    refuseIfDamaged();
    Transaction transaction(m_db);
    const std::int64_t id = writeRiskDate(riskDate);
    transaction.commit();
    return id;
}

std::int64_t SqliteStore::writeRiskDate(const RiskDate &riskDate)
{
    checkDate(riskDate.date, "risk date");
    return writePlanRow(
        PlanList::RiskDates, riskDate.id, {u"title"_s, u"date"_s, u"yearly"_s, u"plan"_s, u"position"_s},
        {u"title"_s, u"plan"_s},
        [&](std::int64_t id) {
            return QVariantList{sealText("risk_dates", "title", idKey(id), riskDate.title), iso(riskDate.date),
                                int(riskDate.yearly), sealText("risk_dates", "plan", idKey(id), riskDate.plan),
                                riskDate.position};
        },
        "save risk date");
}

std::vector<RiskDate> SqliteStore::riskDates()
{
    QSqlQuery &query =
        prepared(u"SELECT id, title, date, yearly, plan, position FROM risk_dates ORDER BY position, id"_s);
    const FinishOnExit finish(query);
    exec(query, "read risk dates");
    std::vector<RiskDate> result;
    while (query.next()) {
        RiskDate riskDate;
        riskDate.id = int64At(query, 0);
        riskDate.title = openText(query.value(1), "risk_dates", "title", idKey(riskDate.id));
        riskDate.date = dateFrom(query.value(2)).value_or(LocalDate{});
        riskDate.yearly = intAt(query, 3) != 0;
        riskDate.plan = openText(query.value(4), "risk_dates", "plan", idKey(riskDate.id));
        riskDate.position = intAt(query, 5);
        result.push_back(std::move(riskDate));
    }
    return result;
}
void SqliteStore::removePlanItem(PlanList list, std::int64_t id)
{
    refuseIfDamaged();
    // The table name comes from the enum, never from input.
    removeById(u"DELETE FROM %1 WHERE id = ?"_s.arg(planTable(list)), id, "remove plan item");
}

void SqliteStore::reorderPlanItems(PlanList list, const std::vector<std::int64_t> &idsInOrder)
{
    refuseIfDamaged();
    Transaction transaction(m_db);
    QSqlQuery &update = prepared(u"UPDATE %1 SET position = ? WHERE id = ?"_s.arg(planTable(list)));
    for (std::size_t i = 0; i < idsInOrder.size(); ++i) {
        bindAll(update, {int(i), i64(idsInOrder[i])});
        exec(update, "reorder plan");
        const int changed = update.numRowsAffected();
        update.finish();
        if (changed == 0) // rolled back: a list half in the new order is worse than the old one
            throw StoreError(Kind::NotFound, "no plan item " + std::to_string(idsInOrder[i]));
    }
    transaction.commit();
}

// ---- settings -------------------------------------------------------------------------------------------

namespace {

namespace key {
constexpr auto breakupDate = "breakup_date";
constexpr auto noContactSinceUtcMs = "no_contact_since_utc_ms";
constexpr auto noContactSinceOffset = "no_contact_since_offset_min";
constexpr auto noContactSinceZone = "no_contact_since_zone";
constexpr auto noContactSinceLocalDate = "no_contact_since_local_date";
constexpr auto weekStart = "week_start";
constexpr auto morningReminderMinute = "morning_reminder_minute";
constexpr auto language = "language";
constexpr auto theme = "theme";
constexpr auto crisisText = "crisis_text";
constexpr auto crisisCountry = "crisis_country";
constexpr auto timerMinutes = "timer_minutes";
constexpr auto extendMinutes = "extend_minutes";
constexpr auto theirContactCountsOnlyIfReplied = "their_contact_counts_only_if_replied";
constexpr auto onboardingDone = "onboarding_done";
constexpr auto backupsToKeep = "backups_to_keep";
constexpr auto autoLockMinutes = "auto_lock_minutes";
} // namespace key

} // namespace

Settings SqliteStore::settings()
{
    QHash<QString, QString> values;
    {
        QSqlQuery &query = prepared(u"SELECT key, value FROM settings"_s);
        const FinishOnExit finish(query);
        exec(query, "read settings");
        while (query.next())
            values.insert(query.value(0).toString(), query.value(1).toString());
    }
    auto has = [&](const char *name) { return values.contains(QLatin1String(name)); };
    auto textOf = [&](const char *name) { return values.value(QLatin1String(name)); };
    // A value that does not parse keeps the default rather than failing the app.
    auto intOf = [&](const char *name, int fallback) {
        bool ok = false;
        const int value = textOf(name).toInt(&ok);
        return ok ? value : fallback;
    };

    Settings settings;
    if (has(key::breakupDate))
        settings.breakupDate = LocalDate::fromIso(textOf(key::breakupDate).toStdString());
    if (has(key::noContactSinceUtcMs)) {
        bool ok = false;
        const qint64 utcMs = textOf(key::noContactSinceUtcMs).toLongLong(&ok);
        if (ok) {
            Moment since = Moment::fromUtc(utcMs, intOf(key::noContactSinceOffset, 0),
                                           textOf(key::noContactSinceZone).toStdString());
            if (const auto date = LocalDate::fromIso(textOf(key::noContactSinceLocalDate).toStdString()))
                since.localDate = *date;
            settings.noContactSince = since;
        }
    }
    const int weekStart = intOf(key::weekStart, int(settings.weekStart));
    if (weekStart >= 1 && weekStart <= 7)
        settings.weekStart = Weekday(weekStart);
    settings.morningReminderMinute = intOf(key::morningReminderMinute, settings.morningReminderMinute);
    settings.language = textOf(key::language).toStdString();
    if (has(key::theme))
        settings.theme = themeFromText(textOf(key::theme));
    settings.crisisText = textOf(key::crisisText).toStdString();
    settings.crisisCountry = textOf(key::crisisCountry).toStdString();
    settings.timerMinutes = intOf(key::timerMinutes, settings.timerMinutes);
    settings.extendMinutes = intOf(key::extendMinutes, settings.extendMinutes);
    settings.theirContactCountsOnlyIfReplied =
        intOf(key::theirContactCountsOnlyIfReplied, int(settings.theirContactCountsOnlyIfReplied)) != 0;
    settings.onboardingDone = intOf(key::onboardingDone, int(settings.onboardingDone)) != 0;
    settings.backupsToKeep = intOf(key::backupsToKeep, settings.backupsToKeep);
    settings.autoLockMinutes = intOf(key::autoLockMinutes, settings.autoLockMinutes);
    return settings;
}

void SqliteStore::saveSettings(const Settings &settings)
{
    refuseIfDamaged();
    Transaction transaction(m_db);
    writeSettings(settings);
    transaction.commit();
}

void SqliteStore::writeSettings(const Settings &settings)
{
    if (settings.breakupDate)
        checkDate(*settings.breakupDate, "breakup date");
    if (settings.noContactSince)
        checkMoment(*settings.noContactSince, "no contact since");
    checkRange(int(settings.weekStart), 1, 7, "week start");

    std::vector<std::pair<const char *, QVariant>> rows{
        {key::weekStart, QString::number(int(settings.weekStart))},
        {key::morningReminderMinute, QString::number(settings.morningReminderMinute)},
        {key::language, text(settings.language)},
        {key::theme, themeText(settings.theme)},
        {key::crisisText, text(settings.crisisText)},
        {key::crisisCountry, text(settings.crisisCountry)},
        {key::timerMinutes, QString::number(settings.timerMinutes)},
        {key::extendMinutes, QString::number(settings.extendMinutes)},
        {key::theirContactCountsOnlyIfReplied, QString::number(int(settings.theirContactCountsOnlyIfReplied))},
        {key::onboardingDone, QString::number(int(settings.onboardingDone))},
        {key::backupsToKeep, QString::number(settings.backupsToKeep)},
        {key::autoLockMinutes, QString::number(settings.autoLockMinutes)},
    };
    std::vector<const char *> removed;
    if (settings.breakupDate)
        rows.emplace_back(key::breakupDate, iso(*settings.breakupDate));
    else
        removed.push_back(key::breakupDate);
    const std::array sinceKeys{key::noContactSinceUtcMs, key::noContactSinceOffset, key::noContactSinceZone,
                               key::noContactSinceLocalDate};
    if (const auto &since = settings.noContactSince) {
        rows.emplace_back(key::noContactSinceUtcMs, QString::number(since->utcMs));
        rows.emplace_back(key::noContactSinceOffset, QString::number(since->offsetMinutes));
        rows.emplace_back(key::noContactSinceZone, text(since->zone));
        rows.emplace_back(key::noContactSinceLocalDate, iso(since->localDate));
    } else {
        removed.insert(removed.end(), sinceKeys.begin(), sinceKeys.end());
    }

    QSqlQuery &upsert = prepared(u"INSERT INTO settings (key, value) VALUES (?, ?) "
                                 "ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s);
    for (const auto &[name, value] : rows) {
        bindAll(upsert, {QLatin1String(name), value});
        exec(upsert, "save settings");
    }
    upsert.finish();
    QSqlQuery &remove = prepared(u"DELETE FROM settings WHERE key = ?"_s);
    for (const char *name : removed) {
        remove.bindValue(0, QLatin1String(name));
        exec(remove, "save settings");
    }
    remove.finish();
}

// ---- encryption at rest (docs/PRIVACY.md) -----------------------------------------------------

EncryptionState SqliteStore::encryptionState()
{
    if (!m_encrypted)
        return EncryptionState::Off;
    return m_cipher ? EncryptionState::Unlocked : EncryptionState::Locked;
}

KeyEnvelope::Strength SqliteStore::keyStrength() const
{
    return m_options.fastKeyDerivation ? KeyEnvelope::Strength::Interactive : KeyEnvelope::Strength::Moderate;
}

std::optional<KeyEnvelope> SqliteStore::loadEnvelope()
{
    QSqlQuery &query =
        prepared(u"SELECT algorithm, salt, opslimit, memlimit, nonce, wrapped_key FROM encryption WHERE id = 1"_s);
    const FinishOnExit finish(query);
    exec(query, "read the wrapped key");
    if (!query.next())
        return std::nullopt;
    KeyEnvelope envelope;
    envelope.algorithm = query.value(0).toString();
    envelope.salt = query.value(1).toByteArray();
    envelope.opsLimit = int64At(query, 2);
    envelope.memLimit = int64At(query, 3);
    envelope.nonce = query.value(4).toByteArray();
    envelope.wrappedKey = query.value(5).toByteArray();
    return envelope;
}

void SqliteStore::storeEnvelope(const KeyEnvelope &envelope)
{
    QSqlQuery &upsert = prepared(
        u"INSERT INTO encryption (id, algorithm, salt, opslimit, memlimit, nonce, wrapped_key) "
        "VALUES (1, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET algorithm = excluded.algorithm, "
        "salt = excluded.salt, opslimit = excluded.opslimit, memlimit = excluded.memlimit, "
        "nonce = excluded.nonce, wrapped_key = excluded.wrapped_key"_s);
    bindAll(upsert, {envelope.algorithm, envelope.salt, i64(envelope.opsLimit), i64(envelope.memLimit),
                     envelope.nonce, envelope.wrappedKey});
    exec(upsert, "store the wrapped key");
    upsert.finish();
}

namespace {

// The data key for `passphrase`, or WrongPassphrase. Reads nothing but `envelope`.
std::unique_ptr<FieldCipher> cipherFor(const std::optional<KeyEnvelope> &envelope, const std::string &passphrase)
{
    if (!envelope)
        throw StoreError(Kind::Other, "the data is not encrypted");
    std::unique_ptr<SecretKey> key = envelope->unwrap(passphrase);
    if (!key)
        throw StoreError(Kind::WrongPassphrase, "the passphrase does not open the data key");
    return std::make_unique<FieldCipher>(std::move(key));
}

} // namespace

void SqliteStore::unlock(const std::string &passphrase)
{
    if (!m_encrypted)
        return;
    std::unique_ptr<FieldCipher> cipher = cipherFor(loadEnvelope(), passphrase);
    if (m_cipher) // already unlocked: the passphrase was checked, nothing else to do
        return;
    m_cipher = std::move(cipher);
    try {
        attachSearchIndex();
    } catch (...) {
        m_cipher.reset();
        try {
            detachSearchIndex();
        } catch (const StoreError &) {
            // Nothing else to undo: the index lives in memory only.
        }
        throw;
    }
}

void SqliteStore::lock()
{
    if (!m_encrypted)
        return;
    detachSearchIndex();
    m_cipher.reset(); // sodium_free wipes the key
}

void SqliteStore::attachSearchIndex()
{
    // Cached statements may name `mem`; prepared again when used.
    m_statements.clear();
    execDirect(u"ATTACH DATABASE ':memory:' AS mem"_s, "create the search index");
    m_indexAttached = true;
    // Zeroes what the index frees, so dropping it at lock leaves no plain text behind in its pages.
    execDirect(u"PRAGMA mem.secure_delete = ON"_s, "create the search index");
    // No prefix index here, unlike on disk: on 20k entries it made the build at
    // unlock 1.8 s slower and 25 MB larger, and one letter is already searched
    // within its 100 ms budget (about 50 ms).
    execDirect(u"CREATE VIRTUAL TABLE mem.journal_fts USING fts5(text, tokenize = 'unicode61 remove_diacritics 2')"_s,
               "create the search index");
    execDirect(u"CREATE TABLE mem.journal_tags (entry_id INTEGER NOT NULL, position INTEGER NOT NULL, "
               "tag TEXT NOT NULL, PRIMARY KEY (entry_id, position))"_s,
               "create the search index");
    execDirect(u"CREATE INDEX mem.journal_tags_by_tag ON journal_tags(tag, entry_id)"_s, "create the search index");

    // One transaction for the whole build: FTS5 then writes its segments once.
    Transaction transaction(m_db);
    QSqlQuery insertText = QSqlQuery(m_db);
    insertText.prepare(u"INSERT INTO mem.journal_fts (rowid, text) VALUES (?, ?)"_s);
    QSqlQuery insertTag = QSqlQuery(m_db);
    insertTag.prepare(u"INSERT INTO mem.journal_tags (entry_id, position, tag) VALUES (?, ?, ?)"_s);
    {
        QSqlQuery query(m_db);
        query.setForwardOnly(true);
        if (!query.exec(u"SELECT id, text FROM journal_entries"_s))
            throw storeError(query.lastError(), "build the search index");
        while (query.next()) {
            const std::int64_t id = int64At(query, 0);
            std::string plain;
            try {
                plain = openText(query.value(1), "journal_entries", "text", idKey(id));
            } catch (const StoreError &) {
                continue; // a tampered entry is not searchable; reading it says Tampered
            }
            if (plain.empty())
                continue;
            bindAll(insertText, {i64(id), text(plain)});
            exec(insertText, "build the search index");
        }
    }
    {
        QSqlQuery query(m_db);
        query.setForwardOnly(true);
        if (!query.exec(u"SELECT entry_id, position, tag FROM journal_tags"_s))
            throw storeError(query.lastError(), "build the search index");
        while (query.next()) {
            const std::int64_t id = int64At(query, 0);
            const std::int64_t position = int64At(query, 1);
            std::string plain;
            try {
                plain = openText(query.value(2), "journal_tags", "tag", pairKey(id, position));
            } catch (const StoreError &) {
                continue;
            }
            bindAll(insertTag, {i64(id), i64(position), text(plain)});
            exec(insertTag, "build the search index");
        }
    }
    insertText.finish();
    insertTag.finish();
    transaction.commit();
}

void SqliteStore::detachSearchIndex()
{
    if (!m_indexAttached)
        return;
    m_statements.clear();
    // With secure_delete on for `mem`, dropping zeroes the pages before SQLite frees them.
    execDirect(u"DROP TABLE IF EXISTS mem.journal_fts"_s, "drop the search index");
    execDirect(u"DROP TABLE IF EXISTS mem.journal_tags"_s, "drop the search index");
    execDirect(u"DETACH DATABASE mem"_s, "drop the search index");
    m_indexAttached = false;
}

void SqliteStore::indexJournalEntry(std::int64_t id, const std::string &plain, const std::vector<std::string> &tags)
{
    unindexJournalEntry(id);
    if (!plain.empty()) {
        QSqlQuery &insert = prepared(u"INSERT INTO mem.journal_fts (rowid, text) VALUES (?, ?)"_s);
        bindAll(insert, {i64(id), text(plain)});
        exec(insert, "index journal entry");
        insert.finish();
    }
    QSqlQuery &tag = prepared(u"INSERT INTO mem.journal_tags (entry_id, position, tag) VALUES (?, ?, ?)"_s);
    for (std::size_t i = 0; i < tags.size(); ++i) {
        bindAll(tag, {i64(id), int(i), text(tags[i])});
        exec(tag, "index journal tag");
    }
    tag.finish();
}

void SqliteStore::unindexJournalEntry(std::int64_t id)
{
    for (const QString &sql :
         {u"DELETE FROM mem.journal_fts WHERE rowid = ?"_s, u"DELETE FROM mem.journal_tags WHERE entry_id = ?"_s}) {
        QSqlQuery &remove = prepared(sql);
        remove.bindValue(0, i64(id));
        exec(remove, "unindex journal entry");
        remove.finish();
    }
}

void SqliteStore::rewriteTexts(const FieldCipher *from, const FieldCipher *to)
{
    for (const SealedTable &sealed : sealedTables()) {
        QStringList columns;
        QStringList sets;
        for (const char *column : sealed.columns) {
            columns.append(QLatin1String(column));
            sets.append(QLatin1String(column) + u" = ?"_s);
        }
        std::vector<QVariantList> updates;
        {
            QSqlQuery query(m_db);
            query.setForwardOnly(true);
            if (!query.exec(u"SELECT rowid, %1, %2 FROM %3"_s.arg(QLatin1String(sealed.rowKey), columns.join(u", "_s),
                                                                   QLatin1String(sealed.table))))
                throw storeError(query.lastError(), "read texts to rewrite");
            while (query.next()) {
                const QString rowKey = query.value(1).toString();
                QVariantList values;
                bool changes = false;
                for (std::size_t i = 0; i < sealed.columns.size(); ++i) {
                    const QVariant stored = query.value(2 + int(i));
                    const std::string place = placeOf(sealed.table, sealed.columns[i], rowKey);
                    std::string plain;
                    if (isSealed(stored)) {
                        std::optional<std::string> opened = from ? from->open(stored.toByteArray(), place) : std::nullopt;
                        if (!opened)
                            throw StoreError(Kind::Tampered, place + " failed its authenticity check");
                        plain = std::move(*opened);
                    } else {
                        plain = str(stored);
                        if (from && !plain.empty())
                            throw StoreError(Kind::Tampered, place + " is plain text in an encrypted store");
                    }
                    changes = changes || !plain.empty();
                    values << ((plain.empty() || !to) ? text(plain) : QVariant(to->seal(plain, place)));
                }
                if (changes) {
                    values << query.value(0);
                    updates.push_back(std::move(values));
                }
            }
        }
        QSqlQuery update(m_db);
        if (!update.prepare(u"UPDATE %1 SET %2 WHERE rowid = ?"_s.arg(QLatin1String(sealed.table), sets.join(u", "_s))))
            throw storeError(update.lastError(), "rewrite texts");
        for (const QVariantList &values : updates) {
            bindAll(update, values);
            if (!update.exec())
                throw storeError(update.lastError(), "rewrite texts");
        }
    }
}

void SqliteStore::compact()
{
    m_statements.clear();
    execDirect(u"VACUUM main"_s, "compact the database");
    execDirect(u"PRAGMA main.wal_checkpoint(TRUNCATE)"_s, "checkpoint the database");
    restrictWalFiles();
}

void SqliteStore::enableEncryption(const std::string &passphrase)
{
    refuseIfDamaged();
    if (m_encrypted)
        throw StoreError(Kind::Other, "the data is already encrypted");
    if (passphrase.empty())
        throw StoreError(Kind::InvalidData, "an empty passphrase");
    const std::lock_guard upkeep(g_upkeepMutex);
    // Plain like the data it copies; removed below once the encrypted backup exists.
    backupNow(u"before_encryption"_s);

    std::unique_ptr<SecretKey> dataKey = SecretKey::random();
    const KeyEnvelope envelope = KeyEnvelope::wrap(*dataKey, passphrase, keyStrength());
    auto cipher = std::make_unique<FieldCipher>(std::move(dataKey));
    execDirect(u"PRAGMA secure_delete = ON"_s, "set secure delete");
    {
        Transaction transaction(m_db);
        storeEnvelope(envelope);
        rewriteTexts(nullptr, cipher.get());
        // The update triggers left delete markers (with the words) in the index; drop it all.
        execDirect(u"INSERT INTO journal_fts (journal_fts) VALUES ('delete-all')"_s, "empty the search index");
        transaction.commit();
    }
    m_encrypted = true;
    m_cipher = std::move(cipher);
    m_statements.clear();

    // From here the data is encrypted; what follows wipes old plain copies.
    // A failure is reported after the store is in its new state (Unlocked).
    std::optional<StoreError> failure;
    try {
        compact();
    } catch (const StoreError &error) {
        failure = error;
    }
    try {
        const QString encryptedBackup = backupNow(u"encrypted"_s);
        // Only once an encrypted backup exists: the user is never left without one.
        const QDir backups(backupDir());
        const QStringList all = backups.entryList(QDir::Files | QDir::Hidden | QDir::System);
        for (const QString &name : all) {
            const QString path = backups.filePath(name);
            if (QFileInfo(path).absoluteFilePath() != QFileInfo(encryptedBackup).absoluteFilePath())
                QFile::remove(path);
        }
        privatefiles::syncDir(backupDir());
    } catch (const StoreError &error) {
        if (!failure)
            failure = error;
    }
    attachSearchIndex();
    if (failure)
        throw *failure;
}

void SqliteStore::disableEncryption(const std::string &passphrase)
{
    refuseIfDamaged();
    if (!m_encrypted)
        return;
    std::unique_ptr<FieldCipher> cipher = cipherFor(loadEnvelope(), passphrase);
    const std::lock_guard upkeep(g_upkeepMutex);
    backupNow(u"before_decryption"_s);
    detachSearchIndex();
    try {
        Transaction transaction(m_db);
        rewriteTexts(cipher.get(), nullptr);
        execDirect(u"DELETE FROM encryption"_s, "remove the wrapped key");
        execDirect(u"INSERT INTO journal_fts (journal_fts) VALUES ('rebuild')"_s, "rebuild the search index");
        transaction.commit();
    } catch (...) {
        if (m_cipher)
            attachSearchIndex();
        throw;
    }
    m_encrypted = false;
    m_cipher.reset();
    compact();
}

void SqliteStore::changePassphrase(const std::string &oldPassphrase, const std::string &newPassphrase)
{
    refuseIfDamaged();
    if (!m_encrypted)
        throw StoreError(Kind::Other, "the data is not encrypted");
    if (newPassphrase.empty())
        throw StoreError(Kind::InvalidData, "an empty passphrase");
    const std::optional<KeyEnvelope> envelope = loadEnvelope();
    if (!envelope)
        throw StoreError(Kind::Other, "the data is not encrypted");
    const std::unique_ptr<SecretKey> dataKey = envelope->unwrap(oldPassphrase);
    if (!dataKey)
        throw StoreError(Kind::WrongPassphrase, "the old passphrase does not open the data key");
    const KeyEnvelope rewrapped = KeyEnvelope::wrap(*dataKey, newPassphrase, keyStrength());
    Transaction transaction(m_db);
    storeEnvelope(rewrapped);
    transaction.commit();
}

// ---- export and import ------------------------------------------------------------------------------

DataSet SqliteStore::everything()
{
    if (encryptionState() == EncryptionState::Locked)
        throwLocked("export");
    Transaction reading(m_db, Transaction::Mode::Read);
    DataSet data = readEverything();
    reading.commit();
    return data;
}

MergeCounts SqliteStore::recordCounts()
{
    const auto rows = [this](const char *table) {
        QSqlQuery &query = prepared(u"SELECT count(*) FROM %1"_s.arg(QLatin1String(table)));
        exec(query, "count records");
        const std::size_t count = query.next() ? std::size_t(query.value(0).toLongLong()) : 0;
        query.finish();
        return count;
    };
    MergeCounts counts;
    counts.urges = rows("urges");
    counts.contacts = rows("contacts");
    counts.checkIns = rows("check_ins");
    counts.journalEntries = rows("journal_entries");
    counts.unsentMessages = rows("unsent_messages");
    for (const char *table : {"reasons", "support_people", "activities", "if_then_plans", "risk_dates"})
        counts.planItems += rows(table);
    return counts;
}

DataSet SqliteStore::readEverything()
{
    DataSet data;
    data.settings = settings();
    data.urges = loadUrges(u"1"_s, {});
    data.contacts = contacts();
    data.checkIns = checkIns(LocalDate{1, 1, 1}, LocalDate{9999, 12, 31});
    JournalQuery all;
    all.limit = 0;
    data.journalEntries = journalEntries(all);
    data.unsentMessages = unsentMessages();
    data.reasons = reasons();
    data.supportPeople = supportPeople();
    data.activities = activities();
    data.ifThenPlans = ifThenPlans();
    data.riskDates = riskDates();
    return data;
}

void SqliteStore::clearEverything()
{
    // Children before parents; the journal triggers keep the on-disk index in step.
    for (const char *table : {"contacts", "urge_samples", "urge_triggers", "unsent_messages", "urges", "check_ins",
                              "journal_tags", "journal_entries", "reasons", "support_people", "activities",
                              "if_then_plans", "risk_dates", "settings"})
        execDirect(u"DELETE FROM %1"_s.arg(QLatin1String(table)), "clear the data");
    if (m_indexAttached) {
        execDirect(u"DELETE FROM mem.journal_fts"_s, "clear the search index");
        execDirect(u"DELETE FROM mem.journal_tags"_s, "clear the search index");
    }
}

namespace {

// Positions of `items` ordered by their old id, so ids come out in the same order.
template<typename T>
std::vector<std::size_t> byOldId(const std::vector<T> &items)
{
    std::vector<std::size_t> order(items.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return items[a].id < items[b].id; });
    return order;
}

std::optional<std::int64_t> mapped(const std::map<std::int64_t, std::int64_t> &ids, std::optional<std::int64_t> old)
{
    if (!old)
        return std::nullopt;
    const auto it = ids.find(*old);
    if (it == ids.end())
        return std::nullopt;
    return it->second;
}

} // namespace

ImportReport SqliteStore::importMerged(const DataSet &incoming, ImportMode mode)
{
    refuseIfDamaged();
    if (encryptionState() == EncryptionState::Locked)
        throwLocked("import");
    if (mode == ImportMode::Replace) {
        // As a restore does: what is replaced can be brought back.
        if (recordCounts().total() > 0)
            backupNow(u"before_replace"_s);
        Transaction transaction(m_db);
        ImportReport report;
        report.removed = recordCounts();
        report.added = DataMerge::count(incoming);
        writeImport(incoming, mode);
        transaction.commit();
        return report;
    }
    Transaction transaction(m_db);
    // What is stored is read inside the write transaction, so an import
    // running at the same time cannot make both add the same records.
    const ImportDecision decision = DataMerge::decide(incoming, mode, readEverything());
    writeImport(decision.toWrite(incoming), mode);
    transaction.commit();
    return decision.report;
}

void SqliteStore::importData(const DataSet &data, ImportMode mode)
{
    refuseIfDamaged();
    Transaction transaction(m_db);
    writeImport(data, mode);
    transaction.commit();
}

void SqliteStore::writeImport(const DataSet &data, ImportMode mode)
{
    if (mode == ImportMode::Replace) {
        clearEverything();
        writeSettings(data.settings);
    }

    for (std::size_t i : byOldId(data.reasons)) {
        Reason reason = data.reasons[i];
        reason.id = 0;
        writeReason(reason);
    }
    std::map<std::int64_t, std::int64_t> people;
    for (std::size_t i : byOldId(data.supportPeople)) {
        SupportPerson person = data.supportPeople[i];
        person.id = 0;
        people[data.supportPeople[i].id] = writeSupportPerson(person);
    }
    std::map<std::int64_t, std::int64_t> activityIds;
    for (std::size_t i : byOldId(data.activities)) {
        Activity activity = data.activities[i];
        activity.id = 0;
        activityIds[data.activities[i].id] = writeActivity(activity);
    }
    for (std::size_t i : byOldId(data.ifThenPlans)) {
        IfThenPlan plan = data.ifThenPlans[i];
        plan.id = 0;
        writeIfThenPlan(plan);
    }
    for (std::size_t i : byOldId(data.riskDates)) {
        RiskDate riskDate = data.riskDates[i];
        riskDate.id = 0;
        writeRiskDate(riskDate);
    }

    // Urges and unsent messages point at each other: urges first without the
    // link, then the messages, then the urges' links.
    std::map<std::int64_t, std::int64_t> urgeIds;
    for (std::size_t i : byOldId(data.urges)) {
        UrgeRecord urge = data.urges[i];
        urge.id = 0;
        urge.unsentMessageId.reset();
        const auto &targets = urge.action == ActionKind::SupportPerson ? people : activityIds;
        urge.actionId = urge.action == ActionKind::None ? urge.actionId
                                                        : mapped(targets, urge.actionId).value_or(std::int64_t{0});
        urgeIds[data.urges[i].id] = writeUrge(urge);
    }
    std::map<std::int64_t, std::int64_t> messageIds;
    for (std::size_t i : byOldId(data.unsentMessages)) {
        UnsentMessage message = data.unsentMessages[i];
        message.id = 0;
        message.urgeId = mapped(urgeIds, message.urgeId);
        messageIds[data.unsentMessages[i].id] = writeUnsentMessage(message);
    }
    QSqlQuery &link = prepared(u"UPDATE urges SET unsent_message_id = ? WHERE id = ?"_s);
    for (const UrgeRecord &urge : data.urges) {
        const auto message = mapped(messageIds, urge.unsentMessageId);
        const auto urgeId = mapped(urgeIds, urge.id);
        if (!message || !urgeId)
            continue;
        bindAll(link, {i64(*message), i64(*urgeId)});
        exec(link, "link urge and message");
    }
    link.finish();

    for (std::size_t i : byOldId(data.contacts)) {
        ContactEvent event = data.contacts[i];
        event.urgeId = mapped(urgeIds, event.urgeId);
        writeContact(event);
    }
    for (const CheckIn &checkIn : data.checkIns)
        writeCheckIn(checkIn);
    for (std::size_t i : byOldId(data.journalEntries)) {
        JournalEntry entry = data.journalEntries[i];
        entry.id = 0;
        writeJournalEntry(entry);
    }
}

} // namespace holdfast::storage
