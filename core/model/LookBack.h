#pragma once

// The evening look back (issue 14): one short look at the day before bed,
// one per day looked back on, editable until that day ends (EveningLookBack).

#include "Moment.h"

#include <string>

namespace holdfast {

struct LookBack
{
    LocalDate date;        // the day looked back on (EveningLookBack::dayOf)
    Moment recordedAt;     // last saved
    int hardness = 3;      // how hard the day was: 1 (easy) .. 5 (very hard)
    std::string helped;    // one thing that helped
    std::string tomorrow;  // one line for tomorrow

    friend bool operator==(const LookBack &, const LookBack &) = default;
};

} // namespace holdfast
