#include "storage/RecordChecks.h"

#include "model/StoreError.h"

#include <string>


namespace holdfast::storage {

namespace {

using Kind = StoreError::Kind;

[[noreturn]] void invalid(const std::string &what)
{
    throw StoreError(Kind::InvalidData, what);
}

} // namespace

void checkDate(const LocalDate &date, const char *what)
{
    // Four-digit years keep 'YYYY-MM-DD' text sortable.
    if (!date.isValid() || date.year() < 1 || date.year() > 9999)
        invalid(std::string(what) + ": not a valid date");
}

void checkMoment(const Moment &moment, const char *what)
{
    checkDate(moment.localDate, what);
    // Real offsets lie within -14h..+14h; allow a margin, reject garbage.
    if (moment.offsetMinutes < -18 * 60 || moment.offsetMinutes > 18 * 60)
        invalid(std::string(what) + ": impossible UTC offset");
}

void checkRange(int value, int low, int high, const char *what)
{
    if (value < low || value > high)
        invalid(std::string(what) + " out of range");
}

} // namespace holdfast::storage
