#pragma once

// The app's handle on its store, held for the whole run of the app. It owns
// the open SqliteStore and hands it out; a restore from Settings closes it,
// replaces the file and opens a new one under the same handle, without
// rebuilding every screen (they ask AppContext for the store at each use and
// reload when told).

#include "model/StoreHandle.h"
#include "storage/OpenOptions.h"
#include "storage/SqliteStore.h"

#include <QString>

#include <functional>
#include <memory>

namespace holdfast::app {

class SqliteStoreHandle final : public StoreHandle
{
public:
    // `options` are used to open the store again; their clock must outlive this.
    SqliteStoreHandle(std::unique_ptr<storage::SqliteStore> store, const storage::OpenOptions &options);
    ~SqliteStoreHandle() override;
    SqliteStoreHandle(const SqliteStoreHandle &) = delete;
    SqliteStoreHandle &operator=(const SqliteStoreHandle &) = delete;

    // The open store; throws StoreError(CannotOpen) while it is closed. Keep
    // it no longer than the call at hand: whileClosed() replaces it.
    storage::SqliteStore &current() override;
    QString dataDir() const { return m_dataDir; }
    const storage::OpenOptions &options() const { return m_options; }
    bool isOpen() const { return m_store != nullptr; }

    // Closes the store, runs `work` on its data folder, and opens it again,
    // also when `work` throws (that error is rethrown). When opening again
    // fails, that StoreError is thrown and the handle stays closed.
    void whileClosed(const std::function<void(const QString &dataDir)> &work);

private:
    std::unique_ptr<storage::SqliteStore> m_store;
    storage::OpenOptions m_options;
    QString m_dataDir;
};

} // namespace holdfast::app
