#include "model/FixedClock.h"
#include "model/IdleLock.h"
#include "model/PassphraseCheck.h"
#include "model/UnlockThrottle.h"

#include <gtest/gtest.h>

using namespace holdfast;

namespace {

Moment noon()
{
    return Moment::fromUtc(LocalDate{2026, 11, 25}.dayNumber() * kMsPerDay + 11 * kMsPerHour, 60, "Europe/Berlin");
}

} // namespace

TEST(UnlockThrottleTest, AFirstTypoCostsNothingThenThePauseDoublesUpToACap)
{
    EXPECT_EQ(UnlockThrottle::delayAfter(1), 0);
    EXPECT_EQ(UnlockThrottle::delayAfter(2), 1000);
    EXPECT_EQ(UnlockThrottle::delayAfter(3), 2000);
    EXPECT_EQ(UnlockThrottle::delayAfter(4), 4000);
    EXPECT_EQ(UnlockThrottle::delayAfter(5), 8000);
    EXPECT_EQ(UnlockThrottle::delayAfter(7), UnlockThrottle::kMaxDelayMs);
    EXPECT_EQ(UnlockThrottle::delayAfter(1000), UnlockThrottle::kMaxDelayMs);
}

TEST(UnlockThrottleTest, WaitsOutThePauseOnThePinnedClock)
{
    FixedClock clock(noon());
    UnlockThrottle throttle(clock);
    EXPECT_TRUE(throttle.canTry());
    throttle.recordWrongTry();
    EXPECT_TRUE(throttle.canTry()); // one typo
    throttle.recordWrongTry();
    EXPECT_FALSE(throttle.canTry());
    EXPECT_EQ(throttle.remainingSeconds(), 1);
    clock.advanceMs(999);
    EXPECT_FALSE(throttle.canTry());
    clock.advanceMs(1);
    EXPECT_TRUE(throttle.canTry());
    throttle.recordWrongTry();
    EXPECT_EQ(throttle.remainingMs(), 2000);
    clock.advanceMs(500);
    EXPECT_EQ(throttle.remainingSeconds(), 2);
}

TEST(UnlockThrottleTest, TheRightPassphraseStartsAfresh)
{
    FixedClock clock(noon());
    UnlockThrottle throttle(clock);
    for (int i = 0; i < 4; ++i)
        throttle.recordWrongTry();
    EXPECT_FALSE(throttle.canTry());
    throttle.reset();
    EXPECT_TRUE(throttle.canTry());
    EXPECT_EQ(throttle.wrongTries(), 0);
    throttle.recordWrongTry();
    EXPECT_TRUE(throttle.canTry());
}

TEST(UnlockThrottleTest, AClockSetBackwardsNeverLengthensThePause)
{
    FixedClock clock(noon());
    UnlockThrottle throttle(clock);
    throttle.recordWrongTry();
    throttle.recordWrongTry();
    clock.advanceMs(-kMsPerHour);
    EXPECT_EQ(throttle.remainingMs(), 1000);
}

TEST(IdleLockTest, IsDueAfterTheSetMinutesWithoutInput)
{
    FixedClock clock(noon());
    IdleLock idle(clock);
    idle.setMinutes(5);
    EXPECT_FALSE(idle.isDue());
    clock.advanceMs(4 * kMsPerMinute);
    idle.noteActivity();
    clock.advanceMs(4 * kMsPerMinute);
    EXPECT_FALSE(idle.isDue());
    EXPECT_EQ(idle.msUntilDue(), kMsPerMinute);
    clock.advanceMs(kMsPerMinute);
    EXPECT_TRUE(idle.isDue());
}

TEST(IdleLockTest, ZeroMinutesIsNever)
{
    FixedClock clock(noon());
    IdleLock idle(clock);
    idle.setMinutes(0);
    clock.advanceMs(30 * kMsPerDay);
    EXPECT_FALSE(idle.isDue());
    EXPECT_EQ(idle.msUntilDue(), -1);
}

TEST(PassphraseCheckTest, NeedsEightCharactersTypedTheSameTwice)
{
    EXPECT_EQ(PassphraseCheck::check("", ""), PassphraseProblem::Empty);
    EXPECT_EQ(PassphraseCheck::check("short", "short"), PassphraseProblem::TooShort);
    EXPECT_EQ(PassphraseCheck::check("long enough", "long enougH"), PassphraseProblem::Mismatch);
    EXPECT_EQ(PassphraseCheck::check("long enough", "long enough"), PassphraseProblem::None);
    // Seven umlauts are seven characters, though fourteen bytes.
    EXPECT_EQ(PassphraseCheck::length("\xC3\xA4\xC3\xA4\xC3\xA4\xC3\xA4\xC3\xA4\xC3\xA4\xC3\xA4"), 7);
    EXPECT_EQ(PassphraseCheck::check("\xC3\xA4\xC3\xA4\xC3\xA4\xC3\xA4\xC3\xA4\xC3\xA4\xC3\xA4",
                                     "\xC3\xA4\xC3\xA4\xC3\xA4\xC3\xA4\xC3\xA4\xC3\xA4\xC3\xA4"),
              PassphraseProblem::TooShort);
}
