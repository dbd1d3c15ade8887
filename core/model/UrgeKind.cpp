#include "UrgeKind.h"

#include <utility>

namespace holdfast {

namespace {

constexpr std::array kKindKeys{
    std::pair{UrgeKind::Message, std::string_view("message")},
    std::pair{UrgeKind::Look, std::string_view("look")},
    std::pair{UrgeKind::Go, std::string_view("go")},
    std::pair{UrgeKind::Other, std::string_view("other")},
};

} // namespace

std::string_view urgeKindKey(UrgeKind kind)
{
    for (const auto &[item, key] : kKindKeys) {
        if (item == kind)
            return key;
    }
    return kKindKeys.front().second;
}

std::optional<UrgeKind> urgeKindFromKey(std::string_view key)
{
    for (const auto &[item, name] : kKindKeys) {
        if (name == key)
            return item;
    }
    return std::nullopt;
}

std::optional<UrgeFirstMove> firstMoveFor(UrgeKind kind)
{
    switch (kind) {
    case UrgeKind::Look:
        return UrgeFirstMove::CloseAndMute;
    case UrgeKind::Go:
        return UrgeFirstMove::StayOrGoElsewhere;
    case UrgeKind::Message:
    case UrgeKind::Other:
        break;
    }
    // A message urge has the whole flow for it; "something else" is too open
    // for one concrete move.
    return std::nullopt;
}

} // namespace holdfast
