#include "JsonImporter.h"

#include "JsonExporter.h"
#include "JsonLocator.h"

#include "model/RecordKeys.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

#include <limits>
#include <set>

namespace holdfast::exchange {

namespace {

using Problem = ImportError::Problem;

// 0001-01-01T00:00Z .. 9999-12-31T23:59:59.999Z: the years the store accepts.
constexpr std::int64_t kMinUtcMs = -62135596800000;
constexpr std::int64_t kMaxUtcMs = 253402300799999;
constexpr std::int64_t kMaxOffsetMinutes = 18 * 60;
constexpr std::int64_t kIntMax = std::numeric_limits<int>::max();
constexpr std::int64_t kIntMin = std::numeric_limits<int>::min();
constexpr std::int64_t kIdMax = std::int64_t(1) << 53; // exact in JSON numbers

struct Failure
{
    ImportError error;
    JsonLocator::Path path;
};

// Reads values along a path it keeps, so any failure can say where it was.
class Reader
{
public:
    [[noreturn]] void fail(Problem problem, const QString &value = {}, std::int64_t low = 0, std::int64_t high = 0) const
    {
        ImportError error;
        error.problem = problem;
        error.field = JsonLocator::describe(m_path);
        error.value = value;
        error.low = low;
        error.high = high;
        throw Failure{error, m_path};
    }

    // Runs `read` with `step` appended to the path.
    template<typename Fn>
    auto at(JsonLocator::Step step, Fn read)
    {
        m_path.push_back(std::move(step));
        struct Pop
        {
            JsonLocator::Path &path;
            ~Pop() { path.pop_back(); }
        } pop{m_path};
        return read();
    }

    // The member `key` of `object`; fails with Missing unless `optional`.
    QJsonValue member(const QJsonObject &object, const QString &key, bool optional = false)
    {
        const auto it = object.constFind(key);
        if (it == object.constEnd() || (optional && it->isNull())) {
            if (!optional)
                at(key, [&] { fail(Problem::Missing); });
            return QJsonValue(QJsonValue::Undefined);
        }
        return *it;
    }

    QJsonObject asObject(const QJsonValue &value) const
    {
        if (!value.isObject())
            fail(Problem::NotAnObject);
        return value.toObject();
    }

    QJsonArray asList(const QJsonValue &value) const
    {
        if (!value.isArray())
            fail(Problem::NotAList);
        return value.toArray();
    }

    std::string asText(const QJsonValue &value) const
    {
        if (!value.isString())
            fail(Problem::NotText);
        // The store and the exporter read text with QString::fromUtf8, which
        // drops a leading U+FEFF as a byte-order mark; drop it here, so what
        // is imported is what is stored and exported again.
        QString text = value.toString();
        qsizetype marks = 0;
        while (marks < text.size() && text.at(marks) == u'\uFEFF')
            ++marks;
        return text.remove(0, marks).toStdString();
    }

    bool asFlag(const QJsonValue &value) const
    {
        if (!value.isBool())
            fail(Problem::NotTrueFalse);
        return value.toBool();
    }

    std::int64_t asInteger(const QJsonValue &value, std::int64_t low, std::int64_t high) const
    {
        if (!value.isDouble())
            fail(Problem::NotWholeNumber);
        // toInteger gives the default for a fraction or a number beyond qint64.
        const qint64 a = value.toInteger(0);
        const qint64 b = value.toInteger(1);
        if (a != b)
            fail(Problem::NotWholeNumber);
        if (a < low || a > high)
            fail(Problem::OutOfRange, QString::number(a), low, high);
        return a;
    }

    LocalDate asDate(const QJsonValue &value) const
    {
        const std::string text = asText(value);
        const auto date = LocalDate::fromIso(text);
        if (!date || date->year() < 1 || date->year() > 9999)
            fail(Problem::NotADate, QString::fromStdString(text));
        return *date;
    }

    template<typename Enum>
    Enum asKey(const QJsonValue &value, std::optional<Enum> (*fromKey)(std::string_view)) const
    {
        const std::string text = asText(value);
        const auto result = fromKey(text);
        if (!result)
            fail(Problem::UnknownKey, QString::fromStdString(text));
        return *result;
    }

    Moment asMoment(const QJsonValue &value)
    {
        const QJsonObject object = asObject(value);
        Moment moment;
        moment.utcMs = integer(object, QStringLiteral("utcMs"), kMinUtcMs, kMaxUtcMs);
        moment.offsetMinutes = std::int32_t(integer(object, QStringLiteral("offsetMinutes"), -kMaxOffsetMinutes, kMaxOffsetMinutes));
        moment.zone = text(object, QStringLiteral("zone"));
        moment.localDate = date(object, QStringLiteral("localDate"));
        // Days and weeks are counted by localDate, so it must be the wall-clock
        // date of the instant, or a record would show up on another day.
        const LocalDate wallDate = Moment::fromUtc(moment.utcMs, moment.offsetMinutes).localDate;
        if (moment.localDate != wallDate) {
            at(QStringLiteral("localDate"),
               [&] { fail(Problem::WrongLocalDate, QString::fromStdString(wallDate.toIso())); });
        }
        return moment;
    }

    // --- members by key ------------------------------------------------------------

    std::string text(const QJsonObject &o, const QString &key)
    {
        const QJsonValue value = member(o, key);
        return at(key, [&] { return asText(value); });
    }
    bool flag(const QJsonObject &o, const QString &key)
    {
        const QJsonValue value = member(o, key);
        return at(key, [&] { return asFlag(value); });
    }
    std::int64_t integer(const QJsonObject &o, const QString &key, std::int64_t low, std::int64_t high)
    {
        const QJsonValue value = member(o, key);
        return at(key, [&] { return asInteger(value, low, high); });
    }
    int smallInteger(const QJsonObject &o, const QString &key, int low, int high)
    {
        return int(integer(o, key, low, high));
    }
    std::optional<std::int64_t> optionalInteger(const QJsonObject &o, const QString &key, std::int64_t low, std::int64_t high)
    {
        const QJsonValue value = member(o, key, true);
        if (value.isUndefined())
            return std::nullopt;
        return at(key, [&] { return asInteger(value, low, high); });
    }
    LocalDate date(const QJsonObject &o, const QString &key)
    {
        const QJsonValue value = member(o, key);
        return at(key, [&] { return asDate(value); });
    }
    Moment moment(const QJsonObject &o, const QString &key)
    {
        const QJsonValue value = member(o, key);
        return at(key, [&] { return asMoment(value); });
    }
    std::optional<Moment> optionalMoment(const QJsonObject &o, const QString &key)
    {
        const QJsonValue value = member(o, key, true);
        if (value.isUndefined())
            return std::nullopt;
        return at(key, [&] { return asMoment(value); });
    }
    template<typename Enum>
    Enum key(const QJsonObject &o, const QString &name, std::optional<Enum> (*fromKey)(std::string_view))
    {
        const QJsonValue value = member(o, name);
        return at(name, [&] { return asKey(value, fromKey); });
    }
    QJsonObject object(const QJsonObject &o, const QString &key)
    {
        const QJsonValue value = member(o, key);
        return at(key, [&] { return asObject(value); });
    }
    // Reads each element of the list `key` with `readItem(value)`. A missing
    // list is empty when `optional`.
    template<typename T, typename Fn>
    std::vector<T> list(const QJsonObject &o, const QString &key, Fn readItem, bool optional = false)
    {
        const QJsonValue value = member(o, key, optional);
        std::vector<T> items;
        if (value.isUndefined())
            return items;
        at(key, [&] {
            const QJsonArray array = asList(value);
            items.reserve(std::size_t(array.size()));
            for (qsizetype i = 0; i < array.size(); ++i)
                items.push_back(at(i, [&] { return readItem(array.at(i)); }));
        });
        return items;
    }
    std::vector<std::string> texts(const QJsonObject &o, const QString &key)
    {
        return list<std::string>(o, key, [this](const QJsonValue &v) { return asText(v); });
    }

    // Ids tie records together, so within one list each must be unique.
    template<typename T>
    void checkUniqueIds(const std::vector<T> &items, const QString &listKey)
    {
        std::set<std::int64_t> seen;
        for (std::size_t i = 0; i < items.size(); ++i) {
            if (!seen.insert(items[i].id).second) {
                at(listKey, [&] {
                    at(qsizetype(i), [&] { at(QStringLiteral("id"), [&] { fail(Problem::DuplicateId, QString::number(items[i].id)); }); });
                });
            }
        }
    }

    std::int64_t id(const QJsonObject &o) { return integer(o, QStringLiteral("id"), 1, kIdMax); }
    int position(const QJsonObject &o) { return smallInteger(o, QStringLiteral("position"), int(kIntMin), int(kIntMax)); }

private:
    JsonLocator::Path m_path;
};

Settings readSettings(Reader &r, const QJsonObject &o)
{
    Settings s;
    if (const QJsonValue value = r.member(o, QStringLiteral("breakupDate"), true); !value.isUndefined())
        s.breakupDate = r.at(QStringLiteral("breakupDate"), [&] { return r.asDate(value); });
    s.noContactSince = r.optionalMoment(o, QStringLiteral("noContactSince"));
    s.weekStart = r.key(o, QStringLiteral("weekStart"), weekdayFromKey);
    s.morningReminderMinute = r.smallInteger(o, QStringLiteral("morningReminderMinute"), -1, 24 * 60 - 1);
    s.language = r.text(o, QStringLiteral("language"));
    s.theme = r.key(o, QStringLiteral("theme"), themeFromKey);
    s.crisisText = r.text(o, QStringLiteral("crisisText"));
    // Exports made before the crisis lines had no country: the system's is used then.
    if (!r.member(o, QStringLiteral("crisisCountry"), true).isUndefined())
        s.crisisCountry = r.text(o, QStringLiteral("crisisCountry"));
    s.timerMinutes = r.smallInteger(o, QStringLiteral("timerMinutes"), 1, 24 * 60);
    s.extendMinutes = r.smallInteger(o, QStringLiteral("extendMinutes"), 0, 24 * 60);
    s.theirContactCountsOnlyIfReplied = r.flag(o, QStringLiteral("theirContactCountsOnlyIfReplied"));
    s.onboardingDone = r.flag(o, QStringLiteral("onboardingDone"));
    s.backupsToKeep = r.smallInteger(o, QStringLiteral("backupsToKeep"), 0, 10000);
    s.autoLockMinutes = r.smallInteger(o, QStringLiteral("autoLockMinutes"), 0, 7 * 24 * 60);
    // Exports made before the mapping moved into the data have none.
    if (!r.member(o, QStringLiteral("daylioMoods"), true).isUndefined()) {
        const QJsonObject moods = r.object(o, QStringLiteral("daylioMoods"));
        r.at(QStringLiteral("daylioMoods"), [&] {
            for (auto it = moods.begin(); it != moods.end(); ++it)
                s.daylioMoods[it.key().toStdString()] = r.smallInteger(moods, it.key(), 1, 5);
        });
    }
    // Exports made before "Clear the path" have nothing ticked.
    for (const PathStep step : r.list<PathStep>(o, QStringLiteral("clearedPath"),
                                                [&](const QJsonValue &v) { return r.asKey(v, pathStepFromKey); }, true))
        s.clearedPath.insert(step);
    // Exports made before discreet mode have it off, with the default label.
    if (!r.member(o, QStringLiteral("discreet"), true).isUndefined())
        s.discreet = r.flag(o, QStringLiteral("discreet"));
    if (!r.member(o, QStringLiteral("panicLabel"), true).isUndefined())
        s.panicLabel = r.text(o, QStringLiteral("panicLabel"));
    // Exports made before low-contact mode: off, with the built-in templates.
    if (!r.member(o, QStringLiteral("lowContact"), true).isUndefined())
        s.lowContact = r.flag(o, QStringLiteral("lowContact"));
    // Exports made before the evening look back (versions 1 and 2): off, reminder at 21:00.
    if (!r.member(o, QStringLiteral("lookBack"), true).isUndefined())
        s.lookBack = r.flag(o, QStringLiteral("lookBack"));
    if (!r.member(o, QStringLiteral("lookBackReminderMinute"), true).isUndefined())
        s.lookBackReminderMinute = r.smallInteger(o, QStringLiteral("lookBackReminderMinute"), -1, 24 * 60 - 1);
    s.replyTemplates = r.list<std::string>(o, QStringLiteral("replyTemplates"),
                                           [&](const QJsonValue &v) { return r.asText(v); }, true);
    return s;
}

UrgeRecord readUrge(Reader &r, const QJsonObject &o)
{
    UrgeRecord u;
    u.id = r.id(o);
    u.start = r.moment(o, QStringLiteral("start"));
    u.end = r.optionalMoment(o, QStringLiteral("end"));
    u.samples = r.list<IntensitySample>(o, QStringLiteral("samples"), [&](const QJsonValue &v) {
        const QJsonObject sample = r.asObject(v);
        IntensitySample s;
        s.utcMs = r.integer(sample, QStringLiteral("utcMs"), kMinUtcMs, kMaxUtcMs);
        s.intensity = r.smallInteger(sample, QStringLiteral("intensity"), 0, 10);
        return s;
    });
    u.triggers = r.list<Trigger>(o, QStringLiteral("triggers"),
                                 [&](const QJsonValue &v) { return r.asKey(v, triggerFromKey); });
    u.customTriggers = r.texts(o, QStringLiteral("customTriggers"));
    const QJsonObject halt = r.object(o, QStringLiteral("halt"));
    r.at(QStringLiteral("halt"), [&] {
        u.halt.hungry = r.flag(halt, QStringLiteral("hungry"));
        u.halt.angry = r.flag(halt, QStringLiteral("angry"));
        u.halt.lonely = r.flag(halt, QStringLiteral("lonely"));
        u.halt.tired = r.flag(halt, QStringLiteral("tired"));
    });
    u.action = r.key(o, QStringLiteral("action"), actionFromKey);
    u.actionId = r.integer(o, QStringLiteral("actionId"), 0, kIdMax);
    u.actionLabel = r.text(o, QStringLiteral("actionLabel"));
    u.unsentMessageId = r.optionalInteger(o, QStringLiteral("unsentMessageId"), 1, kIdMax);
    u.outcome = r.key(o, QStringLiteral("outcome"), outcomeFromKey);
    u.note = r.text(o, QStringLiteral("note"));
    // Version 1 files have no kind: every urge then came from "I want to text my ex".
    if (o.contains(QStringLiteral("kind")))
        u.kind = r.key(o, QStringLiteral("kind"), urgeKindFromKey);
    return u;
}

ContactEvent readContact(Reader &r, const QJsonObject &o)
{
    ContactEvent c;
    c.id = r.id(o);
    c.at = r.moment(o, QStringLiteral("at"));
    c.initiator = r.key(o, QStringLiteral("initiator"), initiatorFromKey);
    c.channel = r.key(o, QStringLiteral("channel"), channelFromKey);
    c.replied = r.flag(o, QStringLiteral("replied"));
    c.note = r.text(o, QStringLiteral("note"));
    c.urgeId = r.optionalInteger(o, QStringLiteral("urgeId"), 1, kIdMax);
    // Version 1 files have no purpose: every contact then was personal.
    if (!r.member(o, QStringLiteral("purpose"), true).isUndefined())
        c.purpose = r.key(o, QStringLiteral("purpose"), purposeFromKey);
    return c;
}

CheckIn readCheckIn(Reader &r, const QJsonObject &o)
{
    CheckIn c;
    c.date = r.date(o, QStringLiteral("date"));
    c.recordedAt = r.moment(o, QStringLiteral("recordedAt"));
    c.mood = r.smallInteger(o, QStringLiteral("mood"), 1, 5);
    c.sleep = r.smallInteger(o, QStringLiteral("sleep"), 1, 5);
    c.intention = r.text(o, QStringLiteral("intention"));
    return c;
}

LookBack readLookBack(Reader &r, const QJsonObject &o)
{
    LookBack l;
    l.date = r.date(o, QStringLiteral("date"));
    l.recordedAt = r.moment(o, QStringLiteral("recordedAt"));
    l.hardness = r.smallInteger(o, QStringLiteral("hardness"), 1, 5);
    l.helped = r.text(o, QStringLiteral("helped"));
    l.tomorrow = r.text(o, QStringLiteral("tomorrow"));
    return l;
}

JournalEntry readJournalEntry(Reader &r, const QJsonObject &o)
{
    JournalEntry e;
    e.id = r.id(o);
    e.created = r.moment(o, QStringLiteral("created"));
    e.updated = r.moment(o, QStringLiteral("updated"));
    e.text = r.text(o, QStringLiteral("text"));
    if (const auto mood = r.optionalInteger(o, QStringLiteral("mood"), 1, 5))
        e.mood = int(*mood);
    e.tags = r.texts(o, QStringLiteral("tags"));
    return e;
}

UnsentMessage readUnsent(Reader &r, const QJsonObject &o)
{
    UnsentMessage m;
    m.id = r.id(o);
    m.written = r.moment(o, QStringLiteral("written"));
    m.updated = r.moment(o, QStringLiteral("updated"));
    m.text = r.text(o, QStringLiteral("text"));
    m.urgeId = r.optionalInteger(o, QStringLiteral("urgeId"), 1, kIdMax);
    m.reread = r.optionalMoment(o, QStringLiteral("reread"));
    return m;
}

template<typename T, typename Fn>
std::vector<T> records(Reader &r, const QJsonObject &root, const QString &key, Fn readOne)
{
    auto items = r.list<T>(root, key, [&](const QJsonValue &v) { return readOne(r, r.asObject(v)); }, true);
    if constexpr (requires(T t) { t.id; })
        r.checkUniqueIds(items, key);
    return items;
}

// Check-ins and look backs: a day has at most one.
template<typename T>
void checkOneADay(Reader &r, const std::vector<T> &items, const QString &key)
{
    std::set<LocalDate> dates;
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (dates.insert(items[i].date).second)
            continue;
        r.at(key, [&] {
            r.at(qsizetype(i), [&] {
                r.at(QStringLiteral("date"),
                     [&] { r.fail(Problem::DuplicateDate, QString::fromStdString(items[i].date.toIso())); });
            });
        });
    }
}

DataSet readDataSet(Reader &r, const QJsonObject &root)
{
    const QJsonValue format = r.member(root, QStringLiteral("format"));
    if (!format.isString() || format.toString() != u"holdfast")
        r.at(QStringLiteral("format"), [&] { r.fail(Problem::NotHoldfast); });
    const auto version = r.integer(root, QStringLiteral("version"), 1, kIntMax);
    if (version > JsonExporter::kVersion)
        r.at(QStringLiteral("version"), [&] { r.fail(Problem::NewerVersion, QString::number(version)); });

    DataSet data;
    if (const QJsonValue settings = r.member(root, QStringLiteral("settings"), true); !settings.isUndefined())
        data.settings = r.at(QStringLiteral("settings"), [&] { return readSettings(r, r.asObject(settings)); });
    data.urges = records<UrgeRecord>(r, root, QStringLiteral("urges"), readUrge);
    data.contacts = records<ContactEvent>(r, root, QStringLiteral("contacts"), readContact);
    data.checkIns = records<CheckIn>(r, root, QStringLiteral("checkIns"), readCheckIn);
    checkOneADay(r, data.checkIns, QStringLiteral("checkIns"));
    // Files before version 3 have no look backs.
    data.lookBacks = records<LookBack>(r, root, QStringLiteral("lookBacks"), readLookBack);
    checkOneADay(r, data.lookBacks, QStringLiteral("lookBacks"));
    data.journalEntries = records<JournalEntry>(r, root, QStringLiteral("journalEntries"), readJournalEntry);
    data.unsentMessages = records<UnsentMessage>(r, root, QStringLiteral("unsentMessages"), readUnsent);
    data.reasons = records<Reason>(r, root, QStringLiteral("reasons"), [](Reader &rr, const QJsonObject &o) {
        return Reason{rr.id(o), rr.text(o, QStringLiteral("text")), rr.position(o)};
    });
    data.supportPeople = records<SupportPerson>(r, root, QStringLiteral("supportPeople"), [](Reader &rr, const QJsonObject &o) {
        SupportPerson p;
        p.id = rr.id(o);
        p.name = rr.text(o, QStringLiteral("name"));
        p.contact = rr.text(o, QStringLiteral("contact"));
        p.note = rr.text(o, QStringLiteral("note"));
        p.position = rr.position(o);
        return p;
    });
    data.activities = records<Activity>(r, root, QStringLiteral("activities"), [](Reader &rr, const QJsonObject &o) {
        return Activity{rr.id(o), rr.text(o, QStringLiteral("title")), rr.position(o)};
    });
    data.ifThenPlans = records<IfThenPlan>(r, root, QStringLiteral("ifThenPlans"), [](Reader &rr, const QJsonObject &o) {
        IfThenPlan p;
        p.id = rr.id(o);
        p.trigger = rr.key(o, QStringLiteral("trigger"), triggerFromKey);
        p.customTrigger = rr.text(o, QStringLiteral("customTrigger"));
        p.plan = rr.text(o, QStringLiteral("plan"));
        p.position = rr.position(o);
        return p;
    });
    data.riskDates = records<RiskDate>(r, root, QStringLiteral("riskDates"), [](Reader &rr, const QJsonObject &o) {
        RiskDate d;
        d.id = rr.id(o);
        d.title = rr.text(o, QStringLiteral("title"));
        d.date = rr.date(o, QStringLiteral("date"));
        d.yearly = rr.flag(o, QStringLiteral("yearly"));
        d.plan = rr.text(o, QStringLiteral("plan"));
        d.position = rr.position(o);
        return d;
    });
    return data;
}

QByteArrayView withoutBom(QByteArrayView bytes)
{
    return bytes.startsWith("\xEF\xBB\xBF") ? bytes.sliced(3) : bytes;
}

ImportResult failed(ImportError error)
{
    ImportResult result;
    result.error = std::move(error);
    return result;
}

} // namespace

bool JsonImporter::looksLikeJson(QByteArrayView bytes)
{
    for (const char c : withoutBom(bytes)) {
        if (c == ' ' || c == '\t' || c == '\r' || c == '\n')
            continue;
        return c == '{';
    }
    return false;
}

ImportResult JsonImporter::read(QByteArrayView bytes)
{
    const QByteArrayView json = withoutBom(bytes);
    if (json.trimmed().isEmpty())
        return failed(ImportError{Problem::Empty, 0, 0, {}, {}, 0, 0});

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json.toByteArray(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const auto where = JsonLocator::positionOf(json, parseError.offset);
        return failed(ImportError{Problem::JsonSyntax, where.line, where.column, {}, parseError.errorString(), 0, 0});
    }
    if (!document.isObject()) {
        const auto where = JsonLocator::find(json, {});
        return failed(ImportError{Problem::NotHoldfast, where.line, where.column, {}, {}, 0, 0});
    }

    Reader reader;
    try {
        ImportResult result;
        result.data = readDataSet(reader, document.object());
        return result;
    } catch (const Failure &failure) {
        ImportError error = failure.error;
        const auto where = JsonLocator::find(json, failure.path);
        error.line = where.line;
        error.column = where.column;
        return failed(std::move(error));
    }
}

} // namespace holdfast::exchange
