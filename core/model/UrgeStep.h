#pragma once

// The steps of the urge-intervention flow, in the order the user meets them.
// The UI maps each to a page; Done shows the outcome.

namespace holdfast {

enum class UrgeStep {
    NameIt,         // intensity, triggers, HALT check
    DoOneThing,     // call someone, or do one of the user's activities
    WaitItOut,      // the urge-surfing timer with rotating reminders
    WriteItInstead, // the message that is never sent
    Decide,         // resisted, reached out, or they contacted me
    Done,           // finished or closed; the flow no longer changes
};

} // namespace holdfast
