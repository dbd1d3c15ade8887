#include "model/UnsentReread.h"

#include <gtest/gtest.h>

using namespace holdfast;

namespace {

constexpr LocalDate kToday{2026, 11, 25};

UnsentMessage writtenOn(std::int64_t id, LocalDate date, int hour)
{
    UnsentMessage message;
    message.id = id;
    message.written = Moment::fromUtc(date.dayNumber() * kMsPerDay + hour * kMsPerHour, 0);
    message.updated = message.written;
    message.text = "I miss you";
    return message;
}

} // namespace

TEST(UnsentRereadTest, OffersYesterdaysMessagesOldestFirst)
{
    // The store lists newest first.
    const std::vector<UnsentMessage> messages{
        writtenOn(4, kToday, 8),
        writtenOn(3, kToday.addDays(-1), 23),
        writtenOn(2, kToday.addDays(-1), 21),
        writtenOn(1, kToday.addDays(-3), 20),
    };
    EXPECT_EQ(UnsentReread::dueOn(messages, kToday), (std::vector<std::int64_t>{2, 3}));
}

TEST(UnsentRereadTest, AMessageAlreadyRereadIsNotOfferedAgain)
{
    auto message = writtenOn(1, kToday.addDays(-1), 22);
    message.reread = Moment::fromUtc(kToday.dayNumber() * kMsPerDay, 0);
    EXPECT_TRUE(UnsentReread::dueOn({message}, kToday).empty());
}

TEST(UnsentRereadTest, NothingIsOfferedOnTheDayItWasWritten)
{
    EXPECT_TRUE(UnsentReread::dueOn({writtenOn(1, kToday, 7)}, kToday).empty());
}

TEST(UnsentRereadTest, OpeningOnALaterDayCountsAsRereading)
{
    EXPECT_TRUE(UnsentReread::opensAsReread(writtenOn(1, kToday.addDays(-1), 22), kToday));
    EXPECT_TRUE(UnsentReread::opensAsReread(writtenOn(1, kToday.addDays(-9), 22), kToday));
    EXPECT_FALSE(UnsentReread::opensAsReread(writtenOn(1, kToday, 7), kToday));

    auto reread = writtenOn(1, kToday.addDays(-2), 22);
    reread.reread = Moment::fromUtc(kToday.addDays(-1).dayNumber() * kMsPerDay, 0);
    EXPECT_FALSE(UnsentReread::opensAsReread(reread, kToday));
}
