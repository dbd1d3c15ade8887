#include "AutosavePolicy.h"

namespace holdfast {

void AutosavePolicy::open(bool stored)
{
    m_stored = stored;
    m_dirty = false;
    m_status = Status::Clean;
    m_error.reset();
}

void AutosavePolicy::edit()
{
    m_dirty = true;
    // An error stays on screen until a write succeeds, so the user is not
    // told all is well while their words are still only in the editor.
    if (m_status != Status::Failed)
        m_status = Status::Editing;
}

bool AutosavePolicy::needsSave(bool blank) const
{
    return m_dirty && !(blank && !m_stored);
}

void AutosavePolicy::saveSucceeded()
{
    m_stored = true;
    m_dirty = false;
    m_status = Status::Saved;
    m_error.reset();
}

void AutosavePolicy::saveFailed(StoreError::Kind kind)
{
    m_status = Status::Failed;
    m_error = kind;
}

} // namespace holdfast
