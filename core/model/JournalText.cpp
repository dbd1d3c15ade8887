#include "JournalText.h"

#include <algorithm>

namespace holdfast {

namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

char asciiLower(char c)
{
    return (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c;
}

bool equalIgnoringAsciiCase(std::string_view a, std::string_view b)
{
    return std::equal(a.begin(), a.end(), b.begin(), b.end(),
                      [](char x, char y) { return asciiLower(x) == asciiLower(y); });
}

std::string_view withoutMarkdownMarks(std::string_view line)
{
    // Heading hashes, quote marks and list bullets, possibly nested ("> - x").
    for (;;) {
        line = JournalText::trimmed(line);
        if (line.empty())
            return line;
        const char c = line.front();
        if (c == '#' || c == '>') {
            const auto rest = line.find_first_not_of(c);
            line.remove_prefix(rest == std::string_view::npos ? line.size() : rest);
            continue;
        }
        if ((c == '-' || c == '*' || c == '+') && (line.size() == 1 || isSpace(line[1]))) {
            line.remove_prefix(1);
            continue;
        }
        return line;
    }
}

} // namespace

std::string JournalText::firstLine(std::string_view text)
{
    while (!text.empty()) {
        const auto end = text.find('\n');
        const std::string_view line = withoutMarkdownMarks(text.substr(0, end));
        if (!line.empty())
            return std::string(line);
        if (end == std::string_view::npos)
            break;
        text.remove_prefix(end + 1);
    }
    return {};
}

std::vector<std::string> JournalText::parseTags(std::string_view text)
{
    std::vector<std::string> tags;
    while (true) {
        const auto comma = text.find(',');
        std::string_view tag = JournalText::trimmed(text.substr(0, comma));
        if (!tag.empty() && tag.front() == '#')
            tag = JournalText::trimmed(tag.substr(1));
        if (!tag.empty()) {
            const bool seen = std::any_of(tags.begin(), tags.end(),
                                          [tag](const std::string &known) { return equalIgnoringAsciiCase(known, tag); });
            if (!seen)
                tags.emplace_back(tag);
        }
        if (comma == std::string_view::npos)
            break;
        text.remove_prefix(comma + 1);
    }
    return tags;
}

std::string JournalText::joinTags(const std::vector<std::string> &tags)
{
    std::string joined;
    for (const auto &tag : tags) {
        if (!joined.empty())
            joined += ", ";
        joined += tag;
    }
    return joined;
}

std::string_view JournalText::trimmed(std::string_view text)
{
    while (!text.empty() && isSpace(text.front()))
        text.remove_prefix(1);
    while (!text.empty() && isSpace(text.back()))
        text.remove_suffix(1);
    return text;
}

bool JournalText::isBlank(std::string_view text)
{
    return trimmed(text).empty();
}

} // namespace holdfast
