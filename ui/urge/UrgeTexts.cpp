#include "ui/urge/UrgeTexts.h"

namespace holdfast::ui {

QString UrgeTexts::stepTitle(UrgeStep step)
{
    switch (step) {
    case UrgeStep::NameIt:
        return tr("Name it");
    case UrgeStep::DoOneThing:
        return tr("Do one thing");
    case UrgeStep::WaitItOut:
        return tr("Wait it out");
    case UrgeStep::WriteItInstead:
        return tr("Write it instead");
    case UrgeStep::Decide:
        return tr("How it went");
    case UrgeStep::Done:
        break;
    }
    return tr("Done");
}

QString UrgeTexts::stepIndicator(UrgeStep step)
{
    if (step == UrgeStep::Done)
        return tr("You're through this one");
    return tr("Step %1 of %2: %3").arg(int(step) + 1).arg(kStepCount).arg(stepTitle(step));
}

QString UrgeTexts::message(UrgeFlowMessage message)
{
    switch (message) {
    case UrgeFlowMessage::ProofOfStrength:
        return tr("You rode it out. That took strength.");
    case UrgeFlowMessage::SelfCompassion:
        return tr("That's okay. A lapse is information, not failure. "
                  "Your counter starts again now, and so do you.");
    case UrgeFlowMessage::TheirContactRestartedCounter:
        return tr("That's okay. You can begin again right away; "
                  "this counts as contact, so your counter starts again from now.");
    case UrgeFlowMessage::TheirContactKeptCounter:
        return tr("They reached out, and you didn't reply. Your counter keeps running.");
    case UrgeFlowMessage::WentPastCounterKept:
        return wentPast(UrgeKind::Other);
    case UrgeFlowMessage::LogisticsKeptStretch:
        return tr("Noted as logistics. Your stretch keeps going.");
    case UrgeFlowMessage::SaveFailed:
        return tr("This is not saved yet. Everything you entered is still here.");
    case UrgeFlowMessage::SaveRecovered:
        return tr("Saved now.");
    case UrgeFlowMessage::LoadFailed:
        return tr("Some of your plan could not be read, so this step may look emptier than usual.");
    }
    return {};
}

QString UrgeTexts::messageDetail(UrgeFlowMessage message)
{
    switch (message) {
    case UrgeFlowMessage::ProofOfStrength:
        return tr("Every wave you let pass is proof that you can. You are doing better than it feels.");
    case UrgeFlowMessage::SelfCompassion:
        return tr("Be gentle with yourself now. When you are ready, look at what set it off; "
                  "that is how the next wave gets easier.");
    case UrgeFlowMessage::TheirContactRestartedCounter:
        return tr("Whatever they said, you don't have to decide anything now. Take care of yourself first.");
    case UrgeFlowMessage::TheirContactKeptCounter:
        return tr("Not answering right away took strength. You can take all the time you need.");
    case UrgeFlowMessage::WentPastCounterKept:
        return wentPastDetail(UrgeKind::Other);
    case UrgeFlowMessage::LogisticsKeptStretch:
        return tr("Keeping it to what needs sorting is a way of looking after yourself.");
    case UrgeFlowMessage::SaveFailed:
    case UrgeFlowMessage::SaveRecovered:
    case UrgeFlowMessage::LoadFailed:
        break;
    }
    return {};
}

QString UrgeTexts::wentPast(UrgeKind kind)
{
    switch (kind) {
    case UrgeKind::Look:
        return tr("That's okay. Looking is not contact, so your counter keeps running.");
    case UrgeKind::Go:
        return tr("That's okay. Going there is not contact, so your counter keeps running.");
    case UrgeKind::Message:
    case UrgeKind::Other:
        break;
    }
    return tr("That's okay. It was not contact, so your counter keeps running.");
}

QString UrgeTexts::wentPastDetail(UrgeKind kind)
{
    switch (kind) {
    case UrgeKind::Look:
        return tr("Be gentle with yourself. Closing the tab, and muting them if you choose, "
                  "makes the next wave easier.");
    case UrgeKind::Go:
        return tr("Be gentle with yourself. When you are ready, look at what set it off; "
                  "next time you can plan somewhere else to be.");
    case UrgeKind::Message:
    case UrgeKind::Other:
        break;
    }
    return tr("Be gentle with yourself now. When you are ready, look at what set it off; "
              "that is how the next wave gets easier.");
}

QString UrgeTexts::channelName(ContactChannel channel)
{
    switch (channel) {
    case ContactChannel::Text:
        return tr("A message");
    case ContactChannel::Call:
        return tr("A call");
    case ContactChannel::SocialMedia:
        return tr("Social media");
    case ContactChannel::InPerson:
        return tr("In person");
    case ContactChannel::Other:
        break;
    }
    return tr("Another way");
}

QString UrgeTexts::consequence(Consequence consequence)
{
    switch (consequence) {
    case Consequence::IgnoredOrBlocked:
        return tr("They might not answer at all, or might block you.");
    case Consequence::ColdOrAngryReply:
        return tr("A reply can be cold, or angry, and hurt more than the silence.");
    case Consequence::SomeoneNew:
        return tr("You might learn something you are not ready for, like someone new in their life.");
    case Consequence::HopeOnOneAnswer:
        return tr("A lot of hope would hang on one answer that you do not control.");
    }
    return {};
}

QString UrgeTexts::countdown(std::int64_t remainingMs)
{
    const std::int64_t seconds = remainingMs <= 0 ? 0 : (remainingMs + 999) / 1000;
    return tr("%1:%2", "minutes:seconds left")
        .arg(seconds / 60, 2, 10, QLatin1Char('0'))
        .arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

} // namespace holdfast::ui
