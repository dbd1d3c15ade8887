#include "CrashRecords.h"

#include <array>
#include <random>
#include <string>

namespace holdfast::crashtest {

namespace {

constexpr std::int64_t kBaseUtcMs = 1'767'225'600'000; // 2026-01-01T00:00Z

std::uint64_t seedOf(int run, int n, std::uint64_t salt)
{
    // splitmix64: nearby (run, n) pairs get unrelated streams.
    std::uint64_t z = (std::uint64_t(std::uint32_t(run)) << 32 | std::uint32_t(n)) + salt * 0x9e3779b97f4a7c15ULL;
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

int uniform(std::mt19937_64 &random, int low, int high)
{
    return std::uniform_int_distribution<int>(low, high)(random);
}

// Words with accents, CJK and emoji, so a torn UTF-8 sequence would show.
std::string sentence(std::mt19937_64 &random, int words)
{
    static constexpr std::array kWords{"quiet", "walk", "café", "naïve", "Grüße", "tired", "我想你", "🌊",
                                       "again", "evening", "phone", "didn't", "écrire", "mañana", "\"quoted\"",
                                       "tab\there", "line\nbreak", "O'Brien", "100%", "<b>"};
    std::string text;
    for (int i = 0; i < words; ++i) {
        if (i > 0)
            text += ' ';
        text += kWords[std::size_t(uniform(random, 0, int(kWords.size()) - 1))];
    }
    return text;
}

Moment momentAt(std::int64_t utcMs, std::mt19937_64 &random)
{
    static constexpr std::array kZones{std::pair{60, "Europe/Berlin"}, std::pair{-300, "America/New_York"},
                                       std::pair{330, "Asia/Kolkata"}, std::pair{0, ""}};
    const auto &[offset, zone] = kZones[std::size_t(uniform(random, 0, int(kZones.size()) - 1))];
    return Moment::fromUtc(utcMs, offset, zone);
}

} // namespace

Operation CrashRecords::operationFor(int run, int n)
{
    if (n == 0)
        return Operation::AddJournal;
    std::mt19937_64 random(seedOf(run, n, 1));
    const int roll = uniform(random, 0, 99);
    if (roll < 30)
        return Operation::AddUrge;
    if (roll < 40)
        return Operation::EditUrge;
    if (roll < 65)
        return Operation::AddJournal;
    if (roll < 78)
        return Operation::EditJournal;
    if (roll < 97)
        return Operation::SaveCheckIn;
    return Operation::Backup;
}

UrgeRecord CrashRecords::urge(int run, int n)
{
    std::mt19937_64 random(seedOf(run, n, 2));
    UrgeRecord urge;
    const std::int64_t start = kBaseUtcMs + std::int64_t(run) * 86'400'000 + std::int64_t(n) * 61'000;
    urge.start = momentAt(start, random);
    const int sampleCount = uniform(random, 1, 12);
    for (int i = 0; i < sampleCount; ++i)
        urge.samples.push_back(IntensitySample{start + i * 30'000, uniform(random, 0, 10)});
    if (uniform(random, 0, 3) > 0)
        urge.end = Moment::fromUtc(start + sampleCount * 30'000, urge.start.offsetMinutes, urge.start.zone);
    for (const Trigger trigger : kAllTriggers) {
        if (uniform(random, 0, 4) == 0)
            urge.triggers.push_back(trigger);
    }
    if (uniform(random, 0, 2) == 0)
        urge.customTriggers.push_back(sentence(random, 2));
    urge.halt = HaltFlags{uniform(random, 0, 1) == 1, uniform(random, 0, 1) == 1, uniform(random, 0, 1) == 1,
                          uniform(random, 0, 1) == 1};
    urge.outcome = std::array{UrgeOutcome::Open, UrgeOutcome::Resisted, UrgeOutcome::ReachedOut,
                              UrgeOutcome::TheyContactedMe}[std::size_t(uniform(random, 0, 3))];
    if (urge.outcome == UrgeOutcome::ReachedOut)
        urge.note = sentence(random, uniform(random, 1, 40));
    return urge;
}

JournalEntry CrashRecords::journal(int run, int n)
{
    std::mt19937_64 random(seedOf(run, n, 3));
    JournalEntry entry;
    const std::int64_t created = kBaseUtcMs + std::int64_t(run) * 86'400'000 + std::int64_t(n) * 97'000;
    entry.created = momentAt(created, random);
    entry.updated = Moment::fromUtc(created + uniform(random, 0, 3'600'000), entry.created.offsetMinutes,
                                    entry.created.zone);
    // Mostly short, sometimes long enough to spill over several pages.
    const int words = uniform(random, 0, 9) == 0 ? uniform(random, 2'000, 6'000) : uniform(random, 1, 200);
    entry.text = "run " + std::to_string(run) + " write " + std::to_string(n) + ": " + sentence(random, words);
    if (uniform(random, 0, 3) > 0)
        entry.mood = uniform(random, 1, 5);
    static constexpr std::array kTags{"sleep", "friends", "work", "evening", "gym", "missing", "wins", "grüße"};
    for (const char *tag : kTags) {
        if (uniform(random, 0, 5) == 0)
            entry.tags.emplace_back(tag);
    }
    return entry;
}

LocalDate CrashRecords::checkInDate(int run, int n)
{
    return LocalDate{2000, 1, 1}.addDays(std::int64_t(run) * 5'000 + n);
}

CheckIn CrashRecords::checkIn(int run, int n)
{
    std::mt19937_64 random(seedOf(run, n, 4));
    CheckIn checkIn;
    checkIn.date = checkInDate(run, n);
    checkIn.recordedAt = Moment::fromUtc(checkIn.date.dayNumber() * 86'400'000 + uniform(random, 0, 86'399'999), 0, "UTC");
    checkIn.mood = uniform(random, 1, 5);
    checkIn.sleep = uniform(random, 1, 5);
    checkIn.intention = sentence(random, uniform(random, 0, 12));
    return checkIn;
}

int CrashRecords::pick(int run, int n, int count)
{
    std::mt19937_64 random(seedOf(run, n, 5));
    return count <= 1 ? 0 : uniform(random, 0, count - 1);
}

} // namespace holdfast::crashtest
