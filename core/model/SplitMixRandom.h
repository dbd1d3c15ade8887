#pragma once

// A small deterministic random source (splitmix64): the same numbers on every
// platform and standard library, which std::uniform_*_distribution is not. The
// demo history (screenshots, tests) and the heavy-history generator draw from it.

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <cstdint>

namespace holdfast {

class SplitMixRandom
{
public:
    explicit SplitMixRandom(std::uint64_t seed) : m_state(seed) {}

    std::uint64_t next()
    {
        std::uint64_t z = (m_state += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }
    // Uniform in [0, 1).
    double unit() { return double(next() >> 11) * (1.0 / 9007199254740992.0); }
    // Uniform in [low, high], both included.
    int between(int low, int high) { return low + int(next() % std::uint64_t(high - low + 1)); }
    bool chance(double probability) { return unit() < probability; }
    // Uniform in (-width, width).
    double spread(double width) { return (unit() * 2.0 - 1.0) * width; }
    // An integer count whose mean is `expected`.
    int count(double expected)
    {
        const double whole = std::floor(expected);
        return int(whole) + (chance(expected - whole) ? 1 : 0);
    }
    // An index picked in proportion to `weights` (negative ones count as 0).
    template<typename Weights>
    std::size_t weighted(const Weights &weights)
    {
        double total = 0.0;
        for (const double w : weights)
            total += std::max(0.0, w);
        double pick = unit() * total;
        for (std::size_t i = 0; i < weights.size(); ++i) {
            pick -= std::max(0.0, weights[i]);
            if (pick < 0.0)
                return i;
        }
        return weights.size() - 1;
    }
    // The same with non-negative weights whose sum the caller already knows
    // (the generator's hot loop).
    template<typename Weights>
    std::size_t weighted(const Weights &weights, double total)
    {
        double pick = unit() * total;
        for (std::size_t i = 0; i < weights.size(); ++i) {
            pick -= weights[i];
            if (pick < 0.0)
                return i;
        }
        return weights.size() - 1;
    }

private:
    std::uint64_t m_state;
};

} // namespace holdfast
