#pragma once

// The morning check-in: one per local date, editable for the rest of that day.

#include "Moment.h"

#include <string>

namespace holdfast {

struct CheckIn
{
    LocalDate date;
    Moment recordedAt; // last saved
    int mood = 3;      // 1..5
    int sleep = 3;     // 1..5
    std::string intention;

    friend bool operator==(const CheckIn &, const CheckIn &) = default;
};

} // namespace holdfast
