#include "model/CrisisLines.h"

#include <gtest/gtest.h>

#include <cctype>
#include <set>
#include <string>
#include <string_view>

using namespace holdfast;

namespace {

// The countries the issue asks for: where English, German, Spanish and French
// are mainly spoken.
constexpr std::string_view kRequiredCodes[] = {
    "US", "CA", "GB", "IE", "AU", "DE", "AT", "CH", "ES", "MX", "AR", "FR", "BE",
};

bool isIsoDate(std::string_view date)
{
    if (date.size() != 10 || date[4] != '-' || date[7] != '-')
        return false;
    for (std::size_t i = 0; i < date.size(); ++i) {
        if (i == 4 || i == 7)
            continue;
        if (!std::isdigit(static_cast<unsigned char>(date[i])))
            return false;
    }
    return true;
}

void expectCompleteLine(const CrisisLine &line, std::string_view where)
{
    SCOPED_TRACE(std::string(where) + " / " + std::string(line.name));
    EXPECT_FALSE(line.name.empty());
    EXPECT_FALSE(line.number.empty());
    EXPECT_TRUE(line.source.starts_with("https://")) << line.source;
    EXPECT_TRUE(isIsoDate(line.checked)) << line.checked;
    if (!line.website.empty()) {
        EXPECT_TRUE(line.website.starts_with("https://")) << line.website;
    }
}

} // namespace

TEST(CrisisLines, EveryRequiredCountryHasAnEmergencyNumberAndALine)
{
    for (std::string_view code : kRequiredCodes) {
        SCOPED_TRACE(std::string(code));
        const CrisisCountry *country = CrisisLines::forCountry(code);
        ASSERT_NE(country, nullptr);
        EXPECT_EQ(country->code, code);
        EXPECT_FALSE(country->emergency.empty());
        EXPECT_TRUE(country->emergencySource.starts_with("https://")) << country->emergencySource;
        EXPECT_FALSE(country->lines.empty());
    }
}

TEST(CrisisLines, EveryLineHasANumberASourceAndACheckedDate)
{
    for (const CrisisCountry &country : CrisisLines::all()) {
        EXPECT_FALSE(country.lines.empty()) << country.code;
        for (const CrisisLine &line : country.lines) {
            expectCompleteLine(line, country.code);
        }
    }
}

TEST(CrisisLines, LookupIgnoresCase)
{
    const CrisisCountry *upper = CrisisLines::forCountry("DE");
    ASSERT_NE(upper, nullptr);
    EXPECT_EQ(CrisisLines::forCountry("de"), upper);
    EXPECT_EQ(CrisisLines::forCountry("De"), upper);
    EXPECT_EQ(CrisisLines::forCountry("dE"), upper);
    EXPECT_EQ(CrisisLines::forCountry("gb"), CrisisLines::forCountry("GB"));
}

TEST(CrisisLines, AnUnknownCodeFallsBackToTheInternationalDirectory)
{
    EXPECT_EQ(CrisisLines::forCountry("ZZ"), nullptr);
    EXPECT_EQ(CrisisLines::forCountry(""), nullptr);
    EXPECT_EQ(CrisisLines::forCountry("D"), nullptr);
    EXPECT_EQ(CrisisLines::forCountry("DEU"), nullptr);

    const CrisisLine &directory = CrisisLines::internationalDirectory();
    EXPECT_FALSE(directory.name.empty());
    EXPECT_TRUE(directory.website.starts_with("https://")) << directory.website;
    EXPECT_TRUE(directory.source.starts_with("https://")) << directory.source;
    EXPECT_TRUE(isIsoDate(directory.checked)) << directory.checked;
}

TEST(CrisisLines, AllIsSortedByCodeWithoutDuplicates)
{
    const auto countries = CrisisLines::all();
    ASSERT_FALSE(countries.empty());
    std::set<std::string_view> seen;
    for (std::size_t i = 0; i < countries.size(); ++i) {
        const std::string_view code = countries[i].code;
        EXPECT_EQ(code.size(), 2u) << code;
        for (char c : code) {
            EXPECT_TRUE(c >= 'A' && c <= 'Z') << code;
        }
        EXPECT_TRUE(seen.insert(code).second) << "duplicate " << code;
        if (i > 0) {
            EXPECT_LT(countries[i - 1].code, code);
        }
    }
}

TEST(CrisisLines, ForCountryReturnsTheEntryFromAll)
{
    for (const CrisisCountry &country : CrisisLines::all()) {
        EXPECT_EQ(CrisisLines::forCountry(country.code), &country) << country.code;
    }
}
