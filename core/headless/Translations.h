#pragma once

// Loads Holdfast's translations (embedded .qm files) and Qt's own for the
// chosen language, or for the system's languages when none was chosen.

#include <QString>
#include <QStringList>

namespace holdfast::ui {

class Translations
{
public:
    // `language` is "de", "es", "fr", "en" or empty for the system's. Replaces
    // whatever was installed before. Returns the language actually used.
    static QString install(const QString &language);
    // Languages shipped with the app, as codes.
    static QStringList available();
};

} // namespace holdfast::ui
