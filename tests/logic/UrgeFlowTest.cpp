#include "model/FixedClock.h"
#include "model/NoContactCounter.h"
#include "model/ReminderRotation.h"
#include "model/UrgeFlow.h"
#include "model/UrgeFlowView.h"
#include "support/TestStore.h"
#include "support/WatchedStore.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <set>
#include <utility>
#include <vector>

using namespace holdfast;
using holdfast::testing::TestStore;
using holdfast::testing::WatchedStore;

namespace {

// Saturday 2026-03-14, 21:30 in Berlin (UTC+1).
const Moment kStart = Moment::fromUtc(LocalDate{2026, 3, 14}.dayNumber() * kMsPerDay + 20 * kMsPerHour + 30 * kMsPerMinute,
                                      60, "Europe/Berlin");

class RecordingView : public UrgeFlowView
{
public:
    void showStep(UrgeStep step) override { steps.push_back(step); }
    void showMessage(UrgeFlowMessage message, std::optional<StoreError::Kind> storeError) override
    {
        messages.emplace_back(message, storeError);
    }
    void timerChanged(std::int64_t remainingMs, std::int64_t totalMs) override
    {
        timers.emplace_back(remainingMs, totalMs);
    }
    void showStrongUrgeNote(const std::optional<StrongUrgeNote> &note) override { notes.push_back(note); }
    void announceStored(UrgeFlowStored stored) override { announced.push_back(stored); }

    bool saw(UrgeFlowMessage message) const
    {
        return std::any_of(messages.begin(), messages.end(), [&](const auto &m) { return m.first == message; });
    }
    int count(UrgeFlowMessage message) const
    {
        return int(std::count_if(messages.begin(), messages.end(), [&](const auto &m) { return m.first == message; }));
    }

    std::vector<UrgeStep> steps;
    std::vector<std::pair<UrgeFlowMessage, std::optional<StoreError::Kind>>> messages;
    std::vector<std::pair<std::int64_t, std::int64_t>> timers;
    std::vector<std::optional<StrongUrgeNote>> notes;
    std::vector<UrgeFlowStored> announced;
};

class UrgeFlowTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_sam = store.saveSupportPerson({0, "Sam", "+49 170 1234567", "always picks up", 0});
        m_alex = store.saveSupportPerson({0, "Alex", "@alex", "", 1});
        m_mum = store.saveSupportPerson({0, "Mum", "+49 30 987654", "", 2});
        m_walk = store.saveActivity({0, "Go for a walk", 0});
        m_gym = store.saveActivity({0, "Gym", 1});
        store.saveReason({0, "They never asked how my day was.", 0});
        store.saveReason({0, "I sleep better now.", 1});
        store.resetCounts();
    }

    void advanceMinutes(int minutes) { clock.advanceMs(minutes * kMsPerMinute); }
    void advanceSeconds(int seconds) { clock.advanceMs(seconds * 1000LL); }

    // The single urge in the store.
    UrgeRecord storedUrge() const
    {
        const auto urges = store.stored().urges;
        EXPECT_EQ(urges.size(), 1u);
        return urges.empty() ? UrgeRecord{} : urges.front();
    }

    FixedClock clock{kStart};
    TestStore<WatchedStore> folder{&clock};
    WatchedStore &store = *folder;
    RecordingView view;
    UrgeFlow flow{store, clock, view};
    std::int64_t m_sam = 0;
    std::int64_t m_alex = 0;
    std::int64_t m_mum = 0;
    std::int64_t m_walk = 0;
    std::int64_t m_gym = 0;
};

// --- opening -----------------------------------------------------------------

TEST_F(UrgeFlowTest, OpensOnStepOneWithoutTouchingTheStore)
{
    TestStore<WatchedStore> untouched{&clock};
    RecordingView freshView;
    UrgeFlow fresh(*untouched, clock, freshView);
    EXPECT_TRUE(freshView.steps.empty());

    fresh.start();
    EXPECT_EQ(untouched->calls(), 0);
    EXPECT_EQ(fresh.step(), UrgeStep::NameIt);
    EXPECT_EQ(freshView.steps, std::vector<UrgeStep>{UrgeStep::NameIt});
    EXPECT_EQ(fresh.record().start, kStart);

    // Ticking boxes on the first page is not yet a reason to write.
    fresh.setTrigger(Trigger::NightTime, true);
    fresh.addCustomTrigger("their new profile picture");
    fresh.setHalt({.hungry = false, .angry = false, .lonely = true, .tired = true});
    fresh.start(); // a second start changes nothing
    EXPECT_EQ(untouched->calls(), 0);
    EXPECT_EQ(freshView.steps.size(), 1u);
}

TEST_F(UrgeFlowTest, NothingHappensBeforeStart)
{
    flow.rateIntensity(7);
    flow.next();
    flow.decideNow();
    flow.resisted(3);
    flow.close();
    EXPECT_EQ(store.calls(), 0);
    EXPECT_TRUE(view.steps.empty());
    EXPECT_TRUE(flow.record().samples.empty());
}

TEST_F(UrgeFlowTest, FirstRatingIsTheFirstWrite)
{
    flow.start();
    advanceSeconds(5);
    flow.rateIntensity(8);

    EXPECT_EQ(store.callCount("saveUrge"), 1);
    const auto urge = storedUrge();
    EXPECT_NE(urge.id, 0);
    EXPECT_EQ(urge.id, flow.record().id);
    EXPECT_EQ(urge.samples, (std::vector<IntensitySample>{{kStart.utcMs + 5000, 8}}));
    EXPECT_EQ(urge.outcome, UrgeOutcome::Open);
    EXPECT_FALSE(urge.end.has_value());
}

// --- the whole flow -------------------------------------------------------------

TEST_F(UrgeFlowTest, WholeFlowEndingInResistedStoresEverything)
{
    flow.start();
    flow.rateIntensity(9);
    flow.setTrigger(Trigger::SocialMedia, true);
    flow.setTrigger(Trigger::NightTime, true);
    flow.addCustomTrigger("  their new car  ");
    flow.setHalt({.hungry = false, .angry = false, .lonely = true, .tired = true});
    flow.next();
    EXPECT_EQ(flow.step(), UrgeStep::DoOneThing);
    EXPECT_EQ(storedUrge().triggers, (std::vector<Trigger>{Trigger::SocialMedia, Trigger::NightTime}));

    ASSERT_TRUE(flow.chooseSupportPerson(m_alex));
    advanceMinutes(1);
    flow.next();
    EXPECT_EQ(flow.step(), UrgeStep::WaitItOut);

    advanceMinutes(5);
    flow.rateIntensity(7);
    advanceMinutes(10);
    flow.rateIntensity(4);
    flow.next();
    EXPECT_EQ(flow.step(), UrgeStep::WriteItInstead);

    flow.setMessageText("I saw the photos. I miss you.");
    advanceMinutes(2);
    flow.next();
    EXPECT_EQ(flow.step(), UrgeStep::Decide);
    advanceMinutes(1);
    const Moment decidedAt = clock.now();
    flow.resisted(2);

    EXPECT_EQ(flow.step(), UrgeStep::Done);
    EXPECT_EQ(view.steps, (std::vector<UrgeStep>{UrgeStep::NameIt, UrgeStep::DoOneThing, UrgeStep::WaitItOut,
                                                 UrgeStep::WriteItInstead, UrgeStep::Decide, UrgeStep::Done}));
    EXPECT_TRUE(view.saw(UrgeFlowMessage::ProofOfStrength));
    EXPECT_FALSE(view.saw(UrgeFlowMessage::SaveFailed));

    const auto urge = storedUrge();
    EXPECT_EQ(urge, flow.record());
    EXPECT_EQ(urge.start, kStart);
    ASSERT_TRUE(urge.end.has_value());
    EXPECT_EQ(*urge.end, decidedAt);
    EXPECT_EQ(urge.outcome, UrgeOutcome::Resisted);
    EXPECT_EQ(urge.triggers, (std::vector<Trigger>{Trigger::SocialMedia, Trigger::NightTime}));
    EXPECT_EQ(urge.customTriggers, std::vector<std::string>{"their new car"});
    EXPECT_EQ(urge.halt, (HaltFlags{.hungry = false, .angry = false, .lonely = true, .tired = true}));
    EXPECT_EQ(urge.action, ActionKind::SupportPerson);
    EXPECT_EQ(urge.actionId, m_alex);
    EXPECT_EQ(urge.actionLabel, "Alex");
    const std::int64_t t0 = kStart.utcMs;
    EXPECT_EQ(urge.samples, (std::vector<IntensitySample>{{t0, 9},
                                                          {t0 + 6 * kMsPerMinute, 7},
                                                          {t0 + 16 * kMsPerMinute, 4},
                                                          {t0 + 19 * kMsPerMinute, 2}}));
    EXPECT_EQ(urge.startIntensity(), 9);
    EXPECT_EQ(urge.finalIntensity(), 2);

    const auto messages = store.stored().unsentMessages;
    ASSERT_EQ(messages.size(), 1u);
    EXPECT_EQ(messages[0].text, "I saw the photos. I miss you.");
    EXPECT_EQ(messages[0].urgeId, urge.id);
    EXPECT_EQ(urge.unsentMessageId, messages[0].id);
    EXPECT_TRUE(store.stored().contacts.empty());
    EXPECT_FALSE(flow.hasUnsavedChanges());
}

TEST_F(UrgeFlowTest, SkippingEveryStepFinishesWithoutADecision)
{
    flow.start();
    for (int i = 0; i < 5; ++i)
        flow.next();

    EXPECT_EQ(flow.step(), UrgeStep::Done);
    EXPECT_EQ(view.steps, (std::vector<UrgeStep>{UrgeStep::NameIt, UrgeStep::DoOneThing, UrgeStep::WaitItOut,
                                                 UrgeStep::WriteItInstead, UrgeStep::Decide, UrgeStep::Done}));
    const auto urge = storedUrge();
    EXPECT_EQ(urge.outcome, UrgeOutcome::Open);
    EXPECT_TRUE(urge.end.has_value());
    EXPECT_TRUE(urge.samples.empty());
    EXPECT_TRUE(urge.triggers.empty());
    EXPECT_EQ(urge.action, ActionKind::None);
    EXPECT_FALSE(urge.unsentMessageId.has_value());
    EXPECT_TRUE(store.stored().unsentMessages.empty());
    EXPECT_TRUE(store.stored().contacts.empty());
    // Skipping is not resisting or failing: no verdict either way.
    EXPECT_FALSE(view.saw(UrgeFlowMessage::ProofOfStrength));
    EXPECT_FALSE(view.saw(UrgeFlowMessage::SelfCompassion));
}

TEST_F(UrgeFlowTest, EveryStepChangeLeavesTheStoreUpToDate)
{
    flow.start();
    flow.setTrigger(Trigger::Boredom, true);
    flow.next();
    EXPECT_EQ(storedUrge().triggers, std::vector<Trigger>{Trigger::Boredom});
    flow.back();
    flow.setTrigger(Trigger::Alcohol, true);
    flow.next();
    EXPECT_EQ(storedUrge().triggers, (std::vector<Trigger>{Trigger::Alcohol, Trigger::Boredom}));
    EXPECT_EQ(store.stored().urges.size(), 1u); // updated, never inserted twice
}

// --- navigation -----------------------------------------------------------------

TEST_F(UrgeFlowTest, BackReturnsToThePreviousStepAndKeepsWhatWasEntered)
{
    flow.start();
    EXPECT_FALSE(flow.canGoBack());
    flow.back();
    EXPECT_EQ(flow.step(), UrgeStep::NameIt);
    EXPECT_EQ(store.calls(), 0);

    flow.rateIntensity(6);
    flow.setTrigger(Trigger::Memory, true);
    flow.next();
    flow.next();
    EXPECT_EQ(flow.step(), UrgeStep::WaitItOut);
    flow.back();
    EXPECT_EQ(flow.step(), UrgeStep::DoOneThing);
    flow.back();
    EXPECT_EQ(flow.step(), UrgeStep::NameIt);
    EXPECT_FALSE(flow.canGoBack());
    EXPECT_EQ(flow.record().triggers, std::vector<Trigger>{Trigger::Memory});
    EXPECT_EQ(flow.record().startIntensity(), 6);
    EXPECT_EQ(view.steps.back(), UrgeStep::NameIt);
}

TEST_F(UrgeFlowTest, DecideCanBeReachedFromAnyStepAndBackReturnsToWhereTheUserWas)
{
    flow.start();
    flow.decideNow();
    EXPECT_EQ(flow.step(), UrgeStep::Decide);
    EXPECT_EQ(store.stored().urges.size(), 1u); // leaving step one records the urge
    flow.back();
    EXPECT_EQ(flow.step(), UrgeStep::NameIt);

    flow.next();
    flow.next();
    EXPECT_EQ(flow.step(), UrgeStep::WaitItOut);
    flow.decideNow();
    EXPECT_EQ(flow.step(), UrgeStep::Decide);
    flow.decideNow(); // already there
    flow.back();
    EXPECT_EQ(flow.step(), UrgeStep::WaitItOut);
}

TEST_F(UrgeFlowTest, AfterDoneEveryCallIsANoOp)
{
    flow.start();
    flow.rateIntensity(5);
    flow.decideNow();
    flow.resisted(1);
    const auto record = flow.record();
    const int writes = store.writes();
    const auto steps = view.steps;
    const auto messages = view.messages;

    flow.next();
    flow.back();
    flow.decideNow();
    flow.rateIntensity(10);
    flow.setTrigger(Trigger::Alcohol, true);
    flow.addCustomTrigger("late");
    EXPECT_FALSE(flow.chooseActivity(m_walk));
    flow.setMessageText("one more thing");
    flow.extendTimer();
    flow.reachedOut();
    flow.theyContactedMe(true);
    flow.resisted(9);
    flow.close();

    EXPECT_EQ(flow.step(), UrgeStep::Done);
    EXPECT_EQ(flow.record(), record);
    EXPECT_EQ(store.writes(), writes);
    EXPECT_EQ(view.steps, steps);
    EXPECT_EQ(view.messages, messages);
    EXPECT_TRUE(store.stored().contacts.empty());
}

// --- deciding ---------------------------------------------------------------------

TEST_F(UrgeFlowTest, ReachingOutLogsMyContactAndAnswersWithSelfCompassion)
{
    flow.start();
    flow.rateIntensity(10);
    flow.decideNow();
    advanceMinutes(3);
    flow.reachedOut(ContactChannel::Call, "They didn't pick up.");

    const auto urge = storedUrge();
    EXPECT_EQ(urge.outcome, UrgeOutcome::ReachedOut);
    EXPECT_EQ(urge.note, "They didn't pick up.");
    const auto contacts = store.stored().contacts;
    ASSERT_EQ(contacts.size(), 1u);
    EXPECT_EQ(contacts[0].initiator, Initiator::Me);
    EXPECT_EQ(contacts[0].channel, ContactChannel::Call);
    EXPECT_EQ(contacts[0].urgeId, urge.id);
    EXPECT_EQ(contacts[0].at.utcMs, kStart.utcMs + 3 * kMsPerMinute);
    EXPECT_TRUE(view.saw(UrgeFlowMessage::SelfCompassion));
    EXPECT_FALSE(view.saw(UrgeFlowMessage::ProofOfStrength));
    EXPECT_EQ(view.steps.back(), UrgeStep::Done);
}

TEST_F(UrgeFlowTest, ReachingOutDefaultsToAText)
{
    flow.start();
    flow.decideNow();
    flow.reachedOut();
    ASSERT_EQ(store.stored().contacts.size(), 1u);
    EXPECT_EQ(store.stored().contacts[0].channel, ContactChannel::Text);
}

// --- kinds of urge ------------------------------------------------------------

TEST_F(UrgeFlowTest, TheKindChosenOnStepOneIsStoredWithTheUrge)
{
    flow.start();
    EXPECT_EQ(flow.kind(), UrgeKind::Message); // the way in is "I want to text my ex"
    flow.setKind(UrgeKind::Look);
    flow.next();
    EXPECT_EQ(storedUrge().kind, UrgeKind::Look);

    // Changed on the way back, it is stored with the next step change.
    flow.back();
    flow.setKind(UrgeKind::Go);
    flow.next();
    EXPECT_EQ(storedUrge().kind, UrgeKind::Go);
}

TEST_F(UrgeFlowTest, ChoosingOnlyAKindAndClosingStillKeepsTheUrge)
{
    flow.start();
    flow.setKind(UrgeKind::Look);
    flow.close();
    const auto urge = storedUrge();
    EXPECT_EQ(urge.kind, UrgeKind::Look);
    EXPECT_EQ(urge.outcome, UrgeOutcome::Open);
}

TEST_F(UrgeFlowTest, ALookThatWentPastIsLoggedButDoesNotRestartTheCounter)
{
    Settings settings;
    settings.noContactSince = Moment::fromUtc(kStart.utcMs - 10 * kMsPerDay, 60, "Europe/Berlin");
    store.saveSettings(settings);
    flow.start();
    flow.setKind(UrgeKind::Look);
    flow.rateIntensity(8);
    flow.decideNow();
    advanceMinutes(4);
    // The dialog's "I looked"; even the message urge's "I reached out" call logs no contact for a look.
    flow.reachedOut(ContactChannel::SocialMedia, "Scrolled their photos.");

    const auto urge = storedUrge();
    EXPECT_EQ(urge.kind, UrgeKind::Look);
    EXPECT_EQ(urge.outcome, UrgeOutcome::ReachedOut);
    EXPECT_EQ(urge.note, "Scrolled their photos.");
    EXPECT_TRUE(store.stored().contacts.empty());
    EXPECT_TRUE(view.saw(UrgeFlowMessage::WentPastCounterKept));
    EXPECT_FALSE(view.saw(UrgeFlowMessage::SelfCompassion));
    const auto counter = NoContactCounter::fromSettings(store.settings(), store.contacts(), clock.now().utcMs);
    EXPECT_EQ(counter.attempts(), 1);
    EXPECT_EQ(counter.currentMs(), 10 * kMsPerDay + 4 * kMsPerMinute);
}

TEST_F(UrgeFlowTest, OnlyAPullThatCameToContactRestartsTheCounter)
{
    struct Case
    {
        UrgeKind kind;
        std::optional<ContactChannel> contact;
        bool logsContact;
    };
    const std::vector<Case> cases{
        {UrgeKind::Message, ContactChannel::Text, true},
        {UrgeKind::Look, std::nullopt, false},
        {UrgeKind::Look, ContactChannel::SocialMedia, true}, // looked, then wrote to them
        {UrgeKind::Go, std::nullopt, false},
        {UrgeKind::Go, ContactChannel::InPerson, true},      // went, and they met
        {UrgeKind::Other, std::nullopt, false},
    };
    for (const auto &c : cases) {
        SCOPED_TRACE(::testing::Message() << "kind=" << urgeKindKey(c.kind) << " contact=" << c.contact.has_value());
        FixedClock caseClock{kStart};
        TestStore<> caseFolder{&caseClock};
        storage::SqliteStore &caseStore = *caseFolder;
        Settings settings;
        settings.noContactSince = Moment::fromUtc(kStart.utcMs - kMsPerDay, 60, "Europe/Berlin");
        caseStore.saveSettings(settings);
        RecordingView caseView;
        UrgeFlow caseFlow(caseStore, caseClock, caseView);
        caseFlow.start();
        caseFlow.setKind(c.kind);
        caseFlow.decideNow();
        caseFlow.wentPast("", c.contact);

        const auto contacts = caseStore.contacts();
        ASSERT_EQ(contacts.size(), c.logsContact ? 1u : 0u);
        const auto counter = NoContactCounter::fromSettings(caseStore.settings(), contacts, caseClock.now().utcMs);
        EXPECT_EQ(counter.attempts(), c.logsContact ? 2 : 1);
        EXPECT_EQ(caseView.saw(UrgeFlowMessage::SelfCompassion), c.logsContact);
        EXPECT_EQ(caseView.saw(UrgeFlowMessage::WentPastCounterKept), !c.logsContact);
        const auto urges = caseStore.everything().urges;
        ASSERT_EQ(urges.size(), 1u);
        EXPECT_EQ(urges[0].kind, c.kind);
        EXPECT_EQ(urges[0].outcome, UrgeOutcome::ReachedOut);
        if (c.logsContact) {
            EXPECT_EQ(contacts[0].initiator, Initiator::Me);
            EXPECT_EQ(contacts[0].channel, *c.contact);
            EXPECT_EQ(contacts[0].urgeId, urges[0].id);
        }
    }
}

TEST(UrgeKinds, KeysAndFirstMovesFollowTheKind)
{
    for (const UrgeKind kind : kAllUrgeKinds)
        EXPECT_EQ(urgeKindFromKey(urgeKindKey(kind)), kind);
    EXPECT_EQ(urgeKindKey(UrgeKind::Look), "look");
    EXPECT_EQ(urgeKindFromKey("text"), std::nullopt);
    // Looking: close the tab, mute if they choose. Going: stay, or go elsewhere.
    EXPECT_EQ(firstMoveFor(UrgeKind::Look), UrgeFirstMove::CloseAndMute);
    EXPECT_EQ(firstMoveFor(UrgeKind::Go), UrgeFirstMove::StayOrGoElsewhere);
    EXPECT_EQ(firstMoveFor(UrgeKind::Message), std::nullopt);
    EXPECT_EQ(firstMoveFor(UrgeKind::Other), std::nullopt);
    EXPECT_TRUE(actingIsContact(UrgeKind::Message));
    EXPECT_FALSE(actingIsContact(UrgeKind::Look));
    EXPECT_FALSE(actingIsContact(UrgeKind::Go));
    EXPECT_FALSE(actingIsContact(UrgeKind::Other));
}

// One run of "they contacted me" under a given policy.
struct TheirContactCase
{
    bool countsOnlyIfReplied;
    bool replied;
    UrgeFlowMessage expected;
};

TEST(UrgeFlowTheirContact, RestartsTheCounterOnlyAsTheSettingsSay)
{
    const std::vector<TheirContactCase> cases{
        {true, false, UrgeFlowMessage::TheirContactKeptCounter},
        {true, true, UrgeFlowMessage::TheirContactRestartedCounter},
        {false, false, UrgeFlowMessage::TheirContactRestartedCounter},
        {false, true, UrgeFlowMessage::TheirContactRestartedCounter},
    };
    for (const auto &c : cases) {
        SCOPED_TRACE(::testing::Message() << "onlyIfReplied=" << c.countsOnlyIfReplied << " replied=" << c.replied);
        FixedClock clock{kStart};
        TestStore<> folder{&clock};
        storage::SqliteStore &store = *folder;
        Settings settings;
        settings.theirContactCountsOnlyIfReplied = c.countsOnlyIfReplied;
        store.saveSettings(settings);
        RecordingView view;
        UrgeFlow flow(store, clock, view);
        flow.start();
        flow.setTrigger(Trigger::TheyContactedMe, true);
        flow.decideNow();
        flow.theyContactedMe(c.replied, ContactChannel::SocialMedia);

        EXPECT_TRUE(view.saw(c.expected));
        EXPECT_EQ(view.count(UrgeFlowMessage::TheirContactKeptCounter)
                      + view.count(UrgeFlowMessage::TheirContactRestartedCounter),
                  1);
        const auto contacts = store.contacts();
        ASSERT_EQ(contacts.size(), 1u);
        EXPECT_EQ(contacts[0].initiator, Initiator::Them);
        EXPECT_EQ(contacts[0].replied, c.replied);
        EXPECT_EQ(contacts[0].channel, ContactChannel::SocialMedia);
        const auto urges = store.everything().urges;
        ASSERT_EQ(urges.size(), 1u);
        EXPECT_EQ(contacts[0].urgeId, urges[0].id);
        EXPECT_EQ(urges[0].outcome, UrgeOutcome::TheyContactedMe);
    }
}

TEST_F(UrgeFlowTest, ResistingWithoutAFinalRatingKeepsTheCurveAsItWas)
{
    flow.start();
    flow.rateIntensity(6);
    flow.decideNow();
    advanceMinutes(1);
    flow.resisted(std::nullopt);
    EXPECT_EQ(storedUrge().samples.size(), 1u);
    EXPECT_EQ(storedUrge().outcome, UrgeOutcome::Resisted);
    EXPECT_TRUE(view.saw(UrgeFlowMessage::ProofOfStrength));
}

// --- closing ------------------------------------------------------------------------

TEST_F(UrgeFlowTest, ClosingMidwayStoresWhatWasEnteredAsOpen)
{
    flow.start();
    flow.rateIntensity(7);
    flow.setTrigger(Trigger::Loneliness, true);
    flow.next();
    flow.next();
    flow.next();
    flow.setMessageText("Do you ever think about us?");
    advanceMinutes(4);
    const Moment closedAt = clock.now();
    flow.close();

    EXPECT_EQ(flow.step(), UrgeStep::Done);
    const auto urge = storedUrge();
    EXPECT_EQ(urge.outcome, UrgeOutcome::Open);
    ASSERT_TRUE(urge.end.has_value());
    EXPECT_EQ(*urge.end, closedAt);
    EXPECT_EQ(urge.triggers, std::vector<Trigger>{Trigger::Loneliness});
    EXPECT_EQ(urge.startIntensity(), 7);
    const auto messages = store.stored().unsentMessages;
    ASSERT_EQ(messages.size(), 1u);
    EXPECT_EQ(messages[0].text, "Do you ever think about us?");
    EXPECT_EQ(urge.unsentMessageId, messages[0].id);
    EXPECT_TRUE(store.stored().contacts.empty());
}

TEST_F(UrgeFlowTest, ClosingOnStepOneWithATickedTriggerStoresIt)
{
    flow.start();
    flow.setTrigger(Trigger::Alcohol, true);
    flow.close();
    const auto urge = storedUrge();
    EXPECT_EQ(urge.triggers, std::vector<Trigger>{Trigger::Alcohol});
    EXPECT_EQ(urge.outcome, UrgeOutcome::Open);
    EXPECT_TRUE(urge.end.has_value());
}

TEST_F(UrgeFlowTest, ClosingWithNothingEnteredWritesNothing)
{
    flow.start();
    flow.setTrigger(Trigger::Alcohol, true);
    flow.setTrigger(Trigger::Alcohol, false); // changed their mind
    flow.setMessageText("   ");
    flow.close();
    EXPECT_EQ(store.calls(), 0);
    EXPECT_TRUE(store.stored().urges.empty());
    EXPECT_EQ(flow.step(), UrgeStep::Done);
    EXPECT_FALSE(flow.hasUnsavedChanges());
}

// --- timer ---------------------------------------------------------------------------

TEST_F(UrgeFlowTest, TimerCountsDownFromTheClockAndExtends)
{
    flow.start();
    EXPECT_FALSE(flow.timerStarted());
    EXPECT_EQ(flow.remainingMs(), 0);
    flow.next();
    flow.next();
    ASSERT_TRUE(flow.timerStarted());
    EXPECT_EQ(flow.remainingMs(), 15 * kMsPerMinute);
    EXPECT_EQ(flow.timerTotalMs(), 15 * kMsPerMinute);
    ASSERT_EQ(view.timers.size(), 1u);
    EXPECT_EQ(view.timers[0], std::make_pair(15 * kMsPerMinute, 15 * kMsPerMinute));

    advanceMinutes(10);
    EXPECT_EQ(flow.remainingMs(), 5 * kMsPerMinute);
    flow.extendTimer();
    EXPECT_EQ(flow.remainingMs(), 10 * kMsPerMinute);
    EXPECT_EQ(flow.timerTotalMs(), 20 * kMsPerMinute);
    EXPECT_EQ(view.timers.back(), std::make_pair(10 * kMsPerMinute, 20 * kMsPerMinute));

    advanceMinutes(30);
    EXPECT_EQ(flow.remainingMs(), 0);
    // Five more minutes after it ran out are five from now.
    flow.extendTimer();
    EXPECT_EQ(flow.remainingMs(), 5 * kMsPerMinute);

    // A clock set back an hour neither goes negative nor past the whole length.
    clock.advanceMs(-60 * kMsPerMinute);
    EXPECT_EQ(flow.remainingMs(), flow.timerTotalMs());
    clock.advanceMs(10 * 60 * kMsPerMinute);
    EXPECT_EQ(flow.remainingMs(), 0);
}

TEST_F(UrgeFlowTest, TimerUsesTheSettingsAndKeepsRunningWhenTheUserMovesAround)
{
    Settings settings;
    settings.timerMinutes = 20;
    settings.extendMinutes = 10;
    flow.preload({.settings = settings});
    flow.start();
    flow.next();
    flow.next();
    EXPECT_EQ(flow.remainingMs(), 20 * kMsPerMinute);
    advanceMinutes(3);
    flow.back();
    flow.next(); // re-entering does not restart it
    EXPECT_EQ(flow.remainingMs(), 17 * kMsPerMinute);
    flow.extendTimer();
    EXPECT_EQ(flow.remainingMs(), 27 * kMsPerMinute);
    EXPECT_EQ(store.callCount("settings"), 0); // preloaded
}

TEST_F(UrgeFlowTest, RatingAgainDuringTheWaitAddsToTheCurve)
{
    flow.start();
    flow.rateIntensity(8);
    flow.next();
    flow.next();
    advanceMinutes(2);
    flow.rateIntensity(8);
    advanceMinutes(3);
    flow.rateIntensity(5);
    advanceMinutes(4);
    flow.rateIntensity(3);

    const std::int64_t t0 = kStart.utcMs;
    const std::vector<IntensitySample> expected{
        {t0, 8}, {t0 + 2 * kMsPerMinute, 8}, {t0 + 5 * kMsPerMinute, 5}, {t0 + 9 * kMsPerMinute, 3}};
    EXPECT_EQ(flow.record().samples, expected);
    EXPECT_EQ(storedUrge().samples, expected); // each rating is stored at once
}

TEST_F(UrgeFlowTest, ARatingCorrectedWithinSecondsReplacesTheLastOne)
{
    flow.start();
    flow.rateIntensity(3);
    advanceSeconds(2);
    flow.rateIntensity(4);
    advanceSeconds(2);
    flow.rateIntensity(12); // clamped
    EXPECT_EQ(flow.record().samples, (std::vector<IntensitySample>{{kStart.utcMs, 10}}));
    advanceSeconds(30);
    flow.rateIntensity(-1);
    EXPECT_EQ(flow.record().samples,
              (std::vector<IntensitySample>{{kStart.utcMs, 10}, {kStart.utcMs + 34'000, 0}}));
}

// --- do one thing ----------------------------------------------------------------------

TEST_F(UrgeFlowTest, IfThenPlansForTheChosenTriggersComeFirst)
{
    store.saveIfThenPlan({0, Trigger::Alcohol, "", "Then I put the phone in another room.", 0});
    store.saveIfThenPlan({0, Trigger::SocialMedia, "", "Then I mute them and call Sam.", 1});
    store.saveIfThenPlan({0, Trigger::Other, "Work stress", "Then I go for a run.", 2});
    store.saveIfThenPlan({0, Trigger::Loneliness, "", "Then I text my sister.", 3});
    store.saveIfThenPlan({0, Trigger::Other, "", "Then I breathe for a minute.", 4});

    flow.start();
    flow.setTrigger(Trigger::Loneliness, true);
    flow.setTrigger(Trigger::SocialMedia, true);
    flow.addCustomTrigger("work STRESS");
    flow.next();

    const auto plans = flow.matchingPlans();
    std::vector<std::string> texts;
    for (const auto &p : plans)
        texts.push_back(p.plan);
    EXPECT_EQ(texts, (std::vector<std::string>{"Then I mute them and call Sam.", "Then I go for a run.",
                                               "Then I text my sister."}));

    flow.back();
    flow.setTrigger(Trigger::SocialMedia, false);
    flow.removeCustomTrigger("work stress");
    ASSERT_EQ(flow.matchingPlans().size(), 1u);
    EXPECT_EQ(flow.matchingPlans()[0].plan, "Then I text my sister.");
    EXPECT_EQ(store.callCount("ifThenPlans"), 1); // read once
}

TEST_F(UrgeFlowTest, SuggestionRotatesDeterministically)
{
    const auto suggestionFor = [](const Moment &at, int earlierUrges) {
        FixedClock c{at};
        TestStore<> own{&c};
        storage::SqliteStore &s = *own;
        s.saveSupportPerson({0, "Sam", "", "", 0});
        s.saveSupportPerson({0, "Alex", "", "", 1});
        s.saveSupportPerson({0, "Mum", "", "", 2});
        s.saveActivity({0, "Walk", 0});
        s.saveActivity({0, "Gym", 1});
        for (int i = 0; i < earlierUrges; ++i) {
            UrgeRecord earlier;
            earlier.start = Moment::fromUtc(at.utcMs - (i + 1) * kMsPerMinute, at.offsetMinutes);
            s.saveUrge(earlier);
        }
        RecordingView v;
        UrgeFlow f(s, c, v);
        f.start();
        f.next();
        return std::make_pair(f.suggestedPerson()->name, f.suggestedActivity()->title);
    };

    // The same day and the same history give the same suggestion, every time.
    EXPECT_EQ(suggestionFor(kStart, 0), suggestionFor(kStart, 0));
    // Each earlier urge that day moves on to the next person and activity.
    const std::vector<std::string> people{"Sam", "Alex", "Mum"};
    const std::vector<std::string> acts{"Walk", "Gym"};
    const auto day = kStart.localDate.dayNumber();
    for (int earlier = 0; earlier < 4; ++earlier) {
        const auto [person, activity] = suggestionFor(kStart, earlier);
        EXPECT_EQ(person, people[std::size_t((day + earlier) % 3)]) << earlier;
        EXPECT_EQ(activity, acts[std::size_t((day + earlier) % 2)]) << earlier;
    }
    // The next day starts elsewhere in the list.
    Moment tomorrow = Moment::fromUtc(kStart.utcMs + kMsPerDay, kStart.offsetMinutes);
    EXPECT_NE(suggestionFor(tomorrow, 0).first, suggestionFor(kStart, 0).first);
}

TEST_F(UrgeFlowTest, SuggestionIsStableWithinOneFlowAndEmptyWithoutPeople)
{
    flow.start();
    flow.rateIntensity(5);
    flow.next();
    const auto first = flow.suggestedPerson();
    ASSERT_TRUE(first.has_value());
    flow.next();
    flow.back();
    EXPECT_EQ(flow.suggestedPerson(), first); // the urge just stored does not count as an earlier one
    EXPECT_EQ(flow.supportPeople().size(), 3u);
    EXPECT_EQ(flow.supportPeople()[0].name, "Sam");

    TestStore<> empty{&clock};
    RecordingView v;
    UrgeFlow f(*empty, clock, v);
    f.start();
    EXPECT_FALSE(f.suggestedPerson().has_value());
    EXPECT_FALSE(f.suggestedActivity().has_value());
}

TEST_F(UrgeFlowTest, ChoosingAnActionRecordsWhatTheUserSaw)
{
    flow.start();
    flow.next();
    EXPECT_FALSE(flow.chooseSupportPerson(9999));
    EXPECT_EQ(flow.record().action, ActionKind::None);
    ASSERT_TRUE(flow.chooseActivity(m_gym));
    EXPECT_EQ(storedUrge().action, ActionKind::Activity);
    EXPECT_EQ(storedUrge().actionId, m_gym);
    EXPECT_EQ(storedUrge().actionLabel, "Gym");
    ASSERT_TRUE(flow.chooseSupportPerson(m_sam));
    EXPECT_EQ(storedUrge().action, ActionKind::SupportPerson);
    EXPECT_EQ(storedUrge().actionLabel, "Sam");
    flow.clearAction();
    EXPECT_EQ(storedUrge().action, ActionKind::None);
    EXPECT_EQ(storedUrge().actionLabel, "");
}

TEST_F(UrgeFlowTest, DataHandedOverByTheScreenIsNotReadAgain)
{
    flow.preload({.settings = Settings{},
                  .supportPeople = std::vector<SupportPerson>{{7, "Jo", "", "", 1}, {8, "Kim", "", "", 0}},
                  .activities = std::vector<Activity>{{9, "Read", 0}},
                  .ifThenPlans = std::vector<IfThenPlan>{},
                  .reasons = std::vector<Reason>{},
                  .earlierUrgesToday = 0});
    flow.start();
    flow.rateIntensity(4);
    flow.next();
    store.resetCounts();
    EXPECT_EQ(flow.supportPeople()[0].name, "Kim"); // in the user's order
    EXPECT_TRUE(flow.suggestedPerson().has_value());
    EXPECT_TRUE(flow.suggestedActivity().has_value());
    EXPECT_TRUE(flow.matchingPlans().empty());
    flow.next();
    flow.currentReminder();
    EXPECT_EQ(store.reads(), 0);
}

TEST_F(UrgeFlowTest, AFailedReadLeavesTheFlowUsable)
{
    store.failReads(StoreError::Kind::Corrupt);
    flow.start();
    flow.next();
    EXPECT_TRUE(flow.supportPeople().empty());
    EXPECT_FALSE(flow.suggestedPerson().has_value());
    ASSERT_TRUE(view.saw(UrgeFlowMessage::LoadFailed));
    EXPECT_EQ(view.messages.front().second, StoreError::Kind::Corrupt);
    flow.next();
    EXPECT_EQ(flow.remainingMs(), 15 * kMsPerMinute); // default settings
    EXPECT_EQ(storedUrge().id, flow.record().id);     // writes still work
}

// --- reminders ---------------------------------------------------------------------------

TEST_F(UrgeFlowTest, RemindersRotateThroughCardsAndTheUsersReasons)
{
    flow.start();
    const auto reasons = store.reasons();
    const ReminderRotation rotation(reasons);
    EXPECT_EQ(flow.currentReminder(), rotation.forDate(kStart.localDate));

    flow.next();
    flow.next();
    const Reminder first = flow.currentReminder();
    EXPECT_EQ(first, rotation.forDate(kStart.localDate));
    advanceSeconds(19);
    EXPECT_EQ(flow.currentReminder(), first);
    advanceSeconds(1);
    EXPECT_NE(flow.currentReminder(), first);

    std::set<std::int64_t> reasonIds;
    std::set<int> cards;
    for (std::size_t i = 0; i < rotation.pool().size(); ++i) {
        const Reminder r = flow.currentReminder();
        if (r.kind == Reminder::Kind::Reason)
            reasonIds.insert(r.reasonId);
        else
            cards.insert(int(r.card));
        advanceSeconds(20);
    }
    EXPECT_EQ(reasonIds, (std::set<std::int64_t>{reasons[0].id, reasons[1].id}));
    EXPECT_EQ(cards.size(), kAllReminderCards.size());
}

// --- the unsent message --------------------------------------------------------------------

TEST_F(UrgeFlowTest, AnEmptyMessageStoresNothing)
{
    flow.start();
    flow.next();
    flow.next();
    flow.next();
    flow.setMessageText(" \n ");
    flow.next();
    EXPECT_TRUE(store.stored().unsentMessages.empty());
    EXPECT_FALSE(storedUrge().unsentMessageId.has_value());
    EXPECT_EQ(store.callCount("saveUnsentMessage"), 0);
}

TEST_F(UrgeFlowTest, EditingTheMessageAgainUpdatesTheSameOne)
{
    flow.start();
    flow.next();
    flow.next();
    flow.next();
    flow.setMessageText("Why did you leave?");
    flow.next();
    const auto firstSave = store.stored().unsentMessages;
    ASSERT_EQ(firstSave.size(), 1u);
    flow.back();
    advanceMinutes(2);
    flow.setMessageText("Why did you leave? I deserved an answer.");
    flow.next();

    const auto messages = store.stored().unsentMessages;
    ASSERT_EQ(messages.size(), 1u);
    EXPECT_EQ(messages[0].id, firstSave[0].id);
    EXPECT_EQ(messages[0].text, "Why did you leave? I deserved an answer.");
    EXPECT_EQ(messages[0].written, firstSave[0].written);
    EXPECT_EQ(messages[0].updated.utcMs, kStart.utcMs + 2 * kMsPerMinute);
    EXPECT_EQ(storedUrge().unsentMessageId, messages[0].id);

    // Going through the step again without changes writes nothing new.
    const int saves = store.callCount("saveUnsentMessage");
    flow.back();
    flow.next();
    EXPECT_EQ(store.callCount("saveUnsentMessage"), saves);
}

TEST_F(UrgeFlowTest, ClearingTheMessageRemovesIt)
{
    flow.start();
    flow.decideNow();
    flow.back();
    flow.next();
    flow.next();
    flow.next();
    flow.setMessageText("I still love you");
    flow.next();
    ASSERT_EQ(store.stored().unsentMessages.size(), 1u);
    flow.back();
    flow.setMessageText("");
    flow.next();
    EXPECT_TRUE(store.stored().unsentMessages.empty());
    EXPECT_FALSE(storedUrge().unsentMessageId.has_value());
}

// --- failures --------------------------------------------------------------------------------

TEST_F(UrgeFlowTest, AFailedSaveKeepsEverythingAndARetryStoresIt)
{
    flow.start();
    store.failWrites(StoreError::Kind::DiskFull);
    flow.rateIntensity(9);
    ASSERT_TRUE(view.saw(UrgeFlowMessage::SaveFailed));
    EXPECT_EQ(view.messages.back(), std::make_pair(UrgeFlowMessage::SaveFailed,
                                                   std::optional<StoreError::Kind>{StoreError::Kind::DiskFull}));
    EXPECT_TRUE(store.stored().urges.empty());
    EXPECT_EQ(flow.record().id, 0);
    EXPECT_TRUE(flow.hasUnsavedChanges());

    flow.setTrigger(Trigger::NewsAboutThem, true);
    flow.next();
    flow.next();
    flow.next();
    flow.setMessageText("Congratulations, I guess.");
    flow.next();
    flow.reachedOut(ContactChannel::Text, "I sent it.");
    EXPECT_EQ(flow.step(), UrgeStep::Done);
    EXPECT_TRUE(view.saw(UrgeFlowMessage::SelfCompassion));
    EXPECT_EQ(view.messages.back().first, UrgeFlowMessage::SaveFailed);
    EXPECT_TRUE(store.stored().urges.empty());
    EXPECT_TRUE(store.stored().contacts.empty());
    EXPECT_EQ(flow.record().startIntensity(), 9);
    EXPECT_EQ(flow.messageText(), "Congratulations, I guess.");

    store.stopFailing();
    EXPECT_TRUE(flow.retrySave());
    EXPECT_TRUE(view.saw(UrgeFlowMessage::SaveRecovered));
    EXPECT_FALSE(flow.hasUnsavedChanges());

    const auto urge = storedUrge();
    EXPECT_EQ(urge, flow.record());
    EXPECT_EQ(urge.outcome, UrgeOutcome::ReachedOut);
    EXPECT_EQ(urge.triggers, std::vector<Trigger>{Trigger::NewsAboutThem});
    EXPECT_EQ(urge.note, "I sent it.");
    ASSERT_EQ(store.stored().unsentMessages.size(), 1u);
    EXPECT_EQ(urge.unsentMessageId, store.stored().unsentMessages[0].id);
    ASSERT_EQ(store.stored().contacts.size(), 1u);
    EXPECT_EQ(store.stored().contacts[0].urgeId, urge.id);

    // Nothing left to do: a second retry writes nothing.
    const int writes = store.writes();
    EXPECT_TRUE(flow.retrySave());
    flow.close();
    EXPECT_EQ(store.writes(), writes);
}

TEST_F(UrgeFlowTest, AFailureHalfwayThroughASaveNeverDuplicatesRecords)
{
    flow.start();
    flow.rateIntensity(6);
    flow.next();
    flow.next();
    flow.next();
    flow.setMessageText("Hi.");
    // The message write fails after the urge is already stored.
    store.failNextWrites(1, StoreError::Kind::ReadOnly);
    flow.next();
    EXPECT_EQ(view.messages.back().second, StoreError::Kind::ReadOnly);
    EXPECT_TRUE(store.stored().unsentMessages.empty());

    // The next step change saves again and picks up where it stopped.
    flow.decideNow(); // already on Decide: nothing happens
    flow.theyContactedMe(false);
    EXPECT_EQ(store.stored().urges.size(), 1u);
    ASSERT_EQ(store.stored().unsentMessages.size(), 1u);
    EXPECT_EQ(storedUrge().unsentMessageId, store.stored().unsentMessages[0].id);
    EXPECT_EQ(store.stored().contacts.size(), 1u);
    EXPECT_TRUE(view.saw(UrgeFlowMessage::SaveRecovered));
}

TEST_F(UrgeFlowTest, ClosingAfterAFailedDecisionRetriesOnce)
{
    flow.start();
    flow.rateIntensity(5);
    flow.decideNow();
    store.failNextWrites(1);
    flow.reachedOut();
    EXPECT_TRUE(flow.hasUnsavedChanges());
    flow.close();
    EXPECT_FALSE(flow.hasUnsavedChanges());
    EXPECT_EQ(store.stored().contacts.size(), 1u);
    EXPECT_EQ(storedUrge().outcome, UrgeOutcome::ReachedOut);
}

// --- triggers ------------------------------------------------------------------------------------

TEST_F(UrgeFlowTest, CustomTriggersAreTrimmedAndNotRepeated)
{
    flow.start();
    flow.addCustomTrigger("  our song ");
    flow.addCustomTrigger("Our Song");
    flow.addCustomTrigger("   ");
    flow.addCustomTrigger("payday");
    EXPECT_EQ(flow.record().customTriggers, (std::vector<std::string>{"our song", "payday"}));
    flow.removeCustomTrigger("PAYDAY ");
    EXPECT_EQ(flow.record().customTriggers, std::vector<std::string>{"our song"});
    EXPECT_TRUE(flow.hasInput());
}

// --- a strong urge ---------------------------------------------------------------

std::vector<std::string> reasonTexts(const StrongUrgeNote &note)
{
    std::vector<std::string> texts;
    for (const Reason &reason : note.reasons)
        texts.push_back(reason.text);
    return texts;
}

TEST_F(UrgeFlowTest, AStrongUrgeBringsTheirOwnReasonsAndWhatReachingOutBringsOnTheNextSteps)
{
    flow.start();
    flow.rateIntensity(9);
    EXPECT_TRUE(view.notes.empty()); // Name it has no room for it: the rating comes first

    flow.next();
    ASSERT_EQ(flow.step(), UrgeStep::DoOneThing);
    ASSERT_EQ(view.notes.size(), 1u);
    ASSERT_TRUE(view.notes.back().has_value());
    const StrongUrgeNote first = *view.notes.back(); // a copy: the view keeps recording
    EXPECT_EQ(reasonTexts(first), (std::vector<std::string>{"They never asked how my day was.", "I sleep better now."}));
    EXPECT_EQ(first.consequences, std::vector<Consequence>(kAllConsequences.begin(), kAllConsequences.end()));
    EXPECT_TRUE(first.theyKnowHowToReachYou);

    // "They know how to reach you" is said once; the reasons stay.
    flow.next();
    ASSERT_EQ(flow.step(), UrgeStep::WaitItOut);
    ASSERT_TRUE(view.notes.back().has_value());
    EXPECT_FALSE(view.notes.back()->theyKnowHowToReachYou);
    EXPECT_EQ(reasonTexts(*view.notes.back()), reasonTexts(first));

    // Going back does not say it a second time on another step, but the step that said it keeps its words.
    flow.back();
    ASSERT_EQ(flow.step(), UrgeStep::DoOneThing);
    EXPECT_TRUE(view.notes.back()->theyKnowHowToReachYou);

    flow.decideNow();
    EXPECT_FALSE(view.notes.back().has_value());
}

TEST_F(UrgeFlowTest, BelowEightTheStepsStayAsTheyAre)
{
    flow.start();
    flow.rateIntensity(UrgeFlow::kStrongIntensity - 1);
    flow.next();
    flow.next();
    ASSERT_EQ(flow.step(), UrgeStep::WaitItOut);
    EXPECT_TRUE(view.notes.empty());
    EXPECT_FALSE(flow.strongUrgeNote().has_value());
}

TEST_F(UrgeFlowTest, ARatingDuringTheWaitBringsTheNoteAndTakesItAway)
{
    flow.start();
    flow.next();
    flow.next();
    ASSERT_EQ(flow.step(), UrgeStep::WaitItOut);
    flow.rateIntensity(UrgeFlow::kStrongIntensity);
    ASSERT_TRUE(flow.strongUrgeNote().has_value());
    EXPECT_TRUE(flow.strongUrgeNote()->theyKnowHowToReachYou);

    advanceMinutes(3); // a new point on the curve, not a correction
    flow.rateIntensity(4);
    EXPECT_FALSE(flow.strongUrgeNote().has_value());
    ASSERT_EQ(view.notes.size(), 2u);
    EXPECT_FALSE(view.notes.back().has_value());
}

TEST_F(UrgeFlowTest, TheNoteShowsAtMostThreeReasonsInTheirOrderAndSkipsBlankOnes)
{
    store.saveReason({0, "   ", 2});
    store.saveReason({0, "I want my evenings back.", 3});
    store.saveReason({0, "My friends noticed I laugh again.", 4});
    flow.start();
    flow.rateIntensity(10);
    flow.next();
    ASSERT_TRUE(flow.strongUrgeNote().has_value());
    EXPECT_EQ(reasonTexts(*flow.strongUrgeNote()),
              (std::vector<std::string>{"They never asked how my day was.", "I sleep better now.", "I want my evenings back."}));
}

TEST_F(UrgeFlowTest, OnceTheNoteSaidTheyKnowHowToReachYouTheRotationDoesNotRepeatIt)
{
    const Reminder theyKnow = Reminder::ofCard(ReminderCard::TheyKnowWhereYouAre);
    const std::size_t poolSize = ReminderRotation(store.reasons()).pool().size();
    {
        // Without a strong urge, the card comes up within one run of the pool.
        FixedClock otherClock{kStart};
        TestStore<> otherStore{&otherClock};
        for (const Reason &reason : store.reasons())
            otherStore->saveReason({0, reason.text, reason.position});
        RecordingView otherView;
        UrgeFlow quiet{*otherStore, otherClock, otherView};
        quiet.start();
        quiet.next();
        quiet.next();
        bool seen = false;
        for (std::size_t i = 0; i < poolSize; ++i, otherClock.advanceMs(UrgeFlow::kReminderIntervalMs))
            seen = seen || quiet.currentReminder() == theyKnow;
        EXPECT_TRUE(seen);
    }
    flow.start();
    flow.rateIntensity(9);
    flow.next();
    flow.next();
    ASSERT_EQ(flow.step(), UrgeStep::WaitItOut);
    for (std::size_t i = 0; i < 2 * poolSize; ++i, clock.advanceMs(UrgeFlow::kReminderIntervalMs))
        EXPECT_NE(flow.currentReminder(), theyKnow) << "interval " << i;
}

// --- announcing writes ---------------------------------------------------------------------

TEST_F(UrgeFlowTest, EachWriteIsAnnouncedOnceAndOnlyWhenItWentThrough)
{
    flow.start();
    flow.setTrigger(Trigger::NightTime, true);
    EXPECT_TRUE(view.announced.empty()) << "nothing is stored on the first page yet";

    flow.rateIntensity(6);
    EXPECT_EQ(view.announced, std::vector<UrgeFlowStored>{UrgeFlowStored::Urge});
    flow.next();
    flow.next(); // nothing new: the step changes, the record does not
    EXPECT_EQ(view.announced.size(), 1u);

    flow.next();
    flow.setMessageText("I miss you.");
    flow.next();
    EXPECT_EQ(view.announced,
              (std::vector<UrgeFlowStored>{UrgeFlowStored::Urge, UrgeFlowStored::Urge, UrgeFlowStored::UnsentMessage}));

    view.announced.clear();
    flow.reachedOut(ContactChannel::Call, "we talked");
    EXPECT_EQ(view.announced, (std::vector<UrgeFlowStored>{UrgeFlowStored::Urge, UrgeFlowStored::Contact}));
    view.announced.clear();
    flow.close();
    EXPECT_TRUE(view.announced.empty());
}

TEST_F(UrgeFlowTest, AFailedWriteIsAnnouncedOnlyOnceTheRetryStoresIt)
{
    flow.start();
    flow.rateIntensity(4);
    view.announced.clear();
    store.failWrites(StoreError::Kind::DiskFull);
    flow.next();
    flow.next();
    flow.next();
    flow.setMessageText("Do you still think of me?");
    flow.next();
    flow.theyContactedMe(true);
    EXPECT_TRUE(view.announced.empty());

    store.stopFailing();
    ASSERT_TRUE(flow.retrySave());
    EXPECT_EQ(view.announced, (std::vector<UrgeFlowStored>{UrgeFlowStored::Urge, UrgeFlowStored::UnsentMessage,
                                                           UrgeFlowStored::Contact}));
}

TEST_F(UrgeFlowTest, ReloadingThePlanShowsPeopleAddedElsewhereAndKeepsTheListsOnAFailedRead)
{
    flow.start();
    ASSERT_EQ(flow.supportPeople().size(), 3u);
    store.saveSupportPerson({0, "Kim", "", "", 3});
    EXPECT_EQ(flow.supportPeople().size(), 3u) << "read once, not on every use";
    EXPECT_TRUE(flow.reloadPlan());
    EXPECT_EQ(flow.supportPeople().size(), 4u);

    store.failReads(StoreError::Kind::Corrupt);
    EXPECT_FALSE(flow.reloadPlan());
    EXPECT_EQ(flow.supportPeople().size(), 4u);
    EXPECT_FALSE(view.saw(UrgeFlowMessage::LoadFailed));
}

} // namespace

TEST(UrgeFlowTheirContact, LogisticsInLowContactModeKeepsTheStretchEvenWhenReplied)
{
    FixedClock clock{kStart};
    TestStore<> folder{&clock};
    storage::SqliteStore &store = *folder;
    Settings settings;
    settings.lowContact = true;
    store.saveSettings(settings);
    RecordingView view;
    UrgeFlow flow(store, clock, view);
    flow.start();
    EXPECT_TRUE(flow.lowContact());
    flow.setTrigger(Trigger::TheyContactedMe, true);
    flow.decideNow();
    flow.theyContactedMe(true, ContactChannel::Text, "pick-up at 5", ContactPurpose::Logistics);

    EXPECT_TRUE(view.saw(UrgeFlowMessage::LogisticsKeptStretch));
    EXPECT_FALSE(view.saw(UrgeFlowMessage::TheirContactRestartedCounter));
    const auto contacts = store.contacts();
    ASSERT_EQ(contacts.size(), 1u);
    EXPECT_EQ(contacts[0].purpose, ContactPurpose::Logistics);
    EXPECT_TRUE(contacts[0].replied);
}
