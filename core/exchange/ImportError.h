#pragma once

// Why a file cannot be imported, and where: the line and column (1-based; 0
// when unknown) and a problem the UI turns into a translated sentence
// (ui/exchange/ExchangeTexts). A file with an error is never written.

#include <QString>

#include <cstdint>

namespace holdfast::exchange {

struct ImportError
{
    enum class Problem {
        CannotRead,        // the file cannot be opened; `value` holds the system's reason
        TooLarge,          // bigger than the importers accept
        Empty,
        UnknownFormat,     // neither a Holdfast JSON export nor a Daylio CSV export
        JsonSyntax,        // not well-formed JSON; `value` holds the parser's reason
        NotHoldfast,       // JSON, but "format" is not "holdfast"
        NewerVersion,      // "version" is higher than this Holdfast reads; `value` is it
        Missing,           // `field` is missing
        NotAnObject,       // `field` must be an object ({...})
        NotAList,          // `field` must be a list ([...])
        NotText,           // `field` must be text
        NotTrueFalse,      // `field` must be true or false
        NotWholeNumber,    // `field` must be a whole number
        OutOfRange,        // `field` must be from `low` to `high`
        NotADate,          // `field` must be a date like 2026-11-25
        UnknownKey,        // `field` has the unknown value `value`
        DuplicateId,       // `field` repeats the id `value`
        DuplicateDate,     // `field` is a second check-in for the date `value`
        // Daylio CSV
        UnclosedQuote,     // a quoted field runs to the end of the file
        MissingColumns,    // the header lacks the columns `value` names
        WrongColumnCount,  // a row has `value` columns where the header has `high`
        BadDate,           // `value` is not a date Holdfast understands
        BadTime,           // `value` is not a time like 18:52 or 6:52 pm
        NoMood,            // the mood column is empty
        NoEntries,         // a header but no rows
        UnmappedMood,      // the mood label `value` has no place on the 1..5 scale yet
        NotUtf8,           // bytes that are not UTF-8 text start at `line`, `column` (a CSV field)
        WrongLocalDate,    // `field` (a moment's localDate) should be `value`, the date utcMs + offsetMinutes fall on
    };

    Problem problem = Problem::UnknownFormat;
    int line = 0;
    int column = 0;
    QString field; // e.g. "checkIns[3].mood" or a CSV column name
    QString value;
    std::int64_t low = 0;
    std::int64_t high = 0;
};

} // namespace holdfast::exchange
