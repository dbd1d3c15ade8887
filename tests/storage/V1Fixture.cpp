#include "V1Fixture.h"

#include "StorageTestSupport.h"

#include <gtest/gtest.h>

#include <algorithm>

namespace holdfast::storage::test {

V1Fixture v1Fixture()
{
    const LocalDate day1{2026, 3, 27};
    const LocalDate day2{2026, 3, 28};
    V1Fixture f;

    f.unsent.push_back(UnsentMessage{1, localMoment(day1, 22, 5), localMoment(day1, 22, 20),
                                     "I miss you. I won't send this.", std::nullopt, localMoment(day2, 9, 0)});
    f.unsent.push_back(UnsentMessage{2, localMoment(day2, 23, 40), localMoment(day2, 23, 41), "Zoë — 🌙 لا بأس",
                                     std::nullopt, std::nullopt});

    UrgeRecord first;
    first.id = 1;
    first.start = localMoment(day1, 21, 0);
    first.end = localMoment(day1, 21, 20);
    first.samples = {{first.start.utcMs, 8}, {first.start.utcMs + 10 * kMsPerMinute, 9},
                     {first.start.utcMs + 20 * kMsPerMinute, 4}};
    first.triggers = {Trigger::SocialMedia, Trigger::NightTime};
    first.customTriggers = {"our song on the radio"};
    first.halt = HaltFlags{false, false, true, true};
    first.action = ActionKind::SupportPerson;
    first.actionId = 1;
    first.actionLabel = "Sam";
    first.unsentMessageId = 1;
    first.outcome = UrgeOutcome::Resisted;
    f.urges.push_back(first);

    UrgeRecord second;
    second.id = 2;
    second.start = localMoment(day2, 23, 30);
    second.samples = {{second.start.utcMs, 6}};
    second.triggers = {Trigger::Loneliness};
    second.outcome = UrgeOutcome::ReachedOut;
    second.note = "Sent one text. They didn't answer.";
    f.urges.push_back(second);

    f.contacts.push_back(ContactEvent{1, localMoment(day2, 23, 45), Initiator::Me, ContactChannel::Text, false,
                                      "one text", std::int64_t{2}});
    f.contacts.push_back(
        ContactEvent{2, localMoment(day2, 8, 15), Initiator::Them, ContactChannel::Call, false, "", std::nullopt});

    f.checkIns.push_back(CheckIn{day1, localMoment(day1, 8, 0), 2, 4, "Walk at lunch"});
    f.checkIns.push_back(CheckIn{day2, localMoment(day2, 7, 30), 3, 2, "Call Sam"});

    f.journal.push_back(JournalEntry{1, localMoment(day1, 22, 30), localMoment(day1, 22, 45),
                                     "Hard evening. Went for a walk to the café instead.", 2, {"evening", "walk"}});
    f.journal.push_back(JournalEntry{2, localMoment(day2, 9, 10), localMoment(day2, 9, 10),
                                     "Slept badly but I'm proud of yesterday.", 4, {"proud"}});

    f.reasons = {Reason{1, "I deserve someone who stays.", 0}, Reason{2, "Sleep again.", 1}};
    f.people = {SupportPerson{1, "Sam", "+49 170 0000000", "Evenings are fine", 0},
                SupportPerson{2, "Mum", "", "", 1}};
    f.activities = {Activity{1, "Walk around the block", 0}, Activity{2, "Cold shower", 1}};
    f.ifThenPlans = {IfThenPlan{1, Trigger::SocialMedia, "", "then I mute and call Sam", 0},
                     IfThenPlan{2, Trigger::Other, "payday drinks", "then I leave by ten", 1}};
    f.riskDates = {RiskDate{1, "Their birthday", LocalDate{1994, 7, 14}, true, "Plans with Sam", 0},
                   RiskDate{2, "Court date", LocalDate{2026, 5, 2}, false, "", 1}};

    f.settings.breakupDate = LocalDate{2026, 3, 1};
    f.settings.noContactSince = localMoment(day2, 23, 45);
    f.settings.weekStart = Weekday::Sunday;
    f.settings.morningReminderMinute = 7 * 60 + 30;
    f.settings.language = "de";
    f.settings.theme = Theme::Dark;
    f.settings.crisisText = "Telefonseelsorge 0800 111 0 111";
    f.settings.timerMinutes = 20;
    f.settings.extendMinutes = 10;
    f.settings.theirContactCountsOnlyIfReplied = false;
    f.settings.onboardingDone = true;
    f.settings.backupsToKeep = 5;
    f.settings.autoLockMinutes = 15;
    return f;
}

void writeV1Fixture(Store &store)
{
    const V1Fixture f = v1Fixture();
    auto fresh = [](auto item) {
        item.id = 0;
        return item;
    };
    // Messages first: an urge points to one.
    for (const auto &message : f.unsent)
        ASSERT_EQ(store.saveUnsentMessage(fresh(message)), message.id);
    for (const auto &urge : f.urges)
        ASSERT_EQ(store.saveUrge(fresh(urge)), urge.id);
    for (const auto &contact : f.contacts)
        ASSERT_EQ(store.addContact(fresh(contact)), contact.id);
    for (const auto &checkIn : f.checkIns)
        store.saveCheckIn(checkIn);
    for (const auto &entry : f.journal)
        ASSERT_EQ(store.saveJournalEntry(fresh(entry)), entry.id);
    for (const auto &reason : f.reasons)
        ASSERT_EQ(store.saveReason(fresh(reason)), reason.id);
    for (const auto &person : f.people)
        ASSERT_EQ(store.saveSupportPerson(fresh(person)), person.id);
    for (const auto &activity : f.activities)
        ASSERT_EQ(store.saveActivity(fresh(activity)), activity.id);
    for (const auto &plan : f.ifThenPlans)
        ASSERT_EQ(store.saveIfThenPlan(fresh(plan)), plan.id);
    for (const auto &riskDate : f.riskDates)
        ASSERT_EQ(store.saveRiskDate(fresh(riskDate)), riskDate.id);
    store.saveSettings(f.settings);
}

void expectV1Fixture(Store &store)
{
    const V1Fixture f = v1Fixture();
    EXPECT_EQ(store.urges(LocalDate{2026, 1, 1}, LocalDate{2026, 12, 31}), f.urges);
    EXPECT_EQ(store.contacts(), (std::vector<ContactEvent>{f.contacts[1], f.contacts[0]})); // oldest first
    EXPECT_EQ(store.checkIns(LocalDate{2026, 1, 1}, LocalDate{2026, 12, 31}), f.checkIns);
    std::vector<JournalEntry> newestFirst(f.journal.rbegin(), f.journal.rend());
    EXPECT_EQ(store.journalEntries({}), newestFirst);
    std::vector<UnsentMessage> unsentNewestFirst(f.unsent.rbegin(), f.unsent.rend());
    EXPECT_EQ(store.unsentMessages(), unsentNewestFirst);
    EXPECT_EQ(store.reasons(), f.reasons);
    EXPECT_EQ(store.supportPeople(), f.people);
    EXPECT_EQ(store.activities(), f.activities);
    EXPECT_EQ(store.ifThenPlans(), f.ifThenPlans);
    EXPECT_EQ(store.riskDates(), f.riskDates);
    EXPECT_EQ(store.settings(), f.settings);
    // The search index came along too.
    JournalQuery search;
    search.text = "cafe";
    const auto found = store.journalEntries(search);
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(found.front().id, 1);
}

} // namespace holdfast::storage::test
