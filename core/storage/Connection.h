#pragma once

// The store's one QtSql connection: opening it with the store's pragmas,
// running the schema migrations, prepared statements cached per connection,
// and write transactions (one RAII Transaction, see write()). It also keeps
// the refusal set by refuseWrites(): after damage, every write throws it.

#include "model/Clock.h"
#include "model/StoreError.h"
#include "storage/OpenOptions.h"
#include "storage/Transaction.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <map>
#include <memory>
#include <optional>
#include <type_traits>

namespace holdfast::storage {

class Connection
{
public:
    Connection(QString databasePath, QString backupDir, const OpenOptions &options);
    ~Connection();
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;

    // Opens the file with the store's pragmas, takes a backup and migrates an
    // older schema, then switches on WAL and foreign keys. Throws StoreError.
    void open();
    void close();

    const QSqlDatabase &db() const { return m_db; }
    QString databasePath() const { return m_path; }

    // A prepared statement for `sql`, prepared once per connection and reused.
    QSqlQuery &prepared(const QString &sql);
    // Forgets the cached statements (before VACUUM, ATTACH or DETACH).
    void clearStatements() { m_statements.clear(); }
    // Runs a prepared statement; throws StoreError mapped from SQLite's error.
    void exec(QSqlQuery &query, const char *context);
    void execDirect(const QString &sql, const char *context);
    // The id an insert into `table` gets: given before the insert, so sealed
    // texts can name their row in the associated data.
    std::int64_t nextId(const QString &table);
    // Deletes the row `id` with `sql` (one bound id), in a write transaction.
    void removeById(const QString &sql, std::int64_t id, const char *context);

    // `work` inside one write transaction: refused after damage, rolled back
    // on an exception, committed otherwise. Returns what `work` returns.
    template<typename Work>
    auto write(Work &&work) -> std::invoke_result_t<Work>
    {
        refuseIfDamaged();
        Transaction transaction(m_db);
        if constexpr (std::is_void_v<std::invoke_result_t<Work>>) {
            work();
            transaction.commit();
        } else {
            auto result = work();
            transaction.commit();
            return result;
        }
    }
    // `work` inside one read transaction: it sees one state of the file.
    template<typename Work>
    auto read(Work &&work) -> std::invoke_result_t<Work>
    {
        Transaction transaction(m_db, Transaction::Mode::Read);
        auto result = work();
        transaction.commit();
        return result;
    }

    bool changedElsewhere();
    void refuseWrites(const StoreError &reason);
    bool refusesWrites() const { return m_refusal.has_value(); }
    // Throws the reason given to refuseWrites(), if any.
    void refuseIfDamaged() const;
    // The database, its -wal and -shm: owner-only.
    void restrictWalFiles() const;
    // VACUUM and a truncating WAL checkpoint: no old page stays in the files.
    void compact();
    Moment now() const;

private:
    void migrate();

    QString m_path;
    QString m_backupDir;
    OpenOptions m_options;
    QString m_connectionName;
    QSqlDatabase m_db;
    std::map<QString, std::unique_ptr<QSqlQuery>> m_statements;
    std::optional<StoreError> m_refusal;
    // PRAGMA data_version as last seen by changedElsewhere().
    std::optional<qint64> m_dataVersion;
};

} // namespace holdfast::storage
