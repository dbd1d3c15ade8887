#pragma once

// Low-contact mode's neutral replies: the built-in ones in the person's
// language, or the person's own list from the settings.

#include "model/Settings.h"

#include <QCoreApplication>
#include <QStringList>

#include <string>
#include <vector>

namespace holdfast::ui {

class ReplyTemplates
{
    Q_DECLARE_TR_FUNCTIONS(holdfast::ui::ReplyTemplates)

public:
    // Short, neutral and kind: "Thanks, 5 pm works.", "Please send that by email.", …
    static QStringList defaults();
    // The person's own templates, or the built-in ones while they have none.
    static QStringList of(const Settings &settings);
    // What to store for `templates`: blank ones dropped, and nothing while the
    // list is the built-in one, so it follows a change of language.
    static std::vector<std::string> toSettings(const QStringList &templates);
};

} // namespace holdfast::ui
