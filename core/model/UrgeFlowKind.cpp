// UrgeFlow, the part that follows the kind of urge: what the pull is, and how
// going past it ends. Kept apart so UrgeFlow.cpp stays one job: the steps.

#include "UrgeFlow.h"

#include "Clock.h"
#include "UrgeFlowView.h"

namespace holdfast {

void UrgeFlow::setKind(UrgeKind kind)
{
    if (!isActive())
        return;
    // Stored with the next save, like the triggers: the step change or the close.
    m_record.kind = kind;
}

void UrgeFlow::reachedOut(ContactChannel channel, std::string note)
{
    wentPast(std::move(note), actingIsContact(m_record.kind) ? std::optional(channel) : std::nullopt);
}

void UrgeFlow::wentPast(std::string note, std::optional<ContactChannel> contact)
{
    if (!isActive())
        return;
    m_record.note = std::move(note);
    if (!contact) {
        // Looking at their profile or going somewhere is not contact: the
        // stretch of no contact goes on, whatever the urge pulled toward.
        m_contact.reset();
        finish(UrgeOutcome::ReachedOut, UrgeFlowMessage::WentPastCounterKept);
        return;
    }
    ContactEvent event;
    event.at = m_clock.now();
    event.initiator = Initiator::Me;
    event.channel = *contact;
    m_contact = event;
    finish(UrgeOutcome::ReachedOut, UrgeFlowMessage::SelfCompassion);
}

} // namespace holdfast
