#pragma once

// The personal urge curve: how long urges took to fall below half of their
// starting intensity, and how intensity developed minute by minute on
// average, so the user can see that urges pass.

#include "UrgeRatings.h"
#include "UrgeRecord.h"

#include <cstdint>
#include <optional>
#include <vector>

namespace holdfast {

struct UrgeCurvePoint
{
    int minute = 0;
    double relativeIntensity = 0.0; // mean of intensity / starting intensity, 0..1
    int urges = 0;                  // how many urges the mean is over

    friend bool operator==(const UrgeCurvePoint &, const UrgeCurvePoint &) = default;
};

// The average curve before dividing: sums that add up across groups of urges
// (weeks), so a window's curve is its weeks' sums added together. Exact in
// integers, so adding in any order gives the same curve.
struct UrgeCurveSums
{
    std::vector<std::int64_t> scaled; // per minute: sum of min(1, rating / start) × UrgeCurve::kScale
    int urges = 0;                    // qualifying urges

    friend bool operator==(const UrgeCurveSums &, const UrgeCurveSums &) = default;
};

class UrgeCurve
{
public:
    static constexpr int kDefaultLastMinute = 30;

    // Real minutes from the first rating until one strictly below half of it.
    // Nothing when it never fell that far, was rated fewer than twice, or
    // started at zero.
    static std::optional<double> minutesToHalf(const UrgeRecord &urge);
    // The same from an urge's ratings alone.
    static std::optional<double> minutesToHalf(const std::vector<IntensitySample> &samples);
    // The median over the urges that fell below half; nothing when none did.
    static std::optional<double> medianMinutesToHalf(const std::vector<UrgeRecord> &urges);

    // One point for every minute 0..lastMinute: the mean, across urges rated
    // at least twice with a starting intensity above zero, of the last rating
    // at or before that minute relative to the start. A rating above the
    // start counts as the start, so the curve stays on the chart's 0..1 scale.
    // Empty when no urge qualifies.
    static std::vector<UrgeCurvePoint> averageCurve(const std::vector<UrgeRecord> &urges,
                                                    int lastMinute = kDefaultLastMinute);

    // averageCurve in parts: sums per group of urges, added, then divided.
    // Divisible by every starting intensity 1..10, so each relative rating is a whole number.
    static constexpr std::int64_t kScale = 2520;
    static UrgeCurveSums curveSums(const std::vector<UrgeRecord> &urges, int lastMinute = kDefaultLastMinute);
    static UrgeCurveSums curveSums(const std::vector<UrgeRatings> &urges, int lastMinute = kDefaultLastMinute);
    static void add(UrgeCurveSums &into, const UrgeCurveSums &more);
    static std::vector<UrgeCurvePoint> curveOf(const UrgeCurveSums &sums);

    // medianMinutesToHalf in parts: every urge's minutesToHalf, then the median of any union of them.
    static std::vector<double> allMinutesToHalf(const std::vector<UrgeRecord> &urges);
    static std::vector<double> allMinutesToHalf(const std::vector<UrgeRatings> &urges);
    static std::optional<double> median(std::vector<double> minutes);
};

} // namespace holdfast
