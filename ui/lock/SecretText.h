#pragma once

// Overwrites a passphrase in memory once it has been used, so it does not
// linger in freed heap after unlocking (a swap file or a crash report could
// otherwise carry it).

#include <string>

class QLineEdit;
class QString;

namespace holdfast::ui {

class SecretText
{
public:
    static void wipe(std::string &text);
    static void wipe(QString &text);
    // Overwrites the field's text, then empties it.
    static void wipe(QLineEdit *edit);
};

} // namespace holdfast::ui
