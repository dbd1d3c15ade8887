#include "CsvExporter.h"

#include "CsvWriter.h"

#include "model/RecordKeys.h"

#include <QDateTime>
#include <QDir>
#include <QTimeZone>

namespace holdfast::exchange {

namespace {

QString text(const std::string &value)
{
    return QString::fromStdString(value);
}

QString key(std::string_view value)
{
    return QString::fromUtf8(value.data(), qsizetype(value.size()));
}

QString date(const LocalDate &value)
{
    return QString::fromStdString(value.toIso());
}

QString flag(bool value)
{
    return value ? QStringLiteral("true") : QStringLiteral("false");
}

QString number(std::int64_t value)
{
    return QString::number(value);
}

QString optionalNumber(const std::optional<std::int64_t> &value)
{
    return value ? number(*value) : QString();
}

QString optionalInt(const std::optional<int> &value)
{
    return value ? QString::number(*value) : QString();
}

QString optionalTime(const std::optional<Moment> &moment)
{
    return moment ? CsvExporter::localTime(*moment) : QString();
}

// Several values in one cell, for reading (CSV is not imported back).
QString joined(const std::vector<std::string> &values)
{
    QStringList parts;
    for (const auto &value : values)
        parts.append(text(value));
    return parts.join(QStringLiteral(" | "));
}

CsvExporter::File urgesFile(const DataSet &data)
{
    CsvWriter csv({QStringLiteral("id"), QStringLiteral("start"), QStringLiteral("start_local_date"),
                   QStringLiteral("start_zone"), QStringLiteral("end"), QStringLiteral("outcome"), QStringLiteral("kind"),
                   QStringLiteral("start_intensity"), QStringLiteral("peak_intensity"), QStringLiteral("final_intensity"),
                   QStringLiteral("intensities"), QStringLiteral("triggers"), QStringLiteral("custom_triggers"),
                   QStringLiteral("hungry"), QStringLiteral("angry"), QStringLiteral("lonely"), QStringLiteral("tired"),
                   QStringLiteral("action"), QStringLiteral("action_id"), QStringLiteral("action_label"),
                   QStringLiteral("unsent_message_id"), QStringLiteral("note")});
    for (const auto &u : data.urges) {
        QStringList intensities;
        for (const auto &sample : u.samples)
            intensities.append(QString::number(sample.intensity));
        std::vector<std::string> triggers;
        for (const Trigger trigger : u.triggers)
            triggers.emplace_back(triggerKey(trigger));
        csv.addRow({number(u.id), CsvExporter::localTime(u.start), date(u.start.localDate), text(u.start.zone),
                    optionalTime(u.end), key(outcomeKey(u.outcome)), key(urgeKindKey(u.kind)), optionalInt(u.startIntensity()),
                    optionalInt(u.peakIntensity()), optionalInt(u.finalIntensity()), intensities.join(u' '),
                    joined(triggers), joined(u.customTriggers), flag(u.halt.hungry), flag(u.halt.angry),
                    flag(u.halt.lonely), flag(u.halt.tired), key(actionKey(u.action)),
                    u.actionId ? number(u.actionId) : QString(), text(u.actionLabel), optionalNumber(u.unsentMessageId),
                    text(u.note)});
    }
    return {QStringLiteral("urges.csv"), csv.bytes()};
}

CsvExporter::File checkInsFile(const DataSet &data)
{
    CsvWriter csv({QStringLiteral("date"), QStringLiteral("recorded_at"), QStringLiteral("mood"), QStringLiteral("sleep"),
                   QStringLiteral("intention")});
    for (const auto &c : data.checkIns)
        csv.addRow({date(c.date), CsvExporter::localTime(c.recordedAt), QString::number(c.mood),
                    QString::number(c.sleep), text(c.intention)});
    return {QStringLiteral("check-ins.csv"), csv.bytes()};
}

CsvExporter::File lookBacksFile(const DataSet &data)
{
    CsvWriter csv({QStringLiteral("date"), QStringLiteral("recorded_at"), QStringLiteral("hardness"),
                   QStringLiteral("helped"), QStringLiteral("tomorrow")});
    for (const auto &l : data.lookBacks)
        csv.addRow({date(l.date), CsvExporter::localTime(l.recordedAt), QString::number(l.hardness), text(l.helped),
                    text(l.tomorrow)});
    return {QStringLiteral("look-backs.csv"), csv.bytes()};
}

CsvExporter::File journalFile(const DataSet &data)
{
    CsvWriter csv({QStringLiteral("id"), QStringLiteral("created"), QStringLiteral("created_local_date"),
                   QStringLiteral("updated"), QStringLiteral("mood"), QStringLiteral("tags"), QStringLiteral("text")});
    for (const auto &e : data.journalEntries)
        csv.addRow({number(e.id), CsvExporter::localTime(e.created), date(e.created.localDate),
                    CsvExporter::localTime(e.updated), optionalInt(e.mood), joined(e.tags), text(e.text)});
    return {QStringLiteral("journal.csv"), csv.bytes()};
}

CsvExporter::File unsentFile(const DataSet &data)
{
    CsvWriter csv({QStringLiteral("id"), QStringLiteral("written"), QStringLiteral("written_local_date"),
                   QStringLiteral("updated"), QStringLiteral("reread"), QStringLiteral("urge_id"), QStringLiteral("text")});
    for (const auto &m : data.unsentMessages)
        csv.addRow({number(m.id), CsvExporter::localTime(m.written), date(m.written.localDate),
                    CsvExporter::localTime(m.updated), optionalTime(m.reread), optionalNumber(m.urgeId), text(m.text)});
    return {QStringLiteral("unsent-messages.csv"), csv.bytes()};
}

CsvExporter::File contactsFile(const DataSet &data)
{
    CsvWriter csv({QStringLiteral("id"), QStringLiteral("at"), QStringLiteral("local_date"), QStringLiteral("initiator"),
                   QStringLiteral("channel"), QStringLiteral("replied"), QStringLiteral("purpose"), QStringLiteral("urge_id"),
                   QStringLiteral("note")});
    for (const auto &c : data.contacts)
        csv.addRow({number(c.id), CsvExporter::localTime(c.at), date(c.at.localDate), key(initiatorKey(c.initiator)),
                    key(channelKey(c.channel)), flag(c.replied), key(purposeKey(c.purpose)), optionalNumber(c.urgeId),
                    text(c.note)});
    return {QStringLiteral("contacts.csv"), csv.bytes()};
}

std::vector<CsvExporter::File> planFiles(const DataSet &data)
{
    std::vector<CsvExporter::File> files;
    {
        CsvWriter csv({QStringLiteral("id"), QStringLiteral("position"), QStringLiteral("text")});
        for (const auto &r : data.reasons)
            csv.addRow({number(r.id), QString::number(r.position), text(r.text)});
        files.push_back({QStringLiteral("reasons.csv"), csv.bytes()});
    }
    {
        CsvWriter csv({QStringLiteral("id"), QStringLiteral("position"), QStringLiteral("name"), QStringLiteral("contact"),
                       QStringLiteral("note")});
        for (const auto &p : data.supportPeople)
            csv.addRow({number(p.id), QString::number(p.position), text(p.name), text(p.contact), text(p.note)});
        files.push_back({QStringLiteral("support-people.csv"), csv.bytes()});
    }
    {
        CsvWriter csv({QStringLiteral("id"), QStringLiteral("position"), QStringLiteral("title")});
        for (const auto &a : data.activities)
            csv.addRow({number(a.id), QString::number(a.position), text(a.title)});
        files.push_back({QStringLiteral("activities.csv"), csv.bytes()});
    }
    {
        CsvWriter csv({QStringLiteral("id"), QStringLiteral("position"), QStringLiteral("trigger"),
                       QStringLiteral("custom_trigger"), QStringLiteral("plan")});
        for (const auto &p : data.ifThenPlans)
            csv.addRow({number(p.id), QString::number(p.position), key(triggerKey(p.trigger)), text(p.customTrigger),
                        text(p.plan)});
        files.push_back({QStringLiteral("if-then-plans.csv"), csv.bytes()});
    }
    {
        CsvWriter csv({QStringLiteral("id"), QStringLiteral("position"), QStringLiteral("title"), QStringLiteral("date"),
                       QStringLiteral("yearly"), QStringLiteral("plan")});
        for (const auto &r : data.riskDates)
            csv.addRow({number(r.id), QString::number(r.position), text(r.title), date(r.date), flag(r.yearly),
                        text(r.plan)});
        files.push_back({QStringLiteral("risk-dates.csv"), csv.bytes()});
    }
    return files;
}

} // namespace

QString CsvExporter::localTime(const Moment &moment)
{
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(moment.utcMs, QTimeZone(moment.offsetMinutes * 60));
    return at.toString(Qt::ISODate);
}

std::vector<CsvExporter::File> CsvExporter::files(const DataSet &data)
{
    std::vector<File> files{urgesFile(data), checkInsFile(data), lookBacksFile(data), journalFile(data), unsentFile(data), contactsFile(data)};
    for (auto &file : planFiles(data))
        files.push_back(std::move(file));
    return files;
}

WriteError CsvExporter::writeFolder(const QString &folder, const QString &prefix, const DataSet &data,
                                    QStringList *written, const QString &dataDir)
{
    if (const WriteError error = WholeFile::makeFolder(folder, dataDir))
        return error;
    const QDir dir(folder);
    std::vector<WholeFile::Part> parts;
    for (File &file : files(data))
        parts.push_back({dir.filePath(prefix + file.name), std::move(file.bytes)});
    if (const WriteError error = WholeFile::writeAll(parts, dataDir))
        return error;
    if (written) {
        for (const auto &part : parts)
            written->append(part.path);
    }
    return {};
}

} // namespace holdfast::exchange
