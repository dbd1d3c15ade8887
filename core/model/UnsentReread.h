#pragma once

// Rereading unsent messages "with today's eyes": which messages to offer
// (the ones written yesterday and not read again yet) and when opening a
// message counts as rereading it (on any later day than it was written).

#include "LocalDate.h"
#include "UnsentMessage.h"

#include <cstdint>
#include <vector>

namespace holdfast {

class UnsentReread
{
public:
    // Ids of the messages to offer on `today`, oldest first.
    static std::vector<std::int64_t> dueOn(const std::vector<UnsentMessage> &messages, LocalDate today);
    // True when opening `message` on `today` marks it reread.
    static bool opensAsReread(const UnsentMessage &message, LocalDate today);
};

} // namespace holdfast
