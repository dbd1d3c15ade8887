#pragma once

// The journal's words for its values: dates in the lists and the editor,
// mood names, prompts and the autosave status line.

#include "model/AutosavePolicy.h"
#include "model/JournalPrompts.h"
#include "model/LocalDate.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace holdfast::ui {

class JournalFormat
{
    Q_DECLARE_TR_FUNCTIONS(JournalFormat)

public:
    static QDate toQDate(LocalDate date);
    static LocalDate fromQDate(QDate date);
    // "Today", "Yesterday", "Mon 23 Nov", or with the year when it is not this year.
    static QString shortDate(LocalDate date, LocalDate today);
    // "Wednesday, 25 November 2026" in the user's locale.
    static QString longDate(LocalDate date);
    // 1 "Very low" .. 5 "Very good".
    static QString moodName(int mood);
    static QString prompt(JournalPrompt prompt);
    // Empty while nothing is to be said (clean or typing); "Saved" only after
    // the store call returned; the error and a reassurance when it threw.
    static QString autosaveStatus(const AutosavePolicy &policy);
};

} // namespace holdfast::ui
