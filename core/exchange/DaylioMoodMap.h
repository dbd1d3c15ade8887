#pragma once

// Where each Daylio mood label sits on Holdfast's 1..5 mood scale. Daylio lets
// people rename and add moods, so the person maps the labels of their file
// once; the mapping is remembered in the data's settings (Settings::daylioMoods)
// for the next import. Older versions kept it in QSettings: moveFromQSettings()
// takes it from there once.

#include <QSettings>
#include <QString>
#include <QStringList>

#include <map>
#include <string>
#include <optional>

namespace holdfast::exchange {

class DaylioMoodMap
{
public:
    // Daylio's built-in labels in English (rad, good, meh, bad, awful) and a
    // few common renamings; nothing for a label of the person's own.
    static std::optional<int> suggestion(const QString &label);

    // The built-in suggestions for `labels`, then what `settings` remembers.
    static DaylioMoodMap forLabels(const QStringList &labels, QSettings *settings);
    // The built-in suggestions for `labels`, then the stored mapping (Settings::daylioMoods).
    static DaylioMoodMap forLabels(const QStringList &labels, const std::map<std::string, int> &stored);
    // Adds this mapping to `stored` (labels of an older file are kept).
    void rememberIn(std::map<std::string, int> &stored) const;
    // Moves a mapping kept in QSettings by older versions into `stored` (what
    // `stored` already has wins) and removes it from `settings`. True when
    // there was one, so the caller saves the settings.
    static bool moveFromQSettings(QSettings &settings, std::map<std::string, int> &stored);

    std::optional<int> mood(const QString &label) const;
    void set(const QString &label, int mood); // mood 1..5
    // The labels of `labels` that have no mood yet.
    QStringList unmapped(const QStringList &labels) const;

    void load(QSettings &settings);
    void save(QSettings &settings) const;

private:
    static QString normalized(const QString &label);

    std::map<QString, int> m_moods; // by normalized label
};

} // namespace holdfast::exchange
