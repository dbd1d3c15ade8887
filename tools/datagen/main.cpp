// holdfast-datagen: writes a data folder with years of heavy use, e.g.
//   holdfast-datagen --years 10 --out /tmp/heavy     (about 1M urges, 20k journal entries)
// then `holdfast --data-dir /tmp/heavy`. See docs/PERFORMANCE.md.

#include "HeavyFolder.h"

#include "model/StoreError.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QTextStream>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace holdfast;

int main(int argc, char *argv[])
{
    QCoreApplication application(argc, argv);
    QCoreApplication::setApplicationName(u"holdfast-datagen"_s);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Writes years of heavy Holdfast use into a new data folder through the real storage code."_s);
    parser.addHelpOption();
    const QCommandLineOption years(u"years"_s, u"Years of history (default 10)."_s, u"N"_s, u"10"_s);
    const QCommandLineOption urges(u"urges"_s, u"Urges in all (default: ~230 a day plus an early surplus; 1M for 10 years)."_s, u"N"_s);
    const QCommandLineOption journal(u"journal"_s, u"Journal entries in all (default: ~2000 a year)."_s, u"N"_s);
    const QCommandLineOption unsent(u"unsent"_s, u"Unsent messages in all (default: ~140 a year)."_s, u"N"_s);
    const QCommandLineOption out(u"out"_s, u"The data folder to create (must not hold a database)."_s, u"DIR"_s);
    const QCommandLineOption seed(u"seed"_s, u"Random seed (default 20261125)."_s, u"S"_s);
    const QCommandLineOption end(u"end"_s, u"Last day of the history, YYYY-MM-DD (default: today)."_s, u"DATE"_s);
    const QCommandLineOption batch(u"batch"_s, u"Urges per import transaction (default 10000)."_s, u"N"_s, u"10000"_s);
    const QCommandLineOption quiet(u"quiet"_s, u"Print only the summary."_s);
    parser.addOptions({years, urges, journal, unsent, out, seed, end, batch, quiet});
    parser.process(application);

    QTextStream err(stderr);
    if (!parser.isSet(out)) {
        err << "holdfast-datagen: --out DIR is required\n";
        return 2;
    }
    datagen::HeavyProfile profile;
    bool ok = true;
    auto number = [&](const QCommandLineOption &option, auto fallback) {
        if (!parser.isSet(option))
            return fallback;
        bool good = false;
        const qlonglong value = parser.value(option).toLongLong(&good);
        if (!good || value < 0) {
            err << "holdfast-datagen: --" << option.names().constFirst() << " needs a number\n";
            ok = false;
        }
        return decltype(fallback)(value);
    };
    profile.years = number(years, 10);
    profile.urges = number(urges, std::int64_t(-1));
    profile.journalEntries = number(journal, -1);
    profile.unsentMessages = number(unsent, -1);
    profile.seed = std::uint64_t(number(seed, qlonglong(profile.seed)));
    profile.batchUrges = std::max(1, number(batch, 10000));
    if (!ok || profile.years < 1)
        return 2;
    const QDate last = parser.isSet(end) ? QDate::fromString(parser.value(end), Qt::ISODate) : QDate::currentDate();
    if (!last.isValid()) {
        err << "holdfast-datagen: --end needs YYYY-MM-DD\n";
        return 2;
    }
    profile.lastDay = LocalDate(last.year(), unsigned(last.month()), unsigned(last.day()));

    try {
        const auto report = datagen::writeHeavyFolder(parser.value(out), profile, [&](const QString &line) {
            if (!parser.isSet(quiet))
                err << line << Qt::endl;
        });
        const auto &t = report.totals;
        QTextStream(stdout) << "wrote " << parser.value(out) << ": " << profile.years << " years ("
                            << QString::fromStdString(profile.firstDay().toIso()) << " .. "
                            << QString::fromStdString(profile.lastDay.toIso()) << "), " << t.urges << " urges ("
                            << t.samples << " samples), " << t.checkIns << " check-ins, " << t.journalEntries
                            << " journal entries (" << t.journalWords << " words), " << t.unsentMessages
                            << " unsent messages, " << t.contacts << " contacts; " << t.batches << " batches in "
                            << QString::number(report.seconds, 'f', 1) << " s"
                            << (report.perRecord ? " (record by record: importData not available)" : "") << Qt::endl;
    } catch (const StoreError &error) {
        err << "holdfast-datagen: " << error.what() << Qt::endl;
        return 1;
    }
    return 0;
}
