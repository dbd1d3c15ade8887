#include "SqliteStoreHandle.h"

namespace holdfast::app {

SqliteStoreHandle::SqliteStoreHandle(std::unique_ptr<storage::SqliteStore> store, const storage::OpenOptions &options)
    : m_store(std::move(store)), m_options(options), m_dataDir(m_store ? m_store->dataDir() : QString())
{
}

SqliteStoreHandle::~SqliteStoreHandle() = default;

storage::SqliteStore &SqliteStoreHandle::current()
{
    if (!m_store)
        throw StoreError(StoreError::Kind::CannotOpen, "the store is closed");
    return *m_store;
}

void SqliteStoreHandle::whileClosed(const std::function<void(const QString &dataDir)> &work)
{
    if (m_store)
        m_dataDir = m_store->dataDir();
    m_store.reset();
    try {
        work(m_dataDir);
    } catch (...) {
        // The work failed; the data is as it was, so open it again for the user.
        m_store = storage::SqliteStore::open(m_dataDir, m_options);
        throw;
    }
    m_store = storage::SqliteStore::open(m_dataDir, m_options);
}

} // namespace holdfast::app
