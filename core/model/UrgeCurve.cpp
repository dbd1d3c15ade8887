#include "UrgeCurve.h"

#include "Moment.h"

#include <algorithm>

namespace holdfast {

namespace {

bool hasCurve(const std::vector<IntensitySample> &samples)
{
    return samples.size() >= 2 && samples.front().intensity > 0;
}

// Adds one urge's curve to `sums` (sized for the last minute already).
void addCurve(UrgeCurveSums &sums, const std::vector<IntensitySample> &samples, int lastMinute)
{
    if (!hasCurve(samples))
        return;
    ++sums.urges;
    const IntensitySample &first = samples.front();
    const std::int64_t start = first.intensity;
    // One pass over the samples: the rating in force at each minute.
    std::size_t next = 0;
    int intensity = first.intensity;
    for (int minute = 0; minute <= lastMinute; ++minute) {
        const std::int64_t at = first.utcMs + minute * kMsPerMinute;
        while (next < samples.size() && samples[next].utcMs <= at)
            intensity = samples[next++].intensity;
        sums.scaled[std::size_t(minute)] += std::min<std::int64_t>(intensity, start) * UrgeCurve::kScale / start;
    }
}

template<typename Urges, typename SamplesOf>
UrgeCurveSums sumsOf(const Urges &urges, int lastMinute, SamplesOf samplesOf)
{
    UrgeCurveSums sums;
    if (lastMinute < 0)
        return sums;
    sums.scaled.assign(std::size_t(lastMinute) + 1, 0);
    for (const auto &urge : urges)
        addCurve(sums, samplesOf(urge), lastMinute);
    return sums;
}

template<typename Urges, typename SamplesOf>
std::vector<double> minutesOf(const Urges &urges, SamplesOf samplesOf)
{
    std::vector<double> minutes;
    for (const auto &urge : urges) {
        if (const auto value = UrgeCurve::minutesToHalf(samplesOf(urge)))
            minutes.push_back(*value);
    }
    return minutes;
}

const std::vector<IntensitySample> &samplesOfRecord(const UrgeRecord &urge)
{
    return urge.samples;
}

const std::vector<IntensitySample> &samplesOfRatings(const UrgeRatings &urge)
{
    return urge.samples;
}

} // namespace

std::optional<double> UrgeCurve::minutesToHalf(const UrgeRecord &urge)
{
    return minutesToHalf(urge.samples);
}

std::optional<double> UrgeCurve::minutesToHalf(const std::vector<IntensitySample> &samples)
{
    if (!hasCurve(samples))
        return std::nullopt;
    const IntensitySample &first = samples.front();
    const double half = first.intensity / 2.0;
    for (const auto &sample : samples) {
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
    return minutesOf(urges, samplesOfRecord);
}

std::vector<double> UrgeCurve::allMinutesToHalf(const std::vector<UrgeRatings> &urges)
{
    return minutesOf(urges, samplesOfRatings);
}

std::optional<double> UrgeCurve::median(std::vector<double> minutes)
{
    if (minutes.empty())
        return std::nullopt;
    // A selection, not a sort: the review takes the median of twelve weeks of urges on every switch.
    const std::size_t middle = minutes.size() / 2;
    const auto upper = minutes.begin() + std::ptrdiff_t(middle);
    std::nth_element(minutes.begin(), upper, minutes.end());
    if (minutes.size() % 2 == 1)
        return *upper;
    // Everything before `upper` is no greater than it: the lower middle is their maximum.
    return (*std::max_element(minutes.begin(), upper) + *upper) / 2.0;
}

std::vector<UrgeCurvePoint> UrgeCurve::averageCurve(const std::vector<UrgeRecord> &urges, int lastMinute)
{
    return curveOf(curveSums(urges, lastMinute));
}

UrgeCurveSums UrgeCurve::curveSums(const std::vector<UrgeRecord> &urges, int lastMinute)
{
    return sumsOf(urges, lastMinute, samplesOfRecord);
}

UrgeCurveSums UrgeCurve::curveSums(const std::vector<UrgeRatings> &urges, int lastMinute)
{
    return sumsOf(urges, lastMinute, samplesOfRatings);
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
