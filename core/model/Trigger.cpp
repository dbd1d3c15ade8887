#include "Trigger.h"

namespace holdfast {

namespace {

struct TriggerName
{
    Trigger trigger;
    std::string_view key;
};

constexpr std::array kTriggerNames{
    TriggerName{Trigger::SocialMedia, "social_media"},
    TriggerName{Trigger::Memory, "memory"},
    TriggerName{Trigger::Loneliness, "loneliness"},
    TriggerName{Trigger::NightTime, "night_time"},
    TriggerName{Trigger::Alcohol, "alcohol"},
    TriggerName{Trigger::Boredom, "boredom"},
    TriggerName{Trigger::NewsAboutThem, "news_about_them"},
    TriggerName{Trigger::SpecialDate, "special_date"},
    TriggerName{Trigger::TheyContactedMe, "they_contacted_me"},
    TriggerName{Trigger::Other, "other"},
};

} // namespace

std::string_view triggerKey(Trigger trigger)
{
    for (const auto &name : kTriggerNames) {
        if (name.trigger == trigger)
            return name.key;
    }
    return "other";
}

std::optional<Trigger> triggerFromKey(std::string_view key)
{
    for (const auto &name : kTriggerNames) {
        if (name.key == key)
            return name.trigger;
    }
    return std::nullopt;
}

} // namespace holdfast
