#pragma once

// The built-in reminder cards, from the product's point of view
// (shared/product/INSIGHTS.md). Only ids: the UI writes the words through tr().
// Append new cards at the end; the order feeds the daily rotation.

#include <array>

namespace holdfast {

enum class ReminderCard {
    TheyKnowWhereYouAre,  // if they wanted to talk, they would reach out; the one who left comes back
    UrgePasses,           // the urge is a wave; it passes
    WriteItInstead,       // write the message where they never see it
    CallAFriend,          // be with people until the wave passes
    GetBusy,              // a walk, a workout, work: give the mind something else
    NameTheFeeling,       // "I want to reach out because they are not reaching out to me"
    AboutSelfWorth,       // it is less about them than about not feeling lovable right now
    LikeWithdrawal,       // cravings like quitting a habit; they fade with time
    OneMessageReopens,    // one "harmless" message re-opens the wound
    YouHaveTheAnswers,    // you already have the answers you need
    ResistingIsStrength,  // every urge you resist is proof of strength
    LapseIsInformation,   // a lapse is information, not failure
};

inline constexpr std::array kAllReminderCards{
    ReminderCard::TheyKnowWhereYouAre, ReminderCard::UrgePasses,        ReminderCard::WriteItInstead,
    ReminderCard::CallAFriend,         ReminderCard::GetBusy,           ReminderCard::NameTheFeeling,
    ReminderCard::AboutSelfWorth,      ReminderCard::LikeWithdrawal,    ReminderCard::OneMessageReopens,
    ReminderCard::YouHaveTheAnswers,   ReminderCard::ResistingIsStrength, ReminderCard::LapseIsInformation,
};

} // namespace holdfast
