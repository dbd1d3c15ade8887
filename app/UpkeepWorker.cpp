#include "UpkeepWorker.h"

#include "storage/SqliteStore.h"

#include <QThread>

namespace holdfast::app {

UpkeepWorker::UpkeepWorker(QObject *parent) : QObject(parent)
{
}

UpkeepWorker::~UpkeepWorker()
{
    if (m_thread) {
        m_stopping = true;
        m_thread->wait();
        delete m_thread;
    }
}

bool UpkeepWorker::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

void UpkeepWorker::start(const QString &dataDir, const Moment &now, bool backUp,
                         std::function<void(const Result &)> done)
{
    if (isRunning())
        return;
    delete m_thread;
    m_thread = QThread::create([this, dataDir, now, backUp, done = std::move(done)] {
        Result result;
        try {
            storage::SqliteStore::checkOnOwnConnection(dataDir);
        } catch (const StoreError &error) {
            result.damage = error; // never back up a damaged file over a good backup
        }
        if (backUp && !result.damage) {
            try {
                result.backupPath = storage::SqliteStore::backupOnOwnConnection(dataDir, now, QStringLiteral("daily"));
            } catch (const StoreError &) {
                // A missed backup is retried at the next start; it must not interrupt the user.
            }
        }
        if (!result.damage) {
            try {
                result.searchIndexUpgraded =
                    storage::SqliteStore::upgradeSearchIndexOnOwnConnection(dataDir, 5000, {}, &m_stopping)
                    == storage::SqliteStore::SearchIndexUpgrade::Upgraded;
            } catch (const StoreError &) {
                // Search still works on the old index (more slowly); retried at the next start.
            }
        }
        // Queued to this object's thread; dropped if this object is gone by then.
        QMetaObject::invokeMethod(this, [done, result] { done(result); }, Qt::QueuedConnection);
    });
    m_thread->setObjectName(QStringLiteral("holdfast-upkeep"));
    m_thread->start(QThread::LowPriority);
}

} // namespace holdfast::app
