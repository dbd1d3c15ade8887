#pragma once

// Small text rules of the journal: the preview line the lists show, tags
// typed as comma-separated words, and what counts as an empty page. The core's
// one trim (check-in intentions, urge messages, triggers) is here too.

#include <string>
#include <string_view>
#include <vector>

namespace holdfast {

class JournalText
{
public:
    // The first line with words in it, trimmed and without the Markdown
    // marks a line may start with (#, >, -, *, +), e.g. "## Walk" -> "Walk".
    static std::string firstLine(std::string_view text);
    // "calm, #Walk ,, calm" -> {"calm", "Walk"}: trimmed, a leading '#'
    // dropped, empty ones dropped, repeats (ignoring ASCII case) dropped,
    // first spelling and order kept.
    static std::vector<std::string> parseTags(std::string_view text);
    // {"calm", "walk"} -> "calm, walk": what the tags field shows.
    static std::string joinTags(const std::vector<std::string> &tags);
    // Nothing but whitespace.
    static bool isBlank(std::string_view text);
    // Without the ASCII whitespace around it (the core has no Unicode tables).
    static std::string_view trimmed(std::string_view text);
};

} // namespace holdfast
