#pragma once

// A small built-in table of crisis lines for the crisis card: for each
// country it holds, the general emergency number and at least one national
// crisis line, each with the URL where it was confirmed and the date it was
// checked. For every other country the card points to an international
// directory. The country is an ISO 3166-1 alpha-2 code; the app passes the
// system's country (or the one chosen in Settings). The data lives in
// CrisisLines.cpp and is listed, with its sources, in docs/CRISIS_LINES.md;
// the two change together.

#include <span>
#include <string_view>

namespace holdfast {

struct CrisisLine
{
    std::string_view name;    // the line's own name, not translated ("Samaritans", "TelefonSeelsorge")
    std::string_view number;  // as dialled in that country, with the usual spacing ("116 123")
    std::string_view website; // may be empty
    std::string_view source;  // where the number was confirmed (URL)
    std::string_view checked; // ISO date the source was checked, "2026-12-07"
};

struct CrisisCountry
{
    std::string_view code;      // ISO 3166-1 alpha-2, upper case ("DE")
    std::string_view emergency; // the general emergency number ("112")
    std::string_view emergencySource;
    std::span<const CrisisLine> lines; // at least one
};

class CrisisLines
{
public:
    // The entry for an ISO 3166-1 alpha-2 code (case-insensitive); nullptr when the table has none.
    static const CrisisCountry *forCountry(std::string_view code);
    static std::span<const CrisisCountry> all();       // sorted by code
    static const CrisisLine &internationalDirectory(); // for every other country
};

} // namespace holdfast
