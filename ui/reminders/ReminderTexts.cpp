#include "ui/reminders/ReminderTexts.h"

namespace holdfast::ui {

QString ReminderTexts::text(ReminderCard card)
{
    switch (card) {
    case ReminderCard::TheyKnowWhereYouAre:
        return tr("They know how to reach you. If they wanted to talk, they would. "
                  "That step is theirs to take, not yours.");
    case ReminderCard::UrgePasses:
        return tr("An urge is a wave. It rises, peaks and passes, often sooner than it feels. "
                  "You can let this one pass too.");
    case ReminderCard::WriteItInstead:
        return tr("Something you need to tell them? Write it down here instead. "
                  "It gets said, and they never see it.");
    case ReminderCard::CallAFriend:
        return tr("You don't have to carry this alone today. "
                  "Call or message someone who is on your side.");
    case ReminderCard::GetBusy:
        return tr("Give your mind something else to hold: a walk, a workout, "
                  "a task you have been putting off.");
    case ReminderCard::NameTheFeeling:
        return tr("Try saying it plainly: “I want to reach out because they are not reaching out to me.” "
                  "Naming it takes away some of its pull.");
    case ReminderCard::AboutSelfWorth:
        return tr("The pull is often less about them than about not feeling lovable right now. "
                  "You are worth more than a reply.");
    case ReminderCard::LikeWithdrawal:
        return tr("Missing them this much is a kind of withdrawal. The cravings are real, "
                  "and they fade the longer you keep going.");
    case ReminderCard::OneMessageReopens:
        return tr("One “harmless” message can reopen a wound that has started to heal. "
                  "Protect the healing you have done.");
    case ReminderCard::YouHaveTheAnswers:
        return tr("You don't need one more conversation to move on. "
                  "The answers that matter, you already have.");
    case ReminderCard::ResistingIsStrength:
        return tr("Every urge you let pass is proof of your strength. "
                  "You are doing better than it feels.");
    case ReminderCard::LapseIsInformation:
        return tr("If you slip, it is information, not failure. "
                  "Begin again, gently, and notice what set it off.");
    }
    return {};
}

QString ReminderTexts::neutralText(ReminderCard card)
{
    switch (card) {
    case ReminderCard::TheyKnowWhereYouAre:
    case ReminderCard::YouHaveTheAnswers:
        return tr("What you need to move forward, you already carry with you.");
    case ReminderCard::WriteItInstead:
    case ReminderCard::NameTheFeeling:
        return tr("Try putting it into words in your journal. Naming a feeling takes away some of its pull.");
    case ReminderCard::AboutSelfWorth:
        return tr("Be as kind to yourself today as you would be to a good friend.");
    case ReminderCard::LikeWithdrawal:
    case ReminderCard::OneMessageReopens:
        return tr("Hard moments fade the longer you keep going. Protect the progress you have made.");
    case ReminderCard::UrgePasses:
    case ReminderCard::CallAFriend:
    case ReminderCard::GetBusy:
    case ReminderCard::ResistingIsStrength:
    case ReminderCard::LapseIsInformation:
        return text(card);
    }
    return {};
}

} // namespace holdfast::ui
