#include "storage/SettingsRepository.h"

#include "storage/Connection.h"
#include "storage/FinishOnExit.h"
#include "storage/RecordChecks.h"
#include "storage/SqlValues.h"
#include "storage/TextSealer.h"

#include "model/RecordKeys.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <array>

using namespace Qt::StringLiterals;

namespace holdfast::storage {

namespace {

namespace key {
constexpr auto breakupDate = "breakup_date";
constexpr auto noContactSinceUtcMs = "no_contact_since_utc_ms";
constexpr auto noContactSinceOffset = "no_contact_since_offset_min";
constexpr auto noContactSinceZone = "no_contact_since_zone";
constexpr auto noContactSinceLocalDate = "no_contact_since_local_date";
constexpr auto weekStart = "week_start";
constexpr auto morningReminderMinute = "morning_reminder_minute";
constexpr auto language = "language";
constexpr auto theme = "theme";
constexpr auto crisisText = "crisis_text";
constexpr auto crisisCountry = "crisis_country";
constexpr auto timerMinutes = "timer_minutes";
constexpr auto extendMinutes = "extend_minutes";
constexpr auto theirContactCountsOnlyIfReplied = "their_contact_counts_only_if_replied";
constexpr auto onboardingDone = "onboarding_done";
constexpr auto backupsToKeep = "backups_to_keep";
constexpr auto autoLockMinutes = "auto_lock_minutes";
// JSON text: {"label": 1..5, ...}; absent when no mapping was chosen.
constexpr auto daylioMoods = "daylio_moods";
// JSON text: ["mute", "photos", ...], the ticked steps; absent when none is.
constexpr auto clearedPath = "cleared_path";
// Discreet mode; older databases have neither row.
constexpr auto discreet = "discreet";
constexpr auto panicLabel = "panic_label";
// Low-contact mode: "0"/"1", and the reply templates as JSON text
// ["Thanks, 5 pm works.", ...], absent while the built-in ones are used.
constexpr auto lowContact = "low_contact";
constexpr auto replyTemplates = "reply_templates";
// The evening look back: "0"/"1" and its reminder minute; older databases have neither.
constexpr auto lookBack = "look_back";
constexpr auto lookBackReminderMinute = "look_back_reminder_minute";
} // namespace key

} // namespace

Settings SettingsRepository::read()
{
    QHash<QString, QString> values;
    {
        QSqlQuery &query = m_db.prepared(u"SELECT key, value FROM settings"_s);
        const FinishOnExit finish(query);
        m_db.exec(query, "read settings");
        while (query.next())
            values.insert(query.value(0).toString(), query.value(1).toString());
    }
    auto has = [&](const char *name) { return values.contains(QLatin1String(name)); };
    auto textOf = [&](const char *name) { return values.value(QLatin1String(name)); };
    // A value that does not parse keeps the default rather than failing the app.
    auto intOf = [&](const char *name, int fallback) {
        bool ok = false;
        const int value = textOf(name).toInt(&ok);
        return ok ? value : fallback;
    };

    Settings settings;
    if (has(key::breakupDate))
        settings.breakupDate = LocalDate::fromIso(textOf(key::breakupDate).toStdString());
    if (has(key::noContactSinceUtcMs)) {
        bool ok = false;
        const qint64 utcMs = textOf(key::noContactSinceUtcMs).toLongLong(&ok);
        if (ok) {
            Moment since = Moment::fromUtc(utcMs, intOf(key::noContactSinceOffset, 0),
                                           textOf(key::noContactSinceZone).toStdString());
            if (const auto date = LocalDate::fromIso(textOf(key::noContactSinceLocalDate).toStdString()))
                since.localDate = *date;
            settings.noContactSince = since;
        }
    }
    const int weekStart = intOf(key::weekStart, int(settings.weekStart));
    if (weekStart >= 1 && weekStart <= 7)
        settings.weekStart = Weekday(weekStart);
    settings.morningReminderMinute = intOf(key::morningReminderMinute, settings.morningReminderMinute);
    settings.language = textOf(key::language).toStdString();
    if (has(key::theme))
        settings.theme = themeFromText(textOf(key::theme));
    settings.crisisText = textOf(key::crisisText).toStdString();
    settings.crisisCountry = textOf(key::crisisCountry).toStdString();
    settings.timerMinutes = intOf(key::timerMinutes, settings.timerMinutes);
    settings.extendMinutes = intOf(key::extendMinutes, settings.extendMinutes);
    settings.theirContactCountsOnlyIfReplied =
        intOf(key::theirContactCountsOnlyIfReplied, int(settings.theirContactCountsOnlyIfReplied)) != 0;
    settings.onboardingDone = intOf(key::onboardingDone, int(settings.onboardingDone)) != 0;
    settings.backupsToKeep = intOf(key::backupsToKeep, settings.backupsToKeep);
    settings.autoLockMinutes = intOf(key::autoLockMinutes, settings.autoLockMinutes);
    if (has(key::daylioMoods)) {
        const QJsonObject moods = QJsonDocument::fromJson(textOf(key::daylioMoods).toUtf8()).object();
        for (auto it = moods.begin(); it != moods.end(); ++it) {
            const int mood = it.value().toInt();
            if (mood >= 1 && mood <= 5)
                settings.daylioMoods[it.key().toStdString()] = mood;
        }
    }
    if (has(key::clearedPath)) {
        // A key this version does not know is left out rather than failing the load.
        const QJsonArray steps = QJsonDocument::fromJson(textOf(key::clearedPath).toUtf8()).array();
        for (const QJsonValue &step : steps) {
            if (const auto known = pathStepFromKey(step.toString().toStdString()))
                settings.clearedPath.insert(*known);
        }
    }
    settings.discreet = intOf(key::discreet, int(settings.discreet)) != 0;
    settings.panicLabel = textOf(key::panicLabel).toStdString();
    settings.lowContact = intOf(key::lowContact, int(settings.lowContact)) != 0;
    settings.lookBack = intOf(key::lookBack, int(settings.lookBack)) != 0;
    settings.lookBackReminderMinute = intOf(key::lookBackReminderMinute, settings.lookBackReminderMinute);
    if (has(key::replyTemplates)) {
        const QJsonArray templates = QJsonDocument::fromJson(textOf(key::replyTemplates).toUtf8()).array();
        for (const QJsonValue &reply : templates) {
            if (reply.isString())
                settings.replyTemplates.push_back(reply.toString().toStdString());
        }
    }
    return settings;
}

void SettingsRepository::write(const Settings &settings)
{
    if (settings.breakupDate)
        checkDate(*settings.breakupDate, "breakup date");
    if (settings.noContactSince)
        checkMoment(*settings.noContactSince, "no contact since");
    checkRange(int(settings.weekStart), 1, 7, "week start");

    std::vector<std::pair<const char *, QVariant>> rows{
        {key::weekStart, QString::number(int(settings.weekStart))},
        {key::morningReminderMinute, QString::number(settings.morningReminderMinute)},
        {key::language, text(settings.language)},
        {key::theme, themeText(settings.theme)},
        {key::crisisText, text(settings.crisisText)},
        {key::crisisCountry, text(settings.crisisCountry)},
        {key::timerMinutes, QString::number(settings.timerMinutes)},
        {key::extendMinutes, QString::number(settings.extendMinutes)},
        {key::theirContactCountsOnlyIfReplied, QString::number(int(settings.theirContactCountsOnlyIfReplied))},
        {key::onboardingDone, QString::number(int(settings.onboardingDone))},
        {key::backupsToKeep, QString::number(settings.backupsToKeep)},
        {key::autoLockMinutes, QString::number(settings.autoLockMinutes)},
        {key::discreet, QString::number(int(settings.discreet))},
        {key::panicLabel, text(settings.panicLabel)},
        {key::lowContact, QString::number(int(settings.lowContact))},
        {key::lookBack, QString::number(int(settings.lookBack))},
        {key::lookBackReminderMinute, QString::number(settings.lookBackReminderMinute)},
    };
    std::vector<const char *> removed;
    if (settings.breakupDate)
        rows.emplace_back(key::breakupDate, iso(*settings.breakupDate));
    else
        removed.push_back(key::breakupDate);
    const std::array sinceKeys{key::noContactSinceUtcMs, key::noContactSinceOffset, key::noContactSinceZone,
                               key::noContactSinceLocalDate};
    if (const auto &since = settings.noContactSince) {
        rows.emplace_back(key::noContactSinceUtcMs, QString::number(since->utcMs));
        rows.emplace_back(key::noContactSinceOffset, QString::number(since->offsetMinutes));
        rows.emplace_back(key::noContactSinceZone, text(since->zone));
        rows.emplace_back(key::noContactSinceLocalDate, iso(since->localDate));
    } else {
        removed.insert(removed.end(), sinceKeys.begin(), sinceKeys.end());
    }
    if (!settings.daylioMoods.empty()) {
        QJsonObject moods;
        for (const auto &[label, mood] : settings.daylioMoods) {
            checkRange(mood, 1, 5, "Daylio mood");
            moods.insert(QString::fromStdString(label), mood);
        }
        rows.emplace_back(key::daylioMoods, QString::fromUtf8(QJsonDocument(moods).toJson(QJsonDocument::Compact)));
    } else {
        removed.push_back(key::daylioMoods);
    }
    if (!settings.clearedPath.empty()) {
        QJsonArray steps;
        for (const PathStep step : settings.clearedPath)
            steps.append(keyText(pathStepKey(step)));
        rows.emplace_back(key::clearedPath, QString::fromUtf8(QJsonDocument(steps).toJson(QJsonDocument::Compact)));
    } else {
        removed.push_back(key::clearedPath);
    }
    if (!settings.replyTemplates.empty()) {
        QJsonArray templates;
        for (const std::string &reply : settings.replyTemplates)
            templates.append(QString::fromStdString(reply));
        rows.emplace_back(key::replyTemplates,
                          QString::fromUtf8(QJsonDocument(templates).toJson(QJsonDocument::Compact)));
    } else {
        removed.push_back(key::replyTemplates);
    }

    QSqlQuery &upsert = m_db.prepared(u"INSERT INTO settings (key, value) VALUES (?, ?) "
                                 "ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s);
    for (const auto &[name, value] : rows) {
        bindAll(upsert, {QLatin1String(name), value});
        m_db.exec(upsert, "save settings");
    }
    upsert.finish();
    QSqlQuery &remove = m_db.prepared(u"DELETE FROM settings WHERE key = ?"_s);
    for (const char *name : removed) {
        remove.bindValue(0, QLatin1String(name));
        m_db.exec(remove, "save settings");
    }
    remove.finish();
}

} // namespace holdfast::storage
