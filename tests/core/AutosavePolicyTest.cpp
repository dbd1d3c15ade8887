#include "model/AutosavePolicy.h"

#include <gtest/gtest.h>

using namespace holdfast;
using Status = AutosavePolicy::Status;

TEST(AutosavePolicyTest, ANewBlankPageIsNeverStored)
{
    AutosavePolicy policy;
    policy.open(false);
    EXPECT_FALSE(policy.needsSave(true));
    policy.edit(); // typed a space, or typed and erased again
    EXPECT_FALSE(policy.needsSave(true));
    EXPECT_EQ(policy.status(), Status::Editing);
}

TEST(AutosavePolicyTest, ANewPageIsStoredOnceItHoldsSomething)
{
    AutosavePolicy policy;
    policy.open(false);
    policy.edit();
    EXPECT_TRUE(policy.needsSave(false));
    policy.saveSucceeded();
    EXPECT_TRUE(policy.isStored());
    EXPECT_FALSE(policy.needsSave(false));
    EXPECT_EQ(policy.status(), Status::Saved);
}

TEST(AutosavePolicyTest, NothingIsWrittenWhenNothingChanged)
{
    AutosavePolicy policy;
    policy.open(true);
    EXPECT_EQ(policy.status(), Status::Clean);
    EXPECT_FALSE(policy.needsSave(false));
}

TEST(AutosavePolicyTest, EmptyingAStoredEntryIsSavedToo)
{
    // Only deleting removes an entry; clearing its text is an edit like any other.
    AutosavePolicy policy;
    policy.open(true);
    policy.edit();
    EXPECT_TRUE(policy.needsSave(true));
}

TEST(AutosavePolicyTest, AFailedSaveStaysDueAndTheErrorStaysUntilASaveWorks)
{
    AutosavePolicy policy;
    policy.open(false);
    policy.edit();
    policy.saveFailed(StoreError::Kind::DiskFull);
    EXPECT_EQ(policy.status(), Status::Failed);
    EXPECT_EQ(policy.error(), StoreError::Kind::DiskFull);
    EXPECT_TRUE(policy.isDirty());
    EXPECT_FALSE(policy.isStored());
    EXPECT_TRUE(policy.needsSave(false));

    policy.edit();
    EXPECT_EQ(policy.status(), Status::Failed);
    policy.saveSucceeded();
    EXPECT_EQ(policy.status(), Status::Saved);
    EXPECT_FALSE(policy.error().has_value());
    EXPECT_FALSE(policy.isDirty());
}

TEST(AutosavePolicyTest, TypingAfterASaveIsDueAgain)
{
    AutosavePolicy policy;
    policy.open(true);
    policy.edit();
    policy.saveSucceeded();
    policy.edit();
    EXPECT_EQ(policy.status(), Status::Editing);
    EXPECT_TRUE(policy.needsSave(false));
}

TEST(AutosavePolicyTest, OpeningAnotherRecordStartsClean)
{
    AutosavePolicy policy;
    policy.open(false);
    policy.edit();
    policy.saveFailed(StoreError::Kind::ReadOnly);
    policy.open(true);
    EXPECT_EQ(policy.status(), Status::Clean);
    EXPECT_FALSE(policy.isDirty());
    EXPECT_FALSE(policy.error().has_value());
}
