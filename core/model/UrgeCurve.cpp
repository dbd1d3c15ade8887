#include "UrgeCurve.h"

#include "Moment.h"

#include <algorithm>

namespace holdfast {

namespace {

bool hasCurve(const UrgeRecord &urge)
{
    return urge.samples.size() >= 2 && urge.samples.front().intensity > 0;
}

} // namespace

std::optional<double> UrgeCurve::minutesToHalf(const UrgeRecord &urge)
{
    if (!hasCurve(urge))
        return std::nullopt;
    const IntensitySample &first = urge.samples.front();
    const double half = first.intensity / 2.0;
    for (const auto &sample : urge.samples) {
        if (sample.intensity < half) {
            // Clamped: a rating stamped before the first one means the clock moved back.
            const std::int64_t elapsedMs = std::max<std::int64_t>(0, sample.utcMs - first.utcMs);
            return double(elapsedMs) / double(kMsPerMinute);
        }
    }
    return std::nullopt;
}

std::optional<double> UrgeCurve::medianMinutesToHalf(const std::vector<UrgeRecord> &urges)
{
    return median(allMinutesToHalf(urges));
}

std::vector<double> UrgeCurve::allMinutesToHalf(const std::vector<UrgeRecord> &urges)
{
    std::vector<double> minutes;
    for (const auto &urge : urges) {
        if (const auto value = minutesToHalf(urge))
            minutes.push_back(*value);
    }
    return minutes;
}

std::optional<double> UrgeCurve::median(std::vector<double> minutes)
{
    if (minutes.empty())
        return std::nullopt;
    std::sort(minutes.begin(), minutes.end());
    const std::size_t middle = minutes.size() / 2;
    if (minutes.size() % 2 == 1)
        return minutes[middle];
    return (minutes[middle - 1] + minutes[middle]) / 2.0;
}

std::vector<UrgeCurvePoint> UrgeCurve::averageCurve(const std::vector<UrgeRecord> &urges, int lastMinute)
{
    return curveOf(curveSums(urges, lastMinute));
}

UrgeCurveSums UrgeCurve::curveSums(const std::vector<UrgeRecord> &urges, int lastMinute)
{
    UrgeCurveSums sums;
    if (lastMinute < 0)
        return sums;
    sums.scaled.assign(std::size_t(lastMinute) + 1, 0);
    for (const auto &urge : urges) {
        if (!hasCurve(urge))
            continue;
        ++sums.urges;
        const IntensitySample &first = urge.samples.front();
        const std::int64_t start = first.intensity;
        // One pass over the samples: the rating in force at each minute.
        std::size_t next = 0;
        int intensity = first.intensity;
        for (int minute = 0; minute <= lastMinute; ++minute) {
            const std::int64_t at = first.utcMs + minute * kMsPerMinute;
            while (next < urge.samples.size() && urge.samples[next].utcMs <= at)
                intensity = urge.samples[next++].intensity;
            sums.scaled[std::size_t(minute)] += std::min<std::int64_t>(intensity, start) * kScale / start;
        }
    }
    return sums;
}

void UrgeCurve::add(UrgeCurveSums &into, const UrgeCurveSums &more)
{
    if (more.urges == 0)
        return;
    if (into.scaled.size() < more.scaled.size())
        into.scaled.resize(more.scaled.size(), 0);
    for (std::size_t i = 0; i < more.scaled.size(); ++i)
        into.scaled[i] += more.scaled[i];
    into.urges += more.urges;
}

std::vector<UrgeCurvePoint> UrgeCurve::curveOf(const UrgeCurveSums &sums)
{
    if (sums.urges == 0)
        return {};
    std::vector<UrgeCurvePoint> curve;
    curve.reserve(sums.scaled.size());
    const double divisor = double(kScale) * double(sums.urges);
    for (std::size_t minute = 0; minute < sums.scaled.size(); ++minute)
        curve.push_back({int(minute), double(sums.scaled[minute]) / divisor, sums.urges});
    return curve;
}

} // namespace holdfast
