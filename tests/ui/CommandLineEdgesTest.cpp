// The real `holdfast` binary at the edges a hostile or unlucky person meets:
// a full disk, links into the data folder, an import while the window is open,
// two imports at once, an emptied data file, a replace that would leave
// nothing, an encrypted summary, and arguments that cannot be run.

#include "headless/HeadlessCommands.h"
#include "UiFixture.h"

#include "exchange/JsonExporter.h"
#include "model/DataMerge.h"
#include "headless/SingleInstance.h"
#include "headless/Translations.h"
#include "headless/ExchangeTexts.h"

#include <QCryptographicHash>
#include <QDate>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSignalSpy>
#include <QTimeZone>

#include <sys/stat.h>

using namespace holdfast;
using holdfast::testing::UiFixture;

namespace {

class CommandLineEdgesTest : public UiFixture
{
protected:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };

    // Runs the real binary to completion. `limitKiB` > 0 caps the size of any
    // file it writes, as a full disk would (ulimit -f; SIGXFSZ ignored, so a
    // write past it fails with an error instead of killing the process).
    Run runHoldfast(const QStringList &arguments, int limitKiB = 0, const QProcessEnvironment &environment = {})
    {
        QProcess process;
        if (!environment.isEmpty())
            process.setProcessEnvironment(environment);
        if (limitKiB > 0) {
            process.start(QStringLiteral("bash"),
                          QStringList{QStringLiteral("-c"),
                                      QStringLiteral("trap '' XFSZ; ulimit -f %1; exec \"$0\" \"$@\"").arg(limitKiB),
                                      QStringLiteral(HOLDFAST_APP_PATH)}
                              + arguments);
        } else {
            process.start(QStringLiteral(HOLDFAST_APP_PATH), arguments);
        }
        Run run;
        // Spins the event loop, so a window of this test can answer a hand-off.
        QSignalSpy finished(&process, &QProcess::finished);
        EXPECT_TRUE(finished.wait(60'000));
        run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        run.out = process.readAllStandardOutput();
        run.err = process.readAllStandardError();
        return run;
    }

    QStringList dataDirArgs() const { return {QStringLiteral("--data-dir"), m_dir.path()}; }
    QString database() const { return m_dir.filePath(QStringLiteral("holdfast.sqlite")); }
    QString elsewhere(const QString &name) const { return m_other.filePath(name); }

    static QByteArray bytesOf(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("(absent)");
    }

    static void writeFile(const QString &path, const QByteArray &bytes)
    {
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(bytes);
    }

    // Enough history that an export is a few hundred kilobytes.
    void addHistory(int days = 60)
    {
        const std::string note(400, 'n');
        for (int day = 0; day < days; ++day) {
            for (int i = 0; i < 4; ++i) {
                UrgeRecord urge;
                urge.start = later(-(day * 24 * 60) - i * 90);
                urge.samples = {{urge.start.utcMs, 6 + i % 3}};
                urge.outcome = UrgeOutcome::Resisted;
                urge.note = note;
                m_store->saveUrge(urge);
            }
            JournalEntry entry;
            entry.created = later(-(day * 24 * 60) - 30);
            entry.updated = entry.created;
            entry.text = std::string(1500, 'j');
            m_store->saveJournalEntry(entry);
        }
        m_store->saveReason(Reason{0, "I deserve someone who answers", 0});
    }

    // No file in `folder` but the ones named (a temporary file left behind is a failure).
    static QStringList filesIn(const QString &folder)
    {
        return QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::System);
    }

    QTemporaryDir m_other; // outside the data folder
};

QByteArray hashOf(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return "(absent)";
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

} // namespace

// Item 1: a full disk is an error, not a short file that says "Exported".
TEST_F(CommandLineEdgesTest, AJsonExportOntoAFullDiskFailsAndLeavesNoFile)
{
    addHistory();
    m_store.reset();
    const QString target = elsewhere(QStringLiteral("export.json"));
    const Run run = runHoldfast(QStringList{QStringLiteral("--export"), target} + dataDirArgs(), 96);
    EXPECT_NE(run.exitCode, 0) << run.out.constData();
    EXPECT_FALSE(run.out.contains("Exported")) << run.out.constData();
    EXPECT_TRUE(run.err.contains("Nothing was written")) << run.err.constData();
    EXPECT_TRUE(filesIn(m_other.path()).isEmpty()) << filesIn(m_other.path()).join(u' ').toStdString();

    // With room again, the same command writes the whole file.
    const Run again = runHoldfast(QStringList{QStringLiteral("--export"), target} + dataDirArgs());
    EXPECT_EQ(again.exitCode, 0) << again.err.constData();
    EXPECT_GT(QFileInfo(target).size(), 96 * 1024);
}

TEST_F(CommandLineEdgesTest, ACsvExportOntoAFullDiskLeavesNoFileUnderItsName)
{
    addHistory();
    m_store.reset();
    const QString folder = elsewhere(QStringLiteral("csv"));
    const Run run = runHoldfast(QStringList{QStringLiteral("--export"), folder + u'/'} + dataDirArgs(), 96);
    EXPECT_NE(run.exitCode, 0);
    EXPECT_TRUE(run.err.contains("Nothing was written")) << run.err.constData();
    EXPECT_TRUE(filesIn(folder).isEmpty()) << filesIn(folder).join(u' ').toStdString();
}

// Item 2: an export never overwrites the database, nor follows a link into another file.
TEST_F(CommandLineEdgesTest, AnExportToALinkToTheDatabaseIsRefusedAndTheDatabaseIsUntouched)
{
    addHistory(3);
    const MergeCounts before = DataMerge::count(m_store->everything());
    m_store.reset();
    const QString link = elsewhere(QStringLiteral("db.json"));
    ASSERT_TRUE(QFile::link(database(), link));
    const Run run = runHoldfast(QStringList{QStringLiteral("--export"), link} + dataDirArgs());
    EXPECT_NE(run.exitCode, 0);
    EXPECT_TRUE(run.err.contains("link")) << run.err.constData();
    EXPECT_TRUE(bytesOf(database()).startsWith(QByteArray("SQLite format 3\0", 16)));
    reopen(); // still the same good database
    EXPECT_EQ(DataMerge::count(m_store->everything()), before);
}

TEST_F(CommandLineEdgesTest, AnExportToALinkLeavesTheFileItPointsToAndItsModeAlone)
{
    m_store.reset();
    const QString target = elsewhere(QStringLiteral("notes.txt"));
    writeFile(target, "my notes\n");
    ASSERT_TRUE(QFile::setPermissions(target, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup
                                                  | QFileDevice::ReadOther));
    const QString link = elsewhere(QStringLiteral("export.json"));
    ASSERT_TRUE(QFile::link(target, link));
    const Run run = runHoldfast(QStringList{QStringLiteral("--export"), link} + dataDirArgs());
    EXPECT_NE(run.exitCode, 0);
    EXPECT_EQ(bytesOf(target), QByteArray("my notes\n"));
    EXPECT_TRUE(QFile::permissions(target) & QFileDevice::ReadOther) << "the mode of the file behind the link changed";
    EXPECT_TRUE(QFileInfo(link).isSymLink());
}

TEST_F(CommandLineEdgesTest, AnExportIntoTheDataFolderIsRefused)
{
    m_store.reset();
    const Run run = runHoldfast(QStringList{QStringLiteral("--export"), m_dir.filePath(QStringLiteral("copy.json"))} + dataDirArgs());
    EXPECT_NE(run.exitCode, 0);
    EXPECT_TRUE(run.err.contains("data folder")) << run.err.constData();
    EXPECT_FALSE(QFileInfo::exists(m_dir.filePath(QStringLiteral("copy.json"))));
}

// Item 3: an import while the window is open is done by the window.
TEST_F(CommandLineEdgesTest, AnImportWhileTheWindowIsOpenIsDoneByTheWindowWhichShowsIt)
{
    Settings mine = m_context->settings();
    mine.crisisText = "call my sister";
    m_context->saveSettings(mine);

    DataSet theirs;
    theirs.settings = mine;
    theirs.settings.crisisText = "the line from the file";
    theirs.reasons = {Reason{1, "from the file", 0}};
    const QString file = elsewhere(QStringLiteral("backup.json"));
    writeFile(file, exchange::JsonExporter::toJson(theirs));

    // The running instance, as main() wires it.
    ui::SingleInstance instance(m_dir.path());
    ASSERT_TRUE(instance.listen());
    int announced = 0;
    QObject::connect(m_context.get(), &ui::AppContext::dataChanged, m_context.get(), [&] { ++announced; });
    instance.setRequestHandler([this](const QByteArray &request) {
        const QByteArray answer = app::answerImport(*m_store, *m_store, request);
        m_context->reloadSettings();
        return answer;
    });

    const Run run = runHoldfast(QStringList{QStringLiteral("--import"), file, QStringLiteral("--replace")} + dataDirArgs());
    EXPECT_EQ(run.exitCode, 0) << run.err.constData();
    EXPECT_TRUE(run.out.contains("Holdfast was open")) << run.out.constData();
    // The window's own settings are the file's now, so nothing stale is written back later.
    EXPECT_EQ(m_context->settings().crisisText, "the line from the file");
    EXPECT_GT(announced, 0);
    ASSERT_EQ(m_store->reasons().size(), 1u);
    EXPECT_EQ(m_store->reasons().front().text, "from the file");
}

// Item 4: two merges of one file at once add it once.
TEST_F(CommandLineEdgesTest, TwoImportsOfTheSameFileAtOnceAddItOnce)
{
    addHistory(20);
    const DataSet everything = m_store->everything();
    const QString file = elsewhere(QStringLiteral("history.json"));
    writeFile(file, exchange::JsonExporter::toJson(everything));
    QTemporaryDir target;
    m_store.reset();
    { storage::SqliteStore::open(target.path()); }

    QProcess first;
    QProcess second;
    const QStringList arguments{QStringLiteral("--import"), file, QStringLiteral("--data-dir"), target.path()};
    first.start(QStringLiteral(HOLDFAST_APP_PATH), arguments);
    second.start(QStringLiteral(HOLDFAST_APP_PATH), arguments);
    ASSERT_TRUE(first.waitForFinished(60'000));
    ASSERT_TRUE(second.waitForFinished(60'000));
    EXPECT_EQ(first.exitCode(), 0) << first.readAllStandardError().constData();
    EXPECT_EQ(second.exitCode(), 0) << second.readAllStandardError().constData();
    auto store = storage::SqliteStore::open(target.path());
    EXPECT_EQ(DataMerge::count(store->everything()), DataMerge::count(everything));
}

// Item 5: a link to the data folder reaches the window that has it open.
TEST_F(CommandLineEdgesTest, APanicThroughALinkToTheDataFolderReachesTheRunningWindow)
{
    const QString link = elsewhere(QStringLiteral("data-link"));
    ASSERT_TRUE(QFile::link(m_dir.path(), link));
    EXPECT_EQ(ui::SingleInstance(link).serverName(), ui::SingleInstance(m_dir.path()).serverName());

    ui::SingleInstance instance(m_dir.path());
    ASSERT_TRUE(instance.listen());
    QSignalSpy received(&instance, &ui::SingleInstance::messageReceived);
    const Run run = runHoldfast({QStringLiteral("--panic"), QStringLiteral("--data-dir"), link});
    EXPECT_EQ(run.exitCode, 0);
    ASSERT_EQ(received.count(), 1);
    EXPECT_EQ(received.first().first().toByteArray(), QByteArray("panic"));
}

// Item 7: an emptied file with the last commits in its -wal is damage, and both stay.
TEST_F(CommandLineEdgesTest, ASummaryOfAnEmptiedFileWithItsWalBesideItChangesNothing)
{
    m_context.reset();
    m_store.reset();
    QFile::remove(database() + QStringLiteral("-shm"));
    writeFile(database(), {});
    const QByteArray wal(256 * 1024, '\x11');
    writeFile(database() + QStringLiteral("-wal"), wal);

    const Run run = runHoldfast(QStringList{QStringLiteral("--summary")} + dataDirArgs());
    EXPECT_NE(run.exitCode, 0);
    EXPECT_TRUE(run.err.contains("damaged")) << run.err.constData();
    EXPECT_EQ(QFileInfo(database()).size(), 0);
    EXPECT_EQ(bytesOf(database() + QStringLiteral("-wal")), wal);
}

TEST_F(CommandLineEdgesTest, ASummaryOfAnEmptyFileWithNoHistoryIsAFreshStartAndWritesNothing)
{
    m_context.reset();
    m_store.reset();
    for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(database() + suffix);
    writeFile(database(), {});
    const Run run = runHoldfast(QStringList{QStringLiteral("--summary")} + dataDirArgs());
    EXPECT_EQ(run.exitCode, 0) << run.err.constData();
    EXPECT_TRUE(run.out.contains("not started yet")) << run.out.constData();
    EXPECT_EQ(QFileInfo(database()).size(), 0);
}

// Item 8: a replace backs up first, says what it removed, and will not empty the store without --yes.
TEST_F(CommandLineEdgesTest, AReplaceWithAFileOfNoRecordsNeedsYesAndTakesABackup)
{
    addHistory(5);
    const MergeCounts before = DataMerge::count(m_store->everything());
    m_store.reset();
    const QString empty = elsewhere(QStringLiteral("empty.json"));
    writeFile(empty, "{\"format\": \"holdfast\", \"version\": 1}");

    const Run refused = runHoldfast(QStringList{QStringLiteral("--import"), empty, QStringLiteral("--replace")} + dataDirArgs());
    EXPECT_NE(refused.exitCode, 0);
    EXPECT_TRUE(refused.err.contains("--yes")) << refused.err.constData();
    reopen();
    EXPECT_EQ(DataMerge::count(m_store->everything()), before);
    m_store.reset();

    const Run done = runHoldfast(
        QStringList{QStringLiteral("--import"), empty, QStringLiteral("--replace"), QStringLiteral("--yes")} + dataDirArgs());
    EXPECT_EQ(done.exitCode, 0) << done.err.constData();
    EXPECT_TRUE(done.out.contains("removed")) << done.out.constData();
    EXPECT_TRUE(done.out.contains("20 urges")) << done.out.constData();
    const QStringList backups = storage::SqliteStore::backupsIn(m_dir.path());
    ASSERT_FALSE(backups.isEmpty());
    EXPECT_TRUE(backups.front().contains(QStringLiteral("before_replace")));
    reopen();
    EXPECT_EQ(DataMerge::count(m_store->everything()).total(), 0u);
}

// Item 10: the summary of an encrypted store does not fail on today's check-in.
TEST_F(CommandLineEdgesTest, TheSummaryOfAnEncryptedStoreShowsTodaysCheckInWithThePassphrase)
{
    m_context.reset();
    m_store.reset();
    storage::OpenOptions options;
    options.fastKeyDerivation = true;
    {
        auto store = storage::SqliteStore::open(m_dir.path(), options);
        // Today on the real clock, which is what the binary reads.
        const QDateTime now = QDateTime::currentDateTime();
        const QDate today = now.date();
        const Moment at = Moment::fromUtc(now.toMSecsSinceEpoch(), now.offsetFromUtc() / 60);
        store->saveCheckIn(CheckIn{LocalDate{today.year(), unsigned(today.month()), unsigned(today.day())}, at, 4, 2, "rest"});
        store->enableEncryption("a long walk home");
    }
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("HOLDFAST_PASSPHRASE"));
    const Run locked = runHoldfast(QStringList{QStringLiteral("--summary")} + dataDirArgs(), 0, environment);
    EXPECT_EQ(locked.exitCode, 0) << locked.err.constData();
    EXPECT_TRUE(locked.out.contains("locked")) << locked.out.constData();
    EXPECT_TRUE(locked.out.contains("This week")) << locked.out.constData();

    environment.insert(QStringLiteral("HOLDFAST_PASSPHRASE"), QStringLiteral("a long walk home"));
    const Run unlocked = runHoldfast(QStringList{QStringLiteral("--summary")} + dataDirArgs(), 0, environment);
    EXPECT_EQ(unlocked.exitCode, 0) << unlocked.err.constData();
    EXPECT_TRUE(unlocked.out.contains("mood 4/5, sleep 2/5")) << unlocked.out.constData();
}

// Item 14: arguments that cannot be run say so and do nothing.
TEST_F(CommandLineEdgesTest, ArgumentsThatCannotBeRunSaySoAndChangeNothing)
{
    m_store.reset();
    const QByteArray before = hashOf(database());
    const QString file = elsewhere(QStringLiteral("x.json"));
    writeFile(file, "{\"format\": \"holdfast\", \"version\": 1}");
    const QList<QStringList> cases{
        {QStringLiteral("--import"), QString()},
        {QStringLiteral("--export"), QString()},
        {QStringLiteral("--import"), file, QStringLiteral("--export"), elsewhere(QStringLiteral("y.json"))},
        {QStringLiteral("--replace")},
    };
    for (const QStringList &arguments : cases) {
        const Run run = runHoldfast(arguments + dataDirArgs());
        EXPECT_NE(run.exitCode, 0) << arguments.join(u' ').toStdString();
        EXPECT_FALSE(run.err.isEmpty()) << arguments.join(u' ').toStdString();
    }
    EXPECT_FALSE(QFileInfo::exists(elsewhere(QStringLiteral("y.json"))));
    EXPECT_EQ(hashOf(database()), before);

    const Run aFile = runHoldfast({QStringLiteral("--summary"), QStringLiteral("--data-dir"), file});
    EXPECT_NE(aFile.exitCode, 0);
    EXPECT_TRUE(aFile.err.contains("not a folder")) << aFile.err.constData();
    EXPECT_FALSE(aFile.out.contains("not started yet"));
}

TEST_F(CommandLineEdgesTest, APathThatIsNotValidTextIsRefusedNotRewritten)
{
    m_store.reset();
    QProcess process;
    // A file name in Latin-1 on a UTF-8 system: Qt would read "caf\uFFFD.json".
    process.start(QStringLiteral("bash"),
                  {QStringLiteral("-c"), QStringLiteral("exec \"$0\" --export \"$1/$(printf 'caf\\351.json')\" --data-dir \"$2\""),
                   QStringLiteral(HOLDFAST_APP_PATH), m_other.path(), m_dir.path()});
    ASSERT_TRUE(process.waitForFinished(30'000));
    EXPECT_NE(process.exitCode(), 0);
    EXPECT_TRUE(process.readAllStandardError().contains("characters"));
    EXPECT_TRUE(filesIn(m_other.path()).isEmpty()) << filesIn(m_other.path()).join(u' ').toStdString();
}

TEST_F(CommandLineEdgesTest, CountsOfJournalEntriesAreSpelledRight)
{
    ui::Translations::install(QStringLiteral("en")); // English plurals live in holdfast_en.ts
    MergeCounts counts;
    counts.journalEntries = 3;
    EXPECT_EQ(ui::ExchangeTexts::counts(counts), QStringLiteral("3 journal entries"));
    counts.journalEntries = 1;
    EXPECT_EQ(ui::ExchangeTexts::counts(counts), QStringLiteral("1 journal entry"));
    ui::Translations::install(QString());
}

// Issue 12: the panic flow never fails, not even on a damaged file.
TEST_F(CommandLineEdgesTest, APanicStartOnADamagedFileStillOpensTheUrgeDialog)
{
    m_context.reset();
    m_store.reset();
    for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(database() + suffix);
    const QByteArray junk("this is not a database, just words typed by mistake\n");
    writeFile(database(), junk);

    QProcess app;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("HOLDFAST_REPORT_FIRST_PAINT"), QStringLiteral("1"));
    app.setProcessEnvironment(environment);
    app.setProcessChannelMode(QProcess::MergedChannels);
    app.start(QStringLiteral(HOLDFAST_APP_PATH), QStringList{QStringLiteral("--panic")} + dataDirArgs());
    ASSERT_TRUE(app.waitForStarted(30'000));
    QByteArray errors;
    while (!errors.contains("holdfast-paint urgeDialog") && app.state() == QProcess::Running) {
        if (!app.waitForReadyRead(30'000))
            break;
        errors += app.readAll();
    }
    EXPECT_TRUE(errors.contains("holdfast-paint mainWindow")) << errors.constData();
    EXPECT_TRUE(errors.contains("holdfast-paint urgeDialog")) << "the urge dialog never showed:\n" << errors.constData();
    app.terminate();
    app.waitForFinished(30'000);
    EXPECT_EQ(bytesOf(database()), junk) << "the damaged file must be left as it is";
}
