#include "RichDataSet.h"

namespace holdfast::exchange::test {

Moment berlin(LocalDate date, int hour, int minute, int offsetMinutes)
{
    const std::int64_t utcMs = date.dayNumber() * kMsPerDay + (hour * 60 + minute - offsetMinutes) * kMsPerMinute;
    Moment moment = Moment::fromUtc(utcMs, offsetMinutes, "Europe/Berlin");
    return moment;
}

DataSet richDataSet()
{
    const LocalDate day{2026, 11, 20};
    DataSet data;
    Settings &s = data.settings;
    s.breakupDate = LocalDate{2026, 9, 1};
    s.noContactSince = berlin({2026, 9, 3}, 22, 5, 120);
    s.weekStart = Weekday::Sunday;
    s.morningReminderMinute = 7 * 60 + 30;
    s.language = "de";
    s.theme = Theme::Dark;
    s.crisisText = "Telefonseelsorge: 0800 111 0 111\n\"Call\", anytime";
    s.crisisCountry = "AT";
    s.timerMinutes = 20;
    s.extendMinutes = 10;
    s.theirContactCountsOnlyIfReplied = false;
    s.onboardingDone = true;
    s.backupsToKeep = 14;
    s.autoLockMinutes = 5;
    s.clearedPath = {PathStep::Mute, PathStep::Photos};
    s.discreet = true;
    s.lookBack = true;
    s.lookBackReminderMinute = 0 * 60 + 30; // half past midnight: the evening before
    s.panicLabel = "Kurz durchatmen ☕";
    s.lowContact = true;
    s.replyTemplates = {"Thanks, 5 pm works.", "Please send that by email."};

    UrgeRecord urge;
    urge.id = 7;
    urge.start = berlin(day, 23, 40);
    urge.end = berlin(day.addDays(1), 0, 10); // across midnight
    urge.samples = {{urge.start.utcMs, 9}, {urge.start.utcMs + 5 * kMsPerMinute, 10}, {urge.end->utcMs, 2}};
    urge.triggers = {Trigger::NightTime, Trigger::Alcohol, Trigger::SocialMedia};
    urge.customTriggers = {"Our song \"Lieblingsmensch\"", "a photo, on Instagram 📸"};
    urge.halt = {true, false, true, true};
    urge.action = ActionKind::SupportPerson;
    urge.actionId = 31;
    urge.actionLabel = "Call Sam 📞";
    urge.unsentMessageId = 3;
    urge.outcome = UrgeOutcome::Resisted;
    urge.note = "Line one\nLine two, with a comma\r\nand a \"quote\"";
    urge.kind = UrgeKind::Look; // the other urge keeps the default, a message
    data.urges.push_back(urge);

    UrgeRecord open;
    open.id = 8;
    open.start = berlin(day.addDays(2), 6, 0);
    data.urges.push_back(open); // every optional left empty

    ContactEvent contact;
    contact.id = 4;
    contact.at = berlin(day.addDays(3), 12, 1);
    contact.initiator = Initiator::Them;
    contact.channel = ContactChannel::SocialMedia;
    contact.replied = true;
    contact.note = "They liked a story. I answered 🙈";
    contact.urgeId = 8;
    data.contacts.push_back(contact);
    ContactEvent call;
    call.id = 5;
    call.at = berlin({2026, 6, 1}, 18, 0, 120);
    call.channel = ContactChannel::Call;
    call.purpose = ContactPurpose::Logistics; // low-contact mode: about the children, say
    data.contacts.push_back(call);

    data.checkIns.push_back(CheckIn{day, berlin(day, 8, 15), 2, 4, "Walk before work; no scrolling"});
    data.checkIns.push_back(CheckIn{day.addDays(1), berlin(day.addDays(1), 9, 0), 5, 1, ""});
    // A look back written after midnight is about the evening before.
    data.lookBacks.push_back(LookBack{day, berlin(day.addDays(1), 0, 40), 4, "Called Mia; \"ok\", she said",
                                      "Phone stays in the kitchen 📵"});
    data.lookBacks.push_back(LookBack{day.addDays(1), berlin(day.addDays(1), 21, 30), 1, "", ""});

    JournalEntry entry;
    entry.id = 11;
    entry.created = berlin(day, 21, 0);
    entry.updated = berlin(day, 21, 45);
    entry.text = "# Heute\n\n- \"Ich bin okay\", sagte ich.\n- مرحبا\n- 💔➡️❤️‍🩹\n\n\ttab, comma, \"\"double\"\"";
    entry.mood = 3;
    entry.tags = {"evening", "hard day", "Grüße"};
    data.journalEntries.push_back(entry);
    JournalEntry bare;
    bare.id = 12;
    bare.created = berlin(day.addDays(1), 7, 0);
    bare.updated = bare.created;
    bare.text = "";
    data.journalEntries.push_back(bare);

    UnsentMessage message;
    message.id = 3;
    message.written = berlin(day, 23, 50);
    message.updated = berlin(day, 23, 55);
    message.text = "I miss you.\nNo, I don't send this. 🚫📨";
    message.urgeId = 7;
    message.reread = berlin(day.addDays(4), 10, 0);
    data.unsentMessages.push_back(message);

    data.reasons = {{1, "They never said sorry", 0}, {2, "I sleep better, \"finally\"", 1}};
    data.supportPeople = {{31, "Sam", "+49 170 1234567", "any time\nafter 8", 0}, {32, "Ana María", "@ana", "", 1}};
    data.activities = {{41, "Run 5 km", 0}, {42, "Cook, slowly", 1}};
    data.ifThenPlans = {{51, Trigger::SocialMedia, "", "then I mute and call Sam", 0},
                        {52, Trigger::Other, "payday, \"treat yourself\"", "then I buy flowers", 1}};
    data.riskDates = {{61, "Their birthday 🎂", {2027, 2, 14}, true, "Day trip with Ana", 0},
                      {62, "Court date", {2027, 1, 5}, false, "", 1}};
    return data;
}

} // namespace holdfast::exchange::test
