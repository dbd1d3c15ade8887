#include "UrgeFlow.h"

#include "Clock.h"
#include "ContactLog.h"
#include "JournalText.h"
#include "Store.h"
#include "StoreError.h"
#include "UrgeFlowView.h"

#include <algorithm>

namespace holdfast {

namespace {

constexpr int kMinIntensity = 0;
constexpr int kMaxIntensity = 10;

// ASCII only: the core has no Unicode tables, and a user typing the same
// trigger twice almost always types it the same way apart from capitals.
bool equalsIgnoringCase(std::string_view a, std::string_view b)
{
    return a.size() == b.size()
        && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
               return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
           });
}

template<typename T>
std::vector<T> byPosition(std::vector<T> items)
{
    std::stable_sort(items.begin(), items.end(), [](const T &a, const T &b) { return a.position < b.position; });
    return items;
}

// The same non-negative index for the same inputs on every platform.
std::size_t rotatingIndex(std::int64_t seed, std::size_t count)
{
    const auto n = std::int64_t(count);
    return std::size_t(((seed % n) + n) % n);
}

} // namespace

UrgeFlow::UrgeFlow(Stores stores, const Clock &clock, UrgeFlowView &view)
    : m_stores(stores), m_clock(clock), m_view(view)
{
}

void UrgeFlow::preload(UrgeFlowData data)
{
    if (data.settings)
        m_settings = std::move(data.settings);
    if (data.supportPeople)
        m_people = byPosition(std::move(*data.supportPeople));
    if (data.activities)
        m_activities = byPosition(std::move(*data.activities));
    if (data.ifThenPlans)
        m_plans = byPosition(std::move(*data.ifThenPlans));
    if (data.reasons) {
        m_reasons = byPosition(std::move(*data.reasons));
        m_rotation.reset();
    }
    if (data.earlierUrgesToday)
        m_earlierUrgesToday = std::max(0, *data.earlierUrgesToday);
}

bool UrgeFlow::reloadPlan()
{
    try {
        PlanStore &plan = m_stores.get<PlanStore>();
        preload({.supportPeople = plan.supportPeople(),
                 .activities = plan.activities(),
                 .ifThenPlans = plan.ifThenPlans(),
                 .reasons = plan.reasons()});
    } catch (const StoreError &) {
        // The lists already shown stay; nothing the user entered depends on this.
        return false;
    }
    return true;
}

void UrgeFlow::start()
{
    if (m_started)
        return;
    m_started = true;
    m_record.start = m_clock.now();
    m_step = UrgeStep::NameIt;
    m_view.showStep(m_step);
}

bool UrgeFlow::hasInput() const
{
    return !m_record.samples.empty() || !m_record.triggers.empty() || !m_record.customTriggers.empty()
        || m_record.halt.any() || m_record.action != ActionKind::None || !JournalText::isBlank(m_messageText)
        || m_record.kind != UrgeKind::Message;
}

bool UrgeFlow::hasUnsavedChanges() const
{
    if (!m_started || (!m_acted && !hasInput()))
        return false;
    const bool blank = JournalText::isBlank(m_messageText);
    const bool messagePending = (!blank && m_messageText != m_savedMessageText) || (blank && m_message.id != 0);
    return m_record.id == 0 || m_record != m_savedRecord || messagePending || (m_contact && !m_contactSaved);
}

// --- navigation --------------------------------------------------------------

void UrgeFlow::next()
{
    if (!isActive())
        return;
    switch (m_step) {
    case UrgeStep::NameIt: goTo(UrgeStep::DoOneThing, true); break;
    case UrgeStep::DoOneThing: goTo(UrgeStep::WaitItOut, true); break;
    case UrgeStep::WaitItOut: goTo(UrgeStep::WriteItInstead, true); break;
    case UrgeStep::WriteItInstead: goTo(UrgeStep::Decide, true); break;
    case UrgeStep::Decide: finish(UrgeOutcome::Open, std::nullopt); break;
    case UrgeStep::Done: break;
    }
}

void UrgeFlow::back()
{
    if (!isActive() || m_history.empty())
        return;
    const UrgeStep previous = m_history.back();
    m_history.pop_back();
    goTo(previous, false);
}

void UrgeFlow::decideNow()
{
    if (!isActive() || m_step == UrgeStep::Decide)
        return;
    goTo(UrgeStep::Decide, true);
}

void UrgeFlow::goTo(UrgeStep step, bool remember)
{
    if (remember)
        m_history.push_back(m_step);
    // Leaving the first page is the moment the user has committed to this
    // urge, even with every field skipped: from here on it is recorded.
    if (m_step == UrgeStep::NameIt)
        m_acted = true;
    m_step = step;
    m_view.showStep(step);
    if (step == UrgeStep::WaitItOut)
        startTimerIfNeeded();
    updateStrongUrgeNote();
    save();
}

void UrgeFlow::finish(UrgeOutcome outcome, std::optional<UrgeFlowMessage> message)
{
    m_record.outcome = outcome;
    m_record.end = m_clock.now();
    m_acted = true;
    m_step = UrgeStep::Done;
    m_history.clear();
    m_view.showStep(m_step);
    updateStrongUrgeNote();
    if (message)
        m_view.showMessage(*message, std::nullopt);
    // Saved last so a failure is the last thing the view hears about.
    save();
}

// --- Name it -------------------------------------------------------------------

void UrgeFlow::rateIntensity(int intensity)
{
    if (!isActive())
        return;
    addSample(intensity);
    m_acted = true;
    updateStrongUrgeNote();
    save();
}

std::optional<int> UrgeFlow::currentIntensity() const
{
    if (m_record.samples.empty())
        return std::nullopt;
    return m_record.samples.back().intensity;
}

void UrgeFlow::updateStrongUrgeNote()
{
    std::optional<StrongUrgeNote> note;
    const bool roomForIt = m_step == UrgeStep::DoOneThing || m_step == UrgeStep::WaitItOut;
    const auto intensity = currentIntensity();
    if (roomForIt && intensity && *intensity >= kStrongIntensity) {
        note.emplace();
        const auto &own = reasons();
        for (const Reason &reason : own) {
            if (note->reasons.size() == kStrongNoteReasons)
                break;
            if (!JournalText::isBlank(reason.text))
                note->reasons.push_back(reason);
        }
        note->consequences.assign(kAllConsequences.begin(), kAllConsequences.end());
        // Said once, on the first step that shows the note; not again on the next.
        if (!m_reachLineStep)
            m_reachLineStep = m_step;
        note->theyKnowHowToReachYou = *m_reachLineStep == m_step;
    }
    if (note == m_strongNote)
        return;
    m_strongNote = std::move(note);
    m_view.showStrongUrgeNote(m_strongNote);
}

void UrgeFlow::addSample(int intensity)
{
    const int value = std::clamp(intensity, kMinIntensity, kMaxIntensity);
    const std::int64_t now = m_clock.now().utcMs;
    auto &samples = m_record.samples;
    // A clock that went backwards also lands here, which keeps samples in time order.
    if (!samples.empty() && now - samples.back().utcMs < kRatingCorrectionMs) {
        samples.back().intensity = value;
        return;
    }
    samples.push_back({now, value});
}

void UrgeFlow::setTrigger(Trigger trigger, bool chosen)
{
    if (!isActive())
        return;
    auto &triggers = m_record.triggers;
    const auto it = std::find(triggers.begin(), triggers.end(), trigger);
    if (chosen && it == triggers.end()) {
        triggers.push_back(trigger);
        // The order of ticking says nothing; keep the built-in order so equal choices compare equal.
        std::sort(triggers.begin(), triggers.end());
    } else if (!chosen && it != triggers.end()) {
        triggers.erase(it);
    }
}

void UrgeFlow::addCustomTrigger(std::string_view text)
{
    if (!isActive())
        return;
    const auto clean = JournalText::trimmed(text);
    if (clean.empty())
        return;
    auto &custom = m_record.customTriggers;
    if (std::any_of(custom.begin(), custom.end(), [&](const auto &c) { return equalsIgnoringCase(c, clean); }))
        return;
    custom.emplace_back(clean);
}

void UrgeFlow::removeCustomTrigger(std::string_view text)
{
    if (!isActive())
        return;
    const auto clean = JournalText::trimmed(text);
    std::erase_if(m_record.customTriggers, [&](const auto &c) { return equalsIgnoringCase(c, clean); });
}

void UrgeFlow::setHalt(const HaltFlags &halt)
{
    if (!isActive())
        return;
    m_record.halt = halt;
}

// --- Do one thing ----------------------------------------------------------------

const std::vector<SupportPerson> &UrgeFlow::supportPeople()
{
    if (!m_people) {
        try {
            m_people = m_stores.get<PlanStore>().supportPeople();
        } catch (const StoreError &error) {
            m_people.emplace();
            reportLoadFailure(error);
        }
    }
    return *m_people;
}

const std::vector<Activity> &UrgeFlow::activities()
{
    if (!m_activities) {
        try {
            m_activities = m_stores.get<PlanStore>().activities();
        } catch (const StoreError &error) {
            m_activities.emplace();
            reportLoadFailure(error);
        }
    }
    return *m_activities;
}

int UrgeFlow::earlierUrgesToday()
{
    if (!m_earlierUrgesToday) {
        const LocalDate today = m_record.start.localDate;
        try {
            const auto urges = m_stores.get<UrgeStore>().urges(today, today);
            // This urge may already be stored; it is not one of the earlier ones.
            m_earlierUrgesToday = int(std::count_if(urges.begin(), urges.end(), [this](const UrgeRecord &u) {
                return u.id != m_record.id && u.start.utcMs <= m_record.start.utcMs;
            }));
        } catch (const StoreError &error) {
            m_earlierUrgesToday = 0;
            reportLoadFailure(error);
        }
    }
    return *m_earlierUrgesToday;
}

std::optional<SupportPerson> UrgeFlow::suggestedPerson()
{
    const auto &people = supportPeople();
    if (people.empty())
        return std::nullopt;
    // Rotating by day and by earlier urges means a second urge on a hard day
    // meets a different person than the first, without any randomness.
    return people[rotatingIndex(m_record.start.localDate.dayNumber() + earlierUrgesToday(), people.size())];
}

std::optional<Activity> UrgeFlow::suggestedActivity()
{
    const auto &list = activities();
    if (list.empty())
        return std::nullopt;
    return list[rotatingIndex(m_record.start.localDate.dayNumber() + earlierUrgesToday(), list.size())];
}

std::vector<IfThenPlan> UrgeFlow::matchingPlans()
{
    if (!m_plans) {
        try {
            m_plans = m_stores.get<PlanStore>().ifThenPlans();
        } catch (const StoreError &error) {
            m_plans.emplace();
            reportLoadFailure(error);
        }
    }
    std::vector<IfThenPlan> result;
    for (const auto &plan : *m_plans) {
        bool matches = false;
        if (!JournalText::isBlank(plan.customTrigger)) {
            const auto wanted = JournalText::trimmed(plan.customTrigger);
            matches = std::any_of(m_record.customTriggers.begin(), m_record.customTriggers.end(),
                                  [&](const auto &c) { return equalsIgnoringCase(c, wanted); });
        } else {
            matches = std::find(m_record.triggers.begin(), m_record.triggers.end(), plan.trigger)
                != m_record.triggers.end();
        }
        if (matches)
            result.push_back(plan);
    }
    return result;
}

bool UrgeFlow::chooseSupportPerson(std::int64_t id)
{
    if (!isActive())
        return false;
    const auto &people = supportPeople();
    const auto it = std::find_if(people.begin(), people.end(), [id](const auto &p) { return p.id == id; });
    if (it == people.end())
        return false;
    m_record.action = ActionKind::SupportPerson;
    m_record.actionId = it->id;
    m_record.actionLabel = it->name;
    save();
    return true;
}

bool UrgeFlow::chooseActivity(std::int64_t id)
{
    if (!isActive())
        return false;
    const auto &list = activities();
    const auto it = std::find_if(list.begin(), list.end(), [id](const auto &a) { return a.id == id; });
    if (it == list.end())
        return false;
    m_record.action = ActionKind::Activity;
    m_record.actionId = it->id;
    m_record.actionLabel = it->title;
    save();
    return true;
}

void UrgeFlow::clearAction()
{
    if (!isActive())
        return;
    m_record.action = ActionKind::None;
    m_record.actionId = 0;
    m_record.actionLabel.clear();
    save();
}

// --- Wait it out -----------------------------------------------------------------

void UrgeFlow::startTimerIfNeeded()
{
    if (m_timerStartMs)
        return;
    const int minutes = std::max(1, settings().timerMinutes);
    const std::int64_t now = m_clock.now().utcMs;
    m_timerStartMs = now;
    m_deadlineMs = now + minutes * kMsPerMinute;
    m_view.timerChanged(remainingMs(), timerTotalMs());
}

std::int64_t UrgeFlow::remainingMs() const
{
    if (!m_timerStartMs)
        return 0;
    const std::int64_t remaining = m_deadlineMs - m_clock.now().utcMs;
    // A clock set backwards must not make the timer longer than it is.
    return std::clamp<std::int64_t>(remaining, 0, timerTotalMs());
}

std::int64_t UrgeFlow::timerTotalMs() const
{
    return m_timerStartMs ? m_deadlineMs - *m_timerStartMs : 0;
}

void UrgeFlow::extendTimer()
{
    if (!isActive() || !m_timerStartMs)
        return;
    const int minutes = std::max(1, settings().extendMinutes);
    // After the timer ran out, "five more minutes" means five from now.
    m_deadlineMs = std::max(m_deadlineMs, m_clock.now().utcMs) + minutes * kMsPerMinute;
    m_view.timerChanged(remainingMs(), timerTotalMs());
}

const std::vector<Reason> &UrgeFlow::reasons()
{
    if (!m_reasons) {
        try {
            m_reasons = m_stores.get<PlanStore>().reasons();
        } catch (const StoreError &error) {
            m_reasons.emplace();
            reportLoadFailure(error);
        }
        m_rotation.reset();
    }
    return *m_reasons;
}

Reminder UrgeFlow::currentReminder()
{
    if (!m_rotation)
        m_rotation.emplace(reasons());
    std::size_t index = 0;
    if (m_timerStartMs) {
        const std::int64_t elapsed = m_clock.now().utcMs - *m_timerStartMs;
        if (elapsed > 0)
            index = std::size_t(elapsed / kReminderIntervalMs);
    }
    Reminder reminder = m_rotation->at(m_record.start.localDate, index);
    if (m_reachLineStep && reminder == Reminder::ofCard(ReminderCard::TheyKnowWhereYouAre))
        reminder = m_rotation->at(m_record.start.localDate, index + 1);
    return reminder;
}

// --- Write it instead --------------------------------------------------------------

void UrgeFlow::setMessageText(std::string text)
{
    if (!isActive())
        return;
    m_messageText = std::move(text);
}

// --- Decide --------------------------------------------------------------------------

void UrgeFlow::resisted(std::optional<int> finalIntensity)
{
    if (!isActive())
        return;
    if (finalIntensity)
        addSample(*finalIntensity);
    finish(UrgeOutcome::Resisted, UrgeFlowMessage::ProofOfStrength);
}

void UrgeFlow::theyContactedMe(bool replied, ContactChannel channel, std::string note, ContactPurpose purpose)
{
    if (!isActive())
        return;
    ContactEvent contact;
    contact.at = m_clock.now();
    contact.initiator = Initiator::Them;
    contact.channel = channel;
    contact.replied = replied;
    contact.purpose = purpose;
    m_contact = contact;
    m_record.note = std::move(note);
    finish(UrgeOutcome::TheyContactedMe, ContactLog::messageFor(contact, settings().theirContactCountsOnlyIfReplied));
}

// --- leaving ---------------------------------------------------------------------------

void UrgeFlow::close()
{
    if (!m_started)
        return;
    if (isDone()) {
        if (hasUnsavedChanges())
            save();
        return;
    }
    m_step = UrgeStep::Done;
    m_history.clear();
    // Opened by mistake and closed again: leave no trace.
    if (!m_acted && !hasInput())
        return;
    m_acted = true;
    m_record.outcome = UrgeOutcome::Open;
    m_record.end = m_clock.now();
    save();
}

bool UrgeFlow::retrySave()
{
    if (hasUnsavedChanges())
        save();
    return !hasUnsavedChanges();
}

// --- storing -------------------------------------------------------------------------------

void UrgeFlow::save()
{
    if (m_acted && hasUnsavedChanges())
        write();
    announceStored();
}

void UrgeFlow::write()
{
    try {
        // The message and the contact point at the urge, so it is inserted first.
        if (m_record.id == 0) {
            m_record.id = m_stores.get<UrgeStore>().saveUrge(m_record);
            m_savedRecord = m_record;
        }
        saveMessage();
        if (m_contact && !m_contactSaved) {
            ContactEvent contact = *m_contact;
            contact.urgeId = m_record.id;
            contact.id = m_stores.get<ContactStore>().addContact(contact);
            m_contact = contact;
            m_contactSaved = true;
        }
        if (m_record != m_savedRecord) {
            m_stores.get<UrgeStore>().saveUrge(m_record);
            m_savedRecord = m_record;
        }
        if (m_saveFailed) {
            m_saveFailed = false;
            m_view.showMessage(UrgeFlowMessage::SaveRecovered, std::nullopt);
        }
    } catch (const StoreError &error) {
        // Everything stays in memory; the next save (or retrySave) picks up where this stopped.
        m_saveFailed = true;
        m_view.showMessage(UrgeFlowMessage::SaveFailed, error.kind());
    }
}

void UrgeFlow::saveMessage()
{
    if (!JournalText::isBlank(m_messageText)) {
        if (m_messageText == m_savedMessageText && m_message.id != 0)
            return;
        UnsentMessage message = m_message;
        const Moment now = m_clock.now();
        if (message.id == 0)
            message.written = now;
        message.updated = now;
        message.text = m_messageText;
        message.urgeId = m_record.id;
        const std::int64_t id = m_stores.get<UnsentMessageStore>().saveUnsentMessage(message);
        if (message.id == 0)
            message.id = id;
        m_message = message;
        m_savedMessageText = m_messageText;
        m_record.unsentMessageId = message.id;
        return;
    }
    if (m_message.id == 0)
        return;
    // The user cleared what they wrote: unlink it before removing it, so the
    // urge never points at a message that is gone.
    if (m_savedRecord.unsentMessageId) {
        m_record.unsentMessageId.reset();
        m_stores.get<UrgeStore>().saveUrge(m_record);
        m_savedRecord = m_record;
    }
    m_stores.get<UnsentMessageStore>().removeUnsentMessage(m_message.id);
    m_message = UnsentMessage{};
    m_savedMessageText.clear();
}

void UrgeFlow::announceStored()
{
    if (m_record.id == 0 || hasUnsavedChanges())
        return;
    if (m_record != m_announcedRecord) {
        m_announcedRecord = m_record;
        m_view.announceStored(UrgeFlowStored::Urge);
    }
    if (m_savedMessageText != m_announcedMessageText) {
        m_announcedMessageText = m_savedMessageText;
        m_view.announceStored(UrgeFlowStored::UnsentMessage);
    }
    if (m_contactSaved && !m_contactAnnounced) {
        m_contactAnnounced = true;
        m_view.announceStored(UrgeFlowStored::Contact);
    }
}

// --- loading ----------------------------------------------------------------------------------

const Settings &UrgeFlow::settings()
{
    if (!m_settings) {
        try {
            m_settings = m_stores.get<SettingsStore>().settings();
        } catch (const StoreError &error) {
            // The defaults are a safe timer and policy; the flow must go on.
            m_settings = Settings{};
            reportLoadFailure(error);
        }
    }
    return *m_settings;
}

void UrgeFlow::reportLoadFailure(const StoreError &error)
{
    m_view.showMessage(UrgeFlowMessage::LoadFailed, error.kind());
}

} // namespace holdfast
