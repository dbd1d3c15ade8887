#include "RecordKeys.h"

#include <array>
#include <utility>

namespace holdfast {

namespace {

template<typename Enum, std::size_t N>
std::string_view keyOf(const std::array<std::pair<Enum, std::string_view>, N> &names, Enum value)
{
    for (const auto &[item, key] : names) {
        if (item == value)
            return key;
    }
    return names.front().second;
}

template<typename Enum, std::size_t N>
std::optional<Enum> valueOf(const std::array<std::pair<Enum, std::string_view>, N> &names, std::string_view key)
{
    for (const auto &[item, name] : names) {
        if (name == key)
            return item;
    }
    return std::nullopt;
}

// The same spellings as core/storage/SqliteStore.cpp writes into the database.
constexpr std::array kOutcomes{
    std::pair{UrgeOutcome::Open, std::string_view("open")},
    std::pair{UrgeOutcome::Resisted, std::string_view("resisted")},
    std::pair{UrgeOutcome::ReachedOut, std::string_view("reached_out")},
    std::pair{UrgeOutcome::TheyContactedMe, std::string_view("they_contacted_me")},
};

constexpr std::array kActions{
    std::pair{ActionKind::None, std::string_view("none")},
    std::pair{ActionKind::SupportPerson, std::string_view("support_person")},
    std::pair{ActionKind::Activity, std::string_view("activity")},
};

constexpr std::array kInitiators{
    std::pair{Initiator::Me, std::string_view("me")},
    std::pair{Initiator::Them, std::string_view("them")},
};

constexpr std::array kChannels{
    std::pair{ContactChannel::Text, std::string_view("text")},
    std::pair{ContactChannel::Call, std::string_view("call")},
    std::pair{ContactChannel::SocialMedia, std::string_view("social_media")},
    std::pair{ContactChannel::InPerson, std::string_view("in_person")},
    std::pair{ContactChannel::Other, std::string_view("other")},
};

constexpr std::array kPurposes{
    std::pair{ContactPurpose::Personal, std::string_view("personal")},
    std::pair{ContactPurpose::Logistics, std::string_view("logistics")},
};

constexpr std::array kThemes{
    std::pair{Theme::System, std::string_view("system")},
    std::pair{Theme::Light, std::string_view("light")},
    std::pair{Theme::Dark, std::string_view("dark")},
};

constexpr std::array kPathStepKeys{
    std::pair{PathStep::Mute, std::string_view("mute")},
    std::pair{PathStep::Archive, std::string_view("archive")},
    std::pair{PathStep::Photos, std::string_view("photos")},
    std::pair{PathStep::Favourites, std::string_view("favourites")},
};

constexpr std::array kWeekdays{
    std::pair{Weekday::Monday, std::string_view("monday")},
    std::pair{Weekday::Tuesday, std::string_view("tuesday")},
    std::pair{Weekday::Wednesday, std::string_view("wednesday")},
    std::pair{Weekday::Thursday, std::string_view("thursday")},
    std::pair{Weekday::Friday, std::string_view("friday")},
    std::pair{Weekday::Saturday, std::string_view("saturday")},
    std::pair{Weekday::Sunday, std::string_view("sunday")},
};

} // namespace

std::string_view outcomeKey(UrgeOutcome outcome) { return keyOf(kOutcomes, outcome); }
std::optional<UrgeOutcome> outcomeFromKey(std::string_view key) { return valueOf(kOutcomes, key); }
std::string_view actionKey(ActionKind kind) { return keyOf(kActions, kind); }
std::optional<ActionKind> actionFromKey(std::string_view key) { return valueOf(kActions, key); }
std::string_view initiatorKey(Initiator initiator) { return keyOf(kInitiators, initiator); }
std::optional<Initiator> initiatorFromKey(std::string_view key) { return valueOf(kInitiators, key); }
std::string_view channelKey(ContactChannel channel) { return keyOf(kChannels, channel); }
std::optional<ContactChannel> channelFromKey(std::string_view key) { return valueOf(kChannels, key); }
std::string_view purposeKey(ContactPurpose purpose) { return keyOf(kPurposes, purpose); }
std::optional<ContactPurpose> purposeFromKey(std::string_view key) { return valueOf(kPurposes, key); }
std::string_view themeKey(Theme theme) { return keyOf(kThemes, theme); }
std::optional<Theme> themeFromKey(std::string_view key) { return valueOf(kThemes, key); }
std::string_view pathStepKey(PathStep step) { return keyOf(kPathStepKeys, step); }
std::optional<PathStep> pathStepFromKey(std::string_view key) { return valueOf(kPathStepKeys, key); }
std::string_view weekdayKey(Weekday day) { return keyOf(kWeekdays, day); }
std::optional<Weekday> weekdayFromKey(std::string_view key) { return valueOf(kWeekdays, key); }

} // namespace holdfast
