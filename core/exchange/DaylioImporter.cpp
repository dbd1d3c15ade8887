#include "DaylioImporter.h"

#include "CsvReader.h"

#include <QDateTime>
#include <QRegularExpression>

#include <algorithm>
#include <array>
#include <map>

namespace holdfast::exchange {

namespace {

using Problem = ImportError::Problem;

constexpr int kFirstYear = 2;
constexpr int kLastYear = 9998;

struct Columns
{
    int fullDate = -1;
    int year = -1;
    int date = -1;
    int time = -1;
    int mood = -1;
    int activities = -1;
    int noteTitle = -1;
    int note = -1;
};

QString headerName(const QString &cell)
{
    return cell.trimmed().toLower();
}

Columns columnsOf(const QStringList &header)
{
    Columns c;
    for (int i = 0; i < header.size(); ++i) {
        const QString name = headerName(header.at(i));
        if (name == u"full_date")
            c.fullDate = i;
        else if (name == u"year")
            c.year = i;
        else if (name == u"date")
            c.date = i;
        else if (name == u"time")
            c.time = i;
        else if (name == u"mood")
            c.mood = i;
        else if (name == u"activities")
            c.activities = i;
        else if (name == u"note_title")
            c.noteTitle = i;
        else if (name == u"note")
            c.note = i;
    }
    return c;
}

QStringList missingColumns(const Columns &c)
{
    QStringList missing;
    if (c.fullDate < 0 && (c.year < 0 || c.date < 0))
        missing.append(QStringLiteral("full_date"));
    if (c.time < 0)
        missing.append(QStringLiteral("time"));
    if (c.mood < 0)
        missing.append(QStringLiteral("mood"));
    return missing;
}

ImportError errorAt(Problem problem, int line, int column, const QString &field, const QString &value = {})
{
    ImportError error;
    error.problem = problem;
    error.line = line;
    error.column = column;
    error.field = field;
    error.value = value;
    return error;
}

QString cell(const QStringList &fields, int column)
{
    return column >= 0 && column < fields.size() ? fields.at(column) : QString();
}

// Text is stored and exported through QString::fromUtf8, which drops a
// leading U+FEFF as a byte-order mark; dropping it (and spaces) here keeps
// what is imported equal to what is stored.
QString withoutLeadingMarks(QString text)
{
    qsizetype start = 0;
    while (start < text.size() && (text.at(start) == u'\uFEFF' || text.at(start).isSpace()))
        ++start;
    return text.mid(start);
}

// Daylio notes may carry simple formatting; line breaks are kept as line breaks.
QString plainNote(QString note)
{
    static const QRegularExpression lineBreak(QStringLiteral("<br\\s*/?>"), QRegularExpression::CaseInsensitiveOption);
    note.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    note.replace(lineBreak, QStringLiteral("\n"));
    return withoutLeadingMarks(note.trimmed());
}

QDateTime utcAt(std::int64_t ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc());
}

// The instant a wall-clock time in `zone` names. A time in a DST gap (02:30 on
// the night the clock jumps from 02:00 to 03:00) names none; it is read with
// the offset before the change, which gives the instant after the gap (03:30).
std::int64_t instantOf(const LocalDate &date, int minuteOfDay, const QTimeZone &zone)
{
    const QDateTime local(QDate(date.year(), int(date.month()), int(date.day())),
                          QTime(minuteOfDay / 60, minuteOfDay % 60), zone);
    if (local.isValid())
        return local.toMSecsSinceEpoch();
    const std::int64_t wallMs = (date.dayNumber() * 24 * 60 + minuteOfDay) * kMsPerMinute;
    for (const QTimeZone::OffsetData &change : zone.transitions(utcAt(wallMs - 2 * kMsPerDay), utcAt(wallMs + 2 * kMsPerDay))) {
        const std::int64_t atMs = change.atUtc.toMSecsSinceEpoch();
        const std::int64_t beforeMs = std::int64_t(zone.offsetFromUtc(utcAt(atMs - 1))) * 1000;
        const std::int64_t afterMs = std::int64_t(change.offsetFromUtc) * 1000;
        if (atMs + beforeMs <= wallMs && wallMs < atMs + afterMs)
            return wallMs - beforeMs;
    }
    return wallMs - std::int64_t(zone.offsetFromUtc(utcAt(wallMs))) * 1000;
}

Moment momentAt(const LocalDate &date, int minuteOfDay, const QTimeZone &givenZone)
{
    const QTimeZone zone = givenZone.isValid() ? givenZone : QTimeZone::utc();
    const std::int64_t instantMs = instantOf(date, minuteOfDay, zone);
    // The offset in force at that instant, also after a DST gap.
    const int offsetSeconds = zone.offsetFromUtc(utcAt(instantMs));
    const auto offsetMinutes = std::int32_t(offsetSeconds / 60);
    // Moments carry whole-minute offsets: keep the wall-clock minute and let
    // the instant give way by the seconds of an old local-mean-time offset
    // (+00:53:28 in Berlin before 1893), so localDate stays the date of the
    // instant at that offset.
    const std::int64_t wallMs = instantMs + std::int64_t(offsetSeconds) * 1000;
    return Moment::fromUtc(wallMs - offsetMinutes * kMsPerMinute, offsetMinutes, zone.id().toStdString());
}

} // namespace

std::optional<int> DaylioImporter::parseTime(const QString &text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^\\s*(\\d{1,2}):(\\d{2})(?::(\\d{2}))?\\s*(?:([ap])\\.?\\s*m\\.?)?\\s*$"),
        QRegularExpression::CaseInsensitiveOption);
    const auto match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    int hour = match.captured(1).toInt();
    const int minute = match.captured(2).toInt();
    if (minute > 59 || (match.hasCaptured(3) && match.captured(3).toInt() > 59))
        return std::nullopt;
    const QString half = match.captured(4).toLower();
    if (half.isEmpty()) {
        if (hour > 23)
            return std::nullopt;
    } else {
        if (hour < 1 || hour > 12)
            return std::nullopt;
        hour %= 12; // 12:05 am is 00:05, 12:05 pm is 12:05
        if (half == u"p")
            hour += 12;
    }
    return hour * 60 + minute;
}

std::optional<LocalDate> DaylioImporter::parseDayMonth(const QString &text, int year)
{
    static const QRegularExpression dayFirst(QStringLiteral("^\\s*(\\d{1,2})\\.?\\s+([A-Za-z]{3,})\\.?\\s*$"));
    static const QRegularExpression monthFirst(QStringLiteral("^\\s*([A-Za-z]{3,})\\.?\\s+(\\d{1,2})\\s*$"));
    QString dayText;
    QString monthText;
    if (const auto m = dayFirst.match(text); m.hasMatch()) {
        dayText = m.captured(1);
        monthText = m.captured(2);
    } else if (const auto n = monthFirst.match(text); n.hasMatch()) {
        monthText = n.captured(1);
        dayText = n.captured(2);
    } else {
        return std::nullopt;
    }
    monthText = monthText.toLower();
    static const std::array kFullMonths{u"january", u"february", u"march",     u"april",   u"may",      u"june",
                                        u"july",    u"august",   u"september", u"october", u"november", u"december"};
    for (std::size_t i = 0; i < kFullMonths.size(); ++i) {
        // "sep", "sept" and "september" all name September; "mayo" names nothing.
        const QStringView full(kFullMonths[i]);
        if (monthText.size() >= 3 && full.startsWith(monthText)) {
            const LocalDate date(year, unsigned(i + 1), unsigned(dayText.toInt()));
            if (date.isValid() && year >= 1 && year <= 9999)
                return date;
            return std::nullopt;
        }
    }
    return std::nullopt;
}

bool DaylioImporter::looksLikeDaylio(QByteArrayView bytes)
{
    // Like CsvReader: blank lines and byte-order marks before the header.
    while (true) {
        if (bytes.startsWith("\xEF\xBB\xBF"))
            bytes = bytes.sliced(3);
        else if (bytes.startsWith('\r') || bytes.startsWith('\n'))
            bytes = bytes.sliced(1);
        else
            break;
    }
    qsizetype end = bytes.indexOf('\n');
    if (end < 0)
        end = bytes.size();
    const QStringList header = QString::fromUtf8(bytes.first(end)).trimmed().split(u',');
    const Columns c = columnsOf(header);
    return missingColumns(c).isEmpty();
}

DaylioImporter::Parsed DaylioImporter::parse(QByteArrayView bytes)
{
    Parsed parsed;
    CsvReader::Result csv = CsvReader::read(bytes);
    if (csv.error) {
        parsed.error = csv.error;
        return parsed;
    }
    if (csv.records.empty()) {
        parsed.error = errorAt(Problem::Empty, 0, 0, {});
        return parsed;
    }
    const CsvReader::Record &header = csv.records.front();
    const Columns c = columnsOf(header.fields);
    if (const QStringList missing = missingColumns(c); !missing.isEmpty()) {
        parsed.error = errorAt(Problem::MissingColumns, header.line, 0, {}, missing.join(QStringLiteral(", ")));
        return parsed;
    }
    if (csv.records.size() == 1) {
        parsed.error = errorAt(Problem::NoEntries, header.line, 0, {});
        return parsed;
    }

    const auto columnName = [&](int column) { return headerName(header.fields.at(column)); };
    DaylioFile &file = parsed.file;
    QStringList seenMoods; // case-folded
    for (std::size_t r = 1; r < csv.records.size(); ++r) {
        const CsvReader::Record &record = csv.records[r];
        const QStringList &fields = record.fields;
        if (fields.size() != header.fields.size()) {
            ImportError error = errorAt(Problem::WrongColumnCount, record.line, 0, {}, QString::number(fields.size()));
            error.high = header.fields.size();
            parsed.error = error;
            parsed.file = {};
            return parsed;
        }
        DaylioEntry entry;
        entry.line = record.line;
        std::optional<LocalDate> date;
        int dateColumn = c.fullDate;
        if (c.fullDate >= 0) {
            date = LocalDate::fromIso(fields.at(c.fullDate).trimmed().toStdString());
        } else {
            bool ok = false;
            const int year = fields.at(c.year).trimmed().toInt(&ok);
            dateColumn = c.date;
            if (!ok) {
                dateColumn = c.year;
            } else {
                date = parseDayMonth(fields.at(c.date), year);
            }
        }
        // A year away from the ends of 1..9999, so that the time, read in any
        // zone, is still an instant Holdfast can store (0001-01-01 00:10 in
        // Berlin was 23:16 UTC the day before).
        if (date && (date->year() < kFirstYear || date->year() > kLastYear))
            date.reset();
        if (!date) {
            parsed.error = errorAt(Problem::BadDate, record.line, dateColumn + 1, columnName(dateColumn),
                                   fields.at(dateColumn).trimmed());
            parsed.file = {};
            return parsed;
        }
        entry.date = *date;
        const auto minute = parseTime(fields.at(c.time));
        if (!minute) {
            parsed.error = errorAt(Problem::BadTime, record.line, c.time + 1, columnName(c.time), fields.at(c.time).trimmed());
            parsed.file = {};
            return parsed;
        }
        entry.minuteOfDay = *minute;
        entry.mood = fields.at(c.mood).simplified();
        if (entry.mood.isEmpty()) {
            parsed.error = errorAt(Problem::NoMood, record.line, c.mood + 1, columnName(c.mood));
            parsed.file = {};
            return parsed;
        }
        const QString folded = entry.mood.toCaseFolded();
        if (!seenMoods.contains(folded)) {
            seenMoods.append(folded);
            file.moodLabels.append(entry.mood);
        }
        for (const QString &activity : cell(fields, c.activities).split(u'|')) {
            const QString name = withoutLeadingMarks(activity.simplified());
            if (!name.isEmpty() && !entry.activities.contains(name))
                entry.activities.append(name);
        }
        entry.noteTitle = plainNote(cell(fields, c.noteTitle));
        entry.note = plainNote(cell(fields, c.note));
        file.entries.push_back(std::move(entry));
    }
    return parsed;
}

ImportResult DaylioImporter::toDataSet(const DaylioFile &file, const DaylioMoodMap &moods, const QTimeZone &zone)
{
    ImportResult result;
    for (const DaylioEntry &entry : file.entries) {
        if (!moods.mood(entry.mood)) {
            result.error = errorAt(Problem::UnmappedMood, entry.line, 0, {}, entry.mood);
            return result;
        }
    }

    struct Day
    {
        int sum = 0;
        int count = 0;
        int lastMinute = -1;
    };
    std::map<LocalDate, Day> days;
    std::vector<const DaylioEntry *> notes;
    for (const DaylioEntry &entry : file.entries) {
        Day &day = days[entry.date];
        day.sum += *moods.mood(entry.mood);
        ++day.count;
        day.lastMinute = std::max(day.lastMinute, entry.minuteOfDay);
        if (!entry.note.isEmpty() || !entry.noteTitle.isEmpty())
            notes.push_back(&entry);
    }
    for (const auto &[date, day] : days) {
        CheckIn checkIn;
        checkIn.date = date;
        checkIn.recordedAt = momentAt(date, day.lastMinute, zone);
        // Halves round up: a day of "good" and "meh" (4 and 3) is a 4.
        checkIn.mood = (2 * day.sum + day.count) / (2 * day.count);
        checkIn.sleep = 3; // Daylio has no sleep rating; the middle of the scale
        result.data.checkIns.push_back(checkIn);
    }
    std::stable_sort(notes.begin(), notes.end(), [](const DaylioEntry *a, const DaylioEntry *b) {
        return std::pair(a->date, a->minuteOfDay) < std::pair(b->date, b->minuteOfDay);
    });
    std::int64_t id = 1;
    for (const DaylioEntry *entry : notes) {
        JournalEntry journal;
        journal.id = id++;
        journal.created = momentAt(entry->date, entry->minuteOfDay, zone);
        journal.updated = journal.created;
        const QString text = entry->noteTitle.isEmpty() ? entry->note
            : entry->note.isEmpty()                     ? entry->noteTitle
                                                        : entry->noteTitle + QStringLiteral("\n\n") + entry->note;
        journal.text = text.toStdString();
        journal.mood = moods.mood(entry->mood);
        for (const QString &activity : entry->activities)
            journal.tags.push_back(activity.toStdString());
        result.data.journalEntries.push_back(std::move(journal));
    }
    return result;
}

} // namespace holdfast::exchange
