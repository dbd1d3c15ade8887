#pragma once

// What an urge pulls toward: to message or call them, to look at their
// profile or photos, to go where they might be, or something else. The flow's
// words follow it, and only acting on a message urge is contact with them.

#include <array>
#include <optional>
#include <string_view>

namespace holdfast {

enum class UrgeKind {
    Message, // message or call them ("I want to text my ex"); every urge before kinds existed
    Look,    // look at their profile, their photos, the old chat
    Go,      // go where they might be
    Other,   // something else
};

inline constexpr std::array kAllUrgeKinds{UrgeKind::Message, UrgeKind::Look, UrgeKind::Go, UrgeKind::Other};

// "message", "look", "go", "other": stored in the database and in exports; never translated.
std::string_view urgeKindKey(UrgeKind kind);
std::optional<UrgeKind> urgeKindFromKey(std::string_view key);

// Giving in to this pull is itself contact with them, which restarts the
// no-contact counter. Looking at their profile or going somewhere is not: it
// is logged honestly, but only contact ends a stretch of no contact.
constexpr bool actingIsContact(UrgeKind kind)
{
    return kind == UrgeKind::Message;
}

// The first, concrete thing the "Do one thing" step offers for a pull before
// the person's people and activities. The UI words it; Holdfast never reaches
// into other apps, it only says what the person can do there.
enum class UrgeFirstMove {
    CloseAndMute,      // close the tab or app; mute or unfollow them if you choose
    StayOrGoElsewhere, // stay where you are, or go somewhere they won't be
};

std::optional<UrgeFirstMove> firstMoveFor(UrgeKind kind);

} // namespace holdfast
