// Importing the same file twice, or a file that overlaps what is stored,
// never makes duplicates: DataMerge keeps only what is new.

#include "RichDataSet.h"

#include "exchange/ImportPlan.h"
#include "model/DataMerge.h"

#include <gtest/gtest.h>

using namespace holdfast;
using namespace holdfast::exchange;

TEST(DataMerge, NothingIsNewWhenEverythingIsThere)
{
    const DataSet data = test::richDataSet();
    const MergeResult merged = DataMerge::withoutDuplicates(data, data);
    EXPECT_EQ(DataMerge::count(merged.toAdd).total(), 0u);
    EXPECT_EQ(merged.skipped, DataMerge::count(data));
}

TEST(DataMerge, EverythingIsNewForAnEmptyStore)
{
    const DataSet data = test::richDataSet();
    const MergeResult merged = DataMerge::withoutDuplicates(data, DataSet{});
    EXPECT_EQ(merged.toAdd.urges, data.urges);
    EXPECT_EQ(merged.toAdd.journalEntries, data.journalEntries);
    EXPECT_EQ(merged.toAdd.reasons, data.reasons);
    EXPECT_EQ(merged.skipped.total(), 0u);
}

TEST(DataMerge, IdentityIsPerKindNotById)
{
    const DataSet stored = test::richDataSet();
    DataSet incoming = stored;
    // Same records under other ids (another device's export) are still duplicates.
    for (auto &u : incoming.urges)
        u.id += 100;
    // An edited journal entry (other text, same instant) is a different entry.
    incoming.journalEntries[0].text += " (edited)";
    // A check-in for a day already checked in keeps the stored one.
    incoming.checkIns[0].mood = 1;
    // A new reason, and one that differs only by id.
    incoming.reasons.push_back({99, "A brand-new reason", 0});
    incoming.reasons[0].id = 77;

    const MergeResult merged = DataMerge::withoutDuplicates(incoming, stored);
    EXPECT_TRUE(merged.toAdd.urges.empty());
    ASSERT_EQ(merged.toAdd.journalEntries.size(), 1u);
    EXPECT_EQ(merged.toAdd.journalEntries[0].text, incoming.journalEntries[0].text);
    EXPECT_TRUE(merged.toAdd.checkIns.empty());
    ASSERT_EQ(merged.toAdd.reasons.size(), 1u);
    EXPECT_EQ(merged.toAdd.reasons[0].text, "A brand-new reason");
    // Placed after the stored reasons (positions 0 and 1).
    EXPECT_EQ(merged.toAdd.reasons[0].position, 2);
    EXPECT_EQ(merged.skipped.urges, 2u);
    EXPECT_EQ(merged.skipped.checkIns, 2u);
}

TEST(DataMerge, DuplicatesInsideOneImportAreDroppedToo)
{
    DataSet incoming;
    incoming.checkIns = {CheckIn{{2026, 1, 1}, {}, 4, 3, "first"}, CheckIn{{2026, 1, 1}, {}, 2, 3, "second"}};
    const MergeResult merged = DataMerge::withoutDuplicates(incoming, DataSet{});
    ASSERT_EQ(merged.toAdd.checkIns.size(), 1u);
    EXPECT_EQ(merged.toAdd.checkIns[0].intention, "first");
}

TEST(DataMerge, SettingsStayAsStored)
{
    DataSet incoming = test::richDataSet();
    DataSet stored;
    stored.settings.timerMinutes = 42;
    EXPECT_EQ(DataMerge::withoutDuplicates(incoming, stored).toAdd.settings.timerMinutes, 42);
}

TEST(ImportPlanTest, ReplaceWritesTheWholeFileAndSkipsNothing)
{
    const DataSet data = test::richDataSet();
    const ImportPlan plan = ImportPlan::make(data, ImportMode::Replace, data);
    EXPECT_EQ(plan.incoming, data);
    EXPECT_EQ(plan.removing, DataMerge::count(data));
    EXPECT_EQ(plan.mode, ImportMode::Replace);
    EXPECT_EQ(plan.adding, DataMerge::count(data));
    EXPECT_EQ(plan.skipped.total(), 0u);
}

TEST(DataMerge, AContactMarkedOtherwiseIsADifferentContact)
{
    const DataSet stored = test::richDataSet();
    DataSet incoming;
    incoming.contacts = stored.contacts;
    incoming.contacts[0].purpose = ContactPurpose::Logistics; // was personal
    const MergeResult merged = DataMerge::withoutDuplicates(incoming, stored);
    ASSERT_EQ(merged.toAdd.contacts.size(), 1u);
    EXPECT_EQ(merged.toAdd.contacts[0].purpose, ContactPurpose::Logistics);
    EXPECT_EQ(merged.skipped.contacts, 1u);
}

TEST(DataMerge, ALookBackForADayAlreadyLookedBackOnKeepsTheStoredOne)
{
    const DataSet stored = test::richDataSet();
    DataSet incoming;
    LookBack sameDay = stored.lookBacks[0];
    sameDay.hardness = 1;
    sameDay.helped = "written on another computer";
    LookBack newDay = stored.lookBacks[0];
    newDay.date = newDay.date.addDays(-1);
    incoming.lookBacks = {sameDay, newDay};

    const MergeResult merged = DataMerge::withoutDuplicates(incoming, stored);
    ASSERT_EQ(merged.toAdd.lookBacks.size(), 1u);
    EXPECT_EQ(merged.toAdd.lookBacks[0], newDay);
    EXPECT_EQ(merged.skipped.lookBacks, 1u);
    EXPECT_EQ(DataMerge::count(merged.toAdd).lookBacks, 1u);
}
