#include "headless/HeadlessCommands.h"

#include "exchange/CsvExporter.h"
#include "exchange/DaylioImporter.h"
#include "exchange/ImportFile.h"
#include "exchange/ImportPlan.h"
#include "exchange/JsonExporter.h"
#include "model/DashboardPresenter.h"
#include "model/WeeklyReport.h"
#include "storage/SqliteStore.h"
#include "headless/ErrorMessages.h"
#include "headless/SingleInstance.h"
#include "headless/SystemClock.h"
#include "headless/Translations.h"
#include "headless/ExchangeTexts.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QTextStream>
#include <QTimeZone>

#include <cstdio>
#include <unistd.h>

namespace holdfast::app {

namespace {

// Gives the free functions here a translation context lupdate understands.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(HeadlessCommands)
};

QString iso(const LocalDate &date)
{
    return QString::fromStdString(date.toIso());
}

// Everything --summary reports, gathered once for both output formats: the
// dashboard's figures (DashboardPresenter::progress) and its check-in, and
// this week against the last from the weekly report.
struct SummaryFigures
{
    DashboardState state;
    bool checkInLocked = false; // encrypted, no passphrase given: not shown
    WeeklyReport::Totals week;
    std::optional<int> urgeDifference;
};

SummaryFigures gather(Store *store, const Moment &now)
{
    SummaryFigures figures;
    const Settings settings = store ? store->settings() : Settings{};
    figures.state = DashboardPresenter::progress(settings, store ? store->contactsWithoutNotes() : std::vector<ContactEvent>{}, now);
    if (store) {
        try {
            figures.state.todaysCheckIn = store->checkIn(figures.state.today);
        } catch (const StoreError &error) {
            if (error.kind() != StoreError::Kind::Locked)
                throw;
            figures.checkInLocked = true; // its intention is sealed; the rest is still true
        }
        const LocalDate weekStart = figures.state.urges.weekStart;
        const WeeklyReport report(store->daySummaries(weekStart.addDays(-7), weekStart.addDays(6)), figures.state.today,
                                  settings.weekStart);
        figures.week = report.totals();
        figures.urgeDifference = report.summary().urgeDifference;
    }
    return figures;
}

QByteArray asJson(const SummaryFigures &f)
{
    const DashboardCounter &counter = f.state.counter;
    const DashboardMilestone &progress = f.state.milestone;
    QJsonObject noContact{
        {QStringLiteral("started"), f.state.hasStartDate},
        {QStringLiteral("days"), qint64(counter.current.days)},
        {QStringLiteral("hours"), counter.current.hours},
        {QStringLiteral("longestDays"), qint64(counter.longest.days)},
        {QStringLiteral("totalDays"), qint64(counter.totalDays)},
        {QStringLiteral("attempts"), counter.attempts},
        // Low-contact mode (issue 14): what the counter counts, as stable keys.
        {QStringLiteral("mode"), f.state.lowContact ? QStringLiteral("low_contact") : QStringLiteral("no_contact")},
        {QStringLiteral("counts"), f.state.lowContact ? QStringLiteral("personal_contact") : QStringLiteral("all_contact")},
        {QStringLiteral("logisticsContacts"), counter.logisticsInStretch},
    };
    QJsonObject milestone{
        {QStringLiteral("reachedDays"), progress.reachedDays ? QJsonValue(*progress.reachedDays) : QJsonValue()},
        {QStringLiteral("nextDays"), progress.nextDays},
        {QStringLiteral("progress"), progress.progress},
    };
    const std::optional<CheckIn> &todays = f.state.todaysCheckIn;
    QJsonValue checkIn;
    if (f.checkInLocked)
        checkIn = QJsonObject{{QStringLiteral("locked"), true}};
    if (todays) {
        checkIn = QJsonObject{
            {QStringLiteral("mood"), todays->mood},
            {QStringLiteral("sleep"), todays->sleep},
            {QStringLiteral("intention"), QString::fromStdString(todays->intention)},
        };
    }
    QJsonObject week{
        {QStringLiteral("start"), iso(f.state.urges.weekStart)},
        {QStringLiteral("urges"), f.week.urges},
        {QStringLiteral("resisted"), f.week.resisted},
        {QStringLiteral("reachedOut"), f.week.reachedOut},
        {QStringLiteral("changeFromLastWeek"), f.urgeDifference ? QJsonValue(*f.urgeDifference) : QJsonValue()},
    };
    const QJsonObject root{
        {QStringLiteral("today"), iso(f.state.today)},
        {QStringLiteral("noContact"), noContact},
        {QStringLiteral("milestone"), milestone},
        {QStringLiteral("checkIn"), checkIn},
        {QStringLiteral("week"), week},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QString asText(const SummaryFigures &f)
{
    QString text;
    QTextStream out(&text);
    const DashboardCounter &counter = f.state.counter;
    const bool low = f.state.lowContact;
    if (low)
        out << Text::tr("Low-contact mode: counting days without personal contact") << '\n';
    if (!f.state.hasStartDate) {
        out << Text::tr("No-contact counter: not started yet") << '\n';
    } else {
        out << (low ? Text::tr("No personal contact for: %1, %2") : Text::tr("No contact for: %1, %2"))
                   .arg(Text::tr("%n day(s)", nullptr, int(counter.current.days)),
                        Text::tr("%n hour(s)", nullptr, counter.current.hours))
            << '\n';
        out << Text::tr("Longest streak: %n day(s)", nullptr, int(counter.longest.days)) << '\n';
        out << (low ? Text::tr("Total days without personal contact: %n", nullptr, int(counter.totalDays))
                    : Text::tr("Total days without contact: %n", nullptr, int(counter.totalDays)))
            << '\n';
        if (low)
            out << Text::tr("Logistics contact in this stretch: %n", nullptr, counter.logisticsInStretch) << '\n';
        out << Text::tr("Fresh starts: %n", nullptr, counter.attempts) << '\n';
        out << Text::tr("Next milestone: %n day(s) (%1% of the way)", nullptr, f.state.milestone.nextDays)
                   .arg(qRound(f.state.milestone.progress * 100))
            << '\n';
    }
    const std::optional<CheckIn> &todays = f.state.todaysCheckIn;
    if (f.checkInLocked)
        out << Text::tr("Today's check-in: locked (give the passphrase in HOLDFAST_PASSPHRASE to see it)") << '\n';
    else if (todays)
        out << Text::tr("Today's check-in: mood %1/5, sleep %2/5").arg(todays->mood).arg(todays->sleep) << '\n';
    else
        out << Text::tr("Today's check-in: not yet") << '\n';
    out << Text::tr("This week: %n urge(s)", nullptr, f.week.urges) << ", " << Text::tr("%n resisted", nullptr, f.week.resisted);
    if (f.urgeDifference)
        out << ", " << Text::tr("%1 compared with last week").arg(*f.urgeDifference > 0 ? QStringLiteral("+%1").arg(*f.urgeDifference)
                                                                                  : QString::number(*f.urgeDifference));
    out << '\n';
    return text;
}

int runSummary(const CommandLine &line)
{
    const QString dataDir = line.dataFolder();
    const Moment now = ui::SystemClock().now();
    QTextStream out(stdout);
    QTextStream err(stderr);
    try {
        std::unique_ptr<storage::SqliteStore> store;
        // A summary never creates anything: without a database it reports a
        // fresh start. An empty file is opened only to be judged (damaged when
        // a -wal or backups say there was data): nothing is written to it.
        const QFileInfo database(QDir(dataDir).filePath(QString::fromLatin1(storage::SqliteStore::kDatabaseFileName)));
        if (database.exists() && database.size() == 0)
            storage::SqliteStore::checkNotEmptied(dataDir);
        else if (database.exists())
            store = storage::SqliteStore::open(dataDir);
        // With encryption on, the passphrase shows today's check-in too; without it the rest is still told.
        if (store && store->encryptionState() == EncryptionState::Locked) {
            const QString passphrase = qEnvironmentVariable("HOLDFAST_PASSPHRASE");
            if (!passphrase.isEmpty())
                store->unlock(passphrase.toStdString());
        }
        const SummaryFigures figures = gather(store.get(), now);
        if (line.json)
            out << QString::fromUtf8(asJson(figures));
        else
            out << asText(figures);
        return 0;
    } catch (const StoreError &error) {
        err << Text::tr("Holdfast could not read its data in %1.").arg(QDir::toNativeSeparators(dataDir)) << '\n'
            << ui::describeStoreError(error) << '\n';
        return 1;
    }
}

// An encrypted store opens locked; export and import need its passphrase,
// from HOLDFAST_PASSPHRASE or piped on standard input (never a prompt: these
// commands run in scripts). False with a message on stderr when it cannot unlock.
bool unlockIfNeeded(EncryptionStore &store, QTextStream &err)
{
    if (store.encryptionState() != EncryptionState::Locked)
        return true;
    QString passphrase = qEnvironmentVariable("HOLDFAST_PASSPHRASE");
    if (passphrase.isEmpty() && !isatty(STDIN_FILENO)) {
        QTextStream in(stdin);
        passphrase = in.readLine();
    }
    if (passphrase.isEmpty()) {
        err << Text::tr("Your data is encrypted. Give the passphrase in the environment variable HOLDFAST_PASSPHRASE "
                        "or on standard input.")
            << '\n';
        return false;
    }
    store.unlock(passphrase.toStdString());
    return true;
}

int runExport(const CommandLine &line)
{
    const QString dataDir = line.dataFolder();
    QTextStream out(stdout);
    QTextStream err(stderr);
    const QFileInfo target(line.exportPath);
    const bool json = target.suffix().compare(u"json", Qt::CaseInsensitive) == 0;
    const bool csvName = target.suffix().compare(u"csv", Qt::CaseInsensitive) == 0;
    const bool folder = target.isDir() || line.exportPath.endsWith(u'/') || line.exportPath.endsWith(QDir::separator());
    if (!json && !csvName && !folder) {
        err << Text::tr("Give a file name ending in .json, a name ending in .csv, or a folder for CSV files: %1")
                   .arg(line.exportPath)
            << '\n';
        return 1;
    }
    if (!QFileInfo::exists(QDir(dataDir).filePath(QString::fromLatin1(storage::SqliteStore::kDatabaseFileName)))) {
        err << Text::tr("There is no Holdfast data in %1 to export.").arg(QDir::toNativeSeparators(dataDir)) << '\n';
        return 1;
    }
    try {
        const std::unique_ptr<storage::SqliteStore> store = storage::SqliteStore::open(dataDir);
        if (!unlockIfNeeded(*store, err))
            return 1;
        const DataSet data = store->everything();
        if (json) {
            if (const exchange::WriteError error = exchange::JsonExporter::writeFile(target.absoluteFilePath(), data, dataDir)) {
                err << ui::ExchangeTexts::describe(error) << '\n';
                return 1;
            }
            out << Text::tr("Exported %1 to %2.")
                       .arg(ui::ExchangeTexts::counts(DataMerge::count(data)), QDir::toNativeSeparators(target.absoluteFilePath()))
                << '\n';
            return 0;
        }
        // "notes/holdfast.csv" writes notes/holdfast-urges.csv and so on; a folder gets urges.csv and so on.
        const QString dir = folder ? target.absoluteFilePath() : target.absolutePath();
        const QString prefix = folder ? QString() : target.completeBaseName() + u'-';
        QStringList written;
        if (const exchange::WriteError error = exchange::CsvExporter::writeFolder(dir, prefix, data, &written, dataDir)) {
            err << ui::ExchangeTexts::describe(error) << '\n';
            return 1;
        }
        out << Text::tr("Exported %1 as %n CSV file(s) in %2.", nullptr, int(written.size()))
                   .arg(ui::ExchangeTexts::counts(DataMerge::count(data)), QDir::toNativeSeparators(dir))
            << '\n';
        return 0;
    } catch (const StoreError &error) {
        err << Text::tr("Holdfast could not read its data in %1.").arg(QDir::toNativeSeparators(dataDir)) << '\n'
            << ui::describeStoreError(error) << '\n';
        return 1;
    }
}

// Reads and checks the whole file; the data to import, or nothing with a message on stderr.
std::optional<DataSet> readImportFile(const QString &path, QTextStream &err,
                                      const std::map<std::string, int> &storedMoods)
{
    const auto fail = [&](const exchange::ImportError &error) {
        err << Text::tr("Nothing was imported from %1.").arg(QDir::toNativeSeparators(path)) << '\n'
            << ui::ExchangeTexts::describe(error) << '\n';
        return std::nullopt;
    };
    exchange::ImportFile::Decoded decoded = exchange::ImportFile::decode(path);
    if (decoded.error)
        return fail(*decoded.error);
    if (decoded.format == exchange::ImportFormat::HoldfastJson)
        return std::move(decoded.json);
    const exchange::DaylioFile &daylio = decoded.daylio;
    // The mapping the person chose in the app's import dialog (kept in the data's
    // settings), over one an older version kept in QSettings, over the suggestions.
    QSettings legacy;
    auto moods = exchange::DaylioMoodMap::forLabels(daylio.moodLabels, &legacy);
    for (const auto &[label, mood] : storedMoods)
        moods.set(QString::fromStdString(label), mood);
    if (const QStringList unmapped = moods.unmapped(daylio.moodLabels); !unmapped.isEmpty()) {
        err << Text::tr("Nothing was imported from %1.").arg(QDir::toNativeSeparators(path)) << '\n'
            << Text::tr("These Daylio moods have no place on the scale from 1 to 5 yet: %1. Import the file once in "
                        "Holdfast (File, Import) to choose; the choice is remembered.")
                   .arg(unmapped.join(QStringLiteral(", ")))
            << '\n';
        return std::nullopt;
    }
    exchange::ImportResult result = exchange::DaylioImporter::toDataSet(daylio, moods, QTimeZone::systemTimeZone());
    if (!result.ok())
        return fail(*result.error);
    return std::move(result.data);
}

// The refusal of a replace that would leave nothing, with what stands to be lost.
void refuseEmptyReplace(const exchange::ImportPlan &plan, const QString &path, QTextStream &err)
{
    err << Text::tr("Nothing was changed. %1 holds no records, so replacing would remove everything stored now (%2).")
               .arg(QDir::toNativeSeparators(path), ui::ExchangeTexts::counts(plan.removing))
        << '\n'
        << Text::tr("If that is what you want, run the same command with --yes.") << '\n';
}

void reportImport(const ImportReport &report, ImportMode mode, QTextStream &out)
{
    if (mode == ImportMode::Replace) {
        out << Text::tr("Replaced everything: removed %1; imported %2.")
                   .arg(ui::ExchangeTexts::counts(report.removed), ui::ExchangeTexts::counts(report.added))
            << '\n';
        if (report.removed.total() > 0)
            out << Text::tr("A backup of the data as it was is in the backups folder beside it.") << '\n';
        return;
    }
    out << Text::tr("Imported %1.").arg(ui::ExchangeTexts::counts(report.added)) << '\n';
    if (report.skipped.total() > 0)
        out << Text::tr("Already there, so left out: %1.").arg(ui::ExchangeTexts::counts(report.skipped)) << '\n';
}

// Imports what was read from request.path, in one transaction.
int importRead(ExchangeStore &store, DataSet incoming, const ImportRequest &request, QTextStream &out, QTextStream &err)
{
    try {
        const auto mode = request.replace ? ImportMode::Replace : ImportMode::Append;
        const exchange::ImportPlan plan = exchange::ImportPlan::make(std::move(incoming), mode, store);
        if (plan.removesEverything() && !request.yes) {
            refuseEmptyReplace(plan, request.path, err);
            return 1;
        }
        reportImport(plan.apply(store), mode, out);
        return 0;
    } catch (const StoreError &error) {
        err << Text::tr("Nothing was imported.") << '\n' << ui::describeStoreError(error) << '\n';
        return 1;
    }
}

int runImport(const CommandLine &line)
{
    const QString dataDir = line.dataFolder();
    QTextStream out(stdout);
    QTextStream err(stderr);
    ImportRequest request;
    request.path = QFileInfo(line.importPath).absoluteFilePath();
    request.replace = line.replace;
    request.yes = line.yes;

    // A running Holdfast on this folder does the import itself: one writer,
    // and its window shows the new data instead of writing its old state back.
    const ui::SingleInstance running(dataDir);
    if (const std::optional<QByteArray> answer = running.ask(request.toBytes())) {
        const QJsonObject reply = QJsonDocument::fromJson(*answer).object();
        if (reply.isEmpty()) {
            err << Text::tr("Holdfast is open on this data and could not take the import. Close it, then try again.")
                << '\n';
            return 1;
        }
        out << reply.value(QStringLiteral("out")).toString();
        err << reply.value(QStringLiteral("err")).toString();
        return reply.value(QStringLiteral("exit")).toInt(1);
    }
    // The file first: a file with a problem must not even create the data folder.
    std::map<std::string, int> storedMoods;
    if (QFileInfo::exists(QDir(dataDir).filePath(QLatin1String(storage::SqliteStore::kDatabaseFileName)))) {
        try {
            storedMoods = storage::SqliteStore::open(dataDir)->settings().daylioMoods;
        } catch (const StoreError &) {
            // Reported below when the store is opened for the import.
        }
    }
    std::optional<DataSet> incoming = readImportFile(request.path, err, storedMoods);
    if (!incoming)
        return 1;
    try {
        const std::unique_ptr<storage::SqliteStore> store = storage::SqliteStore::open(dataDir);
        if (!unlockIfNeeded(*store, err))
            return 1;
        return importRead(*store, std::move(*incoming), request, out, err);
    } catch (const StoreError &error) {
        err << Text::tr("Nothing was imported into %1.").arg(QDir::toNativeSeparators(dataDir)) << '\n'
            << ui::describeStoreError(error) << '\n';
        return 1;
    }
}

// Where the data folder cannot be, whatever the command: a file, not a folder.
bool dataDirIsUsable(const CommandLine &line, QTextStream &err)
{
    const QFileInfo folder(line.dataFolder());
    if (folder.exists() && !folder.isDir()) {
        err << Text::tr("%1 is a file, not a folder: give --data-dir a folder.").arg(QDir::toNativeSeparators(folder.filePath()))
            << '\n';
        return false;
    }
    return true;
}

} // namespace

QByteArray ImportRequest::toBytes() const
{
    return QJsonDocument(QJsonObject{{QStringLiteral("command"), QStringLiteral("import")},
                                     {QStringLiteral("path"), path},
                                     {QStringLiteral("replace"), replace},
                                     {QStringLiteral("yes"), yes}})
        .toJson(QJsonDocument::Compact);
}

std::optional<ImportRequest> ImportRequest::fromBytes(const QByteArray &bytes)
{
    const QJsonObject object = QJsonDocument::fromJson(bytes).object();
    if (object.value(QStringLiteral("command")).toString() != u"import" || !object.value(QStringLiteral("path")).isString())
        return std::nullopt;
    ImportRequest request;
    request.path = object.value(QStringLiteral("path")).toString();
    request.replace = object.value(QStringLiteral("replace")).toBool();
    request.yes = object.value(QStringLiteral("yes")).toBool();
    return request;
}

int importInto(SettingsStore &settings, ExchangeStore &exchange, const ImportRequest &request, QTextStream &out,
               QTextStream &err)
{
    std::optional<DataSet> incoming = readImportFile(request.path, err, settings.settings().daylioMoods);
    if (!incoming)
        return 1;
    return importRead(exchange, std::move(*incoming), request, out, err);
}


QByteArray refuseImport(const QString &why)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("exit"), 1},
                                     {QStringLiteral("out"), QString()},
                                     {QStringLiteral("err"), QString(Text::tr("Nothing was imported.") + u'\n' + why + u'\n')}})
        .toJson(QJsonDocument::Compact);
}

QByteArray answerImport(SettingsStore &settings, ExchangeStore &exchange, const QByteArray &bytes)
{
    QString outText;
    QString errText;
    int exitCode = 1;
    {
        QTextStream out(&outText);
        QTextStream err(&errText);
        if (const std::optional<ImportRequest> request = ImportRequest::fromBytes(bytes)) {
            exitCode = importInto(settings, exchange, *request, out, err);
            if (exitCode == 0)
                out << Text::tr("Holdfast was open, so it imported the file and shows it now.") << '\n';
        } else {
            err << Text::tr("The running Holdfast did not understand this request.") << '\n';
        }
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("exit"), exitCode},
                                     {QStringLiteral("out"), outText},
                                     {QStringLiteral("err"), errText}})
        .toJson(QJsonDocument::Compact);
}

int runCommandLine(int argc, char **argv)
{
    QCoreApplication application(argc, argv);
    ui::Translations::install(QString());
    CommandLineParser parser;
    const CommandLine line = parser.process(QCoreApplication::arguments());
    // Only the build without the GUI gets here without a command: `holdfast` alone opens a window.
    if (line.problem.isEmpty() && !line.isHeadless()) {
        QTextStream(stderr) << Text::tr("This Holdfast was built without its window. It runs --summary, --export and "
                                        "--import; --help lists them.")
                            << '\n';
        return 2;
    }
    return runHeadless(line);
}

int runHeadless(const CommandLine &line)
{
    QTextStream err(stderr);
    if (!line.problem.isEmpty()) {
        err << line.problem << '\n';
        return 2;
    }
    if (!dataDirIsUsable(line, err))
        return 1;
    if (line.exportGiven)
        return runExport(line);
    if (line.importGiven)
        return runImport(line);
    if (line.summary)
        return runSummary(line);
    return 0;
}

} // namespace holdfast::app
