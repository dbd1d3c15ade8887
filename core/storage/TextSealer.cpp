#include "storage/TextSealer.h"

#include "model/StoreError.h"
#include "storage/Connection.h"
#include "storage/FinishOnExit.h"
#include "storage/SqlErrors.h"
#include "storage/SqlValues.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace holdfast::storage {

namespace {

using Kind = StoreError::Kind;

std::string placeOf(const SealedColumn &column, const QString &rowKey)
{
    return std::string(column.table) + '.' + column.column + '#' + rowKey.toStdString();
}

// Opens a stored text with `cipher` for a store whose encryption is `encrypted`:
// the one set of tamper checks, for reading and for rewriting alike. `encrypted`
// is what the store holds; a missing key is Locked.
std::string openWith(const FieldCipher *cipher, bool encrypted, const QVariant &stored, const SealedColumn &column,
                     const QString &rowKey)
{
    if (!isSealed(stored)) {
        std::string plain = str(stored);
        // Encrypted stores hold only sealed or empty texts: plain text there was put in behind our back.
        if (encrypted && !plain.empty())
            throw StoreError(Kind::Tampered, placeOf(column, rowKey) + " is plain text in an encrypted store");
        return plain;
    }
    if (!encrypted)
        throw StoreError(Kind::Tampered, placeOf(column, rowKey) + " is sealed in an unencrypted store");
    if (!cipher)
        throwLocked(std::string("read ") + column.table + '.' + column.column);
    std::optional<std::string> opened = cipher->open(stored.toByteArray(), placeOf(column, rowKey));
    if (!opened)
        throw StoreError(Kind::Tampered, placeOf(column, rowKey) + " failed its authenticity check");
    return std::move(*opened);
}

} // namespace

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

void throwLocked(const std::string &what)
{
    throw StoreError(Kind::Locked, what + ": the data is locked");
}

const std::vector<SealedTable> &TextSealer::tables()
{
    // The row keys in SQL give exactly what idKey()/pairKey() give.
    static const std::vector<SealedTable> tables{
        {"urges", "CAST(id AS TEXT)", "id", {sealed::urgeNote, sealed::urgeActionLabel}},
        {"urge_triggers", "urge_id || '/' || position", "urge_id", {sealed::urgeCustomTrigger}},
        {"contacts", "CAST(id AS TEXT)", "id", {sealed::contactNote}},
        {"check_ins", "local_date", "local_date", {sealed::checkInIntention}},
        {"look_backs", "local_date", "local_date", {sealed::lookBackHelped, sealed::lookBackTomorrow}},
        {"journal_entries", "CAST(id AS TEXT)", "id", {sealed::journalText}},
        {"journal_tags", "entry_id || '/' || position", "entry_id", {sealed::journalTag}},
        {"unsent_messages", "CAST(id AS TEXT)", "id", {sealed::unsentText}},
        {"reasons", "CAST(id AS TEXT)", "id", {sealed::reasonText}},
        {"support_people", "CAST(id AS TEXT)", "id", {sealed::personName, sealed::personContact, sealed::personNote}},
        {"activities", "CAST(id AS TEXT)", "id", {sealed::activityTitle}},
        {"if_then_plans", "CAST(id AS TEXT)", "id", {sealed::planCustomTrigger, sealed::planText}},
        {"risk_dates", "CAST(id AS TEXT)", "id", {sealed::riskDateTitle, sealed::riskDatePlan}},
    };
    return tables;
}

QVariant TextSealer::seal(const SealedColumn &column, const QString &rowKey, const std::string &plain) const
{
    if (plain.empty() || !m_encrypted)
        return text(plain);
    if (!m_cipher)
        throwLocked(std::string("write ") + column.table + '.' + column.column);
    return m_cipher->seal(plain, placeOf(column, rowKey));
}

std::string TextSealer::open(const QVariant &stored, const SealedColumn &column, const QString &rowKey) const
{
    return openWith(m_cipher.get(), m_encrypted, stored, column, rowKey);
}

void TextSealer::refuseLockedOverwrite(std::string_view table, const QVariant &owner)
{
    if (!locked())
        return;
    for (const SealedTable &sealedTable : tables()) {
        if (table != sealedTable.table)
            continue;
        QStringList sealedTests;
        for (const SealedColumn &column : sealedTable.columns)
            sealedTests.append(u"typeof(%1) = 'blob'"_s.arg(QLatin1String(column.column)));
        // Names come from tables(), never from input.
        QSqlQuery &query = m_connection.prepared(u"SELECT 1 FROM %1 WHERE %2 = ? AND (%3) LIMIT 1"_s.arg(
            QLatin1String(sealedTable.table), QLatin1String(sealedTable.ownerColumn), sealedTests.join(u" OR "_s)));
        const FinishOnExit finish(query);
        query.bindValue(0, owner);
        m_connection.exec(query, "check for encrypted text");
        if (query.next())
            throwLocked("overwrite " + std::string(table));
        return;
    }
}

void TextSealer::rewriteAll(const FieldCipher *from, const FieldCipher *to)
{
    const QSqlDatabase &db = m_connection.db();
    for (const SealedTable &sealedTable : tables()) {
        QStringList columns;
        QStringList sets;
        for (const SealedColumn &column : sealedTable.columns) {
            columns.append(QLatin1String(column.column));
            sets.append(QLatin1String(column.column) + u" = ?"_s);
        }
        std::vector<QVariantList> updates;
        {
            QSqlQuery query(db);
            query.setForwardOnly(true);
            if (!query.exec(u"SELECT rowid, %1, %2 FROM %3"_s.arg(QLatin1String(sealedTable.rowKey),
                                                                   columns.join(u", "_s),
                                                                   QLatin1String(sealedTable.table))))
                throw storeError(query.lastError(), "read texts to rewrite");
            while (query.next()) {
                const QString rowKey = query.value(1).toString();
                QVariantList values;
                bool changes = false;
                for (std::size_t i = 0; i < sealedTable.columns.size(); ++i) {
                    const SealedColumn &column = sealedTable.columns[i];
                    // Opened as the store it comes from holds it: encrypted exactly when `from` is given.
                    const std::string plain = openWith(from, from != nullptr, query.value(2 + int(i)), column, rowKey);
                    changes = changes || !plain.empty();
                    values << ((plain.empty() || !to) ? text(plain) : QVariant(to->seal(plain, placeOf(column, rowKey))));
                }
                if (changes) {
                    values << query.value(0);
                    updates.push_back(std::move(values));
                }
            }
        }
        QSqlQuery update(db);
        if (!update.prepare(
                u"UPDATE %1 SET %2 WHERE rowid = ?"_s.arg(QLatin1String(sealedTable.table), sets.join(u", "_s))))
            throw storeError(update.lastError(), "rewrite texts");
        for (const QVariantList &values : updates) {
            bindAll(update, values);
            if (!update.exec())
                throw storeError(update.lastError(), "rewrite texts");
        }
    }
}

} // namespace holdfast::storage
