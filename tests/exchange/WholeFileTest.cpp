// Every file Holdfast writes for the person: whole or absent, owner-only
// whatever the umask, never through a link, never inside the data folder.

#include "exchange/CsvExporter.h"
#include "exchange/WholeFile.h"

#include "RichDataSet.h"
#include "support/UmaskGuard.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <sys/stat.h>

using namespace holdfast;
using namespace holdfast::exchange;

namespace {

constexpr QFileDevice::Permissions kGroupOrOther = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
    | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;

QByteArray contentOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("(absent)");
}

} // namespace

TEST(WholeFile, FilesAndTheFoldersMadeForThemAreOwnerOnlyWhateverTheUmask)
{
    const holdfast::testing::UmaskGuard open(0);
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("exports/csv"));
    QStringList written;
    ASSERT_FALSE(CsvExporter::writeFolder(folder, QString(), test::richDataSet(), &written, QString()));
    ASSERT_EQ(written.size(), 11);
    for (const QString &made : {folder, dir.filePath(QStringLiteral("exports"))})
        EXPECT_EQ(QFile::permissions(made) & kGroupOrOther, QFileDevice::Permissions()) << made.toStdString();
    for (const QString &path : written)
        EXPECT_EQ(QFile::permissions(path) & kGroupOrOther, QFileDevice::Permissions()) << path.toStdString();
}

TEST(WholeFile, ALinkIsNeverWrittenThrough)
{
    QTemporaryDir dir;
    const QString target = dir.filePath(QStringLiteral("notes.txt"));
    QFile file(target);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("mine");
    file.close();
    const QString link = dir.filePath(QStringLiteral("export.json"));
    ASSERT_TRUE(QFile::link(target, link));

    const WriteError error = WholeFile::write(link, "{}", QString());
    EXPECT_EQ(error.problem, WriteError::Problem::IsLink);
    EXPECT_EQ(contentOf(target), QByteArray("mine"));
    EXPECT_TRUE(QFileInfo(link).isSymLink());
}

TEST(WholeFile, NothingIsWrittenIntoTheDataFolderHoweverItIsNamed)
{
    QTemporaryDir dir;
    const QString data = dir.filePath(QStringLiteral("data"));
    ASSERT_TRUE(QDir().mkpath(data));
    const QString link = dir.filePath(QStringLiteral("same-data"));
    ASSERT_TRUE(QFile::link(data, link));
    for (const QString &path : {QDir(data).filePath(QStringLiteral("holdfast.sqlite")),
                                QDir(link).filePath(QStringLiteral("export.json")),
                                QDir(data).filePath(QStringLiteral("backups/../x.json"))}) {
        EXPECT_EQ(WholeFile::write(path, "{}", data).problem, WriteError::Problem::InsideDataFolder) << path.toStdString();
    }
    EXPECT_TRUE(QDir(data).entryList(QDir::Files | QDir::Hidden).isEmpty());
    EXPECT_EQ(WholeFile::makeFolder(QDir(link).filePath(QStringLiteral("csv")), data).problem,
              WriteError::Problem::InsideDataFolder);
}

TEST(WholeFile, ASetOfFilesIsWrittenWholeOrLeavesNothing)
{
    QTemporaryDir dir;
    const QString first = dir.filePath(QStringLiteral("urges.csv"));
    const QString second = dir.filePath(QStringLiteral("missing-folder/journal.csv"));
    const WriteError error = WholeFile::writeAll({{first, "a,b\r\n"}, {second, "c,d\r\n"}}, QString());
    EXPECT_EQ(error.problem, WriteError::Problem::CannotWrite);
    EXPECT_FALSE(QFileInfo::exists(first)) << "half a set was left behind";
    EXPECT_TRUE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).isEmpty());
}

TEST(WholeFile, AFileThatWasThereIsReplacedOnlyWhenTheNewOneIsWhole)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("export.json"));
    ASSERT_FALSE(WholeFile::write(path, "first", QString()));
    EXPECT_EQ(contentOf(path), QByteArray("first"));
    ASSERT_FALSE(WholeFile::write(path, "second", QString()));
    EXPECT_EQ(contentOf(path), QByteArray("second"));
    EXPECT_EQ(WholeFile::write(dir.path(), "x", QString()).problem, WriteError::Problem::NotAFile);
}
