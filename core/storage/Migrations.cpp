#include "storage/Migrations.h"

#include "storage/SqlErrors.h"
#include "storage/Transaction.h"

#include <QFile>
#include <QSqlQuery>

#include <mutex>

using namespace Qt::StringLiterals;

// Q_INIT_RESOURCE cannot be used inside a namespace. The resource is compiled
// into the static library, so nothing would pull its object file in otherwise.
static void initMigrationResources()
{
    Q_INIT_RESOURCE(migrations);
}

namespace holdfast::storage {

namespace {

void ensureResources()
{
    static std::once_flag once;
    std::call_once(once, [] { initMigrationResources(); });
}

QString resourcePath(int version)
{
    return u":/holdfast/migrations/%1.sql"_s.arg(version, 3, 10, QLatin1Char('0'));
}

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_';
}

} // namespace

int Migrations::latestVersion()
{
    ensureResources();
    int version = 0;
    while (QFile::exists(resourcePath(version + 1)))
        ++version;
    return version;
}

QString Migrations::script(int version)
{
    ensureResources();
    QFile file(resourcePath(version));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

QStringList Migrations::splitStatements(const QString &script)
{
    QStringList statements;
    QString current;
    int depth = 0; // BEGIN/CASE ... END nesting; ';' inside a trigger body does not end it
    const qsizetype n = script.size();
    qsizetype i = 0;
    auto flush = [&] {
        const QString statement = current.trimmed();
        if (!statement.isEmpty())
            statements.append(statement);
        current.clear();
    };
    while (i < n) {
        const QChar c = script.at(i);
        if (c == u'-' && i + 1 < n && script.at(i + 1) == u'-') {
            while (i < n && script.at(i) != u'\n')
                ++i;
            continue;
        }
        if (c == u'/' && i + 1 < n && script.at(i + 1) == u'*') {
            const qsizetype end = script.indexOf(u"*/"_s, i + 2);
            i = end < 0 ? n : end + 2;
            current.append(u' ');
            continue;
        }
        if (c == u'\'' || c == u'"' || c == u'`' || c == u'[') {
            const QChar close = c == u'[' ? QChar(u']') : c;
            qsizetype j = i + 1;
            while (j < n) {
                if (script.at(j) == close) {
                    // A doubled quote is an escaped quote inside the literal.
                    if (close != u']' && j + 1 < n && script.at(j + 1) == close) {
                        j += 2;
                        continue;
                    }
                    break;
                }
                ++j;
            }
            const qsizetype end = j < n ? j + 1 : n;
            current.append(script.mid(i, end - i));
            i = end;
            continue;
        }
        if (isWordChar(c)) {
            qsizetype j = i;
            while (j < n && isWordChar(script.at(j)))
                ++j;
            const QString word = script.mid(i, j - i);
            if (word.compare(u"BEGIN"_s, Qt::CaseInsensitive) == 0
                || word.compare(u"CASE"_s, Qt::CaseInsensitive) == 0)
                ++depth;
            else if (word.compare(u"END"_s, Qt::CaseInsensitive) == 0 && depth > 0)
                --depth;
            current.append(word);
            i = j;
            continue;
        }
        if (c == u';' && depth == 0) {
            flush();
            ++i;
            continue;
        }
        current.append(c);
        ++i;
    }
    flush();
    return statements;
}

void Migrations::apply(const QSqlDatabase &db, int version)
{
    const QString sql = script(version);
    if (sql.isEmpty())
        throw StoreError(StoreError::Kind::MigrationFailed, "missing schema step " + std::to_string(version));

    auto fail = [version](const QSqlError &error, const QString &statement) {
        StoreError mapped = storeError(error, "schema step " + std::to_string(version) + " failed at `"
                                                  + statement.left(80).toStdString() + '`');
        // Running out of space or permissions is worth telling apart; anything
        // else means the step does not fit this database.
        if (mapped.kind() == StoreError::Kind::DiskFull || mapped.kind() == StoreError::Kind::ReadOnly)
            return mapped;
        return StoreError(StoreError::Kind::MigrationFailed, mapped.what());
    };

    Transaction transaction(db);
    QSqlQuery query(db);
    for (const QString &statement : splitStatements(sql)) {
        if (!query.exec(statement))
            throw fail(query.lastError(), statement);
    }
    // Steps that rebuild tables run with foreign keys off (the caller turns
    // them off); make sure they left every reference intact before committing.
    if (!query.exec(u"PRAGMA foreign_key_check"_s))
        throw fail(query.lastError(), u"PRAGMA foreign_key_check"_s);
    if (query.next())
        throw StoreError(StoreError::Kind::MigrationFailed,
                         "schema step " + std::to_string(version) + " broke a reference in table "
                             + query.value(0).toString().toStdString());
    query.finish();
    // PRAGMA takes no bound values; the version is our own integer.
    if (!query.exec(u"PRAGMA user_version = %1"_s.arg(version)))
        throw fail(query.lastError(), u"PRAGMA user_version"_s);
    transaction.commit();
}

} // namespace holdfast::storage
