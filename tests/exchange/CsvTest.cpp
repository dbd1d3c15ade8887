// CSV export: one RFC 4180 file per kind of record that a spreadsheet opens
// with every character intact; and the reader the Daylio import uses.

#include "RichDataSet.h"

#include "exchange/CsvExporter.h"
#include "exchange/CsvReader.h"
#include "exchange/CsvWriter.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace holdfast;
using namespace holdfast::exchange;

namespace {

const CsvExporter::File &fileNamed(const std::vector<CsvExporter::File> &files, const char *name)
{
    const auto it = std::find_if(files.begin(), files.end(), [&](const auto &f) { return f.name == QLatin1String(name); });
    EXPECT_NE(it, files.end()) << name;
    return *it;
}

} // namespace

TEST(Csv, QuotesOnlyWhatNeedsIt)
{
    EXPECT_EQ(CsvWriter::field(QStringLiteral("plain")), u"plain");
    EXPECT_EQ(CsvWriter::field(QStringLiteral("a, b")), u"\"a, b\"");
    EXPECT_EQ(CsvWriter::field(QStringLiteral("say \"hi\"")), u"\"say \"\"hi\"\"\"");
    EXPECT_EQ(CsvWriter::field(QStringLiteral("two\nlines")), u"\"two\nlines\"");
    EXPECT_EQ(CsvWriter::field(QStringLiteral(" padded")), u"\" padded\"");
    EXPECT_EQ(CsvWriter::field(QString()), u"");
}

TEST(Csv, RowsEndInCrLfAndReadBackExactly)
{
    CsvWriter writer({QStringLiteral("a"), QStringLiteral("b")});
    const QStringList awkward{QStringLiteral("Line one\nLine two, \"quoted\""), QStringLiteral("💔 مرحبا")};
    writer.addRow(awkward);
    writer.addRow({QString(), QStringLiteral(",")});
    EXPECT_TRUE(writer.bytes().startsWith("a,b\r\n"));
    EXPECT_TRUE(writer.bytes().endsWith("\r\n"));

    const CsvReader::Result read = CsvReader::read(writer.bytes());
    ASSERT_FALSE(read.error);
    ASSERT_EQ(read.records.size(), 3u);
    EXPECT_EQ(read.records[1].fields, awkward);
    EXPECT_EQ(read.records[2].fields, (QStringList{QString(), QStringLiteral(",")}));
    EXPECT_EQ(read.records[1].line, 2);
    EXPECT_EQ(read.records[2].line, 4); // the quoted line break moved it down one
}

TEST(Csv, ReaderNamesTheLineOfAnUnclosedQuote)
{
    const CsvReader::Result read = CsvReader::read("a,b\n1,2\n3,\"never closed\n4,5\n");
    ASSERT_TRUE(read.error);
    EXPECT_EQ(read.error->problem, ImportError::Problem::UnclosedQuote);
    EXPECT_EQ(read.error->line, 3);
    EXPECT_EQ(read.error->column, 2);
    EXPECT_TRUE(read.records.empty());
}

TEST(Csv, ExportHasOneFilePerKindWithAHeaderRow)
{
    const auto files = CsvExporter::files(test::richDataSet());
    QStringList names;
    for (const auto &file : files)
        names.append(file.name);
    EXPECT_EQ(names, (QStringList{QStringLiteral("urges.csv"), QStringLiteral("check-ins.csv"),
                                  QStringLiteral("look-backs.csv"), QStringLiteral("journal.csv"), QStringLiteral("unsent-messages.csv"),
                                  QStringLiteral("contacts.csv"), QStringLiteral("reasons.csv"),
                                  QStringLiteral("support-people.csv"), QStringLiteral("activities.csv"),
                                  QStringLiteral("if-then-plans.csv"), QStringLiteral("risk-dates.csv")}));
    EXPECT_TRUE(fileNamed(files, "check-ins.csv").bytes.startsWith("date,recorded_at,mood,sleep,intention\r\n"));

    const CsvReader::Result checkIns = CsvReader::read(fileNamed(files, "check-ins.csv").bytes);
    ASSERT_EQ(checkIns.records.size(), 3u);
    EXPECT_EQ(checkIns.records[1].fields,
              (QStringList{QStringLiteral("2026-11-20"), QStringLiteral("2026-11-20T08:15:00+01:00"), QStringLiteral("2"),
                           QStringLiteral("4"), QStringLiteral("Walk before work; no scrolling")}));
}

TEST(Csv, ALookBackRowNamesTheDayLookedBackOnAndWhenItWasWritten)
{
    const CsvExporter::File file = fileNamed(CsvExporter::files(test::richDataSet()), "look-backs.csv");
    EXPECT_TRUE(file.bytes.startsWith("date,recorded_at,hardness,helped,tomorrow\r\n"));
    const CsvReader::Result lookBacks = CsvReader::read(file.bytes);
    ASSERT_FALSE(lookBacks.error);
    ASSERT_EQ(lookBacks.records.size(), 3u);
    // Written at twenty to one, about the evening before.
    EXPECT_EQ(lookBacks.records[1].fields,
              (QStringList{QStringLiteral("2026-11-20"), QStringLiteral("2026-11-21T00:40:00+01:00"), QStringLiteral("4"),
                           QStringLiteral("Called Mia; \"ok\", she said"), QStringLiteral("Phone stays in the kitchen 📵")}));
}

TEST(Csv, JournalTextSurvivesQuotesLineBreaksAndEmoji)
{
    const DataSet data = test::richDataSet();
    const CsvReader::Result journal = CsvReader::read(fileNamed(CsvExporter::files(data), "journal.csv").bytes);
    ASSERT_FALSE(journal.error);
    ASSERT_EQ(journal.records.size(), 3u);
    const QStringList &row = journal.records[1].fields;
    ASSERT_EQ(row.size(), 7);
    EXPECT_EQ(row[6].toStdString(), data.journalEntries[0].text);
    EXPECT_EQ(row[5], u"evening | hard day | Grüße");
    EXPECT_EQ(row[4], u"3");
    EXPECT_EQ(journal.records[2].fields[4], u""); // no mood
}

TEST(Csv, UrgeRowsCarryTheirFigures)
{
    const CsvReader::Result urges = CsvReader::read(fileNamed(CsvExporter::files(test::richDataSet()), "urges.csv").bytes);
    ASSERT_EQ(urges.records.size(), 3u);
    const QStringList &header = urges.records[0].fields;
    const QStringList &row = urges.records[1].fields;
    const auto at = [&](const char *column) { return row.value(header.indexOf(QLatin1String(column))); };
    EXPECT_EQ(at("start"), u"2026-11-20T23:40:00+01:00");
    EXPECT_EQ(at("start_local_date"), u"2026-11-20");
    EXPECT_EQ(at("end"), u"2026-11-21T00:10:00+01:00");
    EXPECT_EQ(at("outcome"), u"resisted");
    EXPECT_EQ(at("kind"), u"look");
    EXPECT_EQ(header.indexOf(QLatin1String("kind")), header.indexOf(QLatin1String("outcome")) + 1);
    EXPECT_EQ(urges.records[2].fields.value(header.indexOf(QLatin1String("kind"))), u"message");
    EXPECT_EQ(at("intensities"), u"9 10 2");
    EXPECT_EQ(at("peak_intensity"), u"10");
    EXPECT_EQ(at("triggers"), u"night_time | alcohol | social_media");
    EXPECT_EQ(at("hungry"), u"true");
    EXPECT_EQ(at("angry"), u"false");
    EXPECT_EQ(at("unsent_message_id"), u"3");
}

TEST(Csv, WriteFolderWritesPrivateFilesWithAPrefix)
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("new/folder"));
    QStringList written;
    ASSERT_FALSE(CsvExporter::writeFolder(folder, QStringLiteral("holdfast-"), test::richDataSet(), &written, QString()));
    EXPECT_EQ(written.size(), 11);
    const QString urges = QDir(folder).filePath(QStringLiteral("holdfast-urges.csv"));
    EXPECT_TRUE(written.contains(urges));
    EXPECT_EQ(QFile::permissions(urges) & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup
                                           | QFileDevice::WriteOther),
              QFileDevice::Permissions());
}

// Found by fuzz_daylio_import: "\r<BOM>a\n" read as "<BOM>a", which wrote
// back as a byte-order mark and then read as "a".
TEST(Csv, AByteOrderMarkAfterABlankLineIsNotText)
{
    const CsvReader::Result read = CsvReader::read("\r\xEF\xBB\xBF" "a\n");
    ASSERT_FALSE(read.error);
    ASSERT_EQ(read.records.size(), 1u);
    EXPECT_EQ(read.records[0].fields, QStringList{QStringLiteral("a")});
    EXPECT_EQ(read.records[0].line, 2);

    // A value that really starts with U+FEFF is quoted, so it reads back whole.
    const QStringList header{QStringLiteral("\uFEFFa"), QStringLiteral("b")};
    CsvWriter writer(header);
    writer.addRow({QStringLiteral("\uFEFF"), QStringLiteral("c")});
    EXPECT_TRUE(writer.bytes().startsWith("\"\xEF\xBB\xBF" "a\",b\r\n"));
    const CsvReader::Result again = CsvReader::read(writer.bytes());
    ASSERT_FALSE(again.error);
    ASSERT_EQ(again.records.size(), 2u);
    EXPECT_EQ(again.records[0].fields, header);
    EXPECT_EQ(again.records[1].fields, (QStringList{QStringLiteral("\uFEFF"), QStringLiteral("c")}));
}

TEST(Csv, BytesThatAreNotUtf8AreRefusedWhereTheyAre)
{
    // A Latin-1 "é" (0xE9) in the second field of line 3.
    const CsvReader::Result read = CsvReader::read("a,b\n1,2\n3,caf\xE9\n4,5\n");
    ASSERT_TRUE(read.error);
    EXPECT_EQ(read.error->problem, ImportError::Problem::NotUtf8);
    EXPECT_EQ(read.error->line, 3);
    EXPECT_EQ(read.error->column, 2);
    EXPECT_TRUE(read.records.empty());

    // Overlong forms, surrogates and code points past U+10FFFF are not UTF-8 either.
    for (const QByteArray &bad : {QByteArray("\xC0\xAF"), QByteArray("\xED\xA0\x80"), QByteArray("\xF4\x90\x80\x80"),
                                 QByteArray("\xE2\x82"), QByteArray("\x80")}) {
        const CsvReader::Result r = CsvReader::read(QByteArray("a\n" + bad + "\n"));
        ASSERT_TRUE(r.error) << bad.toHex().toStdString();
        EXPECT_EQ(r.error->problem, ImportError::Problem::NotUtf8) << bad.toHex().toStdString();
        EXPECT_EQ(r.error->line, 2) << bad.toHex().toStdString();
    }
    // Every well-formed sequence, noncharacters and U+FFFD itself included, is text.
    const QString text = QStringLiteral("é € 💔 \uFFFD \uFFFF \U0010FFFF");
    const CsvReader::Result good = CsvReader::read(QByteArray("a\n\"" + text.toUtf8() + "\"\n"));
    ASSERT_FALSE(good.error);
    ASSERT_EQ(good.records.size(), 2u);
    EXPECT_EQ(good.records[1].fields, QStringList{text});
}

TEST(Csv, ContactRowsSayWhatTheContactWasFor)
{
    const CsvReader::Result contacts =
        CsvReader::read(fileNamed(CsvExporter::files(test::richDataSet()), "contacts.csv").bytes);
    ASSERT_EQ(contacts.records.size(), 3u);
    const QStringList &header = contacts.records[0].fields;
    const int purpose = int(header.indexOf(QStringLiteral("purpose")));
    ASSERT_GE(purpose, 0);
    EXPECT_EQ(contacts.records[1].fields.value(purpose), u"personal");
    EXPECT_EQ(contacts.records[2].fields.value(purpose), u"logistics");
}
