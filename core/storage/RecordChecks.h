#pragma once

// Rejects what the core would never produce before it reaches the file:
// impossible dates, offsets and ratings throw StoreError::InvalidData.

#include "model/LocalDate.h"
#include "model/Moment.h"

namespace holdfast::storage {

void checkDate(const LocalDate &date, const char *what);
void checkMoment(const Moment &moment, const char *what);
void checkRange(int value, int low, int high, const char *what);

} // namespace holdfast::storage
