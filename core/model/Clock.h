#pragma once

// The port through which the core asks for "now". The app supplies the system
// clock with zone data from Qt; tests pin it with FixedClock.

#include "Moment.h"

namespace holdfast {

class Clock
{
public:
    virtual ~Clock() = default;
    virtual Moment now() const = 0;
};

} // namespace holdfast
