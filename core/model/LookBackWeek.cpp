#include "LookBackWeek.h"

#include "JournalText.h"
#include "StoreError.h"

#include <algorithm>
#include <cmath>

namespace holdfast {

LookBackWeek LookBackWeek::from(const std::vector<LookBack> &lookBacks, const ReviewWeek &week)
{
    LookBackWeek result;
    std::array<const LookBack *, 7> byDay{};
    for (std::size_t i = 0; i < result.days.size(); ++i)
        result.days[i].date = week.start().addDays(static_cast<std::int64_t>(i));
    for (const LookBack &lookBack : lookBacks) {
        if (week.contains(lookBack.date))
            byDay[static_cast<std::size_t>(week.start().daysTo(lookBack.date))] = &lookBack; // one per day: the last
    }

    int sum = 0;
    int hardest = 0;
    int easiest = 0;
    for (std::size_t i = 0; i < byDay.size(); ++i) {
        const LookBack *lookBack = byDay[i];
        if (!lookBack)
            continue;
        const int hardness = std::clamp(lookBack->hardness, 1, 5);
        result.days[i].hardness = hardness;
        ++result.count;
        sum += hardness;
        if (!result.hardestDay || hardness > hardest) {
            hardest = hardness;
            result.hardestDay = lookBack->date;
        }
        if (!result.easiestDay || hardness < easiest) {
            easiest = hardness;
            result.easiestDay = lookBack->date;
        }
        // Saved look backs are trimmed; imported ones may not be.
        const std::string text(JournalText::trimmed(lookBack->helped));
        if (text.empty())
            continue;
        const auto same = std::find_if(result.helped.begin(), result.helped.end(),
                                       [&text](const Helped &line) { return line.text == text; });
        if (same != result.helped.end())
            same->days.push_back(lookBack->date);
        else
            result.helped.push_back({text, {lookBack->date}});
    }
    if (result.count > 0)
        result.averageHardness = std::round(10.0 * sum / result.count) / 10.0;
    return result;
}

LookBackWeek LookBackWeek::read(LookBackStore &store, const ReviewWeek &week)
{
    try {
        return from(store.lookBacks(week.start(), week.end()), week);
    } catch (const StoreError &error) {
        if (error.kind() != StoreError::Kind::Locked)
            throw;
        return from({}, week);
    }
}

} // namespace holdfast
