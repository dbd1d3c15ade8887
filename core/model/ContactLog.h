#pragma once

// Logging contact outside the urge flow: low-contact mode's "Log contact…",
// for a logistics message about children, work or shared things. Decides what
// the person is told, with the same kind words as the urge flow.

#include "ContactEvent.h"
#include "UrgeFlowMessage.h"

#include <string>

namespace holdfast {

class Clock;
class ContactStore;

class ContactLog
{
public:
    ContactLog(ContactStore &store, const Clock &clock);

    // Stores `contact` at the clock's now (its `at` and id are set here) and
    // returns what to tell the person. Throws StoreError and stores nothing
    // when the write fails.
    UrgeFlowMessage log(ContactEvent contact, bool theirContactCountsOnlyIfReplied);

    // What a contact means for the stretch, in words the urge flow uses too:
    // logistics keeps it; personal contact from the person restarts it
    // (SelfCompassion); from them, it restarts only when it counts.
    static UrgeFlowMessage messageFor(const ContactEvent &contact, bool theirContactCountsOnlyIfReplied);

private:
    ContactStore &m_store;
    const Clock &m_clock;
};

} // namespace holdfast
