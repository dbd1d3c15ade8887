#pragma once

// Writing prompts that help start a journal entry. Only ids live here; the UI
// words them through tr(). The prompts of the day depend only on the local
// date, so the page shows the same ones all day and new ones tomorrow.
// Append new prompts at the end; the order feeds the rotation.

#include "LocalDate.h"

#include <array>
#include <cstddef>
#include <vector>

namespace holdfast {

enum class JournalPrompt {
    WhatDontIMiss,        // what don't I miss?
    JustForMe,            // what did I do today that was just for me?
    QuietlyProud,         // something I handled well lately
    KindToMe,             // who was kind to me lately
    FeelingRightNow,      // name the feeling, without judging it
    LookingForward,       // one small thing to look forward to
    PickUpAgain,          // something I loved doing before, to pick up again
    UnderTheUrge,         // what was underneath the urge today
    NeedToday,            // what I need today, and who could help
    NoteToFutureMe,       // a note to myself a year from now
};

inline constexpr std::array kAllJournalPrompts{
    JournalPrompt::WhatDontIMiss,   JournalPrompt::JustForMe,      JournalPrompt::QuietlyProud,
    JournalPrompt::KindToMe,        JournalPrompt::FeelingRightNow, JournalPrompt::LookingForward,
    JournalPrompt::PickUpAgain,     JournalPrompt::UnderTheUrge,   JournalPrompt::NeedToday,
    JournalPrompt::NoteToFutureMe,
};

class JournalPrompts
{
public:
    // `count` different prompts for `date` (at most all of them). Consecutive
    // days share none while 2 * count <= the number of prompts, and every
    // prompt comes up within a few days. `page` asks for the next `count`
    // prompts after the ones of the day ("show me others").
    static std::vector<JournalPrompt> forDate(LocalDate date, std::size_t count, std::size_t page = 0);
};

} // namespace holdfast
