#include "ui/urge/UrgeKindTexts.h"

namespace holdfast::ui {

QString UrgeKindTexts::choice(UrgeKind kind)
{
    switch (kind) {
    case UrgeKind::Message:
        return tr("To message or call them");
    case UrgeKind::Look:
        return tr("To look at their profile, photos or the old chat");
    case UrgeKind::Go:
        return tr("To go where they might be");
    case UrgeKind::Other:
        break;
    }
    return tr("Something else");
}

QString UrgeKindTexts::radioName(UrgeKind kind)
{
    switch (kind) {
    case UrgeKind::Message:
        return QStringLiteral("urgeKindMessageRadio");
    case UrgeKind::Look:
        return QStringLiteral("urgeKindLookRadio");
    case UrgeKind::Go:
        return QStringLiteral("urgeKindGoRadio");
    case UrgeKind::Other:
        break;
    }
    return QStringLiteral("urgeKindOtherRadio");
}

QString UrgeKindTexts::firstMoveTitle(UrgeFirstMove move)
{
    switch (move) {
    case UrgeFirstMove::CloseAndMute:
        return tr("First, close it");
    case UrgeFirstMove::StayOrGoElsewhere:
        break;
    }
    return tr("First, stay where you are");
}

QString UrgeKindTexts::firstMoveText(UrgeFirstMove move)
{
    switch (move) {
    case UrgeFirstMove::CloseAndMute:
        return tr("Close the tab or the app now. If you choose, mute or unfollow them, so they come up less often. "
                  "Holdfast never reaches into other apps: that step is yours, whenever you are ready.");
    case UrgeFirstMove::StayOrGoElsewhere:
        break;
    }
    return tr("Stay where you are, or go somewhere they won't be: a friend's place, a walk the other way. "
              "The urge will pass long before you would get there.");
}

} // namespace holdfast::ui
