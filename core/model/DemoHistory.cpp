#include "DemoHistory.h"

#include "SplitMixRandom.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <string>
#include <utility>
#include <vector>

namespace holdfast {

namespace {

using Random = SplitMixRandom;

int clampInt(double value, int low, int high)
{
    return std::clamp(int(std::lround(value)), low, high);
}

// When urges strike: evenings and nights most, mornings least.
constexpr std::array<double, 24> kHourWeights{
    5, 3, 2, 1, 0.3, 0.2, 0.5, 2, 2, 1, 1, 1, 2, 2, 1, 1, 2, 3, 3, 4, 5, 6, 7, 7,
};

// The one time the user reached out: the first Saturday from this day index on.
constexpr int kLapseEarliestDay = 24;
constexpr int kTheyContactDay = 47; // they texted; the user did not reply

struct JournalSeed
{
    int day; // index, or days after the lapse when `afterLapse`
    bool afterLapse;
    int mood;
    const char *text;
    std::vector<std::string> tags;
};

const std::vector<JournalSeed> &journalSeeds()
{
    static const std::vector<JournalSeed> seeds{
        {1, false, 2, "First week. Everything reminds me of them. I moved the chat off my home screen so I stop opening it.", {"first week"}},
        {4, false, 2, "Couldn't sleep. Wrote them a message here instead of sending it. Felt a little lighter after.", {"night", "unsent"}},
        {9, false, 3, "Lunch with Sam. We didn't talk about the breakup for a whole hour.", {"friends"}},
        {13, false, 2, "Sunday without plans was hard. Wrote down three things to do next Sunday.", {"weekend"}},
        {18, false, 3, "What don't I miss? Always being the one who planned everything. Waiting for replies.", {"prompt"}},
        {22, false, 3, "Went running for the first time in months. Legs hurt; head feels clearer.", {"running"}},
        {0, true, 1, "I texted them. Two drinks and a sad song. No reply. It hurt, and I'm still here. The counter starts again, and that's okay.", {"lapse"}},
        {2, true, 2, "Looked at what set it off: alcohol and being alone on a Saturday. Next Saturday I'm at Priya's.", {"lapse", "plan"}},
        {33, false, 3, "Saw their stories by accident. Muted them and called Jordan. The wave was gone in ten minutes.", {"social media"}},
        {38, false, 4, "What did I do today that was just for me? Bought plants. Cooked a proper dinner.", {"prompt", "home"}},
        {43, false, 4, "Reread an old unsent message. I don't feel that way any more.", {"unsent"}},
        {kTheyContactDay, false, 3, "They texted to ask how I was. I didn't reply. I don't need to.", {"they contacted me"}},
        {52, false, 4, "A handful of urges this week instead of fifteen. I didn't believe it would get easier.", {"progress"}},
        {57, false, 4, "A whole day without thinking about them until the evening. Strange, good strange.", {"progress"}},
        {62, false, 4, "Slept eight hours. Checked in with a 4 for mood. A month ago that didn't seem possible.", {"sleep", "progress"}},
        {66, false, 4, "Planning the weekend with friends. Their birthday is coming up; my plan for it is written down.", {"plan", "friends"}},
    };
    return seeds;
}

constexpr std::array kUnsentTexts{
    "I keep rewriting this. I just want to know if you ever think about me.",
    "I saw the photo. You looked happy. I wasn't ready for that.",
    "Do you remember the trip to the coast? I can't stop thinking about it.",
    "I'm angry that you made it look so easy.",
    "I wanted to tell you I got the job. Then I remembered I don't need to.",
    "I miss the version of us I made up in my head.",
};

constexpr std::array kIntentions{
    "Walk at lunch", "Call Sam back", "Bed by eleven", "", "Cook something real for dinner",
    "One kind thing for myself", "Phone in the other room after ten", "", "Gym after work", "Read before sleeping",
};

// The evening look back: what helped, and a line for tomorrow.
constexpr std::array kHelped{
    "A walk after dinner", "Called Sam", "Muted their profile", "", "Cooked with the radio on",
    "Wrote the message here instead", "Went to bed early", "The gym", "",
};
constexpr std::array kTomorrow{
    "Lunch outside", "", "Reply to Mum", "Phone in the kitchen tonight", "One thing at a time", "",
    "Ask Priya about Saturday",
};
// The person turned the look back on this many days before today.
constexpr int kLookBackDays = 21;

class Writer
{
public:
    Writer(DemoHistory::Stores stores, const Clock &clock, std::uint64_t seed, const DemoHistory::OffsetAt &offsetAt)
        : m_stores(stores), m_now(clock.now()), m_random(seed), m_seed(seed), m_offsetAt(offsetAt)
    {
        m_result.lastDay = m_now.localDate;
        m_result.firstDay = m_now.localDate.addDays(-(DemoHistory::kDays - 1));
        m_lapseDay = kLapseEarliestDay;
        while (dateOf(m_lapseDay).weekday() != Weekday::Saturday)
            ++m_lapseDay;
    }

    DemoHistory::Written run()
    {
        writePlan();
        for (int day = 0; day < DemoHistory::kDays; ++day) {
            writeCheckIn(day);
            writeUrges(day);
        }
        writeLookBacks();
        writeJournal();
        writeLooseUnsentMessage();
        writeSettings();
        return m_result;
    }

private:
    LocalDate dateOf(int day) const { return m_result.firstDay.addDays(day); }
    // 0 on the first day, 1 on the last: how far along the recovery is.
    static double progressOf(int day) { return double(day) / double(DemoHistory::kDays - 1); }

    Moment at(LocalDate date, int minuteOfDay) const
    {
        const std::int32_t offset = m_offsetAt ? m_offsetAt(date, minuteOfDay) : m_now.offsetMinutes;
        Moment moment;
        moment.utcMs = (date.dayNumber() * 24 * 60 + minuteOfDay - offset) * kMsPerMinute;
        moment.offsetMinutes = offset;
        moment.zone = m_now.zone;
        moment.localDate = date;
        return moment;
    }
    bool isPast(const Moment &moment) const { return moment.utcMs <= m_now.utcMs; }
    Moment later(const Moment &from, std::int64_t minutes) const
    {
        return Moment::fromUtc(from.utcMs + minutes * kMsPerMinute, from.offsetMinutes, from.zone);
    }

    void writePlan()
    {
        PlanStore &plan = m_stores.plan;
        for (const char *text : {"They made it clear they don't want this. I deserve someone who does.",
                                 "Every time I reached out, I felt worse for days.",
                                 "I want my evenings back.",
                                 "I'm building my own life, not waiting for theirs."}) {
            plan.saveReason(Reason{0, text, int(m_reasonCount++)});
        }
        const std::array<SupportPerson, 3> people{
            SupportPerson{0, "Sam", "+49 151 2345 6789", "Best friend. Answers at any hour.", 0},
            SupportPerson{0, "Priya", "@priya.k", "Good for long walks.", 1},
            SupportPerson{0, "Jordan", "+49 160 9876 5432", "Old flatmate. Makes me laugh.", 2},
        };
        for (const auto &person : people)
            m_people.emplace_back(plan.saveSupportPerson(person), person.name);
        int position = 0;
        for (const char *title : {"Go for a run", "Walk around the block", "Cook something new", "Play guitar",
                                  "Tidy one drawer"}) {
            m_activities.emplace_back(plan.saveActivity(Activity{0, title, position++}), title);
        }
        plan.saveIfThenPlan(IfThenPlan{0, Trigger::SocialMedia, {}, "If I see their stories, then I mute them and call Sam.", 0});
        plan.saveIfThenPlan(IfThenPlan{0, Trigger::NightTime, {},
                                       "If I can't sleep and want to text, then I write it here and read my reasons.", 1});
        plan.saveIfThenPlan(IfThenPlan{0, Trigger::Alcohol, {}, "If I've been drinking, my phone goes in the other room.", 2});

        const LocalDate birthday = m_now.localDate.addDays(9);
        const LocalDate anniversary = m_now.localDate.addDays(-120);
        plan.saveRiskDate(RiskDate{0, "Their birthday", yearsBefore(birthday, 31), true,
                                   "Evening with Priya; phone stays off.", 0});
        plan.saveRiskDate(RiskDate{0, "Our anniversary", yearsBefore(anniversary, 3), true,
                                   "A day trip with friends.", 1});
    }

    static LocalDate yearsBefore(LocalDate date, int years)
    {
        LocalDate result{date.year() - years, date.month(), date.day()};
        if (!result.isValid()) // 29 February in a common year
            result = LocalDate{date.year() - years, date.month(), 28};
        return result;
    }

    void writeCheckIn(int day)
    {
        const bool recent = day >= DemoHistory::kDays - 3;
        if (!recent && !m_random.chance(0.85))
            return;
        const double p = progressOf(day);
        const Moment when = at(dateOf(day), 7 * 60 + 15 + m_random.between(0, 90));
        if (!isPast(when))
            return;
        CheckIn checkIn;
        checkIn.date = dateOf(day);
        checkIn.recordedAt = when;
        const bool afterLapse = day == m_lapseDay + 1 || day == m_lapseDay + 2;
        checkIn.mood = afterLapse ? 1 : clampInt(2.0 + 2.1 * p + m_random.spread(0.9), 1, 5);
        checkIn.sleep = clampInt(2.2 + 1.8 * p + m_random.spread(1.0), 1, 5);
        checkIn.intention = kIntentions[std::size_t(day) % kIntentions.size()];
        m_stores.checkIns.saveCheckIn(checkIn);
        ++m_result.checkIns;
    }

    // With its own random numbers, so the rest of the history stays as it was
    // before the look back existed.
    void writeLookBacks()
    {
        Random random(m_seed ^ 0x100cb4c4ULL);
        for (int day = DemoHistory::kDays - kLookBackDays; day < DemoHistory::kDays; ++day) {
            if (!random.chance(0.8))
                continue;
            const double p = progressOf(day);
            const Moment when = at(dateOf(day), 21 * 60 + 20 + random.between(0, 50));
            if (!isPast(when))
                continue;
            LookBack lookBack;
            lookBack.date = dateOf(day);
            lookBack.recordedAt = when;
            lookBack.hardness = clampInt(4.6 - 3.0 * p + random.spread(0.8), 1, 5);
            lookBack.helped = kHelped[std::size_t(day) % kHelped.size()];
            lookBack.tomorrow = kTomorrow[std::size_t(day) % kTomorrow.size()];
            m_stores.lookBacks.saveLookBack(lookBack);
            ++m_result.lookBacks;
        }
    }

    void writeUrges(int day)
    {
        const double p = progressOf(day);
        const LocalDate date = dateOf(day);
        const bool weekend = date.weekday() == Weekday::Saturday || date.weekday() == Weekday::Sunday;
        // Rarer week by week: about 18 a week at first, two or three at the end.
        double rate = (0.3 + 2.4 * std::pow(1.0 - p, 1.6)) * (weekend ? 1.25 : 1.0);
        if (day > m_lapseDay && day <= m_lapseDay + 3)
            rate += 0.8; // the days after a lapse are harder
        int count = int(rate) + (m_random.chance(rate - std::floor(rate)) ? 1 : 0);

        std::vector<int> minutes;
        for (int i = 0; i < count; ++i)
            minutes.push_back(int(m_random.weighted(kHourWeights)) * 60 + m_random.between(0, 59));
        std::sort(minutes.begin(), minutes.end());
        for (const int minute : minutes)
            writeUrge(day, at(date, minute), p);

        if (day == m_lapseDay)
            writeLapse(date);
        if (day == kTheyContactDay)
            writeTheyContacted(date);
    }

    std::vector<Trigger> pickTriggers(const Moment &start, double p)
    {
        const int hour = start.localHour();
        const bool night = hour >= 22 || hour < 5;
        const std::array<double, 10> weights{
            4.0 - 2.5 * p,      // SocialMedia
            3.0,                // Memory
            4.0 - 1.5 * p,      // Loneliness
            night ? 4.0 : 0.0,  // NightTime
            night ? 1.2 : 0.4,  // Alcohol
            1.0 + 2.0 * p,      // Boredom
            0.6,                // NewsAboutThem
            0.2,                // SpecialDate
            0.0,                // TheyContactedMe: only when they did
            0.4,                // Other
        };
        std::vector<Trigger> triggers{kAllTriggers[m_random.weighted(weights)]};
        if (m_random.chance(0.4)) {
            const Trigger second = kAllTriggers[m_random.weighted(weights)];
            if (second != triggers.front())
                triggers.push_back(second);
        }
        return triggers;
    }

    void writeUrge(int day, const Moment &start, double p)
    {
        UrgeRecord urge;
        urge.start = start;
        const int startIntensity = clampInt(8.2 - 3.6 * p + m_random.spread(1.5), 2, 10);
        const double halfLife = std::max(3.0, 13.0 - 7.0 * p + m_random.spread(2.0));
        urge.samples.push_back({start.utcMs, startIntensity});
        const bool ratedAgain = m_random.chance(0.85);
        int minute = 0;
        int intensity = startIntensity;
        while (ratedAgain && minute < 20 && intensity > 1 && urge.samples.size() < 8) {
            minute += m_random.between(2, 5);
            const double expected = startIntensity * std::pow(0.5, minute / halfLife);
            intensity = std::min(intensity + 1, clampInt(expected + m_random.spread(0.6), 0, 10));
            urge.samples.push_back({start.utcMs + minute * kMsPerMinute, intensity});
        }
        urge.end = later(start, minute + 1);
        if (!isPast(*urge.end))
            return;

        urge.triggers = pickTriggers(start, p);
        // Seeing their posts mostly pulls toward looking at more of them, a
        // special date toward going where they might be. (No draw of the
        // random sequence, so the rest of the history stays as it was.)
        if (urge.triggers.front() == Trigger::SocialMedia)
            urge.kind = UrgeKind::Look;
        else if (urge.triggers.front() == Trigger::SpecialDate)
            urge.kind = UrgeKind::Go;
        if (m_random.chance(0.05))
            urge.customTriggers.push_back("Our song");
        const bool night = start.localHour() >= 22 || start.localHour() < 5;
        urge.halt.lonely = m_random.chance(0.45 - 0.2 * p);
        urge.halt.tired = m_random.chance(night ? 0.6 : 0.25);
        urge.halt.hungry = m_random.chance(0.1);
        urge.halt.angry = m_random.chance(0.15);

        urge.outcome = p < 0.85 && m_random.chance(0.05) ? UrgeOutcome::Open : UrgeOutcome::Resisted;
        if (urge.outcome == UrgeOutcome::Resisted)
            chooseAction(urge);
        if (urge.outcome == UrgeOutcome::Resisted && m_unsentUsed < kUnsentTexts.size() && p < 0.8
            && m_random.chance(0.22)) {
            writeWithUnsentMessage(urge, kUnsentTexts[m_unsentUsed++], day);
            return;
        }
        m_stores.urges.saveUrge(urge);
        ++m_result.urges;
    }

    void chooseAction(UrgeRecord &urge)
    {
        const double roll = m_random.unit();
        if (roll < 0.4) {
            const auto &[id, name] = m_people[std::size_t(m_random.between(0, int(m_people.size()) - 1))];
            urge.action = ActionKind::SupportPerson;
            urge.actionId = id;
            urge.actionLabel = name;
        } else if (roll < 0.8) {
            const auto &[id, title] = m_activities[std::size_t(m_random.between(0, int(m_activities.size()) - 1))];
            urge.action = ActionKind::Activity;
            urge.actionId = id;
            urge.actionLabel = title;
        }
    }

    // The message and the urge point at each other: save one, then the other, then link back.
    void writeWithUnsentMessage(UrgeRecord urge, const std::string &text, int day)
    {
        UnsentMessage message;
        message.written = later(urge.start, 3);
        message.updated = message.written;
        message.text = text;
        if (day < DemoHistory::kDays - 10) {
            const Moment reread = later(message.written, 26 * 60);
            if (isPast(reread))
                message.reread = reread;
        }
        message.id = m_stores.unsentMessages.saveUnsentMessage(message);
        urge.unsentMessageId = message.id;
        message.urgeId = m_stores.urges.saveUrge(urge);
        m_stores.unsentMessages.saveUnsentMessage(message);
        ++m_result.urges;
        ++m_result.unsentMessages;
    }

    void writeLapse(LocalDate date)
    {
        UrgeRecord urge;
        urge.start = at(date, 23 * 60 + 10);
        urge.samples = {{urge.start.utcMs, 9}, {urge.start.utcMs + 4 * kMsPerMinute, 9}};
        urge.end = later(urge.start, 6);
        urge.triggers = {Trigger::Alcohol, Trigger::Loneliness};
        urge.halt.lonely = true;
        urge.halt.tired = true;
        urge.outcome = UrgeOutcome::ReachedOut;
        urge.note = "Sent a long message after two drinks. No reply.";
        const std::int64_t urgeId = m_stores.urges.saveUrge(urge);
        ++m_result.urges;

        ContactEvent contact;
        contact.at = later(urge.start, 5);
        contact.initiator = Initiator::Me;
        contact.channel = ContactChannel::Text;
        contact.note = urge.note;
        contact.urgeId = urgeId;
        m_stores.contacts.addContact(contact);
        ++m_result.contacts;
        m_lapse = contact.at;
    }

    void writeTheyContacted(LocalDate date)
    {
        UrgeRecord urge;
        urge.start = at(date, 19 * 60 + 40);
        urge.samples = {{urge.start.utcMs, 7},
                        {urge.start.utcMs + 5 * kMsPerMinute, 5},
                        {urge.start.utcMs + 11 * kMsPerMinute, 3}};
        urge.end = later(urge.start, 12);
        if (!isPast(*urge.end))
            return;
        urge.triggers = {Trigger::TheyContactedMe};
        urge.outcome = UrgeOutcome::TheyContactedMe;
        urge.action = ActionKind::SupportPerson;
        urge.actionId = m_people.front().first;
        urge.actionLabel = m_people.front().second;
        urge.note = "They asked how I was. I didn't answer.";
        const std::int64_t urgeId = m_stores.urges.saveUrge(urge);
        ++m_result.urges;

        ContactEvent contact;
        contact.at = urge.start;
        contact.initiator = Initiator::Them;
        contact.channel = ContactChannel::Text;
        contact.replied = false;
        contact.note = urge.note;
        contact.urgeId = urgeId;
        m_stores.contacts.addContact(contact);
        ++m_result.contacts;
    }

    void writeJournal()
    {
        for (const auto &seed : journalSeeds()) {
            JournalEntry entry;
            const int day = seed.afterLapse ? m_lapseDay + seed.day : seed.day;
            // The lapse's own entry comes after the message went out that night.
            const int minute = seed.afterLapse && seed.day == 0 ? 23 * 60 + 30 : 21 * 60 + m_random.between(0, 59);
            entry.created = at(dateOf(day), minute);
            if (!isPast(entry.created))
                continue;
            entry.updated = entry.created;
            entry.text = seed.text;
            entry.mood = seed.mood;
            entry.tags = seed.tags;
            m_stores.journal.saveJournalEntry(entry);
            ++m_result.journalEntries;
        }
    }

    // Written straight into the unsent folder, not during an urge.
    void writeLooseUnsentMessage()
    {
        UnsentMessage message;
        message.written = at(dateOf(DemoHistory::kDays - 6), 20 * 60 + 30);
        message.updated = message.written;
        message.text = "Thank you for the good parts. I'm letting the rest go.";
        m_stores.unsentMessages.saveUnsentMessage(message);
        ++m_result.unsentMessages;
    }

    void writeSettings()
    {
        Settings settings = m_stores.settings.settings();
        settings.breakupDate = m_result.firstDay.addDays(-9);
        settings.noContactSince = m_lapse;
        settings.onboardingDone = true;
        settings.lookBack = true;
        m_stores.settings.saveSettings(settings);
    }

    DemoHistory::Stores m_stores;
    Moment m_now;
    Random m_random;
    std::uint64_t m_seed;
    const DemoHistory::OffsetAt &m_offsetAt;
    DemoHistory::Written m_result;
    std::vector<std::pair<std::int64_t, std::string>> m_people;
    std::vector<std::pair<std::int64_t, std::string>> m_activities;
    std::size_t m_reasonCount = 0;
    std::size_t m_unsentUsed = 0;
    int m_lapseDay = kLapseEarliestDay;
    Moment m_lapse;
};

} // namespace

DemoHistory::DemoHistory(std::uint64_t seed, OffsetAt offsetAt) : m_seed(seed), m_offsetAt(std::move(offsetAt)) {}

DemoHistory::Written DemoHistory::writeTo(Stores stores, const Clock &clock) const
{
    return Writer(stores, clock, m_seed, m_offsetAt).run();
}

DemoHistory::Written DemoHistory::writeTo(Store &store, const Clock &clock) const
{
    return writeTo(Stores{store, store, store, store, store, store, store, store}, clock);
}

} // namespace holdfast
