#include "ui/contact/ReplyTemplates.h"

namespace holdfast::ui {

QStringList ReplyTemplates::defaults()
{
    return {
        tr("Thanks, 5 pm works."),
        tr("Please send that by email."),
        tr("Noted, thanks."),
        tr("I'll check and get back to you tomorrow."),
        tr("Let's keep to what we arranged, please."),
    };
}

QStringList ReplyTemplates::of(const Settings &settings)
{
    if (settings.replyTemplates.empty())
        return defaults();
    QStringList templates;
    for (const std::string &reply : settings.replyTemplates)
        templates.append(QString::fromStdString(reply));
    return templates;
}

std::vector<std::string> ReplyTemplates::toSettings(const QStringList &templates)
{
    QStringList kept;
    for (const QString &reply : templates) {
        if (!reply.trimmed().isEmpty())
            kept.append(reply.trimmed());
    }
    std::vector<std::string> stored;
    if (kept == defaults())
        return stored;
    for (const QString &reply : kept)
        stored.push_back(reply.toStdString());
    return stored;
}

} // namespace holdfast::ui
