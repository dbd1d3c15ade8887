#pragma once

// The name of a backup file: holdfast-YYYY-MM-DD-HHMMSS[.N]-tag.sqlite, in the
// user's local time when it was taken. The name alone orders backups and tells
// whether today's daily backup exists, without opening any file.

#include "model/LocalDate.h"
#include "model/Moment.h"

#include <QString>

#include <compare>
#include <optional>

namespace holdfast::storage {

class BackupName
{
public:
    BackupName() = default;
    // `tag` is reduced to [a-z0-9_] ("Before migration 2" -> "before_migration_2").
    BackupName(const Moment &takenAt, const QString &tag, int sequence = 1);

    static std::optional<BackupName> parse(const QString &fileName);
    static QString sanitizeTag(const QString &tag);

    QString fileName() const;
    LocalDate date() const { return m_date; }
    int secondOfDay() const { return m_secondOfDay; }
    // 1 for the first backup taken in a given second, then 2, 3, ...
    int sequence() const { return m_sequence; }
    QString tag() const { return m_tag; }
    BackupName withSequence(int sequence) const;

    // Older < newer: by date, time of day, then sequence.
    friend std::strong_ordering operator<=>(const BackupName &a, const BackupName &b);
    friend bool operator==(const BackupName &a, const BackupName &b) { return (a <=> b) == 0; }

private:
    LocalDate m_date;
    int m_secondOfDay = 0;
    int m_sequence = 1;
    QString m_tag;
};

} // namespace holdfast::storage
