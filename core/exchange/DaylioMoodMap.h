#pragma once

// Where each Daylio mood label sits on Holdfast's 1..5 mood scale. Daylio lets
// people rename and add moods, so the person maps the labels of their file
// once; the mapping is remembered (QSettings) for the next import.

#include <QSettings>
#include <QString>
#include <QStringList>

#include <map>
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
