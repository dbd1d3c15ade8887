// Holdfast's JSON export reads back exactly as written, and a file that is
// wrong in any way is refused with the line and column of the problem.

#include "RichDataSet.h"

#include "exchange/JsonExporter.h"
#include "exchange/JsonImporter.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace holdfast;
using namespace holdfast::exchange;
using Problem = ImportError::Problem;

namespace {

QByteArray replaced(QByteArray json, const char *from, const char *to)
{
    const qsizetype at = json.indexOf(from);
    EXPECT_GE(at, 0) << from;
    return json.replace(at, qsizetype(std::strlen(from)), to);
}

// Line (1-based) of the first occurrence of `needle`.
int lineOf(const QByteArray &json, const char *needle)
{
    return int(json.left(json.indexOf(needle)).count('\n')) + 1;
}

} // namespace

TEST(JsonExchange, RoundTripReproducesEveryField)
{
    const DataSet data = test::richDataSet();
    const ImportResult result = JsonImporter::read(JsonExporter::toJson(data));
    ASSERT_TRUE(result.ok());
    EXPECT_EQ(result.data, data);
}

TEST(JsonExchange, RoundTripOfAnEmptySet)
{
    const ImportResult result = JsonImporter::read(JsonExporter::toJson(DataSet{}));
    ASSERT_TRUE(result.ok());
    EXPECT_EQ(result.data, DataSet{});
}

TEST(JsonExchange, WritesVersionAndStableKeys)
{
    const QByteArray json = JsonExporter::toJson(test::richDataSet());
    const QJsonObject root = QJsonDocument::fromJson(json).object();
    EXPECT_EQ(root.value(u"format").toString(), u"holdfast");
    EXPECT_EQ(root.value(u"version").toInt(), 3);
    EXPECT_TRUE(json.contains("\"outcome\": \"resisted\""));
    EXPECT_TRUE(json.contains("\"kind\": \"look\""));
    EXPECT_TRUE(json.contains("\"kind\": \"message\""));
    EXPECT_TRUE(json.contains("\"channel\": \"social_media\""));
    EXPECT_TRUE(json.contains("\"weekStart\": \"sunday\""));
    EXPECT_TRUE(json.contains("\"night_time\""));
    // Text stays readable UTF-8, not \u escapes.
    EXPECT_TRUE(json.contains("Ana María"));
}

TEST(JsonExchange, WriteFileIsPrivateToItsOwner)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("export.json"));
    ASSERT_FALSE(JsonExporter::writeFile(path, test::richDataSet(), QString()));
    EXPECT_EQ(QFile::permissions(path) & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup
                                          | QFileDevice::WriteOther),
              QFileDevice::Permissions());
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(JsonImporter::read(file.readAll()).data, test::richDataSet());
}

TEST(JsonExchange, AByteOrderMarkIsAccepted)
{
    const QByteArray json = "\xEF\xBB\xBF" + JsonExporter::toJson(test::richDataSet());
    EXPECT_TRUE(JsonImporter::looksLikeJson(json));
    EXPECT_EQ(JsonImporter::read(json).data, test::richDataSet());
}

TEST(JsonExchange, SyntaxErrorNamesLineAndColumn)
{
    const QByteArray json = "{\n  \"format\": \"holdfast\",\n  \"version\": 1,,\n}";
    const ImportResult result = JsonImporter::read(json);
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error->problem, Problem::JsonSyntax);
    EXPECT_EQ(result.error->line, 3);
    EXPECT_FALSE(result.error->value.isEmpty());
    EXPECT_TRUE(result.data == DataSet{});
}

TEST(JsonExchange, MoodOutOfRangeNamesItsLineAndField)
{
    const QByteArray good = JsonExporter::toJson(test::richDataSet());
    const QByteArray bad = replaced(good, "\"mood\": 5,", "\"mood\": 7,");
    const ImportResult result = JsonImporter::read(bad);
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error->problem, Problem::OutOfRange);
    EXPECT_EQ(result.error->field, u"checkIns[1].mood");
    EXPECT_EQ(result.error->line, lineOf(bad, "\"mood\": 7"));
    const qsizetype valueAt = bad.indexOf("\"mood\": 7") + 8;
    EXPECT_EQ(result.error->column, valueAt - bad.lastIndexOf('\n', valueAt)); // the 7 itself
    EXPECT_EQ(result.error->low, 1);
    EXPECT_EQ(result.error->high, 5);
    EXPECT_EQ(result.data, DataSet{});
}

TEST(JsonExchange, EachKindOfMistakeIsNamed)
{
    const QByteArray good = JsonExporter::toJson(test::richDataSet());
    struct Case
    {
        const char *from;
        const char *to;
        Problem problem;
        const char *field;
    };
    const std::vector<Case> cases{
        {"\"format\": \"holdfast\"", "\"format\": \"daylio\"", Problem::NotHoldfast, "format"},
        {"\"version\": 3", "\"version\": 4", Problem::NewerVersion, "version"},
        {"\"version\": 3", "\"version\": 1.5", Problem::NotWholeNumber, "version"},
        {"\"outcome\": \"resisted\"", "\"outcome\": \"won\"", Problem::UnknownKey, "urges[0].outcome"},
        {"\"night_time\"", "\"midnight\"", Problem::UnknownKey, "urges[0].triggers[0]"},
        {"\"kind\": \"look\"", "\"kind\": \"stare\"", Problem::UnknownKey, "urges[0].kind"},
        {"\"kind\": \"look\"", "\"kind\": null", Problem::NotText, "urges[0].kind"},
        {"\"photos\"", "\"pictures\"", Problem::UnknownKey, "settings.clearedPath[1]"},
        {"\"clearedPath\": [", "\"clearedPath\": \"mute\", \"z\": [", Problem::NotAList, "settings.clearedPath"},
        {"\"replied\": true", "\"replied\": \"yes\"", Problem::NotTrueFalse, "contacts[0].replied"},
        {"\"breakupDate\": \"2026-09-01\"", "\"breakupDate\": \"2026-02-30\"", Problem::NotADate, "settings.breakupDate"},
        {"\"intensity\": 10", "\"intensity\": 11", Problem::OutOfRange, "urges[0].samples[1].intensity"},
        {"\"offsetMinutes\": 120", "\"offsetMinutes\": 5000", Problem::OutOfRange, "contacts[1].at.offsetMinutes"},
        {"\"tags\": [", "\"tags\": 3, \"x\": [", Problem::NotAList, "journalEntries[0].tags"},
        {"\"text\": \"They never said sorry\"", "\"text\": 42", Problem::NotText, "reasons[0].text"},
        {"\"halt\": {", "\"halt\": 1, \"y\": {", Problem::NotAnObject, "urges[0].halt"},
        {"\"id\": 12", "\"id\": 11", Problem::DuplicateId, "journalEntries[1].id"},
        {"\"date\": \"2026-11-21\"", "\"date\": \"2026-11-20\"", Problem::DuplicateDate, "checkIns[1].date"},
        {"\"hardness\": 4", "\"hardness\": 6", Problem::OutOfRange, "lookBacks[0].hardness"},
        {"\"helped\": \"\"", "\"helped\": false", Problem::NotText, "lookBacks[1].helped"},
        {"\"lookBackReminderMinute\": 30", "\"lookBackReminderMinute\": 1440", Problem::OutOfRange,
         "settings.lookBackReminderMinute"},
    };
    for (const Case &c : cases) {
        const ImportResult result = JsonImporter::read(replaced(good, c.from, c.to));
        ASSERT_FALSE(result.ok()) << c.to;
        EXPECT_EQ(result.error->problem, c.problem) << c.to;
        EXPECT_EQ(result.error->field.toStdString(), c.field) << c.to;
        EXPECT_GT(result.error->line, 1) << c.to;
        EXPECT_EQ(result.data, DataSet{}) << c.to;
    }
}

TEST(JsonExchange, AMissingFieldPointsAtItsRecord)
{
    const QByteArray good = JsonExporter::toJson(test::richDataSet());
    const QByteArray bad = replaced(good, "\"mood\": 2,", "");
    const ImportResult result = JsonImporter::read(bad);
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error->problem, Problem::Missing);
    EXPECT_EQ(result.error->field, u"checkIns[0].mood");
    // No value to point at: the line of the check-in that lacks it.
    EXPECT_LE(result.error->line, lineOf(bad, "\"intention\": \"Walk"));
    EXPECT_GT(result.error->line, lineOf(bad, "\"checkIns\""));
}

TEST(JsonExchange, NullableFieldsMayBeLeftOut)
{
    const QByteArray json = R"({"format": "holdfast", "version": 1,
        "journalEntries": [{"id": 1, "text": "hi", "tags": [],
            "created": {"utcMs": 0, "offsetMinutes": 0, "zone": "", "localDate": "1970-01-01"},
            "updated": {"utcMs": 0, "offsetMinutes": 0, "zone": "", "localDate": "1970-01-01"}}]})";
    const ImportResult result = JsonImporter::read(json);
    ASSERT_TRUE(result.ok()) << result.error->field.toStdString();
    ASSERT_EQ(result.data.journalEntries.size(), 1u);
    EXPECT_EQ(result.data.journalEntries[0].text, "hi");
    EXPECT_FALSE(result.data.journalEntries[0].mood.has_value());
    EXPECT_EQ(result.data.settings, Settings{});
}

// Days and weeks are counted by a moment's localDate, so it must be the date
// utcMs + offsetMinutes fall on; otherwise a record would show on another day.
TEST(JsonExchange, ALocalDateThatIsNotTheDateOfTheInstantIsRefused)
{
    // 1970-01-01T23:30Z at +01:00 is 00:30 on 2 January.
    const auto file = [](const char *localDate) -> QByteArray {
        return QByteArray(R"({"format": "holdfast", "version": 1,
        "journalEntries": [{"id": 1, "text": "hi", "tags": [],
            "created": {"utcMs": 84600000, "offsetMinutes": 60, "zone": "", "localDate": "1970-01-02"},
            "updated": {"utcMs": 84600000, "offsetMinutes": 60, "zone": "", "localDate": ")")
            + localDate + "\"}}]}";
    };
    ASSERT_TRUE(JsonImporter::read(file("1970-01-02")).ok());
    for (const char *wrong : {"1970-01-01", "1970-01-03", "2031-05-01"}) {
        const QByteArray bad = file(wrong);
        const ImportResult result = JsonImporter::read(bad);
        ASSERT_FALSE(result.ok()) << wrong;
        EXPECT_EQ(result.error->problem, Problem::WrongLocalDate) << wrong;
        EXPECT_EQ(result.error->field, u"journalEntries[0].updated.localDate") << wrong;
        EXPECT_EQ(result.error->value, u"1970-01-02") << wrong;
        EXPECT_EQ(result.error->line, lineOf(bad, wrong)) << wrong;
        EXPECT_EQ(result.data, DataSet{}) << wrong;
    }
}

// The store and the export drop a leading U+FEFF from text (QString::fromUtf8
// takes it for a byte-order mark), so the import does too and the data read
// is the data that comes back.
TEST(JsonExchange, TextLosesALeadingZeroWidthMarkAndThenRoundTrips)
{
    const QByteArray json = R"({"format": "holdfast", "version": 1,
        "journalEntries": [{"id": 1, "text": "\ufeff\ufeffhi \ufeff", "tags": ["\ufeffwork"],
            "created": {"utcMs": 0, "offsetMinutes": 0, "zone": "", "localDate": "1970-01-01"},
            "updated": {"utcMs": 0, "offsetMinutes": 0, "zone": "", "localDate": "1970-01-01"}}]})";
    const ImportResult result = JsonImporter::read(json);
    ASSERT_TRUE(result.ok());
    ASSERT_EQ(result.data.journalEntries.size(), 1u);
    EXPECT_EQ(result.data.journalEntries[0].text, "hi \xEF\xBB\xBF");
    EXPECT_EQ(result.data.journalEntries[0].tags, std::vector<std::string>{"work"});
    const ImportResult again = JsonImporter::read(JsonExporter::toJson(result.data));
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(again.data, result.data);
}

TEST(JsonExchange, OtherFilesAreNotTakenForAnExport)
{
    EXPECT_EQ(JsonImporter::read("").error->problem, Problem::Empty);
    EXPECT_EQ(JsonImporter::read("[1, 2]").error->problem, Problem::NotHoldfast);
    EXPECT_EQ(JsonImporter::read("{}").error->problem, Problem::Missing);
    EXPECT_FALSE(JsonImporter::looksLikeJson("full_date,date\n"));
    EXPECT_TRUE(JsonImporter::looksLikeJson("  \n{"));
}

TEST(JsonExchange, TheCrisisCountryTravelsAndAnOlderFileWithoutItStillImports)
{
    const DataSet rich = test::richDataSet();
    ASSERT_EQ(JsonImporter::read(JsonExporter::toJson(rich)).data.settings.crisisCountry, "AT");

    QJsonObject root = QJsonDocument::fromJson(JsonExporter::toJson(rich)).object();
    QJsonObject settings = root.value(QStringLiteral("settings")).toObject();
    settings.remove(QStringLiteral("crisisCountry"));
    root.insert(QStringLiteral("settings"), settings);
    const ImportResult older = JsonImporter::read(QJsonDocument(root).toJson());
    ASSERT_TRUE(older.ok());
    EXPECT_EQ(older.data.settings.crisisCountry, "");
    EXPECT_EQ(older.data.settings.crisisText, rich.settings.crisisText);
}

TEST(JsonExchange, TheClearedPathIsLeftOutWhenNothingIsTicked)
{
    DataSet data;
    EXPECT_FALSE(JsonExporter::toJson(data).contains("clearedPath"));
    data.settings.clearedPath = {PathStep::Favourites, PathStep::Mute};
    const QByteArray json = JsonExporter::toJson(data);
    EXPECT_TRUE(json.contains("\"mute\"")) << "stable keys, never translated";
    const ImportResult back = JsonImporter::read(json);
    ASSERT_TRUE(back.ok());
    EXPECT_EQ(back.data.settings.clearedPath, data.settings.clearedPath);
}

TEST(JsonExchange, DiscreetModeTravelsAndAnOlderFileWithoutItStillImports)
{
    const DataSet rich = test::richDataSet();
    const ImportResult back = JsonImporter::read(JsonExporter::toJson(rich));
    ASSERT_TRUE(back.ok());
    EXPECT_TRUE(back.data.settings.discreet);
    EXPECT_EQ(back.data.settings.panicLabel, "Kurz durchatmen ☕");

    QJsonObject root = QJsonDocument::fromJson(JsonExporter::toJson(rich)).object();
    QJsonObject settings = root.value(QStringLiteral("settings")).toObject();
    settings.remove(QStringLiteral("discreet"));
    settings.remove(QStringLiteral("panicLabel"));
    root.insert(QStringLiteral("settings"), settings);
    const ImportResult older = JsonImporter::read(QJsonDocument(root).toJson());
    ASSERT_TRUE(older.ok());
    EXPECT_FALSE(older.data.settings.discreet);
    EXPECT_EQ(older.data.settings.panicLabel, "");
    EXPECT_EQ(older.data.settings.crisisText, rich.settings.crisisText);
}

TEST(JsonExchange, AVersionOneFileWithoutKindsImportsEveryUrgeAsAMessage)
{
    // A version 1 export: the same records, but urges have no "kind" yet.
    QJsonObject root = QJsonDocument::fromJson(JsonExporter::toJson(test::richDataSet())).object();
    root.insert(QStringLiteral("version"), 1);
    QJsonArray urges = root.value(u"urges").toArray();
    for (qsizetype i = 0; i < urges.size(); ++i) {
        QJsonObject urge = urges.at(i).toObject();
        urge.remove(QStringLiteral("kind"));
        urges.replace(i, urge);
    }
    root.insert(QStringLiteral("urges"), urges);
    const QByteArray json = QJsonDocument(root).toJson();
    ASSERT_FALSE(json.contains("\"kind\""));

    const ImportResult result = JsonImporter::read(json);
    ASSERT_TRUE(result.ok()) << result.error->field.toStdString();
    DataSet expected = test::richDataSet();
    for (UrgeRecord &urge : expected.urges)
        urge.kind = UrgeKind::Message;
    EXPECT_EQ(result.data, expected);
}

TEST(JsonExchange, AContactsPurposeAndLowContactModeTravel)
{
    const DataSet rich = test::richDataSet();
    const QByteArray json = JsonExporter::toJson(rich);
    EXPECT_TRUE(json.contains("\"purpose\": \"logistics\""));
    EXPECT_TRUE(json.contains("\"purpose\": \"personal\""));
    EXPECT_TRUE(json.contains("\"lowContact\": true"));
    const ImportResult back = JsonImporter::read(json);
    ASSERT_TRUE(back.ok());
    EXPECT_EQ(back.data.contacts, rich.contacts);
    EXPECT_TRUE(back.data.settings.lowContact);
    EXPECT_EQ(back.data.settings.replyTemplates, rich.settings.replyTemplates);
}

TEST(JsonExchange, AVersionOneFileWithoutPurposesImportsItsContactsAsPersonal)
{
    // As Holdfast wrote it before contacts had a purpose and low-contact mode existed.
    QJsonObject root = QJsonDocument::fromJson(JsonExporter::toJson(test::richDataSet())).object();
    root.insert(QStringLiteral("version"), 1);
    QJsonArray contacts = root.value(QStringLiteral("contacts")).toArray();
    for (qsizetype i = 0; i < contacts.size(); ++i) {
        QJsonObject contact = contacts.at(i).toObject();
        contact.remove(QStringLiteral("purpose"));
        contacts.replace(i, contact);
    }
    root.insert(QStringLiteral("contacts"), contacts);
    QJsonObject settings = root.value(QStringLiteral("settings")).toObject();
    settings.remove(QStringLiteral("lowContact"));
    settings.remove(QStringLiteral("replyTemplates"));
    root.insert(QStringLiteral("settings"), settings);

    const ImportResult older = JsonImporter::read(QJsonDocument(root).toJson());
    ASSERT_TRUE(older.ok()) << older.error->field.toStdString();
    ASSERT_EQ(older.data.contacts.size(), 2u);
    for (const ContactEvent &contact : older.data.contacts)
        EXPECT_EQ(contact.purpose, ContactPurpose::Personal);
    EXPECT_FALSE(older.data.settings.lowContact);
    EXPECT_TRUE(older.data.settings.replyTemplates.empty());
}

TEST(JsonExchange, AnUnknownPurposeIsNamed)
{
    const QByteArray bad = replaced(JsonExporter::toJson(test::richDataSet()), "\"purpose\": \"logistics\"",
                                    "\"purpose\": \"work\"");
    const ImportResult result = JsonImporter::read(bad);
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error->field, QStringLiteral("contacts[1].purpose"));
}

TEST(JsonExchange, AnEveningLookBackAndItsSettingsTravel)
{
    const DataSet rich = test::richDataSet();
    const QByteArray json = JsonExporter::toJson(rich);
    EXPECT_TRUE(json.contains("\"lookBack\": true"));
    EXPECT_TRUE(json.contains("\"lookBackReminderMinute\": 30"));
    EXPECT_TRUE(json.contains("\"tomorrow\": \"Phone stays in the kitchen 📵\""));
    const ImportResult back = JsonImporter::read(json);
    ASSERT_TRUE(back.ok()) << back.error->field.toStdString();
    EXPECT_EQ(back.data.lookBacks, rich.lookBacks);
    EXPECT_TRUE(back.data.settings.lookBack);
    EXPECT_EQ(back.data.settings.lookBackReminderMinute, 30);
}

TEST(JsonExchange, AVersionTwoFileWithoutLookBacksImportsWithTheLookBackOff)
{
    // As Holdfast wrote it before the evening look back existed.
    QJsonObject root = QJsonDocument::fromJson(JsonExporter::toJson(test::richDataSet())).object();
    root.insert(QStringLiteral("version"), 2);
    root.remove(QStringLiteral("lookBacks"));
    QJsonObject settings = root.value(u"settings").toObject();
    settings.remove(QStringLiteral("lookBack"));
    settings.remove(QStringLiteral("lookBackReminderMinute"));
    root.insert(QStringLiteral("settings"), settings);
    const QByteArray json = QJsonDocument(root).toJson();
    ASSERT_FALSE(json.contains("lookBack"));

    const ImportResult result = JsonImporter::read(json);
    ASSERT_TRUE(result.ok()) << result.error->field.toStdString();
    DataSet expected = test::richDataSet();
    expected.lookBacks.clear();
    expected.settings.lookBack = false;
    expected.settings.lookBackReminderMinute = Settings{}.lookBackReminderMinute;
    EXPECT_EQ(result.data, expected);
}

TEST(JsonExchange, TwoLookBacksForOneDayAreRefused)
{
    DataSet twice = test::richDataSet();
    twice.lookBacks.push_back(twice.lookBacks.front());
    const ImportResult result = JsonImporter::read(JsonExporter::toJson(twice));
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error->problem, Problem::DuplicateDate);
    EXPECT_EQ(result.error->field.toStdString(), "lookBacks[2].date");
}
