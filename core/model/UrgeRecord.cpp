#include "UrgeRecord.h"

#include <algorithm>

namespace holdfast {

std::optional<int> UrgeRecord::startIntensity() const
{
    if (samples.empty())
        return std::nullopt;
    return samples.front().intensity;
}

std::optional<int> UrgeRecord::peakIntensity() const
{
    if (samples.empty())
        return std::nullopt;
    return std::max_element(samples.begin(), samples.end(),
                            [](const auto &a, const auto &b) { return a.intensity < b.intensity; })
        ->intensity;
}

std::optional<int> UrgeRecord::finalIntensity() const
{
    if (samples.empty())
        return std::nullopt;
    return samples.back().intensity;
}

} // namespace holdfast
