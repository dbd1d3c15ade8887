#pragma once

// A kind of record the urge flow has written, so that the screen can tell
// the other screens showing it (the dashboard's urges, the unsent folder, the
// no-contact counter).

namespace holdfast {

enum class UrgeFlowStored {
    Urge,          // the urge record was inserted or changed
    UnsentMessage, // the message written instead was stored, changed or removed
    Contact,       // the decision logged a contact
};

} // namespace holdfast
