#pragma once

// A moment of contact with the ex. Contact the user initiated, or contact
// from them that the user replied to, restarts the no-contact counter.

#include "Moment.h"

#include <cstdint>
#include <optional>
#include <string>

namespace holdfast {

enum class Initiator { Me, Them };
enum class ContactChannel { Text, Call, SocialMedia, InPerson, Other };

struct ContactEvent
{
    std::int64_t id = 0;
    Moment at;
    Initiator initiator = Initiator::Me;
    ContactChannel channel = ContactChannel::Text;
    bool replied = false; // for Initiator::Them: did the user answer?
    std::string note;
    std::optional<std::int64_t> urgeId;

    friend bool operator==(const ContactEvent &, const ContactEvent &) = default;
};

} // namespace holdfast
