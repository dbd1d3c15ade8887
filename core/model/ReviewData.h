#pragma once

// Everything the weekly review screen shows for one week, read from the store
// in two queries: the SQL day summaries of the twelve-week window (report and
// trend) and the urge ratings of that window (the personal urge curve). With a
// ReviewWeekCache a switch reads only the weeks not read before; nothing walks
// the whole history.

#include "LookBackWeek.h"
#include "ReviewState.h"
#include "ReviewWeekCache.h"
#include "ReviewWeek.h"
#include "Store.h"
#include "UrgeCurve.h"
#include "WeeklyReport.h"

#include <optional>
#include <utility>
#include <vector>

namespace holdfast {

// Contact with them in one week, by what it was for (low-contact mode):
// logistics is shown beside personal contact, never hidden.
struct WeekContacts
{
    int personal = 0;
    int logistics = 0;

    // Contacts whose local date falls within `week`.
    static WeekContacts in(const std::vector<ContactEvent> &contacts, const ReviewWeek &week);
    friend bool operator==(const WeekContacts &, const WeekContacts &) = default;
};

struct ReviewData
{
    explicit ReviewData(WeeklyReport weekReport) : report(std::move(weekReport)) {}

    WeeklyReport report;
    ReviewState::Kind state = ReviewState::Kind::NoData;
    bool currentWeek = false; // the week holds today: figures may still grow
    // The average urge curve of this week's urges and of the whole window.
    std::vector<UrgeCurvePoint> weekCurve;
    std::vector<UrgeCurvePoint> trendCurve;
    std::optional<double> weekMinutesToHalf;  // median
    std::optional<double> trendMinutesToHalf; // median over the twelve weeks
    WeekContacts contacts;                    // filled by the screen, from the contact store
    LookBackWeek lookBacks;                   // filled by the screen, from the look back store

    // Reads the week `week` shows. `firstDataDate` (see findFirstDataDate)
    // tells a first week from a week after a long quiet time.
    static ReviewData load(UrgeStore &store, const ReviewWeek &week, std::optional<LocalDate> firstDataDate);
    // The same from the weeks `cache` holds, reading only the missing ones
    // (the same figures as above, to the bit).
    static ReviewData load(UrgeStore &store, ReviewWeekCache &cache, const ReviewWeek &week,
                           std::optional<LocalDate> firstDataDate);
    // Reads into `cache` the one week that stepping back from `week` would
    // need (the oldest week of the window then), while the user is still
    // looking at this one, so the step itself reads nothing. Does nothing
    // when that week is cached or there is no data at all (`firstDataDate`
    // empty). Returns whether it read.
    static bool prefetchStepBack(UrgeStore &store, ReviewWeekCache &cache, const ReviewWeek &week,
                                 std::optional<LocalDate> firstDataDate);
    // The local date of the oldest urge or check-in up to `today`; nothing
    // when the user has recorded neither yet. Reads the whole history, so the
    // screen asks once and again only when data changes.
    static std::optional<LocalDate> findFirstDataDate(UrgeStore &store, LocalDate today);
};

} // namespace holdfast
