#pragma once

// Who hands out the store that is open now. The app closes its store and
// opens a new one around a restore from Settings (app/SqliteStoreHandle), so
// whatever lives longer than one call keeps the handle, never a Store&, and
// asks it for the store each time it reads or writes.

#include "Store.h"

#include <type_traits>

namespace holdfast {

class StoreHandle
{
public:
    virtual ~StoreHandle() = default;

    // Throws StoreError(CannotOpen) while no store is open.
    virtual Store &current() = 0;
};

// A handle on a store that is never replaced (the tests, one-shot work).
class FixedStoreHandle final : public StoreHandle
{
public:
    explicit FixedStoreHandle(Store &store) : m_store(store) {}
    Store &current() override { return m_store; }

private:
    Store &m_store;
};

// Some roles of whatever store a handle has open, for a presenter that lives
// longer than one call (UrgeFlow lives as long as its dialog): each get<Role>()
// asks the handle again, and only the roles listed can be asked for.
template<class... Roles>
class StoreRoles
{
public:
    // Whatever store the handle has open at each use (the app's screens).
    // Not explicit: a presenter is given a handle or a store where it is built.
    StoreRoles(StoreHandle &handle) : m_handle(&handle) {}
    // Always this store (the tests).
    StoreRoles(Store &store) : m_store(&store) {}

    template<class Role>
        requires(std::is_same_v<Role, Roles> || ...)
    Role &get() const
    {
        return m_handle ? m_handle->current() : *m_store;
    }

private:
    StoreHandle *m_handle = nullptr;
    Store *m_store = nullptr;
};

} // namespace holdfast
