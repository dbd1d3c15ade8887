#include "RealisticData.h"

#include "StorageTestSupport.h"

#include <array>
#include <string>

namespace holdfast::storage::test {

namespace {

const LocalDate kLastDay{2026, 3, 28};

const std::array kLines{
    "Couldn't sleep. Wrote instead of texting.",
    "Long walk by the river with Mia. We laughed about the ducks.",
    "Saw their story. Muted it. Café au lait, then the gym — it helped.",
    "## Small wins\n\n- Went to the gym\n- Cooked a real dinner\n- Didn't check their profile",
    "我想你 but I am learning to miss you less. 🌊",
    "Their birthday is next week. I made a plan with Sam.",
};

} // namespace

void addRealisticData(Store &store, int days)
{
    for (int i = 0; i < 5; ++i) {
        store.saveReason(Reason{0, std::string("Reason ") + std::to_string(i) + ": " + kLines[std::size_t(i) % kLines.size()], i});
        store.saveSupportPerson(SupportPerson{0, "Friend " + std::to_string(i), "+49 170 55501" + std::to_string(i),
                                              "Evenings are fine", i});
        store.saveActivity(Activity{0, "Activity " + std::to_string(i), i});
        store.saveIfThenPlan(IfThenPlan{0, kAllTriggers[std::size_t(i)], i == 4 ? "their new haircut" : "",
                                        "then I put the phone in the drawer", i});
        store.saveRiskDate(RiskDate{0, "Hard day " + std::to_string(i), LocalDate{2026, unsigned(1 + i), unsigned(10 + i)}, i % 2 == 0,
                                    "Plans with friends", i});
    }
    const LocalDate first = kLastDay.addDays(-(days - 1));
    for (int day = 0; day < days; ++day) {
        const LocalDate date = first.addDays(day);
        const int offset = date < LocalDate{2026, 3, 29} ? 60 : 120;
        store.saveCheckIn(CheckIn{date, localMoment(date, 8, 15, offset), 1 + day % 5, 1 + (day * 3) % 5,
                                  day % 4 == 0 ? "" : "Be gentle with myself today"});
        for (int u = 0; u < 1 + day % 3; ++u) {
            UrgeRecord urge;
            urge.start = localMoment(date, 20 + u, 5 * day % 60, offset);
            for (int s = 0; s < 4; ++s)
                urge.samples.push_back(IntensitySample{urge.start.utcMs + s * 3 * kMsPerMinute, (9 - s * 2 + day) % 11});
            urge.end = localMoment(date, 20 + u, 5 * day % 60, offset);
            urge.end->utcMs += 15 * kMsPerMinute;
            urge.triggers = {kAllTriggers[std::size_t(day + u) % kAllTriggers.size()]};
            if (day % 7 == 0)
                urge.customTriggers = {"our song on the radio"};
            urge.halt = HaltFlags{day % 2 == 0, false, day % 3 == 0, u == 1};
            urge.outcome = day % 11 == 5 ? UrgeOutcome::ReachedOut : UrgeOutcome::Resisted;
            if (urge.outcome == UrgeOutcome::ReachedOut)
                urge.note = "Sent a short message. Felt worse after.";
            if (day % 5 == 1) {
                const std::int64_t message = store.saveUnsentMessage(
                    UnsentMessage{0, urge.start, urge.start, kLines[std::size_t(day) % kLines.size()], std::nullopt, std::nullopt});
                urge.unsentMessageId = message;
            }
            const std::int64_t id = store.saveUrge(urge);
            if (urge.outcome == UrgeOutcome::ReachedOut)
                store.addContact(ContactEvent{0, *urge.end, Initiator::Me, ContactChannel::Text, false, "", id});
        }
        for (int j = 0; j < 2; ++j) {
            const Moment at = localMoment(date, 21 + j, 30, offset);
            std::string text = kLines[std::size_t(day + j) % kLines.size()];
            if (day % 9 == 0)
                text += "\n\n" + std::string(3000, 'x'); // long enough for overflow pages
            store.saveJournalEntry(JournalEntry{0, at, at, text, 1 + (day + j) % 5,
                                                {day % 2 == 0 ? "evenings" : "friends", j == 0 ? "sleep" : "wins"}});
        }
    }
    Settings settings = store.settings();
    settings.breakupDate = first.addDays(-10);
    settings.noContactSince = localMoment(first, 9, 0);
    settings.crisisText = "Call 0800 111 0 111 (Telefonseelsorge)";
    settings.backupsToKeep = 5;
    settings.onboardingDone = true;
    store.saveSettings(settings);
}

DataSet readAll(Store &store)
{
    DataSet data;
    data.settings = store.settings();
    const LocalDate from{1900, 1, 1};
    const LocalDate to{2200, 12, 31};
    data.urges = store.urges(from, to);
    data.contacts = store.contacts();
    data.checkIns = store.checkIns(from, to);
    JournalQuery everything;
    everything.limit = 1'000'000;
    data.journalEntries = store.journalEntries(everything);
    data.unsentMessages = store.unsentMessages();
    data.reasons = store.reasons();
    data.supportPeople = store.supportPeople();
    data.activities = store.activities();
    data.ifThenPlans = store.ifThenPlans();
    data.riskDates = store.riskDates();
    return data;
}

} // namespace holdfast::storage::test
