#pragma once

// The user's settings as plain values. Stored in the database with the rest
// of their data, so a backup or an export carries them too.

#include "LocalDate.h"
#include "Moment.h"

#include <array>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace holdfast {

enum class Theme { System, Light, Dark };

// The steps of "Clear the path" on the Plan screen: what the person does in
// their other apps to make reaching out harder. Holdfast never does them; it
// only remembers which ones the person ticked.
enum class PathStep { Mute, Archive, Photos, Favourites };
inline constexpr std::array kPathSteps{PathStep::Mute, PathStep::Archive, PathStep::Photos, PathStep::Favourites};

struct Settings
{
    std::optional<LocalDate> breakupDate;
    std::optional<Moment> noContactSince; // the last time the user reached out, or when they started
    Weekday weekStart = Weekday::Monday;
    int morningReminderMinute = 8 * 60; // minutes after local midnight; -1 is off
    std::string language;               // empty: follow the system
    Theme theme = Theme::System;
    std::string crisisText;             // the user's own crisis line, shown beside the built-in ones
    std::string crisisCountry;          // ISO 3166 code choosing the crisis lines; empty: the system's country
    int timerMinutes = 15;
    int extendMinutes = 5;
    bool theirContactCountsOnlyIfReplied = true;
    bool onboardingDone = false;
    int backupsToKeep = 7;
    int autoLockMinutes = 0;            // 0 is off
    // Where each Daylio mood label (case-folded, spaces simplified) sits on the
    // 1..5 mood scale, as the person chose it when importing a Daylio file.
    std::map<std::string, int> daylioMoods;
    // The steps of "Clear the path" the person has ticked; empty at first.
    std::set<PathStep> clearedPath;
    // Discreet mode: a neutral title, tray icon and reminders, and the
    // counter behind a click, for screens others can see.
    bool discreet = false;
    std::string panicLabel;             // the panic button's label in discreet mode; empty: a neutral default
    // Low-contact mode (issue 14): for people who must stay in touch about
    // children, work or shared things. Contact they mark as logistics is kept
    // but never ends the stretch; the counter says it counts personal contact.
    bool lowContact = false;
    // The person's neutral reply templates, in order; empty means the
    // built-in ones in the person's language.
    std::vector<std::string> replyTemplates;
    // The evening look back (issue 14): off until the person turns it on,
    // with its own reminder (minutes after local midnight; -1 is none).
    bool lookBack = false;
    int lookBackReminderMinute = 21 * 60;

    friend bool operator==(const Settings &, const Settings &) = default;
};

} // namespace holdfast
