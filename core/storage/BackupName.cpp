#include "storage/BackupName.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace holdfast::storage {

BackupName::BackupName(const Moment &takenAt, const QString &tag, int sequence)
    : m_date(takenAt.localDate),
      m_sequence(sequence < 1 ? 1 : sequence),
      m_tag(sanitizeTag(tag))
{
    const std::int64_t localMs = takenAt.utcMs + std::int64_t(takenAt.offsetMinutes) * kMsPerMinute;
    const std::int64_t msOfDay = ((localMs % kMsPerDay) + kMsPerDay) % kMsPerDay;
    m_secondOfDay = int(msOfDay / 1000);
}

QString BackupName::sanitizeTag(const QString &tag)
{
    QString out;
    for (const QChar c : tag.toLower()) {
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9'))
            out.append(c);
        else if (!out.endsWith(u'_'))
            out.append(u'_');
    }
    while (out.startsWith(u'_'))
        out.remove(0, 1);
    while (out.endsWith(u'_'))
        out.chop(1);
    if (out.isEmpty())
        out = u"manual"_s;
    return out.left(40);
}

std::optional<BackupName> BackupName::parse(const QString &fileName)
{
    static const QRegularExpression pattern(
        u"^holdfast-(\\d{4}-\\d{2}-\\d{2})-(\\d{2})(\\d{2})(\\d{2})(?:\\.(\\d{1,6}))?-([a-z0-9_]{1,40})\\.sqlite$"_s);
    const QRegularExpressionMatch match = pattern.match(fileName);
    if (!match.hasMatch())
        return std::nullopt;
    const auto date = LocalDate::fromIso(match.captured(1).toStdString());
    const int hour = match.captured(2).toInt();
    const int minute = match.captured(3).toInt();
    const int second = match.captured(4).toInt();
    if (!date || hour > 23 || minute > 59 || second > 59)
        return std::nullopt;
    BackupName name;
    name.m_date = *date;
    name.m_secondOfDay = hour * 3600 + minute * 60 + second;
    name.m_sequence = match.captured(5).isEmpty() ? 1 : match.captured(5).toInt();
    name.m_tag = match.captured(6);
    return name;
}

QString BackupName::fileName() const
{
    const int hour = m_secondOfDay / 3600;
    const int minute = m_secondOfDay / 60 % 60;
    const int second = m_secondOfDay % 60;
    const QString sequence = m_sequence > 1 ? u".%1"_s.arg(m_sequence) : QString();
    return u"holdfast-%1-%2%3%4%5-%6.sqlite"_s.arg(QString::fromStdString(m_date.toIso()))
        .arg(hour, 2, 10, QLatin1Char('0'))
        .arg(minute, 2, 10, QLatin1Char('0'))
        .arg(second, 2, 10, QLatin1Char('0'))
        .arg(sequence, m_tag);
}

BackupName BackupName::withSequence(int sequence) const
{
    BackupName copy = *this;
    copy.m_sequence = sequence < 1 ? 1 : sequence;
    return copy;
}

std::strong_ordering operator<=>(const BackupName &a, const BackupName &b)
{
    if (const auto c = a.m_date <=> b.m_date; c != 0)
        return c;
    if (const auto c = a.m_secondOfDay <=> b.m_secondOfDay; c != 0)
        return c;
    if (const auto c = a.m_sequence <=> b.m_sequence; c != 0)
        return c;
    return a.m_tag.compare(b.m_tag) <=> 0;
}

} // namespace holdfast::storage
