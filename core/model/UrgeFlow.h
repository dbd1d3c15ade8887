#pragma once

// The urge-intervention flow ("I want to text my ex") as a presenter: it
// walks the steps, keeps the timer and the ratings, and stores the urge as the
// user acts. The dialog renders it through UrgeFlowView; the flow decides.

#include "ContactEvent.h"
#include "PlanItems.h"
#include "ReminderRotation.h"
#include "Settings.h"
#include "StoreHandle.h"
#include "StrongUrgeNote.h"
#include "UnsentMessage.h"
#include "UrgeFlowData.h"
#include "UrgeFlowMessage.h"
#include "UrgeRecord.h"
#include "UrgeStep.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace holdfast {

class Clock;
class StoreError;
class UrgeFlowView;

class UrgeFlow
{
public:
    // How long each rotating reminder stays during the flow.
    static constexpr std::int64_t kReminderIntervalMs = 20'000;
    // A rating this soon after the previous one corrects it (a slider being
    // dragged, a spin box stepped) instead of adding a point to the curve.
    static constexpr std::int64_t kRatingCorrectionMs = 10'000;
    // From this rating on, the Do one thing and Wait it out steps show the
    // person's reasons and what reaching out tends to bring (StrongUrgeNote).
    static constexpr int kStrongIntensity = 8;
    static constexpr std::size_t kStrongNoteReasons = 3;

    // What the flow reads and writes. It lives as long as its dialog, so it
    // asks for the store at each use (a restore may open another one).
    using Stores = StoreRoles<UrgeStore, ContactStore, UnsentMessageStore, PlanStore, SettingsStore>;

    // Touches neither the store nor the view: the dialog can open at once,
    // also when no store is open.
    UrgeFlow(Stores stores, const Clock &clock, UrgeFlowView &view);
    UrgeFlow(const UrgeFlow &) = delete;
    UrgeFlow &operator=(const UrgeFlow &) = delete;

    // Hands over data the screen already has; fields left empty are read from
    // the store when first needed. May be called before or after start().
    void preload(UrgeFlowData data);
    // The user's people, activities, plans and reasons changed elsewhere:
    // reads them again. False (and the lists stay) when the store cannot.
    bool reloadPlan();

    // Stamps the start moment and shows NameIt. Reads and writes nothing.
    void start();

    // --- state -------------------------------------------------------------
    bool isStarted() const { return m_started; }
    bool isDone() const { return m_step == UrgeStep::Done; }
    UrgeStep step() const { return m_step; }
    // The urge as entered so far (id 0 until first stored).
    const UrgeRecord &record() const { return m_record; }
    // The latest rating of this urge, if there is one.
    std::optional<int> currentIntensity() const;
    // What the view was last told to show for a strong urge.
    const std::optional<StrongUrgeNote> &strongUrgeNote() const { return m_strongNote; }
    const std::string &messageText() const { return m_messageText; }
    // A rating, a trigger, a HALT flag, an action or message text was entered.
    bool hasInput() const;
    // Something entered is not in the store yet (a save failed, or nothing
    // has been written so far). retrySave() or close() writes it.
    bool hasUnsavedChanges() const;

    // --- navigation (all no-ops before start() and after Done) ---------------
    // To the following step; skipping is fine. From Decide it finishes without
    // a decision (outcome Open).
    void next();
    // To the step the user came from (after decideNow(), the step they jumped from).
    void back();
    bool canGoBack() const { return !isDone() && !m_history.empty(); }
    // Straight to Decide from any step.
    void decideNow();

    // --- Name it -------------------------------------------------------------
    // 0..10 (clamped), allowed in every step; stored at once with the clock's time.
    void rateIntensity(int intensity);
    void setTrigger(Trigger trigger, bool chosen);
    // Trimmed; empty text and duplicates (ignoring ASCII case) are ignored.
    void addCustomTrigger(std::string_view text);
    void removeCustomTrigger(std::string_view text);
    void setHalt(const HaltFlags &halt);
    // What the pull is (UrgeFlowKind.cpp): the later steps' words follow it,
    // and only for a message urge is going past it contact. Message until chosen.
    void setKind(UrgeKind kind);
    UrgeKind kind() const { return m_record.kind; }

    // --- Do one thing (lists in the user's order, read on first use) ---------
    const std::vector<SupportPerson> &supportPeople();
    const std::vector<Activity> &activities();
    // One of each, rotating by date and by the urges earlier that day.
    std::optional<SupportPerson> suggestedPerson();
    std::optional<Activity> suggestedActivity();
    // If-then plans for the chosen triggers, in the user's order. The
    // DoOneThing page shows these first.
    std::vector<IfThenPlan> matchingPlans();
    // Records what the user chose; false for an id not in the list.
    bool chooseSupportPerson(std::int64_t id);
    bool chooseActivity(std::int64_t id);
    void clearAction();

    // --- Wait it out ---------------------------------------------------------
    // The timer starts on first entering WaitItOut (Settings::timerMinutes)
    // and keeps running when the user moves on or back.
    bool timerStarted() const { return m_timerStartMs.has_value(); }
    // From the clock; 0 before the timer starts and once it has run out.
    std::int64_t remainingMs() const;
    // The timer's whole length including extensions, for a progress display.
    std::int64_t timerTotalMs() const;
    // Settings::extendMinutes more; after the timer ran out, counted from now.
    void extendTimer();
    // Changes every kReminderIntervalMs of clock time once the timer runs
    // (before that it stays on the first): the card of the day first, then
    // the other cards and the user's reasons (ReminderRotation::at). Once a
    // strong-urge note said that they know how to reach the person, the card
    // saying so is left out: once is enough.
    Reminder currentReminder();
    // The user's reasons (for the text of a Reason reminder).
    const std::vector<Reason> &reasons();

    // --- Write it instead ----------------------------------------------------
    // Stored when the step changes or the flow closes; blank text stores
    // nothing (and removes a message stored earlier in this flow).
    void setMessageText(std::string text);

    // --- Decide (each finishes the flow and shows Done and a message) --------
    // "I didn't reach out", with how strong the urge is now if the user says.
    void resisted(std::optional<int> finalIntensity);
    // The urge went past: "I reached out" for a message urge, which logs
    // contact from the user through `channel`; for any other kind ("I looked",
    // "I went") no contact is logged and the counter keeps running. `note` is
    // what happened.
    void reachedOut(ContactChannel channel = ContactChannel::Text, std::string note = {});
    // The urge went past, and the user says whether it also came to contact
    // with them (`contact` set: logged from the user, the counter restarts).
    void wentPast(std::string note, std::optional<ContactChannel> contact);
    // They contacted the user; whether it restarts the counter depends on
    // `replied` and Settings::theirContactCountsOnlyIfReplied, unless the
    // person marked it as logistics (low-contact mode), which never does.
    void theyContactedMe(bool replied, ContactChannel channel = ContactChannel::Text, std::string note = {},
                         ContactPurpose purpose = ContactPurpose::Personal);

    // Low-contact mode is on: "They contacted me" may be logged as logistics,
    // and the dialog offers the neutral reply templates.
    bool lowContact() { return settings().lowContact; }

    // --- leaving -------------------------------------------------------------
    // The dialog closes: stores what was entered (outcome Open, end moment
    // set) and finishes. Writes nothing when nothing was entered and nothing
    // stored yet. After Done it only retries a failed save.
    void close();
    // Writes whatever a failed save left behind; true when all is stored.
    // Works after Done too.
    bool retrySave();

private:
    bool isActive() const { return m_started && m_step != UrgeStep::Done; }
    void goTo(UrgeStep step, bool remember);
    void finish(UrgeOutcome outcome, std::optional<UrgeFlowMessage> message);
    void startTimerIfNeeded();
    void updateStrongUrgeNote();
    void addSample(int intensity);
    void save();
    void write();
    void saveMessage();
    // Tells the view what the store now holds that it has not announced.
    void announceStored();

    const Settings &settings();
    int earlierUrgesToday();
    void reportLoadFailure(const StoreError &error);

    Stores m_stores;
    const Clock &m_clock;
    UrgeFlowView &m_view;

    bool m_started = false;
    UrgeStep m_step = UrgeStep::NameIt;
    std::vector<UrgeStep> m_history;

    UrgeRecord m_record;
    UrgeRecord m_savedRecord;   // what the store holds, to skip writes that change nothing
    bool m_acted = false;       // the user did something that warrants a record
    bool m_saveFailed = false;

    std::string m_messageText;
    UnsentMessage m_message;    // id 0 until stored
    std::string m_savedMessageText;

    std::optional<ContactEvent> m_contact; // from the decision, until stored
    bool m_contactSaved = false;

    // What the view was last told is stored.
    UrgeRecord m_announcedRecord;
    std::string m_announcedMessageText;
    bool m_contactAnnounced = false;

    std::optional<std::int64_t> m_timerStartMs;
    std::int64_t m_deadlineMs = 0;

    std::optional<Settings> m_settings;
    std::optional<std::vector<SupportPerson>> m_people;
    std::optional<std::vector<Activity>> m_activities;
    std::optional<std::vector<IfThenPlan>> m_plans;
    std::optional<std::vector<Reason>> m_reasons;
    std::optional<ReminderRotation> m_rotation;
    std::optional<int> m_earlierUrgesToday;

    std::optional<StrongUrgeNote> m_strongNote;
    std::optional<UrgeStep> m_reachLineStep; // the step whose note said "they know how to reach you"
};

} // namespace holdfast
