#pragma once

// What set an urge off. Built-in triggers are ids the UI maps to translated
// text; the user's own triggers are free text stored beside them.

#include <array>
#include <optional>
#include <string_view>

namespace holdfast {

enum class Trigger {
    SocialMedia,     // saw their social media
    Memory,          // a memory, place or song
    Loneliness,
    NightTime,
    Alcohol,
    Boredom,
    NewsAboutThem,
    SpecialDate,
    TheyContactedMe,
    Other,
};

inline constexpr std::array kAllTriggers{
    Trigger::SocialMedia, Trigger::Memory,        Trigger::Loneliness,  Trigger::NightTime,
    Trigger::Alcohol,     Trigger::Boredom,       Trigger::NewsAboutThem, Trigger::SpecialDate,
    Trigger::TheyContactedMe, Trigger::Other,
};

// Stable keys used in the database and in exports; never translated.
std::string_view triggerKey(Trigger trigger);
std::optional<Trigger> triggerFromKey(std::string_view key);

} // namespace holdfast
