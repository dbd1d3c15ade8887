// The review's PNG and PDF as files: the PDF holds every chart the PNG has,
// with labels a reader can read (checked in the text poppler extracts); both
// are private files (0600 whatever the umask), never written through a link
// or into the data folder; the save dialog starts in the home folder.

#include "support/UmaskGuard.h"
#include "UiFixture.h"
#include "support/ReviewHistory.h"

#include "ui/MainWindow.h"
#include "ui/review/ReviewPage.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

#include <sys/stat.h>

using namespace holdfast;
using holdfast::testing::UmaskGuard;
using holdfast::testing::UiFixture;
using Problem = holdfast::exchange::WriteError::Problem;

namespace {

mode_t modeOf(const QString &path)
{
    struct stat info {};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return 0;
    return info.st_mode & 0777;
}

QString runPoppler(const char *tool, const QStringList &arguments, int *exitCode)
{
    QProcess process;
    process.start(QStandardPaths::findExecutable(QString::fromLatin1(tool)), arguments);
    if (!process.waitForFinished(60000)) {
        *exitCode = -1;
        return {};
    }
    *exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return QString::fromUtf8(process.readAllStandardOutput());
}

class ReviewExportTest : public UiFixture
{
protected:
    void SetUp() override
    {
        UiFixture::SetUp();
        ASSERT_TRUE(m_out.isValid());
        holdfast::testing::writeReviewHistory(*m_store);
    }

    std::unique_ptr<ui::ReviewPage> openPage()
    {
        auto page = std::make_unique<ui::ReviewPage>(*m_context);
        page->setDataDir(m_dir.path());
        page->resize(1100, 800);
        page->show();
        EXPECT_TRUE(QTest::qWaitForWindowExposed(page.get()));
        return page;
    }

    QString outPath(const QString &name) const { return m_out.filePath(name); }

    QTemporaryDir m_out; // where the person keeps their files, away from the data folder
};

} // namespace

TEST_F(ReviewExportTest, ThePdfHoldsEveryChartOfThePngWithReadableLabels)
{
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty()
        || QStandardPaths::findExecutable(QStringLiteral("pdftoppm")).isEmpty())
        GTEST_SKIP() << "pdftotext and pdftoppm (poppler-utils, installed by scripts/setup) are missing";
    const auto page = openPage();
    const QString pdf = outPath(QStringLiteral("week.pdf"));
    ASSERT_TRUE(page->exportPdf(pdf));

    int exitCode = 0;
    // Compatibility form: poppler reports the font's ligatures ("ﬀ" in "off") as one character.
    const QString text = runPoppler("pdftotext", {pdf, QStringLiteral("-")}, &exitCode)
                             .normalized(QString::NormalizationForm_KC)
                             .simplified();
    ASSERT_EQ(exitCode, 0);
    // The headings of every chart of the PNG.
    for (const char *heading : {"Urges per day", "The last 12 weeks", "What set them off", "Hungry, angry, lonely, tired",
                                "Time of day", "Mood and sleep", "How urges pass", "What the pull was"})
        EXPECT_TRUE(text.contains(QString::fromUtf8(heading))) << heading << "\n" << text.toStdString();
    // This week's triggers by their whole names, not cut to "…".
    EXPECT_TRUE(text.contains(QStringLiteral("Saw their social media"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Night-time"))) << text.toStdString();
    // No label cut short anywhere: trigger names, weekdays, hours.
    EXPECT_FALSE(text.contains(QStringLiteral("..."))) << text.toStdString();
    EXPECT_FALSE(text.contains(QStringLiteral("…"))) << text.toStdString();
    EXPECT_EQ(text.count(QStringLiteral("Sun 29")), 2) << text.toStdString(); // urges per day, mood and sleep
    // What the urges pulled toward, by whole names.
    for (const char *kind : {"Message or call", "Something else"})
        EXPECT_TRUE(text.contains(QString::fromUtf8(kind))) << kind;
    // The HALT chart's bars are named.
    for (const char *flag : {"Hungry", "Angry", "Lonely", "Tired"})
        EXPECT_TRUE(text.contains(QString::fromUtf8(flag))) << flag;

    // Poppler draws both pages.
    const QString prefix = outPath(QStringLiteral("page"));
    runPoppler("pdftoppm", {QStringLiteral("-r"), QStringLiteral("40"), QStringLiteral("-png"), pdf, prefix}, &exitCode);
    ASSERT_EQ(exitCode, 0);
    const QStringList pages = QDir(m_out.path()).entryList({QStringLiteral("page-*.png")}, QDir::Files, QDir::Name);
    ASSERT_EQ(pages.size(), 2) << pages.join(u' ').toStdString();
    for (const QString &name : pages) {
        const QImage image(m_out.filePath(name));
        ASSERT_FALSE(image.isNull()) << name.toStdString();
        EXPECT_GT(image.height(), image.width()); // A4 portrait
    }
}

TEST_F(ReviewExportTest, ThePngAndPdfAreReadableByTheirOwnerOnlyWhateverTheUmask)
{
    const UmaskGuard umask(022);
    const auto page = openPage();
    const QString png = outPath(QStringLiteral("week.png"));
    const QString pdf = outPath(QStringLiteral("week.pdf"));
    ASSERT_TRUE(page->exportPng(png));
    ASSERT_TRUE(page->exportPdf(pdf));
    EXPECT_EQ(modeOf(png), mode_t(0600));
    EXPECT_EQ(modeOf(pdf), mode_t(0600));
    EXPECT_FALSE(QImage(png).isNull());
    QFile file(pdf);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_TRUE(file.read(5) == "%PDF-");

    // Written again over a file another program left readable by all: private again.
    ASSERT_TRUE(QFile::setPermissions(png, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadOther));
    ASSERT_TRUE(page->exportPng(png));
    EXPECT_EQ(modeOf(png), mode_t(0600));
}

TEST_F(ReviewExportTest, AnExportIsNeverWrittenThroughALink)
{
    const auto page = openPage();
    const QString target = outPath(QStringLiteral("elsewhere.txt"));
    {
        QFile file(target);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write("keep me");
    }
    const QString link = outPath(QStringLiteral("week.png"));
    ASSERT_TRUE(QFile::link(target, link));

    exchange::WriteError error;
    EXPECT_FALSE(page->exportPng(link, &error));
    EXPECT_EQ(error.problem, Problem::IsLink);
    EXPECT_FALSE(page->exportPdf(link, &error));
    EXPECT_EQ(error.problem, Problem::IsLink);
    QFile file(target);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(file.readAll(), QByteArray("keep me"));
    EXPECT_TRUE(QFileInfo(link).isSymLink());
}

TEST_F(ReviewExportTest, AnExportIsNeverWrittenIntoTheDataFolder)
{
    // Through the window, as the app wires it: the review learns the data folder from it.
    ui::MainWindow window(*m_context);
    window.setDataDir(m_dir.path());
    auto *page = qobject_cast<ui::ReviewPage *>(window.screenWidget(ui::Screen::Review));
    ASSERT_NE(page, nullptr);
    window.showScreen(ui::Screen::Review);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));

    for (const QString &path : {m_dir.filePath(QStringLiteral("week.png")), m_dir.filePath(QStringLiteral("holdfast.sqlite"))}) {
        const QByteArray before = [&] {
            QFile file(path);
            return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
        }();
        exchange::WriteError error;
        EXPECT_FALSE(page->exportPng(path, &error)) << path.toStdString();
        EXPECT_EQ(error.problem, Problem::InsideDataFolder);
        EXPECT_FALSE(page->exportPdf(path, &error)) << path.toStdString();
        EXPECT_EQ(error.problem, Problem::InsideDataFolder);
        QFile file(path);
        EXPECT_EQ(file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray(), before) << path.toStdString();
    }
    EXPECT_FALSE(QFileInfo::exists(m_dir.filePath(QStringLiteral("week.png"))));
    EXPECT_TRUE(page->exportPng(outPath(QStringLiteral("week.png"))));
}

TEST_F(ReviewExportTest, TheSaveDialogStartsInTheHomeFolderThenWhereTheLastExportWent)
{
    const auto page = openPage();
    const QFileInfo first(page->suggestedExportPath(true));
    EXPECT_EQ(first.absolutePath(), QDir::homePath());
    EXPECT_EQ(first.fileName(), QStringLiteral("holdfast-week-2026-11-23.pdf"));

    ASSERT_TRUE(page->exportPng(outPath(QStringLiteral("mine.png"))));
    const QFileInfo next(page->suggestedExportPath(false));
    EXPECT_EQ(next.absolutePath(), QFileInfo(m_out.path()).absoluteFilePath());
    EXPECT_EQ(next.fileName(), QStringLiteral("holdfast-week-2026-11-23.png"));
}
