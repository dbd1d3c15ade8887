#include "HeadlessCommands.h"

#include "model/DurationParts.h"
#include "model/Milestones.h"
#include "model/NoContactCounter.h"
#include "model/WeeklyReport.h"
#include "storage/SqliteStore.h"
#include "ui/ErrorMessages.h"
#include "ui/SystemClock.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

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

// Everything --summary reports, gathered once for both output formats.
struct SummaryFigures
{
    bool started = false;
    DurationParts current;
    std::int64_t longestDays = 0;
    std::int64_t totalDays = 0;
    int attempts = 0;
    MilestoneProgress milestone;
    LocalDate today;
    std::optional<CheckIn> checkIn;
    LocalDate weekStart;
    WeeklyReport::Totals week;
    std::optional<int> urgeDifference;
};

SummaryFigures gather(Store *store, const Moment &now)
{
    SummaryFigures figures;
    figures.today = now.localDate;
    const Settings settings = store ? store->settings() : Settings{};
    const NoContactCounter counter =
        NoContactCounter::fromSettings(settings, store ? store->contacts() : std::vector<ContactEvent>{}, now.utcMs);
    figures.started = counter.hasStarted();
    figures.current = DurationParts::fromMs(counter.currentMs());
    figures.longestDays = counter.longestMs() / kMsPerDay;
    figures.totalDays = counter.totalDays();
    figures.attempts = counter.attempts();
    figures.milestone = Milestones::at(counter.currentMs());
    figures.weekStart = now.localDate.startOfWeek(settings.weekStart);
    if (store) {
        figures.checkIn = store->checkIn(now.localDate);
        const LocalDate from = figures.weekStart.addDays(-7);
        const WeeklyReport report(store->daySummaries(from, figures.weekStart.addDays(6)), now.localDate, settings.weekStart);
        figures.week = report.totals();
        figures.urgeDifference = report.summary().urgeDifference;
    }
    return figures;
}

QByteArray asJson(const SummaryFigures &f)
{
    QJsonObject noContact{
        {QStringLiteral("started"), f.started},
        {QStringLiteral("days"), qint64(f.current.days)},
        {QStringLiteral("hours"), f.current.hours},
        {QStringLiteral("longestDays"), qint64(f.longestDays)},
        {QStringLiteral("totalDays"), qint64(f.totalDays)},
        {QStringLiteral("attempts"), f.attempts},
    };
    QJsonObject milestone{
        {QStringLiteral("reachedDays"), f.milestone.reachedDays ? QJsonValue(*f.milestone.reachedDays) : QJsonValue()},
        {QStringLiteral("nextDays"), f.milestone.nextDays},
        {QStringLiteral("progress"), f.milestone.progress},
    };
    QJsonValue checkIn;
    if (f.checkIn) {
        checkIn = QJsonObject{
            {QStringLiteral("mood"), f.checkIn->mood},
            {QStringLiteral("sleep"), f.checkIn->sleep},
            {QStringLiteral("intention"), QString::fromStdString(f.checkIn->intention)},
        };
    }
    QJsonObject week{
        {QStringLiteral("start"), iso(f.weekStart)},
        {QStringLiteral("urges"), f.week.urges},
        {QStringLiteral("resisted"), f.week.resisted},
        {QStringLiteral("reachedOut"), f.week.reachedOut},
        {QStringLiteral("changeFromLastWeek"), f.urgeDifference ? QJsonValue(*f.urgeDifference) : QJsonValue()},
    };
    const QJsonObject root{
        {QStringLiteral("today"), iso(f.today)},
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
    if (!f.started) {
        out << Text::tr("No-contact counter: not started yet") << '\n';
    } else {
        out << Text::tr("No contact for: %1, %2")
                   .arg(Text::tr("%n day(s)", nullptr, int(f.current.days)), Text::tr("%n hour(s)", nullptr, f.current.hours))
            << '\n';
        out << Text::tr("Longest streak: %n day(s)", nullptr, int(f.longestDays)) << '\n';
        out << Text::tr("Total days without contact: %n", nullptr, int(f.totalDays)) << '\n';
        out << Text::tr("Attempts: %n", nullptr, f.attempts) << '\n';
        out << Text::tr("Next milestone: %n day(s) (%1% of the way)", nullptr, f.milestone.nextDays)
                   .arg(qRound(f.milestone.progress * 100))
            << '\n';
    }
    if (f.checkIn)
        out << Text::tr("Today's check-in: mood %1/5, sleep %2/5").arg(f.checkIn->mood).arg(f.checkIn->sleep) << '\n';
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
    const QString dataDir = line.dataDir.isEmpty() ? storage::SqliteStore::defaultDataDir() : line.dataDir;
    const Moment now = ui::SystemClock().now();
    QTextStream out(stdout);
    QTextStream err(stderr);
    try {
        std::unique_ptr<storage::SqliteStore> store;
        // A summary never creates anything: without a database it reports a fresh start.
        if (QFileInfo::exists(QDir(dataDir).filePath(QString::fromLatin1(storage::SqliteStore::kDatabaseFileName))))
            store = storage::SqliteStore::open(dataDir);
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

} // namespace

int runHeadless(const CommandLine &line)
{
    if (line.summary)
        return runSummary(line);
    return 0;
}

} // namespace holdfast::app
