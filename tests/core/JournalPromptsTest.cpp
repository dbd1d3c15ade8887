#include "model/JournalPrompts.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <set>

using namespace holdfast;

namespace {

constexpr LocalDate kWednesday{2026, 11, 25};

std::set<JournalPrompt> asSet(const std::vector<JournalPrompt> &prompts)
{
    return {prompts.begin(), prompts.end()};
}

} // namespace

TEST(JournalPromptsTest, TheSameDayShowsTheSamePrompts)
{
    EXPECT_EQ(JournalPrompts::forDate(kWednesday, 3), JournalPrompts::forDate(kWednesday, 3));
}

TEST(JournalPromptsTest, ThePromptsOfOneDayAreDifferentFromEachOther)
{
    const auto prompts = JournalPrompts::forDate(kWednesday, 3);
    ASSERT_EQ(prompts.size(), 3u);
    EXPECT_EQ(asSet(prompts).size(), 3u);
}

TEST(JournalPromptsTest, TomorrowBringsNewPrompts)
{
    for (int day = -400; day < 400; ++day) {
        const LocalDate date = kWednesday.addDays(day);
        const auto today = asSet(JournalPrompts::forDate(date, 3));
        for (const JournalPrompt prompt : JournalPrompts::forDate(date.addDays(1), 3))
            EXPECT_EQ(today.count(prompt), 0u) << date.toIso();
    }
}

TEST(JournalPromptsTest, EveryPromptComesUpWithinFourDays)
{
    for (int start = -20; start < 20; ++start) {
        std::set<JournalPrompt> seen;
        for (int day = 0; day < 4; ++day) {
            for (const JournalPrompt prompt : JournalPrompts::forDate(kWednesday.addDays(start + day), 3))
                seen.insert(prompt);
        }
        EXPECT_EQ(seen.size(), kAllJournalPrompts.size());
    }
}

TEST(JournalPromptsTest, DatesBefore1970WorkToo)
{
    const auto prompts = JournalPrompts::forDate(LocalDate{1969, 12, 31}, 3);
    EXPECT_EQ(asSet(prompts).size(), 3u);
}

TEST(JournalPromptsTest, AskingForOthersShowsDifferentPrompts)
{
    const auto first = asSet(JournalPrompts::forDate(kWednesday, 3, 0));
    for (const JournalPrompt prompt : JournalPrompts::forDate(kWednesday, 3, 1))
        EXPECT_EQ(first.count(prompt), 0u);
}

TEST(JournalPromptsTest, AskingForMoreThanThereAreGivesEachOnce)
{
    const auto prompts = JournalPrompts::forDate(kWednesday, 50);
    EXPECT_EQ(prompts.size(), kAllJournalPrompts.size());
    EXPECT_EQ(asSet(prompts).size(), kAllJournalPrompts.size());
    EXPECT_TRUE(JournalPrompts::forDate(kWednesday, 0).empty());
}
