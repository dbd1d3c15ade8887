// Everything the user enters comes back exactly as entered, including text
// that looks like SQL, right-to-left scripts, emoji and very long entries.

#include "StorageTestSupport.h"

#include "model/FixedClock.h"
#include "storage/SqliteStore.h"

#include <QSqlDatabase>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace holdfast;
using namespace holdfast::storage;
using namespace holdfast::storage::test;

namespace {

const LocalDate kDay{2026, 3, 28};

const std::vector<std::string> kAwkwardTexts{
    "'); DROP TABLE urges;--",
    "%_\" \\ ' `; -- /* */",
    "Emoji 💔🙂‍↕️👩🏽‍🦱 and a zero-width joiner",
    "مرحبا، لن أرسل هذه الرسالة",
    "שלום, אני בסדר",
    "Mixed العربية and English and עברית",
    "Line one\nLine two\r\n\ttabbed",
    "",
};

class RoundTrip : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_store = SqliteStore::open(m_dir.path());
    }

    // Closes and opens again, so reads come from the file, not from anything cached.
    void reopen()
    {
        m_store.reset();
        m_store = SqliteStore::open(m_dir.path());
    }

    QTemporaryDir m_dir;
    std::unique_ptr<SqliteStore> m_store;
};

UrgeRecord fullUrge()
{
    UrgeRecord urge;
    urge.start = localMoment(kDay, 21, 15, 60, "Europe/Berlin");
    urge.end = localMoment(kDay, 21, 40, 60, "Europe/Berlin");
    urge.samples = {{urge.start.utcMs, 7}, {urge.start.utcMs + 5 * kMsPerMinute, 10},
                    {urge.start.utcMs + 25 * kMsPerMinute, 0}};
    urge.triggers = {Trigger::Memory, Trigger::Alcohol, Trigger::TheyContactedMe};
    urge.customTriggers = {"'); DROP TABLE urges;--", "their café"};
    urge.halt = HaltFlags{true, false, true, false};
    urge.action = ActionKind::Activity;
    urge.actionId = 42;
    urge.actionLabel = "Walk 🌳";
    urge.outcome = UrgeOutcome::TheyContactedMe;
    urge.note = "They wrote first; I didn't answer.";
    urge.kind = UrgeKind::Go;
    return urge;
}

} // namespace

TEST_F(RoundTrip, UrgeWithEverythingComesBackEqual)
{
    UrgeRecord urge = fullUrge();
    urge.id = m_store->saveUrge(urge);
    EXPECT_GT(urge.id, 0);
    reopen();
    EXPECT_EQ(m_store->urge(urge.id), urge);
    EXPECT_EQ(m_store->urges(kDay, kDay), std::vector<UrgeRecord>{urge});
    EXPECT_FALSE(m_store->urge(urge.id + 100).has_value());
}

TEST_F(RoundTrip, EveryKindOfUrgeComesBackAndCanChange)
{
    for (const UrgeKind kind : kAllUrgeKinds) {
        UrgeRecord urge = fullUrge();
        urge.kind = kind;
        urge.id = m_store->saveUrge(urge);
        reopen();
        EXPECT_EQ(m_store->urge(urge.id)->kind, kind) << urgeKindKey(kind);
        urge.kind = UrgeKind::Message;
        m_store->saveUrge(urge);
        EXPECT_EQ(m_store->urge(urge.id)->kind, UrgeKind::Message) << urgeKindKey(kind);
    }
}

TEST_F(RoundTrip, MinimalOpenUrgeKeepsItsEmptyFields)
{
    UrgeRecord urge;
    urge.start = localMoment(kDay, 3, 0, -300, "");
    urge.id = m_store->saveUrge(urge);
    reopen();
    const auto loaded = m_store->urge(urge.id);
    ASSERT_TRUE(loaded.has_value());
    EXPECT_EQ(*loaded, urge);
    EXPECT_FALSE(loaded->end.has_value());
    EXPECT_TRUE(loaded->samples.empty());
    EXPECT_EQ(loaded->outcome, UrgeOutcome::Open);
    EXPECT_EQ(loaded->kind, UrgeKind::Message);
}

TEST_F(RoundTrip, SavingAnUrgeAgainReplacesSamplesAndTriggers)
{
    UrgeRecord urge = fullUrge();
    urge.id = m_store->saveUrge(urge);
    urge.samples = {{urge.start.utcMs, 3}};
    urge.triggers = {Trigger::Boredom};
    urge.customTriggers.clear();
    urge.outcome = UrgeOutcome::Resisted;
    EXPECT_EQ(m_store->saveUrge(urge), urge.id);
    reopen();
    EXPECT_EQ(m_store->urge(urge.id), urge);
    EXPECT_EQ(m_store->urges(kDay, kDay).size(), 1u);
}

TEST_F(RoundTrip, UpdatingAnUrgeThatDoesNotExistIsNotFound)
{
    UrgeRecord urge = fullUrge();
    urge.id = 999;
    EXPECT_EQ(errorKindOf([&] { m_store->saveUrge(urge); }), StoreError::Kind::NotFound);
    EXPECT_TRUE(m_store->urges(kDay, kDay).empty());
}

TEST_F(RoundTrip, InvalidUrgeIsRejectedAndNothingIsStored)
{
    UrgeRecord urge = fullUrge();
    urge.samples.push_back({urge.start.utcMs + kMsPerHour, 11});
    EXPECT_EQ(errorKindOf([&] { m_store->saveUrge(urge); }), StoreError::Kind::InvalidData);
    urge = fullUrge();
    urge.unsentMessageId = 12345; // no such message
    EXPECT_EQ(errorKindOf([&] { m_store->saveUrge(urge); }), StoreError::Kind::InvalidData);
    EXPECT_TRUE(m_store->urges(kDay, kDay).empty());
}

TEST_F(RoundTrip, UrgesInRangeAreOldestFirstAndBucketedByLocalDate)
{
    UrgeRecord late;
    late.start = localMoment(kDay, 23, 30, 120); // 21:30 UTC, still kDay locally
    UrgeRecord early;
    early.start = localMoment(kDay, 0, 30, 120); // 22:30 UTC the day before
    UrgeRecord next;
    next.start = localMoment(kDay.addDays(1), 0, 10, 120);
    late.id = m_store->saveUrge(late);
    early.id = m_store->saveUrge(early);
    next.id = m_store->saveUrge(next);
    const auto day = m_store->urges(kDay, kDay);
    ASSERT_EQ(day.size(), 2u);
    EXPECT_EQ(day[0].id, early.id);
    EXPECT_EQ(day[1].id, late.id);
    EXPECT_EQ(m_store->urges(kDay.addDays(1), kDay.addDays(5)).size(), 1u);
    EXPECT_TRUE(m_store->urges(kDay.addDays(-9), kDay.addDays(-1)).empty());
}

TEST_F(RoundTrip, ContactsComeBackOldestFirstAndCanBeRemoved)
{
    UrgeRecord urge;
    urge.start = localMoment(kDay, 20, 0);
    const std::int64_t urgeId = m_store->saveUrge(urge);

    ContactEvent later{0, localMoment(kDay, 22, 0), Initiator::Me, ContactChannel::SocialMedia, false,
                       "'); DROP TABLE contacts;--", urgeId};
    ContactEvent earlier{0, localMoment(kDay, 9, 0), Initiator::Them, ContactChannel::InPerson, true, "at the café",
                         std::nullopt};
    later.id = m_store->addContact(later);
    earlier.id = m_store->addContact(earlier);
    reopen();
    EXPECT_EQ(m_store->contacts(), (std::vector<ContactEvent>{earlier, later}));
    m_store->removeContact(earlier.id);
    m_store->removeContact(12345); // already gone: nothing to do
    EXPECT_EQ(m_store->contacts(), std::vector<ContactEvent>{later});
}

TEST_F(RoundTrip, CheckInIsOnePerDaySavingAgainReplacesIt)
{
    const CheckIn morning{kDay, localMoment(kDay, 7, 0), 2, 3, "Walk"};
    const CheckIn edited{kDay, localMoment(kDay, 12, 30), 4, 3, "Walk, then call Sam 📞"};
    const CheckIn tomorrow{kDay.addDays(1), localMoment(kDay.addDays(1), 8, 0), 5, 5, ""};
    m_store->saveCheckIn(morning);
    m_store->saveCheckIn(tomorrow);
    m_store->saveCheckIn(edited);
    reopen();
    EXPECT_EQ(m_store->checkIn(kDay), edited);
    EXPECT_FALSE(m_store->checkIn(kDay.addDays(-1)).has_value());
    EXPECT_EQ(m_store->checkIns(kDay, kDay.addDays(7)), (std::vector<CheckIn>{edited, tomorrow}));
    EXPECT_EQ(errorKindOf([&] { m_store->saveCheckIn(CheckIn{kDay, localMoment(kDay, 9, 0), 6, 3, ""}); }),
              StoreError::Kind::InvalidData);
    EXPECT_EQ(m_store->checkIn(kDay), edited);
}

TEST_F(RoundTrip, ALookBackIsOnePerDaySavingAgainReplacesIt)
{
    // Written after midnight about the evening before, then edited.
    const LookBack late{kDay, localMoment(kDay.addDays(1), 0, 45), 5, "Sam picked up", "Sleep in"};
    const LookBack edited{kDay, localMoment(kDay.addDays(1), 1, 10), 4, kAwkwardTexts[0], "Walk 🌅"};
    const LookBack next{kDay.addDays(1), localMoment(kDay.addDays(1), 22, 0), 2, "", ""};
    m_store->saveLookBack(late);
    m_store->saveLookBack(next);
    m_store->saveLookBack(edited);
    reopen();
    EXPECT_EQ(m_store->lookBack(kDay), edited);
    EXPECT_FALSE(m_store->lookBack(kDay.addDays(-1)).has_value());
    EXPECT_EQ(m_store->lookBacks(kDay, kDay.addDays(7)), (std::vector<LookBack>{edited, next}));
    EXPECT_EQ(errorKindOf([&] { m_store->saveLookBack(LookBack{kDay, localMoment(kDay, 23, 0), 0, "", ""}); }),
              StoreError::Kind::InvalidData);
    EXPECT_EQ(m_store->lookBack(kDay), edited);
}

TEST_F(RoundTrip, TheEveningLookBackIsOffAtFirstAndItsSettingsAreKept)
{
    Settings settings = m_store->settings();
    EXPECT_FALSE(settings.lookBack);
    EXPECT_EQ(settings.lookBackReminderMinute, 21 * 60);
    settings.lookBack = true;
    settings.lookBackReminderMinute = 22 * 60 + 15;
    m_store->saveSettings(settings);
    reopen();
    EXPECT_EQ(m_store->settings(), settings);
    settings.lookBackReminderMinute = -1; // no reminder
    m_store->saveSettings(settings);
    reopen();
    EXPECT_EQ(m_store->settings().lookBackReminderMinute, -1);
}

TEST_F(RoundTrip, JournalKeepsAwkwardTextsExactly)
{
    std::vector<JournalEntry> saved;
    int minute = 0;
    for (const std::string &text : kAwkwardTexts) {
        JournalEntry entry{0, localMoment(kDay, 10, minute), localMoment(kDay, 11, minute), text, std::nullopt,
                           {text, "tag with spaces"}};
        ++minute;
        entry.id = m_store->saveJournalEntry(entry);
        saved.push_back(entry);
    }
    reopen();
    for (const JournalEntry &entry : saved)
        EXPECT_EQ(m_store->journalEntry(entry.id), entry) << entry.text;
    // The tables the texts talk about are all still there.
    EXPECT_TRUE(m_store->urges(kDay, kDay).empty());
    EXPECT_EQ(m_store->journalEntries({}).size(), saved.size());
}

TEST_F(RoundTrip, JournalEntryOfOneMegabyte)
{
    std::string big;
    const std::string chunk = "Heute war schwer. 今日は大変だった。 💙 اليوم كان صعبا ";
    while (big.size() < 1024 * 1024)
        big += chunk;
    JournalEntry entry{0, localMoment(kDay, 22, 0), localMoment(kDay, 23, 0), big, 3, {"long"}};
    entry.id = m_store->saveJournalEntry(entry);
    reopen();
    const auto loaded = m_store->journalEntry(entry.id);
    ASSERT_TRUE(loaded.has_value());
    EXPECT_EQ(loaded->text.size(), big.size());
    EXPECT_TRUE(loaded->text == big);
    JournalQuery query;
    query.text = "schwer";
    EXPECT_EQ(m_store->journalEntries(query).size(), 1u);
}

TEST_F(RoundTrip, JournalEditReplacesTextTagsAndSearchIndex)
{
    JournalEntry entry{0, localMoment(kDay, 8, 0), localMoment(kDay, 8, 0), "raining all day", 2, {"weather"}};
    entry.id = m_store->saveJournalEntry(entry);
    entry.text = "sunny after all";
    entry.updated = localMoment(kDay, 18, 0);
    entry.mood = std::nullopt;
    entry.tags = {"better", "weather"};
    EXPECT_EQ(m_store->saveJournalEntry(entry), entry.id);
    reopen();
    EXPECT_EQ(m_store->journalEntry(entry.id), entry);
    JournalQuery query;
    query.text = "raining";
    EXPECT_TRUE(m_store->journalEntries(query).empty());
    query.text = "sunny";
    EXPECT_EQ(m_store->journalEntries(query).size(), 1u);
    EXPECT_EQ(m_store->journalTags(), (std::vector<std::string>{"better", "weather"}));

    m_store->removeJournalEntry(entry.id);
    EXPECT_FALSE(m_store->journalEntry(entry.id).has_value());
    EXPECT_TRUE(m_store->journalEntries(query).empty());
    EXPECT_TRUE(m_store->journalTags().empty());
}

TEST_F(RoundTrip, UnsentMessagesNewestFirstWithRereadAndUrgeLink)
{
    UnsentMessage first{0, localMoment(kDay, 21, 0), localMoment(kDay, 21, 5), kAwkwardTexts[3], std::nullopt,
                        std::nullopt};
    first.id = m_store->saveUnsentMessage(first);
    UrgeRecord urge;
    urge.start = localMoment(kDay, 22, 0);
    urge.unsentMessageId = first.id;
    urge.id = m_store->saveUrge(urge);
    UnsentMessage second{0, localMoment(kDay, 22, 10), localMoment(kDay, 22, 10), kAwkwardTexts[0], urge.id,
                         std::nullopt};
    second.id = m_store->saveUnsentMessage(second);

    first.reread = localMoment(kDay.addDays(1), 9, 0);
    first.updated = *first.reread;
    m_store->saveUnsentMessage(first);
    reopen();
    EXPECT_EQ(m_store->unsentMessages(), (std::vector<UnsentMessage>{second, first}));
    EXPECT_EQ(m_store->unsentMessage(second.id), second);

    // Deleting the message keeps the urge, without the link.
    m_store->removeUnsentMessage(first.id);
    EXPECT_FALSE(m_store->unsentMessage(first.id).has_value());
    EXPECT_EQ(m_store->urge(urge.id)->unsentMessageId, std::nullopt);
}

TEST_F(RoundTrip, PlanListsSaveEditReorderAndRemove)
{
    Reason a{0, "I deserve better", 0};
    Reason b{0, kAwkwardTexts[0], 1};
    Reason c{0, kAwkwardTexts[4], 2};
    a.id = m_store->saveReason(a);
    b.id = m_store->saveReason(b);
    c.id = m_store->saveReason(c);
    b.text = "edited";
    m_store->saveReason(b);
    EXPECT_EQ(m_store->reasons(), (std::vector<Reason>{a, b, c}));

    m_store->reorderPlanItems(PlanList::Reasons, {c.id, a.id, b.id});
    c.position = 0;
    a.position = 1;
    b.position = 2;
    reopen();
    EXPECT_EQ(m_store->reasons(), (std::vector<Reason>{c, a, b}));
    m_store->removePlanItem(PlanList::Reasons, a.id);
    EXPECT_EQ(m_store->reasons(), (std::vector<Reason>{c, b}));

    SupportPerson sam{0, "Sam", "+44 7700 900000", "after 6pm", 0};
    SupportPerson noor{0, "نور", "@noor", "", 1};
    sam.id = m_store->saveSupportPerson(sam);
    noor.id = m_store->saveSupportPerson(noor);
    m_store->reorderPlanItems(PlanList::SupportPeople, {noor.id, sam.id});
    noor.position = 0;
    sam.position = 1;
    EXPECT_EQ(m_store->supportPeople(), (std::vector<SupportPerson>{noor, sam}));
    m_store->removePlanItem(PlanList::SupportPeople, noor.id);
    EXPECT_EQ(m_store->supportPeople(), std::vector<SupportPerson>{sam});

    Activity walk{0, "Walk", 0};
    Activity bake{0, "Bake 🍞", 1};
    walk.id = m_store->saveActivity(walk);
    bake.id = m_store->saveActivity(bake);
    m_store->reorderPlanItems(PlanList::Activities, {bake.id, walk.id});
    bake.position = 0;
    walk.position = 1;
    EXPECT_EQ(m_store->activities(), (std::vector<Activity>{bake, walk}));
    m_store->removePlanItem(PlanList::Activities, walk.id);
    EXPECT_EQ(m_store->activities(), std::vector<Activity>{bake});

    IfThenPlan stories{0, Trigger::SocialMedia, "", "then I mute them and call Sam", 0};
    IfThenPlan own{0, Trigger::Other, "Friday drinks", "then I go home at ten", 1};
    stories.id = m_store->saveIfThenPlan(stories);
    own.id = m_store->saveIfThenPlan(own);
    m_store->reorderPlanItems(PlanList::IfThenPlans, {own.id, stories.id});
    own.position = 0;
    stories.position = 1;
    EXPECT_EQ(m_store->ifThenPlans(), (std::vector<IfThenPlan>{own, stories}));
    m_store->removePlanItem(PlanList::IfThenPlans, own.id);
    EXPECT_EQ(m_store->ifThenPlans(), std::vector<IfThenPlan>{stories});

    RiskDate birthday{0, "Their birthday", LocalDate{1995, 2, 28}, true, "Day out with Sam", 0};
    RiskDate hearing{0, "Hearing", LocalDate{2026, 6, 1}, false, "", 1};
    birthday.id = m_store->saveRiskDate(birthday);
    hearing.id = m_store->saveRiskDate(hearing);
    m_store->reorderPlanItems(PlanList::RiskDates, {hearing.id, birthday.id});
    hearing.position = 0;
    birthday.position = 1;
    reopen();
    EXPECT_EQ(m_store->riskDates(), (std::vector<RiskDate>{hearing, birthday}));
    m_store->removePlanItem(PlanList::RiskDates, hearing.id);
    EXPECT_EQ(m_store->riskDates(), std::vector<RiskDate>{birthday});
}

TEST_F(RoundTrip, ReorderWithAnUnknownIdChangesNothing)
{
    Reason a{0, "a", 0};
    Reason b{0, "b", 1};
    a.id = m_store->saveReason(a);
    b.id = m_store->saveReason(b);
    EXPECT_EQ(errorKindOf([&] { m_store->reorderPlanItems(PlanList::Reasons, {b.id, 777, a.id}); }),
              StoreError::Kind::NotFound);
    EXPECT_EQ(m_store->reasons(), (std::vector<Reason>{a, b}));
}

TEST_F(RoundTrip, SettingsDefaultThenRoundTripEveryField)
{
    EXPECT_EQ(m_store->settings(), Settings{});
    Settings settings;
    settings.breakupDate = LocalDate{2026, 2, 14};
    settings.noContactSince = localMoment(LocalDate{2026, 2, 20}, 23, 59, 330, "Asia/Kolkata");
    settings.weekStart = Weekday::Saturday;
    settings.morningReminderMinute = -1;
    settings.language = "fr";
    settings.theme = Theme::Light;
    settings.crisisText = kAwkwardTexts[0];
    settings.timerMinutes = 25;
    settings.extendMinutes = 3;
    settings.theirContactCountsOnlyIfReplied = false;
    settings.onboardingDone = true;
    settings.backupsToKeep = 30;
    settings.autoLockMinutes = 10;
    m_store->saveSettings(settings);
    reopen();
    EXPECT_EQ(m_store->settings(), settings);

    // Clearing the optional ones really clears them.
    settings.breakupDate.reset();
    settings.noContactSince.reset();
    settings.language.clear();
    m_store->saveSettings(settings);
    reopen();
    EXPECT_EQ(m_store->settings(), settings);
}

TEST(Stores, SeveralStoresOpenAtOnceAndLeaveNoConnectionsBehind)
{
    QTemporaryDir one;
    QTemporaryDir two;
    {
        auto first = SqliteStore::open(one.path());
        auto second = SqliteStore::open(two.path());
        first->saveReason(Reason{0, "first", 0});
        second->saveReason(Reason{0, "second", 0});
        EXPECT_EQ(first->reasons().front().text, "first");
        EXPECT_EQ(second->reasons().front().text, "second");
        EXPECT_NE(first->databasePath(), second->databasePath());
        EXPECT_EQ(first->databasePath(), QDir(one.path()).filePath(QStringLiteral("holdfast.sqlite")));
    }
    EXPECT_TRUE(QSqlDatabase::connectionNames().isEmpty()) << QSqlDatabase::connectionNames().join(u',').toStdString();
}

TEST(Stores, SameFolderTwiceSeesTheSameData)
{
    QTemporaryDir dir;
    auto writer = SqliteStore::open(dir.path());
    auto reader = SqliteStore::open(dir.path());
    writer->saveActivity(Activity{0, "Run", 0});
    ASSERT_EQ(reader->activities().size(), 1u);
    EXPECT_EQ(reader->activities().front().title, "Run");
}

TEST_F(RoundTrip, DaylioMoodMappingIsKeptInTheSettingsOfTheData)
{
    Settings settings = m_store->settings();
    EXPECT_TRUE(settings.daylioMoods.empty());
    settings.daylioMoods = {{"rad", 5}, {"so-so \"quoted\" ünïcode", 3}, {"awful", 1}};
    m_store->saveSettings(settings);
    reopen();
    EXPECT_EQ(m_store->settings().daylioMoods, settings.daylioMoods);

    settings.daylioMoods.clear();
    m_store->saveSettings(settings);
    reopen();
    EXPECT_TRUE(m_store->settings().daylioMoods.empty());
}

TEST_F(RoundTrip, TheTickedStepsOfClearThePathAreKeptAndCanBeUnticked)
{
    Settings settings = m_store->settings();
    EXPECT_TRUE(settings.clearedPath.empty()) << "nothing is ticked at first";
    settings.clearedPath = {PathStep::Archive, PathStep::Favourites};
    m_store->saveSettings(settings);
    reopen();
    EXPECT_EQ(m_store->settings().clearedPath, (std::set{PathStep::Archive, PathStep::Favourites}));
    EXPECT_EQ(m_store->settings(), settings) << "the other settings stay as they were";

    settings.clearedPath = {kPathSteps.begin(), kPathSteps.end()};
    m_store->saveSettings(settings);
    reopen();
    EXPECT_EQ(m_store->settings().clearedPath.size(), kPathSteps.size());

    settings.clearedPath.clear();
    m_store->saveSettings(settings);
    reopen();
    EXPECT_TRUE(m_store->settings().clearedPath.empty());
}

TEST_F(RoundTrip, DiscreetModeAndThePanicLabelAreKeptAndCanBeTurnedOff)
{
    Settings settings = m_store->settings();
    EXPECT_FALSE(settings.discreet) << "off at first";
    EXPECT_EQ(settings.panicLabel, "");
    settings.discreet = true;
    settings.panicLabel = "Stretch break ✓";
    m_store->saveSettings(settings);
    reopen();
    EXPECT_TRUE(m_store->settings().discreet);
    EXPECT_EQ(m_store->settings().panicLabel, "Stretch break ✓");
    EXPECT_EQ(m_store->settings(), settings) << "the other settings stay as they were";

    settings.discreet = false;
    settings.panicLabel.clear();
    m_store->saveSettings(settings);
    reopen();
    EXPECT_FALSE(m_store->settings().discreet);
    EXPECT_EQ(m_store->settings().panicLabel, "");
}

TEST_F(RoundTrip, ADaylioMoodOutsideOneToFiveIsRefused)
{
    Settings settings;
    settings.daylioMoods = {{"meh", 6}};
    EXPECT_THROW(m_store->saveSettings(settings), StoreError);
    EXPECT_TRUE(m_store->settings().daylioMoods.empty());
}

TEST_F(RoundTrip, AContactKeepsItsPurpose)
{
    ContactEvent pickUp{0, localMoment(kDay, 17, 0), Initiator::Them, ContactChannel::Text, true, "pick-up at 5",
                        std::nullopt};
    pickUp.purpose = ContactPurpose::Logistics;
    ContactEvent call{0, localMoment(kDay, 21, 0), Initiator::Me, ContactChannel::Call, false, "", std::nullopt};
    pickUp.id = m_store->addContact(pickUp);
    call.id = m_store->addContact(call);
    reopen();
    const std::vector<ContactEvent> stored = m_store->contacts();
    EXPECT_EQ(stored, (std::vector<ContactEvent>{pickUp, call}));
    ASSERT_EQ(stored.size(), 2u);
    EXPECT_EQ(stored[0].purpose, ContactPurpose::Logistics);
    EXPECT_EQ(stored[1].purpose, ContactPurpose::Personal) << "personal unless marked otherwise";
    // Read without notes (as the dashboard does, also while locked) the purpose is still there.
    EXPECT_EQ(m_store->contactsWithoutNotes()[0].purpose, ContactPurpose::Logistics);
}

TEST_F(RoundTrip, LowContactModeAndReplyTemplatesAreKept)
{
    Settings settings = m_store->settings();
    EXPECT_FALSE(settings.lowContact) << "off at first";
    EXPECT_TRUE(settings.replyTemplates.empty()) << "the built-in templates at first";
    settings.lowContact = true;
    settings.replyTemplates = {"Thanks, 5 pm works.", "Bitte per E-Mail, \"danke\"."};
    m_store->saveSettings(settings);
    reopen();
    EXPECT_EQ(m_store->settings(), settings);

    settings.lowContact = false;
    settings.replyTemplates.clear();
    m_store->saveSettings(settings);
    reopen();
    EXPECT_FALSE(m_store->settings().lowContact);
    EXPECT_TRUE(m_store->settings().replyTemplates.empty());
}
