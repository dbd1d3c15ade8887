#pragma once

// The conversions between the core's values and what QtSql binds and reads:
// ids, texts, dates, the four columns of a stored moment and the stable keys
// of enumerations. Shared by every repository, so a moment is stored one way.

#include "model/Store.h"

#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <QVariantList>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace holdfast::storage {

// The trigger key of a trigger the user named (its name is sealed text).
inline constexpr auto kCustomTriggerKey = "custom";

QVariant i64(std::int64_t value);
// An empty text stays '' (QtSql binds a null QString as NULL).
QVariant text(const std::string &value);
QVariant iso(const LocalDate &date);
// SQL NULL.
QVariant nullValue();
std::string str(const QVariant &value);
std::int64_t int64At(const QSqlQuery &query, int column);
int intAt(const QSqlQuery &query, int column);
std::optional<LocalDate> dateFrom(const QVariant &value);

// The four columns of a stored moment (utc ms, offset, zone, local date) from `column` on.
Moment momentAt(const QSqlQuery &query, int column);
std::optional<Moment> optionalMomentAt(const QSqlQuery &query, int column);
void appendMoment(QVariantList &values, const Moment &moment);
void appendOptionalMoment(QVariantList &values, const std::optional<Moment> &moment);
void bindAll(QSqlQuery &query, const QVariantList &values);

// Stable keys (model/RecordKeys, as exports write them); an unknown key reads
// as the default rather than failing a load.
QString keyText(std::string_view key);
QString outcomeText(UrgeOutcome outcome);
UrgeOutcome outcomeFromText(const QString &key);
QString urgeKindText(UrgeKind kind);
UrgeKind urgeKindFromText(const QString &key);
QString actionText(ActionKind kind);
ActionKind actionFromText(const QString &key);
QString initiatorText(Initiator initiator);
Initiator initiatorFromText(const QString &key);
QString channelText(ContactChannel channel);
ContactChannel channelFromText(const QString &key);
QString triggerKeyText(Trigger trigger);
Trigger triggerFromText(const QString &key);
QString themeText(Theme theme);
Theme themeFromText(const QString &key);

} // namespace holdfast::storage
