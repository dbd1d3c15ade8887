#include "ContactLog.h"

#include "Clock.h"
#include "NoContactCounter.h"
#include "Store.h"

namespace holdfast {

ContactLog::ContactLog(ContactStore &store, const Clock &clock) : m_store(store), m_clock(clock) {}

UrgeFlowMessage ContactLog::log(ContactEvent contact, bool theirContactCountsOnlyIfReplied)
{
    contact.id = 0;
    contact.at = m_clock.now();
    if (contact.initiator == Initiator::Me)
        contact.replied = false; // a reply is to contact from them
    m_store.addContact(contact);
    return messageFor(contact, theirContactCountsOnlyIfReplied);
}

UrgeFlowMessage ContactLog::messageFor(const ContactEvent &contact, bool theirContactCountsOnlyIfReplied)
{
    if (contact.purpose == ContactPurpose::Logistics)
        return UrgeFlowMessage::LogisticsKeptStretch;
    if (contact.initiator == Initiator::Me)
        return UrgeFlowMessage::SelfCompassion;
    return NoContactCounter::breaksNoContact(contact, theirContactCountsOnlyIfReplied)
        ? UrgeFlowMessage::TheirContactRestartedCounter
        : UrgeFlowMessage::TheirContactKeptCounter;
}

} // namespace holdfast
