#include "ui/TriggerNames.h"

namespace holdfast::ui {

QString TriggerNames::label(Trigger trigger)
{
    switch (trigger) {
    case Trigger::SocialMedia:
        return tr("Saw their social media");
    case Trigger::Memory:
        return tr("A memory, place or song");
    case Trigger::Loneliness:
        return tr("Feeling lonely");
    case Trigger::NightTime:
        return tr("Night-time");
    case Trigger::Alcohol:
        return tr("Alcohol");
    case Trigger::Boredom:
        return tr("Boredom");
    case Trigger::NewsAboutThem:
        return tr("News about them");
    case Trigger::SpecialDate:
        return tr("A special date");
    case Trigger::TheyContactedMe:
        return tr("They contacted me");
    case Trigger::Other:
        break;
    }
    return tr("Something else");
}

QString TriggerNames::label(Trigger trigger, const QString &customText)
{
    const QString trimmed = customText.trimmed();
    return trimmed.isEmpty() ? label(trigger) : trimmed;
}

} // namespace holdfast::ui
