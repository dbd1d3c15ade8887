#pragma once

// A DataSet with every field of every kind of record set, and text that is
// hard to carry: quotes, commas, line breaks, right-to-left script, emoji.

#include "model/DataSet.h"

namespace holdfast::exchange::test {

// Moment at a Berlin wall-clock time (UTC+1 in winter, +2 in summer).
Moment berlin(LocalDate date, int hour, int minute, int offsetMinutes = 60);

DataSet richDataSet();

} // namespace holdfast::exchange::test
