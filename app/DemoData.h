#pragma once

// The data folder for `holdfast --demo`: a fresh temporary folder filled with
// ten weeks of sample history (DemoHistory), so a new user and the screenshots
// see a lived-in app. The user's real data folder is never opened or created.

#include <QString>

namespace holdfast {
class Clock;
}

namespace holdfast::app {

// Creates the folder and writes the history ending at the clock's today. The
// folder lives until the application object is destroyed (call this after
// creating it), then it is removed; without an application object it is left
// for the system to clean up. Returns its path, or an empty string with
// a translated `errorMessage` when it could not be created or filled.
QString prepareDemoDataDir(const Clock &clock, QString *errorMessage = nullptr);
// The same with the system clock.
QString prepareDemoDataDir(QString *errorMessage = nullptr);

} // namespace holdfast::app
