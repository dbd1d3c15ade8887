#include "BenchData.h"

#include "HeavyFolder.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <cstdio>
#include <cstdlib>
#include <memory>

using namespace Qt::StringLiterals;

namespace holdfast::bench {

namespace {

datagen::HeavyProfile profileNamed(const QString &name)
{
    datagen::HeavyProfile profile;
    if (name == u"tiny") {
        profile.years = 1;
        profile.urges = 3000;
        profile.journalEntries = 300;
        profile.unsentMessages = 30;
    } else if (name == u"1y") {
        profile.years = 1;
    } else if (name == u"3y") {
        profile.years = 3;
    } else {
        profile.years = 10;
    }
    return profile;
}

Moment eveningOf(LocalDate date)
{
    // Europe/Berlin as the generator writes it (summer time roughly April to October).
    const std::int32_t offset = date.month() >= 4 && date.month() <= 10 ? 120 : 60;
    return Moment::fromUtc((date.dayNumber() * 1440 + 20 * 60 + 30 - offset) * kMsPerMinute, offset, "Europe/Berlin");
}

BenchData load()
{
    BenchData data;
    const char *env = std::getenv("HOLDFAST_BENCH_PROFILE");
    data.profile = env && *env ? QString::fromLocal8Bit(env) : u"10y"_s;
    data.heavy = profileNamed(data.profile);
    const QDate today = QDate::currentDate();
    data.today = LocalDate(today.year(), unsigned(today.month()), unsigned(today.day()));
    data.heavy.lastDay = data.today;
    data.evening = eveningOf(data.today);
    const char *root = std::getenv("HOLDFAST_BENCH_DATA");
    const QString base = root && *root ? QString::fromLocal8Bit(root) : QStringLiteral(HOLDFAST_BENCH_DATA_ROOT);
    data.dir = QDir(base).filePath(data.profile + u'-' + today.toString(Qt::ISODate));
    if (!QFileInfo::exists(QDir(data.dir).filePath(u"holdfast.sqlite"_s))) {
        std::fprintf(stderr, "bench: generating the %s folder in %s (once)\n", qPrintable(data.profile), qPrintable(data.dir));
        const QString temp = data.dir + u".partial"_s;
        QDir(temp).removeRecursively();
        const auto report = datagen::writeHeavyFolder(temp, data.heavy);
        QDir().rename(temp, data.dir);
        std::fprintf(stderr, "bench: %lld urges, %lld journal entries in %.1f s\n",
                     static_cast<long long>(report.totals.urges),
                     static_cast<long long>(report.totals.journalEntries), report.seconds);
    }
    return data;
}

} // namespace

const BenchData &benchData()
{
    static const BenchData data = load();
    return data;
}

QString writableCopy()
{
    static std::unique_ptr<QTemporaryDir> copy;
    if (!copy) {
        copy = std::make_unique<QTemporaryDir>();
        const QDir from(benchData().dir);
        for (const QString &name : from.entryList({u"holdfast.sqlite*"_s}, QDir::Files))
            QFile::copy(from.filePath(name), QDir(copy->path()).filePath(name));
    }
    return copy->path();
}

} // namespace holdfast::bench
