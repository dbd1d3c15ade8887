#pragma once

// The one place that knows which columns hold text the user wrote and seals
// or opens them (docs/PRIVACY.md): '' stays '', plain while encryption is off,
// sealed for its place (table.column#rowKey) while on. Opening checks that a
// text is what the store's state says it must be (Tampered otherwise) and that
// the data key is there (Locked otherwise); rewriting every text for a change
// of encryption uses the same checks.

#include "storage/FieldCipher.h"

#include <QString>
#include <QVariant>

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace holdfast::storage {

class Connection;

// A column that holds text the user wrote.
struct SealedColumn
{
    const char *table;
    const char *column;
};

namespace sealed {
inline constexpr SealedColumn urgeNote{"urges", "note"};
inline constexpr SealedColumn urgeActionLabel{"urges", "action_label"};
inline constexpr SealedColumn urgeCustomTrigger{"urge_triggers", "custom_text"};
inline constexpr SealedColumn contactNote{"contacts", "note"};
inline constexpr SealedColumn checkInIntention{"check_ins", "intention"};
inline constexpr SealedColumn lookBackHelped{"look_backs", "helped"};
inline constexpr SealedColumn lookBackTomorrow{"look_backs", "tomorrow"};
inline constexpr SealedColumn journalText{"journal_entries", "text"};
inline constexpr SealedColumn journalTag{"journal_tags", "tag"};
inline constexpr SealedColumn unsentText{"unsent_messages", "text"};
inline constexpr SealedColumn reasonText{"reasons", "text"};
inline constexpr SealedColumn personName{"support_people", "name"};
inline constexpr SealedColumn personContact{"support_people", "contact"};
inline constexpr SealedColumn personNote{"support_people", "note"};
inline constexpr SealedColumn activityTitle{"activities", "title"};
inline constexpr SealedColumn planCustomTrigger{"if_then_plans", "custom_trigger"};
inline constexpr SealedColumn planText{"if_then_plans", "plan"};
inline constexpr SealedColumn riskDateTitle{"risk_dates", "title"};
inline constexpr SealedColumn riskDatePlan{"risk_dates", "plan"};
} // namespace sealed

// A table with sealed columns: how SQL names a row's key (as idKey()/pairKey()
// do) and the column that names the record a row belongs to.
struct SealedTable
{
    const char *table;
    const char *rowKey;
    const char *ownerColumn;
    std::vector<SealedColumn> columns;
};

// Row keys as named in the associated data.
QString idKey(std::int64_t id);
QString pairKey(std::int64_t id, qint64 position);
// True for a stored value that is sealed (a BLOB).
bool isSealed(const QVariant &value);
[[noreturn]] void throwLocked(const std::string &what);

class TextSealer
{
public:
    explicit TextSealer(Connection &connection) : m_connection(connection) {}

    static const std::vector<SealedTable> &tables();

    bool encrypted() const { return m_encrypted; }
    void setEncrypted(bool encrypted) { m_encrypted = encrypted; }
    bool unlocked() const { return m_cipher != nullptr; }
    // Encryption is on and the data key is not given.
    bool locked() const { return m_encrypted && !m_cipher; }
    void setCipher(std::unique_ptr<FieldCipher> cipher) { m_cipher = std::move(cipher); }
    std::unique_ptr<FieldCipher> takeCipher() { return std::move(m_cipher); }

    // A text as it is stored; throws Locked when on and locked.
    QVariant seal(const SealedColumn &column, const QString &rowKey, const std::string &plain) const;
    // The text of a stored value; throws Locked or Tampered.
    std::string open(const QVariant &stored, const SealedColumn &column, const QString &rowKey) const;
    // While locked, throws Locked when a row of `table` owned by `owner` holds
    // an encrypted text (an update would overwrite it).
    void refuseLockedOverwrite(std::string_view table, const QVariant &owner);
    // Re-stores every text: opened with `from` (plain when null), sealed with
    // `to` (plain when null). Runs inside the caller's transaction.
    void rewriteAll(const FieldCipher *from, const FieldCipher *to);

private:
    Connection &m_connection;
    // Encryption is on (an `encryption` row exists).
    bool m_encrypted = false;
    // The data key while unlocked; null when off or locked.
    std::unique_ptr<FieldCipher> m_cipher;
};

} // namespace holdfast::storage
