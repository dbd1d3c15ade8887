#pragma once

// A message the user wrote to the ex instead of sending it. It is never sent
// anywhere; the journal keeps it in the unsent folder.

#include "Moment.h"

#include <cstdint>
#include <optional>
#include <string>

namespace holdfast {

struct UnsentMessage
{
    std::int64_t id = 0;
    Moment written;
    Moment updated;
    std::string text;
    std::optional<std::int64_t> urgeId;
    std::optional<Moment> reread; // when the user reread it, if they did

    friend bool operator==(const UnsentMessage &, const UnsentMessage &) = default;
};

} // namespace holdfast
