#include "JsonExporter.h"

#include "model/RecordKeys.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QFile>

namespace holdfast::exchange {

namespace {

QJsonValue text(const std::string &value)
{
    return QString::fromStdString(value);
}

QJsonValue key(std::string_view value)
{
    return QString::fromUtf8(value.data(), qsizetype(value.size()));
}

QJsonValue date(const LocalDate &value)
{
    return QString::fromStdString(value.toIso());
}

QJsonValue moment(const Moment &m)
{
    return QJsonObject{
        {QStringLiteral("utcMs"), qint64(m.utcMs)},
        {QStringLiteral("offsetMinutes"), m.offsetMinutes},
        {QStringLiteral("zone"), text(m.zone)},
        {QStringLiteral("localDate"), date(m.localDate)},
    };
}

QJsonValue optionalMoment(const std::optional<Moment> &m)
{
    return m ? moment(*m) : QJsonValue(QJsonValue::Null);
}

QJsonValue optionalId(const std::optional<std::int64_t> &id)
{
    return id ? QJsonValue(qint64(*id)) : QJsonValue(QJsonValue::Null);
}

QJsonArray texts(const std::vector<std::string> &values)
{
    QJsonArray array;
    for (const auto &value : values)
        array.append(text(value));
    return array;
}

template<typename T, typename Fn>
QJsonArray list(const std::vector<T> &items, Fn toJson)
{
    QJsonArray array;
    for (const auto &item : items)
        array.append(toJson(item));
    return array;
}

QJsonObject settingsObject(const Settings &s)
{
    QJsonObject object{
        {QStringLiteral("breakupDate"), s.breakupDate ? date(*s.breakupDate) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("noContactSince"), optionalMoment(s.noContactSince)},
        {QStringLiteral("weekStart"), key(weekdayKey(s.weekStart))},
        {QStringLiteral("morningReminderMinute"), s.morningReminderMinute},
        {QStringLiteral("language"), text(s.language)},
        {QStringLiteral("theme"), key(themeKey(s.theme))},
        {QStringLiteral("crisisText"), text(s.crisisText)},
        {QStringLiteral("crisisCountry"), text(s.crisisCountry)},
        {QStringLiteral("timerMinutes"), s.timerMinutes},
        {QStringLiteral("extendMinutes"), s.extendMinutes},
        {QStringLiteral("theirContactCountsOnlyIfReplied"), s.theirContactCountsOnlyIfReplied},
        {QStringLiteral("onboardingDone"), s.onboardingDone},
        {QStringLiteral("backupsToKeep"), s.backupsToKeep},
        {QStringLiteral("autoLockMinutes"), s.autoLockMinutes},
        {QStringLiteral("lowContact"), s.lowContact},
        {QStringLiteral("lookBack"), s.lookBack},
        {QStringLiteral("lookBackReminderMinute"), s.lookBackReminderMinute},
    };
    if (!s.daylioMoods.empty()) {
        QJsonObject moods;
        for (const auto &[label, mood] : s.daylioMoods)
            moods.insert(QString::fromStdString(label), mood);
        object.insert(QStringLiteral("daylioMoods"), moods);
    }
    if (!s.clearedPath.empty()) {
        QJsonArray steps;
        for (const PathStep step : s.clearedPath)
            steps.append(key(pathStepKey(step)));
        object.insert(QStringLiteral("clearedPath"), steps);
    }
    object.insert(QStringLiteral("discreet"), s.discreet);
    object.insert(QStringLiteral("panicLabel"), text(s.panicLabel));
    if (!s.replyTemplates.empty())
        object.insert(QStringLiteral("replyTemplates"), texts(s.replyTemplates));
    return object;
}

QJsonObject urgeObject(const UrgeRecord &u)
{
    QJsonArray triggers;
    for (const Trigger trigger : u.triggers)
        triggers.append(key(triggerKey(trigger)));
    return QJsonObject{
        {QStringLiteral("id"), qint64(u.id)},
        {QStringLiteral("start"), moment(u.start)},
        {QStringLiteral("end"), optionalMoment(u.end)},
        {QStringLiteral("samples"), list(u.samples, [](const IntensitySample &s) {
             return QJsonObject{{QStringLiteral("utcMs"), qint64(s.utcMs)}, {QStringLiteral("intensity"), s.intensity}};
         })},
        {QStringLiteral("triggers"), triggers},
        {QStringLiteral("customTriggers"), texts(u.customTriggers)},
        {QStringLiteral("halt"), QJsonObject{
             {QStringLiteral("hungry"), u.halt.hungry},
             {QStringLiteral("angry"), u.halt.angry},
             {QStringLiteral("lonely"), u.halt.lonely},
             {QStringLiteral("tired"), u.halt.tired},
         }},
        {QStringLiteral("action"), key(actionKey(u.action))},
        {QStringLiteral("actionId"), qint64(u.actionId)},
        {QStringLiteral("actionLabel"), text(u.actionLabel)},
        {QStringLiteral("unsentMessageId"), optionalId(u.unsentMessageId)},
        {QStringLiteral("outcome"), key(outcomeKey(u.outcome))},
        {QStringLiteral("note"), text(u.note)},
        {QStringLiteral("kind"), key(urgeKindKey(u.kind))},
    };
}

QJsonObject contactObject(const ContactEvent &c)
{
    return QJsonObject{
        {QStringLiteral("id"), qint64(c.id)},
        {QStringLiteral("at"), moment(c.at)},
        {QStringLiteral("initiator"), key(initiatorKey(c.initiator))},
        {QStringLiteral("channel"), key(channelKey(c.channel))},
        {QStringLiteral("replied"), c.replied},
        {QStringLiteral("note"), text(c.note)},
        {QStringLiteral("urgeId"), optionalId(c.urgeId)},
        {QStringLiteral("purpose"), key(purposeKey(c.purpose))},
    };
}

QJsonObject checkInObject(const CheckIn &c)
{
    return QJsonObject{
        {QStringLiteral("date"), date(c.date)},
        {QStringLiteral("recordedAt"), moment(c.recordedAt)},
        {QStringLiteral("mood"), c.mood},
        {QStringLiteral("sleep"), c.sleep},
        {QStringLiteral("intention"), text(c.intention)},
    };
}

QJsonObject lookBackObject(const LookBack &l)
{
    return QJsonObject{
        {QStringLiteral("date"), date(l.date)},
        {QStringLiteral("recordedAt"), moment(l.recordedAt)},
        {QStringLiteral("hardness"), l.hardness},
        {QStringLiteral("helped"), text(l.helped)},
        {QStringLiteral("tomorrow"), text(l.tomorrow)},
    };
}

QJsonObject journalObject(const JournalEntry &e)
{
    return QJsonObject{
        {QStringLiteral("id"), qint64(e.id)},
        {QStringLiteral("created"), moment(e.created)},
        {QStringLiteral("updated"), moment(e.updated)},
        {QStringLiteral("text"), text(e.text)},
        {QStringLiteral("mood"), e.mood ? QJsonValue(*e.mood) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("tags"), texts(e.tags)},
    };
}

QJsonObject unsentObject(const UnsentMessage &m)
{
    return QJsonObject{
        {QStringLiteral("id"), qint64(m.id)},
        {QStringLiteral("written"), moment(m.written)},
        {QStringLiteral("updated"), moment(m.updated)},
        {QStringLiteral("text"), text(m.text)},
        {QStringLiteral("urgeId"), optionalId(m.urgeId)},
        {QStringLiteral("reread"), optionalMoment(m.reread)},
    };
}

} // namespace

QByteArray JsonExporter::toJson(const DataSet &data)
{
    const QJsonObject root{
        {QStringLiteral("format"), QStringLiteral("holdfast")},
        {QStringLiteral("version"), kVersion},
        {QStringLiteral("settings"), settingsObject(data.settings)},
        {QStringLiteral("urges"), list(data.urges, urgeObject)},
        {QStringLiteral("contacts"), list(data.contacts, contactObject)},
        {QStringLiteral("checkIns"), list(data.checkIns, checkInObject)},
        {QStringLiteral("lookBacks"), list(data.lookBacks, lookBackObject)},
        {QStringLiteral("journalEntries"), list(data.journalEntries, journalObject)},
        {QStringLiteral("unsentMessages"), list(data.unsentMessages, unsentObject)},
        {QStringLiteral("reasons"), list(data.reasons, [](const Reason &r) {
             return QJsonObject{{QStringLiteral("id"), qint64(r.id)},
                                {QStringLiteral("text"), text(r.text)},
                                {QStringLiteral("position"), r.position}};
         })},
        {QStringLiteral("supportPeople"), list(data.supportPeople, [](const SupportPerson &p) {
             return QJsonObject{{QStringLiteral("id"), qint64(p.id)},
                                {QStringLiteral("name"), text(p.name)},
                                {QStringLiteral("contact"), text(p.contact)},
                                {QStringLiteral("note"), text(p.note)},
                                {QStringLiteral("position"), p.position}};
         })},
        {QStringLiteral("activities"), list(data.activities, [](const Activity &a) {
             return QJsonObject{{QStringLiteral("id"), qint64(a.id)},
                                {QStringLiteral("title"), text(a.title)},
                                {QStringLiteral("position"), a.position}};
         })},
        {QStringLiteral("ifThenPlans"), list(data.ifThenPlans, [](const IfThenPlan &p) {
             return QJsonObject{{QStringLiteral("id"), qint64(p.id)},
                                {QStringLiteral("trigger"), key(triggerKey(p.trigger))},
                                {QStringLiteral("customTrigger"), text(p.customTrigger)},
                                {QStringLiteral("plan"), text(p.plan)},
                                {QStringLiteral("position"), p.position}};
         })},
        {QStringLiteral("riskDates"), list(data.riskDates, [](const RiskDate &r) {
             return QJsonObject{{QStringLiteral("id"), qint64(r.id)},
                                {QStringLiteral("title"), text(r.title)},
                                {QStringLiteral("date"), date(r.date)},
                                {QStringLiteral("yearly"), r.yearly},
                                {QStringLiteral("plan"), text(r.plan)},
                                {QStringLiteral("position"), r.position}};
         })},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

WriteError JsonExporter::writeFile(const QString &path, const DataSet &data, const QString &dataDir)
{
    return WholeFile::write(path, toJson(data), dataDir);
}

} // namespace holdfast::exchange
