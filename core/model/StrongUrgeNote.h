#pragma once

// What the urge flow adds when the urge is strong (UrgeFlow::kStrongIntensity
// and above): the person's own reasons, shown as their words, what reaching
// out tends to bring (shared/product/INSIGHTS.md), and, once per flow, that
// the ex knows how to reach them. Ids and the person's text only; the UI
// writes the sentences, and never as a promise that the ex will.

#include "PlanItems.h"

#include <array>
#include <vector>

namespace holdfast {

// What reaching out often brings, from the product's point of view.
enum class Consequence {
    IgnoredOrBlocked, // no answer at all, or being blocked
    ColdOrAngryReply, // a cold or angry reply that hurts more than the silence
    SomeoneNew, // learning something not ready for, like someone new
    HopeOnOneAnswer, // the hope pinned on one answer the person does not control
};

inline constexpr std::array kAllConsequences {
    Consequence::IgnoredOrBlocked,
    Consequence::ColdOrAngryReply,
    Consequence::SomeoneNew,
    Consequence::HopeOnOneAnswer,
};

struct StrongUrgeNote
{
    std::vector<Reason> reasons; // the person's own, in their order (at most UrgeFlow::kStrongNoteReasons)
    std::vector<Consequence> consequences; // in the order above
    bool theyKnowHowToReachYou = false; // on the first step that shows the note only

    friend bool operator==(const StrongUrgeNote &, const StrongUrgeNote &) = default;
};

} // namespace holdfast
