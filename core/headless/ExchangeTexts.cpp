#include "headless/ExchangeTexts.h"

#include <QDir>
#include <QLocale>
#include <QStringList>

namespace holdfast::ui {

using Problem = exchange::ImportError::Problem;

QString ExchangeTexts::describe(const exchange::WriteError &e)
{
    const QString where = QDir::toNativeSeparators(e.path);
    switch (e.problem) {
    case exchange::WriteError::Problem::None:
        break;
    case exchange::WriteError::Problem::InsideDataFolder:
        return tr("Nothing was written: %1 is in Holdfast's own data folder, where an export could overwrite your data. "
                  "Choose another place.")
            .arg(where);
    case exchange::WriteError::Problem::IsLink:
        return tr("Nothing was written: %1 is a link to another file. Choose a new file name.").arg(where);
    case exchange::WriteError::Problem::NotAFile:
        return tr("Nothing was written: %1 is not a file name Holdfast can write to. Choose a file name.").arg(where);
    case exchange::WriteError::Problem::DiskFull:
        return tr("Nothing was written to %1: the disk is full. Free some space and try again.").arg(where);
    case exchange::WriteError::Problem::CannotWrite:
        return e.detail.isEmpty() ? tr("Nothing was written to %1.").arg(where)
                                  : tr("Nothing was written to %1: %2").arg(where, e.detail);
    }
    return QString();
}

QString ExchangeTexts::problem(const exchange::ImportError &e)
{
    switch (e.problem) {
    case Problem::CannotRead:
        return tr("The file cannot be read: %1").arg(e.value);
    case Problem::TooLarge:
        return tr("The file is too large to be an export (more than %n MB).", nullptr, int(e.high / (1024 * 1024)));
    case Problem::Empty:
        return tr("The file is empty.");
    case Problem::UnknownFormat:
        return tr("This is neither a Holdfast export (.json) nor a Daylio export (.csv).");
    case Problem::JsonSyntax:
        return tr("This is not valid JSON (%1).").arg(e.value);
    case Problem::NotHoldfast:
        return tr("This JSON file is not a Holdfast export.");
    case Problem::NewerVersion:
        return tr("This export comes from a newer Holdfast (format version %1). Update Holdfast to import it.").arg(e.value);
    case Problem::Missing:
        return tr("“%1” is missing.").arg(e.field);
    case Problem::NotAnObject:
        return tr("“%1” should be a group of fields in braces.").arg(e.field);
    case Problem::NotAList:
        return tr("“%1” should be a list in square brackets.").arg(e.field);
    case Problem::NotText:
        return tr("“%1” should be text in quotes.").arg(e.field);
    case Problem::NotTrueFalse:
        return tr("“%1” should be true or false.").arg(e.field);
    case Problem::NotWholeNumber:
        return tr("“%1” should be a whole number.").arg(e.field);
    case Problem::OutOfRange:
        return tr("“%1” is %2, but it should be from %3 to %4.")
            .arg(e.field, e.value, QString::number(e.low), QString::number(e.high));
    case Problem::NotADate:
        return tr("“%1” is “%2”, which is not a date like 2026-11-25.").arg(e.field, e.value);
    case Problem::UnknownKey:
        return tr("“%1” is “%2”, which Holdfast does not know.").arg(e.field, e.value);
    case Problem::DuplicateId:
        return tr("“%1”: the id %2 is used twice.").arg(e.field, e.value);
    case Problem::DuplicateDate:
        return tr("“%1”: there is already a check-in for %2.").arg(e.field, e.value);
    case Problem::UnclosedQuote:
        return tr("A quoted field is never closed.");
    case Problem::MissingColumns:
        return tr("This CSV file lacks the Daylio columns %1.").arg(e.value);
    case Problem::WrongColumnCount:
        return tr("This row has %1 fields, but the header has %2.").arg(e.value).arg(e.high);
    case Problem::BadDate:
        return tr("“%1” is not a date Holdfast can read.").arg(e.value);
    case Problem::BadTime:
        return tr("“%1” is not a time like 18:52 or 6:52 pm.").arg(e.value);
    case Problem::NoMood:
        return tr("This entry has no mood.");
    case Problem::NoEntries:
        return tr("The file has a header but no entries.");
    case Problem::UnmappedMood:
        return tr("The mood “%1” has no place on the scale from 1 to 5 yet.").arg(e.value);
    case Problem::NotUtf8:
        return tr("This is not UTF-8 text. Export the file again, or save it as UTF-8 in a text editor.");
    case Problem::WrongLocalDate:
        return tr("“%1” should be %2, the date of the moment's utcMs and offsetMinutes.").arg(e.field, e.value);
    }
    return tr("The file cannot be imported.");
}

QString ExchangeTexts::describe(const exchange::ImportError &e)
{
    if (e.line > 0 && e.column > 0)
        return tr("Line %1, column %2: %3").arg(e.line).arg(e.column).arg(problem(e));
    if (e.line > 0)
        return tr("Line %1: %2").arg(e.line).arg(problem(e));
    return problem(e);
}

QString ExchangeTexts::counts(const MergeCounts &c)
{
    QStringList parts;
    if (c.checkIns)
        parts.append(tr("%n check-in(s)", nullptr, int(c.checkIns)));
    if (c.lookBacks)
        parts.append(tr("%n evening look back(s)", nullptr, int(c.lookBacks)));
    if (c.journalEntries)
        parts.append(tr("%n journal entry(s)", nullptr, int(c.journalEntries)));
    if (c.urges)
        parts.append(tr("%n urge(s)", nullptr, int(c.urges)));
    if (c.contacts)
        parts.append(tr("%n contact(s)", nullptr, int(c.contacts)));
    if (c.unsentMessages)
        parts.append(tr("%n unsent message(s)", nullptr, int(c.unsentMessages)));
    if (c.planItems)
        parts.append(tr("%n plan item(s)", nullptr, int(c.planItems)));
    if (parts.isEmpty())
        return tr("nothing");
    return parts.join(tr(", ", "between counts"));
}

QString ExchangeTexts::moodName(int mood)
{
    switch (mood) {
    case 1:
        return tr("1 – very low");
    case 2:
        return tr("2 – low");
    case 3:
        return tr("3 – okay");
    case 4:
        return tr("4 – good");
    case 5:
        return tr("5 – very good");
    default:
        return tr("Choose…");
    }
}

} // namespace holdfast::ui
