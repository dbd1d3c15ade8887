// Daylio's CSV export becomes check-ins (one per day) and journal entries,
// whatever the person named their moods and however their phone wrote times.

#include "exchange/DaylioImporter.h"
#include "exchange/JsonExporter.h"
#include "exchange/JsonImporter.h"

#include <QDir>
#include <QFile>
#include <QSettings>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace holdfast;
using namespace holdfast::exchange;
using Problem = ImportError::Problem;

namespace {

QByteArray fixture(const QString &path)
{
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << path.toStdString();
    return file.readAll();
}

QByteArray repoFixture(const char *name)
{
    return fixture(QStringLiteral(HOLDFAST_SOURCE_DIR "/tests/fixtures/daylio/") + QLatin1String(name));
}

QString sharedDaylioDir()
{
    return QStringLiteral(HOLDFAST_SHARED_DIR "/fixtures/daylio");
}

const QTimeZone kBerlin(QByteArrayLiteral("Europe/Berlin"));

DaylioMoodMap mapAll(const QStringList &labels, int fallback)
{
    DaylioMoodMap map = DaylioMoodMap::forLabels(labels, nullptr);
    for (const QString &label : map.unmapped(labels))
        map.set(label, fallback);
    return map;
}

} // namespace

TEST(DaylioImporter, ReadsTimesInTwelveAndTwentyFourHours)
{
    EXPECT_EQ(DaylioImporter::parseTime(QStringLiteral("18:52")), 18 * 60 + 52);
    EXPECT_EQ(DaylioImporter::parseTime(QStringLiteral("08:13")), 8 * 60 + 13);
    EXPECT_EQ(DaylioImporter::parseTime(QStringLiteral("10:00 pm")), 22 * 60);
    EXPECT_EQ(DaylioImporter::parseTime(QStringLiteral("9:05 AM")), 9 * 60 + 5);
    EXPECT_EQ(DaylioImporter::parseTime(QStringLiteral("12:10 am")), 10);
    EXPECT_EQ(DaylioImporter::parseTime(QStringLiteral("12:00 pm")), 12 * 60);
    EXPECT_EQ(DaylioImporter::parseTime(QStringLiteral("7:30 p.m.")), 19 * 60 + 30);
    EXPECT_EQ(DaylioImporter::parseTime(QStringLiteral("24:00")), std::nullopt);
    EXPECT_EQ(DaylioImporter::parseTime(QStringLiteral("13:00 pm")), std::nullopt);
    EXPECT_EQ(DaylioImporter::parseTime(QStringLiteral("noon")), std::nullopt);
}

TEST(DaylioImporter, ReadsDayAndMonthOfTheOlderFormat)
{
    EXPECT_EQ(DaylioImporter::parseDayMonth(QStringLiteral("18 May"), 2018), LocalDate(2018, 5, 18));
    EXPECT_EQ(DaylioImporter::parseDayMonth(QStringLiteral("May 18"), 2018), LocalDate(2018, 5, 18));
    EXPECT_EQ(DaylioImporter::parseDayMonth(QStringLiteral("1 Sept"), 2020), LocalDate(2020, 9, 1));
    EXPECT_EQ(DaylioImporter::parseDayMonth(QStringLiteral("29 February"), 2019), std::nullopt);
    EXPECT_EQ(DaylioImporter::parseDayMonth(QStringLiteral("18 Mayo"), 2018), std::nullopt);
}

TEST(DaylioImporter, CurrentFormatWithCustomMoods)
{
    const auto parsed = DaylioImporter::parse(repoFixture("daylio-8-columns.csv"));
    ASSERT_FALSE(parsed.error);
    const DaylioFile &file = parsed.file;
    ASSERT_EQ(file.entries.size(), 5u);
    EXPECT_EQ(file.moodLabels, (QStringList{QStringLiteral("Anxious"), QStringLiteral("rad"),
                                            QStringLiteral("ok but sleepy"), QStringLiteral("awful"),
                                            QStringLiteral("good")}));
    const DaylioEntry &first = file.entries[0];
    EXPECT_EQ(first.line, 2);
    EXPECT_EQ(first.date, LocalDate(2026, 3, 4));
    EXPECT_EQ(first.minuteOfDay, 21 * 60 + 15);
    EXPECT_EQ(first.activities, (QStringList{QStringLiteral("work"), QStringLiteral("bad sleep")}));
    EXPECT_EQ(first.noteTitle, u"Long day");
    EXPECT_EQ(first.note, QStringLiteral("Didn't text them.\nProud of that, \"really\" 💪"));
    EXPECT_EQ(file.entries[3].note, QStringLiteral("Wrote a message,\ndeleted it."));
    EXPECT_EQ(file.entries[3].activities, (QStringList{QStringLiteral("alcohol"), QStringLiteral("friends")}));
    EXPECT_EQ(file.entries[4].line, 7); // after the note with a line break

    DaylioMoodMap moods = DaylioMoodMap::forLabels(file.moodLabels, nullptr);
    EXPECT_EQ(moods.unmapped(file.moodLabels), (QStringList{QStringLiteral("Anxious"), QStringLiteral("ok but sleepy")}));
    const ImportResult unmapped = DaylioImporter::toDataSet(file, moods, kBerlin);
    ASSERT_TRUE(unmapped.error);
    EXPECT_EQ(unmapped.error->problem, Problem::UnmappedMood);
    EXPECT_EQ(unmapped.error->value, u"Anxious");

    moods.set(QStringLiteral("anxious"), 2); // case does not matter
    moods.set(QStringLiteral("OK but sleepy"), 3);
    const ImportResult result = DaylioImporter::toDataSet(file, moods, kBerlin);
    ASSERT_FALSE(result.error);
    const DataSet &data = result.data;
    ASSERT_EQ(data.checkIns.size(), 4u); // four days
    EXPECT_EQ(data.checkIns[0].date, LocalDate(2026, 3, 1));
    EXPECT_EQ(data.checkIns[0].mood, 4);
    EXPECT_EQ(data.checkIns[1].mood, 1);
    EXPECT_EQ(data.checkIns[2].mood, 3);
    // 4 March: rad (5) and Anxious (2) average 3.5, which rounds up to 4,
    // recorded at the day's last entry, 21:15 Berlin (UTC+1).
    const CheckIn &both = data.checkIns[3];
    EXPECT_EQ(both.date, LocalDate(2026, 3, 4));
    EXPECT_EQ(both.mood, 4);
    EXPECT_EQ(both.sleep, 3);
    EXPECT_EQ(both.recordedAt.offsetMinutes, 60);
    EXPECT_EQ(both.recordedAt.zone, "Europe/Berlin");
    EXPECT_EQ(both.recordedAt.localDate, LocalDate(2026, 3, 4));
    EXPECT_EQ(both.recordedAt.localMinuteOfDay(), 21 * 60 + 15);

    // Three entries have a note or a title; oldest first.
    ASSERT_EQ(data.journalEntries.size(), 3u);
    EXPECT_EQ(data.journalEntries[0].text, "Sunday");
    EXPECT_EQ(data.journalEntries[0].mood, 4);
    EXPECT_EQ(data.journalEntries[0].tags, std::vector<std::string>{"cook"});
    EXPECT_EQ(data.journalEntries[1].text, "Wrote a message,\ndeleted it.");
    EXPECT_EQ(data.journalEntries[1].created.localMinuteOfDay(), 30);
    EXPECT_EQ(data.journalEntries[2].text, "Long day\n\nDidn't text them.\nProud of that, \"really\" 💪");
    EXPECT_EQ(data.journalEntries[2].mood, 2);
    EXPECT_EQ(data.journalEntries[2].tags, (std::vector<std::string>{"work", "bad sleep"}));
}

TEST(DaylioImporter, OlderSevenColumnFormatWithTwelveHourTimes)
{
    const auto parsed = DaylioImporter::parse(repoFixture("daylio-7-columns.csv"));
    ASSERT_FALSE(parsed.error);
    const DaylioFile &file = parsed.file;
    ASSERT_EQ(file.entries.size(), 4u);
    EXPECT_EQ(file.entries[0].date, LocalDate(2019, 12, 31));
    EXPECT_EQ(file.entries[0].minuteOfDay, 23 * 60 + 54);
    EXPECT_EQ(file.entries[1].minuteOfDay, 10);
    EXPECT_EQ(file.entries[2].date, LocalDate(2019, 5, 18));
    EXPECT_EQ(file.entries[2].minuteOfDay, 9 * 60 + 5);
    EXPECT_EQ(file.entries[3].date, LocalDate(2019, 1, 1));
    EXPECT_EQ(file.entries[3].minuteOfDay, 12 * 60);
    EXPECT_EQ(file.entries[0].note, u"New year's eve, alone-ish");

    const DaylioMoodMap moods = DaylioMoodMap::forLabels(file.moodLabels, nullptr);
    EXPECT_TRUE(moods.unmapped(file.moodLabels).isEmpty()); // happy, horrible, average, meh
    const ImportResult result = DaylioImporter::toDataSet(file, moods, kBerlin);
    ASSERT_FALSE(result.error);
    ASSERT_EQ(result.data.checkIns.size(), 3u);
    EXPECT_EQ(result.data.checkIns[2].mood, 3); // happy 5 and horrible 1 on New Year's Eve
    EXPECT_EQ(result.data.journalEntries.size(), 1u);
}

TEST(DaylioImporter, ProblemsNameTheLineAndColumn)
{
    const QByteArray header = "full_date,date,weekday,time,mood,activities,note_title,note\n";
    const QByteArray good = "2021-05-12,12 May,Wednesday,18:52,OK,\"work\",\"\",\"\"\n";
    struct Case
    {
        QByteArray row;
        Problem problem;
        int column;
    };
    const std::vector<Case> cases{
        {"2021-05-32,12 May,Wednesday,18:52,OK,\"\",\"\",\"\"\n", Problem::BadDate, 1},
        {"2021-05-12,12 May,Wednesday,18:62,OK,\"\",\"\",\"\"\n", Problem::BadTime, 4},
        {"2021-05-12,12 May,Wednesday,18:52, ,\"\",\"\",\"\"\n", Problem::NoMood, 5},
        {"2021-05-12,12 May,Wednesday,18:52,OK\n", Problem::WrongColumnCount, 0},
        {"2021-05-12,12 May,Wednesday,18:52,OK,\"work,\"\",\"\"\n", Problem::UnclosedQuote, 6},
    };
    for (const Case &c : cases) {
        const QByteArray file = header + good + good + c.row;
        const auto parsed = DaylioImporter::parse(file);
        ASSERT_TRUE(parsed.error) << c.row.toStdString();
        EXPECT_EQ(parsed.error->problem, c.problem) << c.row.toStdString();
        EXPECT_EQ(parsed.error->line, 4) << c.row.toStdString();
        EXPECT_EQ(parsed.error->column, c.column) << c.row.toStdString();
        EXPECT_TRUE(parsed.file.entries.empty());
    }
    const auto noHeader = DaylioImporter::parse("date,mood\n2021-05-12,OK\n");
    ASSERT_TRUE(noHeader.error);
    EXPECT_EQ(noHeader.error->problem, Problem::MissingColumns);
    EXPECT_EQ(noHeader.error->value, u"full_date, time");
    EXPECT_EQ(DaylioImporter::parse(header).error->problem, Problem::NoEntries);
}

TEST(DaylioImporter, AHeaderAfterABlankLineAndAByteOrderMarkIsFound)
{
    const QByteArray file = "\r\n\xEF\xBB\xBF" "full_date,date,weekday,time,mood,activities,note_title,note\r\n"
                            "2026-03-04,4 March,Wednesday,21:15,good,\"\",\"\",\"Okay day\"\r\n";
    EXPECT_TRUE(DaylioImporter::looksLikeDaylio(file));
    const auto parsed = DaylioImporter::parse(file);
    ASSERT_FALSE(parsed.error) << int(parsed.error->problem);
    ASSERT_EQ(parsed.file.entries.size(), 1u);
    EXPECT_EQ(parsed.file.entries[0].date, LocalDate(2026, 3, 4));
    EXPECT_EQ(parsed.file.entries[0].note, u"Okay day");
}

TEST(DaylioImporter, TextThatIsNotUtf8IsRefusedNotGarbled)
{
    // A note saved as Latin-1 ("Café" with 0xE9) on the third line, eighth field.
    const QByteArray file = "full_date,date,weekday,time,mood,activities,note_title,note\n"
                            "2026-03-05,5 March,Thursday,08:00,good,\"\",\"\",\"\"\n"
                            "2026-03-04,4 March,Wednesday,21:15,good,\"\",\"\",\"Caf\xE9 with Sam\"\n";
    const auto parsed = DaylioImporter::parse(file);
    ASSERT_TRUE(parsed.error);
    EXPECT_EQ(parsed.error->problem, Problem::NotUtf8);
    EXPECT_EQ(parsed.error->line, 3);
    EXPECT_EQ(parsed.error->column, 8);
    EXPECT_TRUE(parsed.file.entries.empty());
}

// Europe/Berlin skips 02:00..03:00 on 29 March 2026. An entry at 02:30 is
// stored at the instant after the gap with the offset in force then (+02:00),
// so its wall-clock time reads 03:30 and it exports and imports again.
TEST(DaylioImporter, TimeInADstGapGetsTheOffsetInForceAfterTheChange)
{
    const QByteArray file = "full_date,date,weekday,time,mood,activities,note_title,note\n"
                            "2026-03-29,29 March,Sunday,2:30 am,good,\"\",\"\",\"Clocks went forward\"\n";
    const auto parsed = DaylioImporter::parse(file);
    ASSERT_FALSE(parsed.error);
    const ImportResult result = DaylioImporter::toDataSet(parsed.file, mapAll(parsed.file.moodLabels, 4), kBerlin);
    ASSERT_FALSE(result.error);
    ASSERT_EQ(result.data.checkIns.size(), 1u);
    ASSERT_EQ(result.data.journalEntries.size(), 1u);
    const std::int64_t expectedUtc = LocalDate(2026, 3, 29).dayNumber() * kMsPerDay + 1 * kMsPerHour + 30 * kMsPerMinute;
    for (const Moment &moment : {result.data.checkIns[0].recordedAt, result.data.journalEntries[0].created}) {
        EXPECT_EQ(moment.utcMs, expectedUtc);
        EXPECT_EQ(moment.offsetMinutes, 120);
        EXPECT_EQ(moment.localDate, LocalDate(2026, 3, 29));
        EXPECT_EQ(moment.localMinuteOfDay(), 3 * 60 + 30);
        EXPECT_EQ(moment.zone, "Europe/Berlin");
    }
    EXPECT_EQ(result.data.checkIns[0].date, LocalDate(2026, 3, 29));

    const ImportResult again = JsonImporter::read(JsonExporter::toJson(result.data));
    ASSERT_TRUE(again.ok()) << again.error->field.toStdString();
    EXPECT_EQ(again.data, result.data);
}

// Found by fuzz_daylio_import: 0001-01-01 00:10 in Berlin (+00:53:28) is a
// moment before year 1 in UTC, which no export could carry back in.
TEST(DaylioImporter, DatesAtTheEndsOfTheCalendarAreRefused)
{
    const QByteArray header = "full_date,time,mood\n";
    for (const char *row : {"0001-01-01,00:10,good\n", "9999-12-31,23:50,good\n"}) {
        const auto parsed = DaylioImporter::parse(QByteArray(header + row));
        ASSERT_TRUE(parsed.error) << row;
        EXPECT_EQ(parsed.error->problem, Problem::BadDate) << row;
        EXPECT_EQ(parsed.error->line, 2) << row;
        EXPECT_EQ(parsed.error->column, 1) << row;
    }
    const auto parsed = DaylioImporter::parse(QByteArray(header + "0002-01-01,00:10,good\n9998-12-31,23:50,good\n"));
    ASSERT_FALSE(parsed.error);
    const ImportResult result = DaylioImporter::toDataSet(parsed.file, mapAll(parsed.file.moodLabels, 4), kBerlin);
    ASSERT_FALSE(result.error);
    ASSERT_EQ(result.data.checkIns.size(), 2u);
    EXPECT_EQ(result.data.checkIns[0].recordedAt.localDate, LocalDate(2, 1, 1));
    EXPECT_EQ(result.data.checkIns[0].recordedAt.localMinuteOfDay(), 10);
    const ImportResult again = JsonImporter::read(JsonExporter::toJson(result.data));
    ASSERT_TRUE(again.ok()) << again.error->field.toStdString();
    EXPECT_EQ(again.data, result.data);
}

// Found by fuzz_daylio_import: an activity starting with U+FEFF became a tag
// that the store and the JSON export read back without it.
TEST(DaylioImporter, TextsLoseALeadingZeroWidthMarkAsTheyWouldWhenStored)
{
    const QByteArray file = "full_date,date,weekday,time,mood,activities,note_title,note\n"
                            "2026-03-04,4 March,Wednesday,21:15,good,\"\xEF\xBB\xBFwork | friends\","
                            "\"\xEF\xBB\xBF\xEF\xBB\xBF Long day\",\"\"\n";
    const auto parsed = DaylioImporter::parse(file);
    ASSERT_FALSE(parsed.error);
    const ImportResult result = DaylioImporter::toDataSet(parsed.file, mapAll(parsed.file.moodLabels, 4), kBerlin);
    ASSERT_FALSE(result.error);
    ASSERT_EQ(result.data.journalEntries.size(), 1u);
    EXPECT_EQ(result.data.journalEntries[0].tags, (std::vector<std::string>{"work", "friends"}));
    EXPECT_EQ(result.data.journalEntries[0].text, "Long day");
    const ImportResult again = JsonImporter::read(JsonExporter::toJson(result.data));
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(again.data, result.data);
}

TEST(DaylioImporter, RemembersTheMappingAcrossImports)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("settings.ini"));
    const QStringList labels{QStringLiteral("Refreshed"), QStringLiteral("ok but sleepy"), QStringLiteral("good")};
    {
        QSettings settings(path, QSettings::IniFormat);
        DaylioMoodMap moods = DaylioMoodMap::forLabels(labels, &settings);
        EXPECT_EQ(moods.unmapped(labels).size(), 2);
        moods.set(QStringLiteral("Refreshed"), 5);
        moods.set(QStringLiteral("ok but sleepy"), 3);
        moods.set(QStringLiteral("good"), 5); // the person disagrees with the suggestion
        moods.save(settings);
    }
    QSettings settings(path, QSettings::IniFormat);
    const DaylioMoodMap again = DaylioMoodMap::forLabels(labels, &settings);
    EXPECT_TRUE(again.unmapped(labels).isEmpty());
    EXPECT_EQ(again.mood(QStringLiteral("refreshed")), 5);
    EXPECT_EQ(again.mood(QStringLiteral("OK BUT SLEEPY")), 3);
    EXPECT_EQ(again.mood(QStringLiteral("good")), 5);
}

// The real exports in the shared folder (see its SOURCE.md), when it is there.
TEST(DaylioImporter, RealExportWithTwelveHourTimes)
{
    const QString path = QDir(sharedDaylioDir()).filePath(QStringLiteral("sample.csv"));
    if (!QFile::exists(path))
        GTEST_SKIP() << "no shared fixtures at " << path.toStdString();
    const auto parsed = DaylioImporter::parse(fixture(path));
    ASSERT_FALSE(parsed.error) << parsed.error->line;
    ASSERT_EQ(parsed.file.entries.size(), 3u);
    EXPECT_EQ(parsed.file.moodLabels, (QStringList{QStringLiteral("sad"), QStringLiteral("average")}));
    EXPECT_EQ(parsed.file.entries[0].minuteOfDay, 22 * 60);
    EXPECT_EQ(parsed.file.entries[0].activities.size(), 7);
    EXPECT_EQ(parsed.file.entries[0].activities.last(), u"stomachache");
    EXPECT_EQ(parsed.file.entries[1].activities.first(), u"stressed / frustrated");
    const auto moods = DaylioMoodMap::forLabels(parsed.file.moodLabels, nullptr);
    const ImportResult result = DaylioImporter::toDataSet(parsed.file, moods, kBerlin);
    ASSERT_FALSE(result.error);
    ASSERT_EQ(result.data.checkIns.size(), 3u);
    EXPECT_EQ(result.data.checkIns[2].date, LocalDate(2021, 9, 28));
    EXPECT_EQ(result.data.checkIns[2].mood, 2);
    EXPECT_EQ(result.data.checkIns[2].recordedAt.offsetMinutes, 120); // summer time
    EXPECT_TRUE(result.data.journalEntries.empty()); // no notes in this file
}

TEST(DaylioImporter, RealExportWithSeveralMoodsADay)
{
    const QString path = QDir(sharedDaylioDir()).filePath(QStringLiteral("sample_multiple_moods.csv"));
    if (!QFile::exists(path))
        GTEST_SKIP() << "no shared fixtures at " << path.toStdString();
    const auto parsed = DaylioImporter::parse(fixture(path));
    ASSERT_FALSE(parsed.error);
    ASSERT_EQ(parsed.file.entries.size(), 7u);
    EXPECT_EQ(parsed.file.moodLabels,
              (QStringList{QStringLiteral("OK"), QStringLiteral("Refreshed"), QStringLiteral("good"),
                           QStringLiteral("ok but sleepy"), QStringLiteral("bad"), QStringLiteral("Anxious")}));
    const ImportResult result = DaylioImporter::toDataSet(parsed.file, mapAll(parsed.file.moodLabels, 1), kBerlin);
    ASSERT_FALSE(result.error);
    ASSERT_EQ(result.data.checkIns.size(), 5u); // 7 entries on 5 days
    // 21 July 2020: bad (2) and Anxious (mapped to 1 here): 1.5 rounds up to 2, at 10:31.
    EXPECT_EQ(result.data.checkIns[0].date, LocalDate(2020, 7, 21));
    EXPECT_EQ(result.data.checkIns[0].mood, 2);
    EXPECT_EQ(result.data.checkIns[0].recordedAt.localMinuteOfDay(), 10 * 60 + 31);
    EXPECT_EQ(result.data.checkIns[4].date, LocalDate(2021, 5, 12));
    EXPECT_EQ(result.data.checkIns[4].mood, 3);
}

TEST(DaylioMoodMap, TheStoredMappingComesOverTheSuggestions)
{
    const QStringList labels{QStringLiteral("rad"), QStringLiteral("Pretty Good")};
    const std::map<std::string, int> stored{{"rad", 4}, {"pretty good", 4}};
    const DaylioMoodMap moods = DaylioMoodMap::forLabels(labels, stored);
    EXPECT_EQ(moods.mood(QStringLiteral("rad")), 4);
    EXPECT_EQ(moods.mood(QStringLiteral("pretty  good")), 4);

    std::map<std::string, int> remembered{{"older file", 2}};
    moods.rememberIn(remembered);
    EXPECT_EQ(remembered, (std::map<std::string, int>{{"older file", 2}, {"pretty good", 4}, {"rad", 4}}));
}

TEST(DaylioMoodMap, AMappingInQSettingsIsMovedOnceAndRemovedThere)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("old.ini"));
    {
        QSettings settings(path, QSettings::IniFormat);
        DaylioMoodMap old;
        old.set(QStringLiteral("Fine"), 3);
        old.set(QStringLiteral("rad"), 5);
        old.save(settings);
    }
    QSettings settings(path, QSettings::IniFormat);
    std::map<std::string, int> stored{{"rad", 4}}; // what the data already holds wins
    EXPECT_TRUE(DaylioMoodMap::moveFromQSettings(settings, stored));
    EXPECT_EQ(stored, (std::map<std::string, int>{{"fine", 3}, {"rad", 4}}));
    EXPECT_FALSE(settings.childGroups().contains(QStringLiteral("daylio")));
    EXPECT_FALSE(DaylioMoodMap::moveFromQSettings(settings, stored)); // once
}

TEST(JsonExchange, TheDaylioMoodMappingTravelsInTheExportAndOlderFilesStillImport)
{
    DataSet data;
    data.settings.daylioMoods = {{"rad", 5}, {"meh", 3}};
    const exchange::ImportResult back = exchange::JsonImporter::read(exchange::JsonExporter::toJson(data));
    ASSERT_TRUE(back.ok());
    EXPECT_EQ(back.data.settings.daylioMoods, data.settings.daylioMoods);

    data.settings.daylioMoods.clear();
    const QByteArray withoutMoods = exchange::JsonExporter::toJson(data);
    EXPECT_FALSE(withoutMoods.contains("daylioMoods"));
    const exchange::ImportResult older = exchange::JsonImporter::read(withoutMoods);
    ASSERT_TRUE(older.ok());
    EXPECT_TRUE(older.data.settings.daylioMoods.empty());
}
