#pragma once

// A moment of contact with the ex. Contact the user initiated, or contact
// from them that the user replied to, restarts the no-contact counter,
// unless the person marked it as logistics (children, work, shared things).

#include "Moment.h"

#include <cstdint>
#include <optional>
#include <string>

namespace holdfast {

enum class Initiator { Me, Them };
enum class ContactChannel { Text, Call, SocialMedia, InPerson, Other };
// What the contact was for. Logistics is contact the person had to have and
// marked so honestly; it never ends a no-contact stretch, whatever the mode.
enum class ContactPurpose { Personal, Logistics };

struct ContactEvent
{
    std::int64_t id = 0;
    Moment at;
    Initiator initiator = Initiator::Me;
    ContactChannel channel = ContactChannel::Text;
    bool replied = false; // for Initiator::Them: did the user answer?
    std::string note;
    std::optional<std::int64_t> urgeId;
    ContactPurpose purpose = ContactPurpose::Personal;

    friend bool operator==(const ContactEvent &, const ContactEvent &) = default;
};

} // namespace holdfast
