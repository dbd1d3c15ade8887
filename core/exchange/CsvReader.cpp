#include "CsvReader.h"

namespace holdfast::exchange {

namespace {

constexpr char16_t kByteOrderMark = 0xFEFF;

} // namespace

CsvReader::Result CsvReader::read(QByteArrayView bytes)
{
    const QString text = QString::fromUtf8(bytes);

    Result result;
    Record record;
    QString field;
    int line = 1;
    record.line = 1;
    bool inQuotes = false;
    bool fieldWasQuoted = false;
    int quoteLine = 0;

    const auto endField = [&] {
        record.fields.append(field);
        field.clear();
        fieldWasQuoted = false;
    };
    const auto endRecord = [&] {
        const bool blank = record.fields.isEmpty() && field.isEmpty() && !fieldWasQuoted;
        endField();
        if (!blank)
            result.records.push_back(std::move(record));
        record = Record{};
    };

    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        const QChar c = text.at(i);
        // A byte-order mark, even after blank lines or twice, is not part of
        // the header: "\r\n<BOM>full_date,..." is read as "full_date,...".
        if (c == kByteOrderMark && result.records.empty() && record.fields.isEmpty() && field.isEmpty()
            && !fieldWasQuoted)
            continue;
        if (inQuotes) {
            if (c == u'"') {
                if (i + 1 < size && text.at(i + 1) == u'"') {
                    field += u'"';
                    ++i;
                } else {
                    inQuotes = false;
                }
            } else {
                if (c == u'\n')
                    ++line;
                field += c;
            }
            continue;
        }
        if (c == u'"' && field.isEmpty() && !fieldWasQuoted) {
            inQuotes = true;
            fieldWasQuoted = true;
            quoteLine = line;
        } else if (c == u',') {
            endField();
        } else if (c == u'\r' || c == u'\n') {
            if (c == u'\r' && i + 1 < size && text.at(i + 1) == u'\n')
                ++i;
            endRecord();
            ++line;
            record.line = line;
        } else {
            // Lenient like spreadsheets: a stray quote inside an unquoted field,
            // or text after a closing quote, is kept as it is.
            field += c;
        }
    }
    if (inQuotes) {
        ImportError error;
        error.problem = ImportError::Problem::UnclosedQuote;
        error.line = quoteLine;
        error.column = int(record.fields.size()) + 1;
        result.records.clear();
        result.error = error;
        return result;
    }
    if (!field.isEmpty() || !record.fields.isEmpty() || fieldWasQuoted)
        endRecord();
    return result;
}

} // namespace holdfast::exchange
