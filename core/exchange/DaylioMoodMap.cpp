#include "DaylioMoodMap.h"

#include <array>
#include <utility>

namespace holdfast::exchange {

namespace {

const auto kGroup = QStringLiteral("daylio/moods");

struct Suggestion
{
    const char16_t *label;
    int mood;
};

constexpr std::array kSuggestions{
    Suggestion{u"rad", 5},     Suggestion{u"amazing", 5}, Suggestion{u"great", 5},    Suggestion{u"happy", 5},
    Suggestion{u"good", 4},    Suggestion{u"meh", 3},     Suggestion{u"average", 3},  Suggestion{u"ok", 3},
    Suggestion{u"okay", 3},    Suggestion{u"bad", 2},     Suggestion{u"sad", 2},      Suggestion{u"fugly", 2},
    Suggestion{u"awful", 1},   Suggestion{u"horrible", 1}, Suggestion{u"terrible", 1},
};

} // namespace

QString DaylioMoodMap::normalized(const QString &label)
{
    return label.simplified().toCaseFolded();
}

std::optional<int> DaylioMoodMap::suggestion(const QString &label)
{
    const QString key = normalized(label);
    for (const auto &s : kSuggestions) {
        if (key == QStringView(s.label))
            return s.mood;
    }
    return std::nullopt;
}

DaylioMoodMap DaylioMoodMap::forLabels(const QStringList &labels, QSettings *settings)
{
    DaylioMoodMap map;
    for (const QString &label : labels) {
        if (const auto mood = suggestion(label))
            map.set(label, *mood);
    }
    if (settings)
        map.load(*settings);
    return map;
}

DaylioMoodMap DaylioMoodMap::forLabels(const QStringList &labels, const std::map<std::string, int> &stored)
{
    DaylioMoodMap map = forLabels(labels, nullptr);
    for (const auto &[label, mood] : stored)
        map.set(QString::fromStdString(label), mood);
    return map;
}

void DaylioMoodMap::rememberIn(std::map<std::string, int> &stored) const
{
    for (const auto &[label, mood] : m_moods)
        stored[label.toStdString()] = mood;
}

bool DaylioMoodMap::moveFromQSettings(QSettings &settings, std::map<std::string, int> &stored)
{
    if (!settings.childGroups().contains(QStringLiteral("daylio")))
        return false;
    DaylioMoodMap old;
    old.load(settings);
    for (const auto &[label, mood] : old.m_moods)
        stored.try_emplace(label.toStdString(), mood);
    settings.remove(QStringLiteral("daylio"));
    settings.sync();
    return true;
}

std::optional<int> DaylioMoodMap::mood(const QString &label) const
{
    const auto it = m_moods.find(normalized(label));
    return it == m_moods.end() ? std::nullopt : std::optional(it->second);
}

void DaylioMoodMap::set(const QString &label, int mood)
{
    if (mood >= 1 && mood <= 5)
        m_moods[normalized(label)] = mood;
}

QStringList DaylioMoodMap::unmapped(const QStringList &labels) const
{
    QStringList missing;
    for (const QString &label : labels) {
        if (!mood(label))
            missing.append(label);
    }
    return missing;
}

void DaylioMoodMap::load(QSettings &settings)
{
    settings.beginGroup(kGroup);
    // Labels are stored as values, not keys: QSettings keys cannot hold every character.
    const int count = settings.beginReadArray(QStringLiteral("labels"));
    for (int i = 0; i < count; ++i) {
        settings.setArrayIndex(i);
        set(settings.value(QStringLiteral("label")).toString(), settings.value(QStringLiteral("mood")).toInt());
    }
    settings.endArray();
    settings.endGroup();
}

void DaylioMoodMap::save(QSettings &settings) const
{
    // Merge with what is remembered, so labels of an older file are kept.
    DaylioMoodMap all;
    all.load(settings);
    for (const auto &[label, mood] : m_moods)
        all.m_moods[label] = mood;
    settings.beginGroup(kGroup);
    settings.remove(QString());
    settings.beginWriteArray(QStringLiteral("labels"), int(all.m_moods.size()));
    int i = 0;
    for (const auto &[label, mood] : all.m_moods) {
        settings.setArrayIndex(i++);
        settings.setValue(QStringLiteral("label"), label);
        settings.setValue(QStringLiteral("mood"), mood);
    }
    settings.endArray();
    settings.endGroup();
    settings.sync();
}

} // namespace holdfast::exchange
