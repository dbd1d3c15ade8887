#pragma once

// Reads a Daylio CSV export (the 8-column `full_date,...,note_title,note` file
// and the older 7-column `year,date,...,note` one) and turns its mood history
// into check-ins and its notes into journal entries (docs/DATA_FORMAT.md).

#include "DaylioMoodMap.h"
#include "ImportResult.h"

#include "model/LocalDate.h"

#include <QByteArrayView>
#include <QStringList>
#include <QTimeZone>

#include <optional>
#include <vector>

namespace holdfast::exchange {

struct DaylioEntry
{
    int line = 0;
    LocalDate date;
    int minuteOfDay = 0;
    QString mood;         // trimmed, as the file spells it
    QStringList activities;
    QString noteTitle;
    QString note;
};

struct DaylioFile
{
    std::vector<DaylioEntry> entries; // in file order (Daylio writes newest first)
    QStringList moodLabels;           // each label once, in order of first appearance
};

class DaylioImporter
{
public:
    // True when the first line is a Daylio header.
    static bool looksLikeDaylio(QByteArrayView bytes);

    struct Parsed
    {
        DaylioFile file;
        std::optional<ImportError> error;
    };
    // Checks every row; the first problem names its line and column (field).
    static Parsed parse(QByteArrayView bytes);

    // One check-in per local date: the mean of that day's moods rounded to the
    // nearest step (halves up), recorded at the day's last entry, sleep 3.
    // Each entry with a note becomes a journal entry; its activities become
    // tags. Times are read in `zone`. Fails with UnmappedMood when `moods`
    // lacks a label of the file.
    static ImportResult toDataSet(const DaylioFile &file, const DaylioMoodMap &moods, const QTimeZone &zone);

    // "18:52", "6:52 pm", "12:05 am" -> minutes after midnight.
    static std::optional<int> parseTime(const QString &text);
    // "18 May" or "May 18" in `year` (English month names, full or short).
    static std::optional<LocalDate> parseDayMonth(const QString &text, int year);
};

} // namespace holdfast::exchange
