#pragma once

// The rules of the journal's autosave: what the editor holds that is not
// stored yet, when a write is due, and what the quiet status line says. A new
// record is stored only once it holds something, so opening a blank page and
// leaving stores nothing; a failed write stays due and is retried. The widget
// owns the timer; this owns the decisions.

#include "StoreError.h"

#include <optional>

namespace holdfast {

class AutosavePolicy
{
public:
    enum class Status {
        Clean,   // nothing typed since the record was opened
        Editing, // changes not written yet
        Saved,   // the last write returned
        Failed,  // the last write threw; the changes are still in the editor
    };

    // A stored record (`stored`) or a new, not yet stored one was opened.
    void open(bool stored);
    // The user changed something in the editor.
    void edit();
    // Whether a write is due now. `blank`: the editor holds nothing the user
    // put in (no words, tags or mood).
    bool needsSave(bool blank) const;
    void saveSucceeded();
    void saveFailed(StoreError::Kind kind);

    bool isDirty() const { return m_dirty; }
    bool isStored() const { return m_stored; }
    Status status() const { return m_status; }
    // Set while the status is Failed.
    std::optional<StoreError::Kind> error() const { return m_error; }

private:
    bool m_stored = false;
    bool m_dirty = false;
    Status m_status = Status::Clean;
    std::optional<StoreError::Kind> m_error;
};

} // namespace holdfast
