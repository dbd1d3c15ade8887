#include "model/JournalText.h"

#include <gtest/gtest.h>

using namespace holdfast;

TEST(JournalTextTest, ThePreviewIsTheFirstLineWithWords)
{
    EXPECT_EQ(JournalText::firstLine("\n  \n  Went to the seaside.  \nIt was cold."), "Went to the seaside.");
    EXPECT_EQ(JournalText::firstLine("One line"), "One line");
    EXPECT_EQ(JournalText::firstLine(""), "");
    EXPECT_EQ(JournalText::firstLine(" \n\t\n"), "");
}

TEST(JournalTextTest, ThePreviewDropsMarkdownMarks)
{
    EXPECT_EQ(JournalText::firstLine("## What don't I miss?\n\nThe silence."), "What don't I miss?");
    EXPECT_EQ(JournalText::firstLine("> - quoted bullet"), "quoted bullet");
    EXPECT_EQ(JournalText::firstLine("#\n* \nReal text"), "Real text");
    EXPECT_EQ(JournalText::firstLine("-5 degrees today"), "-5 degrees today");
}

TEST(JournalTextTest, TagsAreTrimmedAndRepeatsDropped)
{
    EXPECT_EQ(JournalText::parseTags("calm, #Walk ,, calm, walk,  friends "),
              (std::vector<std::string>{"calm", "Walk", "friends"}));
    EXPECT_TRUE(JournalText::parseTags("").empty());
    EXPECT_TRUE(JournalText::parseTags(" , ,# ").empty());
    EXPECT_EQ(JournalText::parseTags("Café"), (std::vector<std::string>{"Café"}));
}

TEST(JournalTextTest, TagsRoundTripThroughTheField)
{
    const std::vector<std::string> tags{"calm", "long walk"};
    EXPECT_EQ(JournalText::joinTags(tags), "calm, long walk");
    EXPECT_EQ(JournalText::parseTags(JournalText::joinTags(tags)), tags);
}

TEST(JournalTextTest, WhitespaceOnlyIsBlank)
{
    EXPECT_TRUE(JournalText::isBlank(" \n\t "));
    EXPECT_TRUE(JournalText::isBlank(""));
    EXPECT_FALSE(JournalText::isBlank(" a "));
}
