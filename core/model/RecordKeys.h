#pragma once

// Stable, never-translated keys for the enumerations of the model, as the
// database stores them and exports write them (docs/DATA_FORMAT.md). Reading
// gives nothing for an unknown key, so an importer can name the bad value.

#include "ContactEvent.h"
#include "LocalDate.h"
#include "Settings.h"
#include "UrgeRecord.h"

#include <optional>
#include <string_view>

namespace holdfast {

std::string_view outcomeKey(UrgeOutcome outcome);
std::optional<UrgeOutcome> outcomeFromKey(std::string_view key);

std::string_view actionKey(ActionKind kind);
std::optional<ActionKind> actionFromKey(std::string_view key);

std::string_view initiatorKey(Initiator initiator);
std::optional<Initiator> initiatorFromKey(std::string_view key);

std::string_view channelKey(ContactChannel channel);
std::optional<ContactChannel> channelFromKey(std::string_view key);

// "personal", "logistics".
std::string_view purposeKey(ContactPurpose purpose);
std::optional<ContactPurpose> purposeFromKey(std::string_view key);

std::string_view themeKey(Theme theme);
std::optional<Theme> themeFromKey(std::string_view key);

// "mute", "archive", "photos", "favourites".
std::string_view pathStepKey(PathStep step);
std::optional<PathStep> pathStepFromKey(std::string_view key);

// "monday" .. "sunday".
std::string_view weekdayKey(Weekday day);
std::optional<Weekday> weekdayFromKey(std::string_view key);

} // namespace holdfast
