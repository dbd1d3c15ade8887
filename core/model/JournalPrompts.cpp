#include "JournalPrompts.h"

#include <algorithm>
#include <cstdint>

namespace holdfast {

std::vector<JournalPrompt> JournalPrompts::forDate(LocalDate date, std::size_t count, std::size_t page)
{
    const auto size = std::int64_t(kAllJournalPrompts.size());
    const auto taken = std::min<std::int64_t>(std::int64_t(count), size);
    // Each day starts `count` places after the day before; the floor modulo
    // keeps dates before 1970 in range.
    const std::int64_t step = std::int64_t(count % std::size_t(size));
    const std::int64_t pageStep = std::int64_t((page % std::size_t(size)) * (count % std::size_t(size)));
    std::int64_t start = ((date.dayNumber() % size) * step + pageStep) % size;
    if (start < 0)
        start += size;

    std::vector<JournalPrompt> prompts;
    prompts.reserve(std::size_t(taken));
    for (std::int64_t i = 0; i < taken; ++i)
        prompts.push_back(kAllJournalPrompts[std::size_t((start + i) % size)]);
    return prompts;
}

} // namespace holdfast
