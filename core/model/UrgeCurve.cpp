#include "UrgeCurve.h"

#include "Moment.h"

#include <algorithm>

namespace holdfast {

namespace {

bool hasCurve(const UrgeRecord &urge)
{
    return urge.samples.size() >= 2 && urge.samples.front().intensity > 0;
}

// The last rating at or before `utcMs`; the first one when all came later.
int intensityAt(const std::vector<IntensitySample> &samples, std::int64_t utcMs)
{
    int intensity = samples.front().intensity;
    for (const auto &sample : samples) {
        if (sample.utcMs > utcMs)
            break;
        intensity = sample.intensity;
    }
    return intensity;
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
    std::vector<double> minutes;
    for (const auto &urge : urges) {
        if (const auto value = minutesToHalf(urge))
            minutes.push_back(*value);
    }
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
    std::vector<const UrgeRecord *> qualifying;
    for (const auto &urge : urges) {
        if (hasCurve(urge))
            qualifying.push_back(&urge);
    }
    if (qualifying.empty() || lastMinute < 0)
        return {};

    std::vector<UrgeCurvePoint> curve;
    curve.reserve(std::size_t(lastMinute) + 1);
    for (int minute = 0; minute <= lastMinute; ++minute) {
        double sum = 0.0;
        for (const UrgeRecord *urge : qualifying) {
            const IntensitySample &first = urge->samples.front();
            const int intensity = intensityAt(urge->samples, first.utcMs + minute * kMsPerMinute);
            sum += std::min(1.0, double(intensity) / double(first.intensity));
        }
        const int count = int(qualifying.size());
        curve.push_back({minute, sum / count, count});
    }
    return curve;
}

} // namespace holdfast
