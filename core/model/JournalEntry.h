#pragma once

// A dated journal entry in the user's own words.

#include "Moment.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace holdfast {

struct JournalEntry
{
    std::int64_t id = 0;
    Moment created;
    Moment updated;
    std::string text;          // plain text or Markdown
    std::optional<int> mood;   // 1..5
    std::vector<std::string> tags;

    friend bool operator==(const JournalEntry &, const JournalEntry &) = default;
};

// What the journal list shows: all filters are optional and combine with AND.
struct JournalQuery
{
    std::string text;                 // full-text search; empty matches everything
    std::optional<std::string> tag;
    std::optional<int> mood;
    std::optional<LocalDate> from;    // inclusive, by the entry's created local date
    std::optional<LocalDate> to;      // inclusive
    int limit = 500;
};

} // namespace holdfast
