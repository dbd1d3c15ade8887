#pragma once

// Runs the after-paint upkeep (PRAGMA quick_check, then the daily backup when
// one is due, then the one-time journal search index upgrade) on a thread of its
// own with its own SQLite connection, so a large data folder never freezes the
// window; reports back on the GUI thread.

#include "model/Moment.h"
#include "model/StoreError.h"

#include <QObject>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

class QThread;

namespace holdfast::app {

class UpkeepWorker : public QObject
{
public:
    struct Result
    {
        std::optional<StoreError> damage; // the integrity check failed (no backup then)
        QString backupPath;               // empty when none was due or it failed
        bool searchIndexUpgraded = false; // the journal index got its prefix index this time
    };

    explicit UpkeepWorker(QObject *parent = nullptr);
    // Waits for the work to finish: at most one backup, and the index upgrade
    // gives up after its current batch (it runs again at the next start).
    ~UpkeepWorker() override;
    UpkeepWorker(const UpkeepWorker &) = delete;
    UpkeepWorker &operator=(const UpkeepWorker &) = delete;

    // Checks the database in `dataDir` and, when `backUp`, takes a backup named
    // for `now` tagged "daily"; then upgrades the journal search index if it is
    // from before the prefix index (once; seconds on a large journal, while the
    // store keeps working). `done` runs on this object's thread afterwards.
    void start(const QString &dataDir, const Moment &now, bool backUp, std::function<void(const Result &)> done);
    bool isRunning() const;

private:
    QThread *m_thread = nullptr;
    std::atomic<bool> m_stopping{false}; // set on destruction: the index build ends after its current batch
};

} // namespace holdfast::app
