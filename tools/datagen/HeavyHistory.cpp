#include "HeavyHistory.h"

#include "model/SplitMixRandom.h"
#include "model/Trigger.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace holdfast::datagen {

namespace {

using Random = SplitMixRandom;

// Daily rates of the heavy profile: a steady base and a large early surplus
// that fades over the first months.
constexpr double kUrgeBase = 230.0;
constexpr double kUrgeEarly = 890.0;
constexpr double kUrgeFadeDays = 180.0;
constexpr double kJournalBase = 5.2;
constexpr double kJournalEarly = 5.0;
constexpr double kUnsentBase = 0.3;
constexpr double kUnsentEarly = 3.0;
constexpr double kUnsentFadeDays = 90.0;

double fade(int day, double days)
{
    return std::exp(-double(day) / days);
}

// When urges strike: evenings and nights most, early mornings least.
constexpr std::array<double, 24> kHourWeights{
    5, 3, 2, 1, 0.3, 0.2, 0.5, 2, 2, 1, 1, 1, 2, 2, 1, 1, 2, 3, 3, 4, 5, 6, 7, 7,
};
constexpr double kHourWeightTotal = [] {
    double total = 0;
    for (double w : kHourWeights)
        total += w;
    return total;
}();

// European summer time: from the last Sunday of March to the last Sunday of
// October (switching at 01:00 UTC; the hour of the switch is ignored here).
LocalDate lastSunday(int year, unsigned month)
{
    LocalDate day(year, month, 31);
    while (day.weekday() != Weekday::Sunday)
        day = day.addDays(-1);
    return day;
}

std::int32_t berlinOffset(LocalDate date)
{
    const bool summer = date >= lastSunday(date.year(), 3) && date < lastSunday(date.year(), 10);
    return summer ? 120 : 60;
}

Moment at(LocalDate date, int minuteOfDay)
{
    const std::int32_t offset = berlinOffset(date);
    Moment moment;
    moment.utcMs = (date.dayNumber() * 1440 + minuteOfDay - offset) * kMsPerMinute;
    moment.offsetMinutes = offset;
    moment.zone = "Europe/Berlin";
    moment.localDate = date;
    return moment;
}

// Everyday words, frequent ones first (Zipf-like weights), with some that
// need more than ASCII so search and storage see real UTF-8.
constexpr std::string_view kWords[] = {
    "the", "i", "and", "to", "a", "it", "of", "that", "was", "my", "in", "me", "they", "is", "not", "but",
    "so", "for", "with", "today", "feel", "felt", "what", "about", "like", "just", "again", "them", "still",
    "when", "all", "can", "know", "want", "think", "time", "day", "night", "morning", "evening", "phone",
    "message", "text", "walk", "walked", "coffee", "café", "friend", "friends", "sister", "brother", "mum",
    "dad", "work", "office", "sleep", "slept", "tired", "lonely", "angry", "calm", "better", "worse", "quiet",
    "loud", "music", "song", "playlist", "memory", "memories", "photo", "photos", "picture", "birthday",
    "weekend", "sunday", "monday", "rain", "sun", "sunlight", "park", "river", "bridge", "train", "bus",
    "kitchen", "dinner", "lunch", "breakfast", "cooked", "recipe", "crème", "brûlée", "tea", "wine", "water",
    "run", "running", "gym", "yoga", "breathing", "breath", "urge", "urges", "wave", "waves", "passed",
    "minutes", "hours", "week", "weeks", "month", "months", "year", "counter", "streak", "milestone",
    "journal", "wrote", "writing", "reading", "book", "books", "chapter", "film", "series", "episode",
    "laughed", "cried", "crying", "smiled", "hug", "hugs", "naïve", "déjà", "vu", "façade", "résumé",
    "fiancé", "Zürich", "Köln", "Straße", "über", "señora", "jalapeño", "smörgåsbord", "Ελπίδα", "Надежда",
    "希望", "garden", "plants", "balcony", "window", "door", "street", "city", "home", "apartment", "room",
    "bed", "couch", "blanket", "candle", "light", "dark", "cold", "warm", "winter", "spring", "summer",
    "autumn", "holiday", "trip", "travel", "airport", "beach", "mountain", "forest", "lake", "dog", "cat",
    "neighbour", "colleague", "boss", "meeting", "deadline", "project", "plan", "reason", "reasons",
    "promise", "honest", "honesty", "trust", "hope", "hopeful", "grateful", "gratitude", "proud", "small",
    "steps", "step", "forward", "backward", "stuck", "moving", "moved", "change", "changed", "different",
    "same", "old", "new", "first", "last", "never", "always", "sometimes", "often", "rarely", "maybe",
    "probably", "really", "almost", "enough", "too", "much", "little", "more", "less", "instead", "because",
    "although", "while", "after", "before", "during", "since", "until", "scrolling", "instagram", "muted",
    "blocked", "unfollowed", "deleted", "archive", "chat", "call", "voice", "voicemail", "letter", "unsent",
    "therapist", "session", "advice", "listened", "talked", "conversation", "silence", "space", "distance",
};
constexpr std::size_t kWordCount = std::size(kWords);

struct WordTable
{
    std::array<double, kWordCount> weights{};
    double total = 0;
    WordTable()
    {
        for (std::size_t i = 0; i < kWordCount; ++i) {
            weights[i] = 1.0 / std::pow(double(i) + 2.0, 0.9);
            total += weights[i];
        }
    }
};

const WordTable &wordTable()
{
    static const WordTable table;
    return table;
}

void appendWord(std::string &out, std::string_view word, bool capital)
{
    if (capital && !word.empty() && word[0] >= 'a' && word[0] <= 'z') {
        out += char(word[0] - 'a' + 'A');
        out.append(word.substr(1));
    } else {
        out.append(word);
    }
}

// Prose of about `words` words in sentences and paragraphs.
std::string prose(Random &random, int words)
{
    const WordTable &table = wordTable();
    std::string out;
    out.reserve(std::size_t(words) * 7);
    int written = 0;
    int sentencesInParagraph = 0;
    while (written < words) {
        const int length = std::min(random.between(6, 22), words - written);
        for (int i = 0; i < length; ++i) {
            if (i > 0)
                out += (i > 3 && random.chance(0.06)) ? ", " : " ";
            appendWord(out, kWords[random.weighted(table.weights, table.total)], i == 0);
        }
        written += length;
        out += random.chance(0.08) ? "?" : ".";
        if (++sentencesInParagraph >= random.between(3, 7) && written < words) {
            out += "\n\n";
            sentencesInParagraph = 0;
        } else if (written < words) {
            out += ' ';
        }
    }
    return out;
}

constexpr std::string_view kTags[] = {
    "work", "family", "friends", "sleep", "exercise", "therapy", "music", "memories", "weekend", "progress",
    "bad day", "good day", "gratitude", "birthday", "holiday", "café", "Zürich", "sunday",
};

constexpr std::string_view kIntentions[] = {
    "Go for a walk at lunch", "Call my sister", "Leave my phone in the other room after nine",
    "Cook something real", "Ten minutes of breathing", "Write before bed", "Be kind to myself today",
    "Reply to Sam", "Go to the gym", "Read a chapter", "",
};

constexpr std::string_view kCustomTriggers[] = {"Their street", "Our song on the radio", "Sunday evenings", "Café Olé"};
constexpr std::string_view kActivities[] = {"Walk around the block", "Cold water on my face", "Call Sam",
                                            "Ten deep breaths", "Write it in the journal", "Make tea"};

void addPlan(DataSet &batch)
{
    const std::string_view reasons[] = {"They never showed up when it mattered", "I sleep again",
                                        "My friends are back in my life", "I deserve someone who stays",
                                        "I like who I am becoming"};
    int position = 0;
    for (std::string_view text : reasons)
        batch.reasons.push_back(Reason{0, std::string(text), position++});
    position = 0;
    batch.supportPeople.push_back(SupportPerson{0, "Sam", "+49 151 0000000", "Any time after six", position++});
    batch.supportPeople.push_back(SupportPerson{0, "Jördis", "@joerdis", "Mornings", position++});
    batch.supportPeople.push_back(SupportPerson{0, "Dr. Weiß", "+49 30 0000000", "Thursday sessions", position++});
    position = 0;
    for (std::string_view title : kActivities)
        batch.activities.push_back(Activity{0, std::string(title), position++});
    batch.ifThenPlans.push_back(IfThenPlan{0, Trigger::SocialMedia, {}, "Put the phone down and go outside", 0});
    batch.ifThenPlans.push_back(IfThenPlan{0, Trigger::NightTime, {}, "Phone in the kitchen, book in bed", 1});
    batch.ifThenPlans.push_back(IfThenPlan{0, Trigger::Alcohol, {}, "Give the phone to a friend", 2});
    batch.ifThenPlans.push_back(IfThenPlan{0, Trigger::Other, "Their street", "Take the other bus", 3});
    batch.riskDates.push_back(RiskDate{0, "Their birthday", LocalDate(2020, 6, 14), true, "Plans with Sam", 0});
    batch.riskDates.push_back(RiskDate{0, "Our anniversary", LocalDate(2019, 9, 2), true, "Day trip", 1});
    batch.riskDates.push_back(RiskDate{0, "New Year's Eve", LocalDate(2020, 12, 31), true, "Party with friends", 2});
}

UrgeRecord makeUrge(Random &random, LocalDate date, std::int64_t id, double dayFraction)
{
    const std::size_t hour = random.weighted(kHourWeights, kHourWeightTotal);
    const int minuteOfDay = int(hour) * 60 + random.between(0, 59);
    UrgeRecord urge;
    urge.id = id;
    urge.start = at(date, minuteOfDay);
    // Urges grow weaker over the years.
    const int top = std::max(4, 10 - int(dayFraction * 5.0));
    int intensity = random.between(std::max(1, top - 5), top);
    const int sampleCount = random.between(3, 8);
    std::int64_t t = urge.start.utcMs;
    urge.samples.reserve(std::size_t(sampleCount));
    for (int i = 0; i < sampleCount; ++i) {
        urge.samples.push_back(IntensitySample{t, intensity});
        t += random.between(90, 300) * 1000;
        intensity = std::clamp(intensity - random.between(0, 2) + (random.chance(0.1) ? 1 : 0), 0, 10);
    }
    const int triggerCount = random.between(0, 2);
    for (int i = 0; i < triggerCount; ++i) {
        const Trigger trigger = kAllTriggers[std::size_t(random.between(0, int(kAllTriggers.size()) - 2))];
        if (std::find(urge.triggers.begin(), urge.triggers.end(), trigger) == urge.triggers.end())
            urge.triggers.push_back(trigger);
    }
    if (random.chance(0.05))
        urge.customTriggers.emplace_back(kCustomTriggers[std::size_t(random.between(0, 3))]);
    urge.halt = HaltFlags{random.chance(0.15), random.chance(0.1), random.chance(0.3), random.chance(0.25)};
    if (random.chance(0.3)) {
        urge.action = ActionKind::Activity;
        urge.actionLabel = std::string(kActivities[std::size_t(random.between(0, int(std::size(kActivities)) - 1))]);
    }
    if (random.chance(0.02)) {
        urge.outcome = UrgeOutcome::Open;
    } else {
        urge.outcome = random.chance(0.005) ? UrgeOutcome::TheyContactedMe : UrgeOutcome::Resisted;
        urge.end = Moment::fromUtc(t, urge.start.offsetMinutes, urge.start.zone);
    }
    return urge;
}

} // namespace

HeavyHistory::HeavyHistory(HeavyProfile profile) : m_profile(std::move(profile)) {}

Settings HeavyHistory::settings(const HeavyTotals &totals) const
{
    Settings settings;
    settings.breakupDate = m_profile.firstDay().addDays(-3);
    settings.noContactSince = totals.lastReachedOut ? *totals.lastReachedOut : at(m_profile.firstDay(), 9 * 60);
    settings.onboardingDone = true;
    settings.crisisText = "Telefonseelsorge 0800 111 0 111";
    return settings;
}

HeavyTotals HeavyHistory::generate(const std::function<void(DataSet &&batch)> &sink) const
{
    const int days = m_profile.dayCount();
    // Expected totals at the profile's rates, to scale to the counts asked for.
    double expectedUrges = 0, expectedJournal = 0, expectedUnsent = 0;
    for (int d = 0; d < days; ++d) {
        expectedUrges += kUrgeBase + kUrgeEarly * fade(d, kUrgeFadeDays);
        expectedJournal += kJournalBase + kJournalEarly * fade(d, kUrgeFadeDays);
        expectedUnsent += kUnsentBase + kUnsentEarly * fade(d, kUnsentFadeDays);
    }
    const double urgeScale = m_profile.urges >= 0 ? double(m_profile.urges) / expectedUrges : 1.0;
    const double journalScale = m_profile.journalEntries >= 0 ? double(m_profile.journalEntries) / expectedJournal : 1.0;
    const double unsentScale = m_profile.unsentMessages >= 0 ? double(m_profile.unsentMessages) / expectedUnsent : 1.0;

    Random random(m_profile.seed);
    HeavyTotals totals;
    DataSet batch;
    addPlan(batch);
    std::int64_t nextId = 1;
    auto flush = [&] {
        ++totals.batches;
        sink(std::move(batch));
        batch = DataSet{};
        nextId = 1;
    };

    const LocalDate first = m_profile.firstDay();
    for (int d = 0; d < days; ++d) {
        const LocalDate date = first.addDays(d);
        const double dayFraction = double(d) / double(days);
        const std::size_t dayFirstUrge = batch.urges.size();

        const int urgeCount = random.count((kUrgeBase + kUrgeEarly * fade(d, kUrgeFadeDays)) * urgeScale);
        for (int i = 0; i < urgeCount; ++i) {
            batch.urges.push_back(makeUrge(random, date, nextId++, dayFraction));
            totals.samples += std::int64_t(batch.urges.back().samples.size());
        }
        std::sort(batch.urges.begin() + std::ptrdiff_t(dayFirstUrge), batch.urges.end(),
                  [](const UrgeRecord &a, const UrgeRecord &b) { return a.start.utcMs < b.start.utcMs; });
        totals.urges += urgeCount;
        const std::size_t dayUrges = batch.urges.size() - dayFirstUrge;

        // A lapse: the user reached out after one of the day's urges.
        if (random.chance(0.002 + 0.15 * fade(d, 60.0))) {
            ContactEvent contact;
            contact.id = nextId++;
            contact.initiator = Initiator::Me;
            contact.channel = random.chance(0.7) ? ContactChannel::Text : ContactChannel::Call;
            if (dayUrges > 0) {
                UrgeRecord &urge = batch.urges[dayFirstUrge + std::size_t(random.between(0, int(dayUrges) - 1))];
                urge.outcome = UrgeOutcome::ReachedOut;
                urge.note = "I sent it. It did not help; I felt worse after.";
                if (!urge.end)
                    urge.end = Moment::fromUtc(urge.samples.back().utcMs, urge.start.offsetMinutes, urge.start.zone);
                contact.at = *urge.end;
                contact.urgeId = urge.id;
            } else {
                contact.at = at(date, 22 * 60);
            }
            contact.note = "A short message late at night";
            totals.lastReachedOut = contact.at;
            batch.contacts.push_back(std::move(contact));
            ++totals.contacts;
        }
        // They got in touch; the user mostly did not answer.
        if (random.chance(0.003 + 0.05 * fade(d, 120.0))) {
            ContactEvent contact;
            contact.id = nextId++;
            contact.at = at(date, random.between(9 * 60, 23 * 60));
            contact.initiator = Initiator::Them;
            contact.channel = ContactChannel::SocialMedia;
            contact.replied = random.chance(0.1);
            if (contact.replied)
                totals.lastReachedOut = contact.at;
            batch.contacts.push_back(std::move(contact));
            ++totals.contacts;
        }

        CheckIn checkIn;
        checkIn.date = date;
        checkIn.recordedAt = at(date, random.between(7 * 60, 10 * 60));
        checkIn.mood = std::clamp(int(std::lround(2.0 + 2.0 * dayFraction)) + random.between(-1, 1), 1, 5);
        checkIn.sleep = std::clamp(random.between(2, 5) - (random.chance(0.2) ? 1 : 0), 1, 5);
        checkIn.intention = std::string(kIntentions[std::size_t(random.between(0, int(std::size(kIntentions)) - 1))]);
        batch.checkIns.push_back(std::move(checkIn));

        const int journalCount = random.count((kJournalBase + kJournalEarly * fade(d, kUrgeFadeDays)) * journalScale);
        for (int i = 0; i < journalCount; ++i) {
            JournalEntry entry;
            entry.id = nextId++;
            entry.created = at(date, random.between(6 * 60, 23 * 60 + 59));
            entry.updated = entry.created;
            entry.updated.utcMs += random.between(1, 30) * kMsPerMinute;
            entry.updated = Moment::fromUtc(entry.updated.utcMs, entry.created.offsetMinutes, entry.created.zone);
            const int words = random.between(200, 800);
            entry.text = prose(random, words);
            totals.journalWords += words;
            if (random.chance(0.8))
                entry.mood = std::clamp(int(std::lround(2.0 + 2.0 * dayFraction)) + random.between(-1, 1), 1, 5);
            const int tagCount = random.between(0, 3);
            for (int t = 0; t < tagCount; ++t) {
                std::string tag(kTags[std::size_t(random.between(0, int(std::size(kTags)) - 1))]);
                if (std::find(entry.tags.begin(), entry.tags.end(), tag) == entry.tags.end())
                    entry.tags.push_back(std::move(tag));
            }
            batch.journalEntries.push_back(std::move(entry));
        }
        totals.journalEntries += journalCount;

        const int unsentCount = random.count((kUnsentBase + kUnsentEarly * fade(d, kUnsentFadeDays)) * unsentScale);
        for (int i = 0; i < unsentCount; ++i) {
            UnsentMessage message;
            message.id = nextId++;
            message.written = at(date, random.between(18 * 60, 23 * 60 + 59));
            message.updated = message.written;
            message.text = prose(random, random.between(40, 250));
            // Most were written during an urge of that day.
            if (dayUrges > 0 && random.chance(0.6)) {
                UrgeRecord &urge = batch.urges[dayFirstUrge + std::size_t(random.between(0, int(dayUrges) - 1))];
                if (!urge.unsentMessageId) {
                    urge.unsentMessageId = message.id;
                    message.urgeId = urge.id;
                }
            }
            if (d + 7 < days && random.chance(0.4))
                message.reread = at(date.addDays(7), 20 * 60);
            batch.unsentMessages.push_back(std::move(message));
        }
        totals.unsentMessages += unsentCount;
        totals.checkIns += 1;

        if (std::int64_t(batch.urges.size()) >= m_profile.batchUrges)
            flush();
    }
    if (!batch.urges.empty() || !batch.checkIns.empty() || !batch.journalEntries.empty() || !batch.reasons.empty())
        flush();
    return totals;
}

} // namespace holdfast::datagen
