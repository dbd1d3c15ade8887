#include "storage/Connection.h"

#include "storage/Backups.h"
#include "storage/DataFolder.h"
#include "storage/FinishOnExit.h"
#include "storage/Migrations.h"
#include "storage/PrivateFiles.h"
#include "storage/ScopedConnection.h"
#include "storage/SqlErrors.h"
#include "storage/SqlValues.h"

#include <QFileInfo>
#include <QSqlError>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace holdfast::storage {

using Kind = StoreError::Kind;

Connection::Connection(QString databasePath, QString backupDir, const OpenOptions &options)
    : m_path(std::move(databasePath)), m_backupDir(std::move(backupDir)), m_options(options)
{
}

Connection::~Connection()
{
    close();
}

void Connection::open()
{
    m_connectionName = datafolder::nextConnectionName("store");
    m_db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
    requireDriver(m_db);
    m_db.setDatabaseName(m_path);
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
    migrate();
}

void Connection::migrate()
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
            backups::vacuumInto(m_db, m_backupDir, now(), u"before_migration_to_v%1"_s.arg(latest));
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

void Connection::close()
{
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

QSqlQuery &Connection::prepared(const QString &sql)
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        auto query = std::make_unique<QSqlQuery>(m_db);
        query->setForwardOnly(true);
        if (!query->prepare(sql)) {
            // Every statement is fixed and runs against the schema its
            // migrations made, so a plain SQL error here ("no such column")
            // means the file's schema was damaged, not that it is busy.
            const StoreError error = storeError(query->lastError(), "prepare statement");
            if (sqliteResultCode(query->lastError()) == 1)
                throw StoreError(StoreError::Kind::Corrupt, error.what());
            throw error;
        }
        it = m_statements.emplace(sql, std::move(query)).first;
    }
    return *it->second;
}

void Connection::exec(QSqlQuery &query, const char *context)
{
    if (!query.exec()) {
        const QSqlError error = query.lastError();
        query.finish();
        refuseIfDamaged(); // query_only's "read-only" is the damage, not the folder
        throw storeError(error, context);
    }
}

void Connection::execDirect(const QString &sql, const char *context)
{
    QSqlQuery query(m_db);
    if (!query.exec(sql)) {
        const QSqlError error = query.lastError();
        refuseIfDamaged();
        throw storeError(error, context);
    }
}

std::int64_t Connection::nextId(const QString &table)
{
    QSqlQuery &query = prepared(u"SELECT coalesce(max(id), 0) + 1 FROM %1"_s.arg(table));
    const FinishOnExit finish(query);
    exec(query, "pick an id");
    if (!query.next())
        throw StoreError(Kind::Other, "cannot pick an id in " + table.toStdString());
    return int64At(query, 0);
}

void Connection::removeById(const QString &sql, std::int64_t id, const char *context)
{
    write([&] {
        QSqlQuery &remove = prepared(sql);
        const FinishOnExit finish(remove);
        remove.bindValue(0, i64(id));
        exec(remove, context);
    });
}

bool Connection::changedElsewhere()
{
    QSqlQuery query(m_db);
    if (!query.exec(u"PRAGMA data_version"_s) || !query.next())
        return false;
    const qint64 version = query.value(0).toLongLong();
    const bool changed = m_dataVersion && *m_dataVersion != version;
    m_dataVersion = version;
    return changed;
}

void Connection::refuseWrites(const StoreError &reason)
{
    m_refusal = reason;
    // SQLite itself then refuses every change on this connection.
    QSqlQuery query(m_db);
    query.exec(u"PRAGMA query_only = 1"_s);
}

void Connection::refuseIfDamaged() const
{
    if (m_refusal)
        throw *m_refusal;
}

void Connection::restrictWalFiles() const
{
    for (const QString &path : QStringList{m_path, m_path + u"-wal"_s, m_path + u"-shm"_s}) {
        if (QFileInfo::exists(path))
            privatefiles::restrictFile(path);
    }
}

void Connection::compact()
{
    m_statements.clear();
    execDirect(u"VACUUM main"_s, "compact the database");
    execDirect(u"PRAGMA main.wal_checkpoint(TRUNCATE)"_s, "checkpoint the database");
    restrictWalFiles();
}

Moment Connection::now() const
{
    return backups::nowFrom(m_options.clock);
}

} // namespace holdfast::storage
