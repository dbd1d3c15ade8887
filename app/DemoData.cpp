#include "DemoData.h"

#include "storage/SqliteStore.h"
#include "ui/DateConversion.h"
#include "headless/ErrorMessages.h"
#include "headless/SystemClock.h"

#include "model/DemoHistory.h"
#include "model/StoreError.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QTemporaryDir>
#include <QTime>

#include <memory>

namespace holdfast::app {

namespace {

// Owns the temporary folder; as a child of the application object it is
// deleted, and the folder with it, when the application goes away.
class DemoFolder : public QObject
{
public:
    explicit DemoFolder(QObject *parent)
        : QObject(parent), m_dir(QDir(QDir::tempPath()).filePath(QStringLiteral("holdfast-demo-XXXXXX")))
    {
        setObjectName(QStringLiteral("holdfastDemoFolder"));
        setProperty("path", m_dir.path());
    }

    bool isValid() const { return m_dir.isValid(); }
    QString path() const { return m_dir.path(); }

private:
    QTemporaryDir m_dir;
};

// The offset the system zone had at a local wall-clock time, so sample
// urges from before a DST change carry the offset of their own day.
std::int32_t systemOffsetAt(LocalDate date, int minuteOfDay)
{
    const QDateTime local(ui::toQDate(date), QTime(minuteOfDay / 60, minuteOfDay % 60));
    return std::int32_t(local.offsetFromUtc() / 60);
}

} // namespace

QString prepareDemoDataDir(const Clock &clock, QString *errorMessage)
{
    auto folder = std::make_unique<DemoFolder>(QCoreApplication::instance());
    if (!folder->isValid()) {
        if (errorMessage)
            *errorMessage = ui::describeStoreError(StoreError::Kind::CannotOpen);
        return {};
    }
    try {
        const std::unique_ptr<storage::SqliteStore> store = storage::SqliteStore::open(folder->path());
        DemoHistory(DemoHistory::kDefaultSeed, systemOffsetAt).writeTo(*store, clock);
    } catch (const StoreError &error) {
        if (errorMessage)
            *errorMessage = ui::describeStoreError(error);
        return {}; // the folder goes away with `folder`
    }
    const QString path = folder->path();
    // Owned by the application object from here on; without one, the folder
    // stays for the system's temporary-file cleaning.
    static_cast<void>(folder.release());
    return path;
}

QString prepareDemoDataDir(QString *errorMessage)
{
    const ui::SystemClock clock;
    return prepareDemoDataDir(clock, errorMessage);
}

} // namespace holdfast::app
