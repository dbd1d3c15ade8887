#include "StorageTestSupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <filesystem>
#include <system_error>

namespace holdfast::storage::test {

Moment localMoment(LocalDate date, int hour, int minute, int offsetMinutes, std::string zone)
{
    const std::int64_t localMs = date.dayNumber() * kMsPerDay + hour * kMsPerHour + minute * kMsPerMinute;
    return Moment::fromUtc(localMs - offsetMinutes * kMsPerMinute, offsetMinutes, std::move(zone));
}

QByteArray readBytes(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ADD_FAILURE() << "cannot read " << path.toStdString();
        return {};
    }
    return file.readAll();
}

void writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate)) << path.toStdString();
    ASSERT_EQ(file.write(bytes), bytes.size());
}

int fileMode(const QString &path)
{
    std::error_code error;
    const auto status = std::filesystem::status(QFileInfo(path).filesystemFilePath(), error);
    if (error || !std::filesystem::exists(status))
        return -1;
    return int(status.permissions() & std::filesystem::perms::mask);
}

bool setFileMode(const QString &path, int mode)
{
    std::error_code error;
    std::filesystem::permissions(QFileInfo(path).filesystemFilePath(),
                                 std::filesystem::perms(mode) & std::filesystem::perms::mask,
                                 std::filesystem::perm_options::replace, error);
    return !error;
}

bool permissionBitsAreEnforced()
{
    // Asked once: the answer is the same for the whole run.
    static const bool enforced = [] {
        QTemporaryDir dir;
        if (!dir.isValid() || !setFileMode(dir.path(), 0500))
            return false;
        QFile probe(QDir(dir.path()).filePath(QStringLiteral("probe")));
        const bool created = probe.open(QIODevice::WriteOnly);
        probe.close();
        probe.remove();
        setFileMode(dir.path(), 0700);
        return !created;
    }();
    return enforced;
}

QString modeText(int mode)
{
    return QStringLiteral("0%1").arg(mode, 3, 8, QLatin1Char('0'));
}

void runSql(const QString &path, const QStringList &statements)
{
    static int counter = 0;
    const QString name = QStringLiteral("test-raw-%1").arg(++counter);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        ASSERT_TRUE(db.open()) << db.lastError().text().toStdString();
        {
            QSqlQuery query(db);
            for (const QString &statement : statements)
                ASSERT_TRUE(query.exec(statement))
                    << statement.toStdString() << ": " << query.lastError().text().toStdString();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

int headerUserVersion(const QString &path)
{
    const QByteArray bytes = readBytes(path);
    if (bytes.size() < 64)
        return -1;
    const auto byte = [&](int i) { return quint32(quint8(bytes.at(60 + i))); };
    return qint32((byte(0) << 24) | (byte(1) << 16) | (byte(2) << 8) | byte(3));
}

std::optional<StoreError::Kind> errorKindOf(const std::function<void()> &action)
{
    try {
        action();
    } catch (const StoreError &error) {
        return error.kind();
    }
    return std::nullopt;
}

const char *kindName(StoreError::Kind kind)
{
    switch (kind) {
    case StoreError::Kind::CannotOpen:
        return "CannotOpen";
    case StoreError::Kind::ReadOnly:
        return "ReadOnly";
    case StoreError::Kind::DiskFull:
        return "DiskFull";
    case StoreError::Kind::Corrupt:
        return "Corrupt";
    case StoreError::Kind::TooNew:
        return "TooNew";
    case StoreError::Kind::MigrationFailed:
        return "MigrationFailed";
    case StoreError::Kind::InvalidData:
        return "InvalidData";
    case StoreError::Kind::NotFound:
        return "NotFound";
    case StoreError::Kind::Locked:
        return "Locked";
    case StoreError::Kind::WrongPassphrase:
        return "WrongPassphrase";
    case StoreError::Kind::Tampered:
        return "Tampered";
    case StoreError::Kind::Other:
        return "Other";
    }
    return "?";
}

} // namespace holdfast::storage::test

namespace holdfast {

void PrintTo(StoreError::Kind kind, std::ostream *out)
{
    *out << storage::test::kindName(kind);
}

} // namespace holdfast
