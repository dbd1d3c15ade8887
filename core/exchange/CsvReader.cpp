#include "CsvReader.h"

namespace holdfast::exchange {

namespace {

constexpr char16_t kByteOrderMark = 0xFEFF;

bool isContinuation(unsigned char byte)
{
    return (byte & 0xC0) == 0x80;
}

// The offset of the first byte that does not start a well-formed UTF-8
// sequence (RFC 3629: no overlong forms, no surrogates, nothing past
// U+10FFFF), or nothing when all of `bytes` is UTF-8.
std::optional<qsizetype> firstInvalidUtf8(QByteArrayView bytes)
{
    const qsizetype size = bytes.size();
    qsizetype i = 0;
    while (i < size) {
        const auto lead = static_cast<unsigned char>(bytes[i]);
        if (lead < 0x80) {
            ++i;
            continue;
        }
        int length = 0;
        unsigned char low = 0x80; // the range the second byte must be in
        unsigned char high = 0xBF;
        if (lead >= 0xC2 && lead <= 0xDF) {
            length = 2;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            length = 3;
            if (lead == 0xE0)
                low = 0xA0; // overlong below U+0800
            else if (lead == 0xED)
                high = 0x9F; // surrogates
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            length = 4;
            if (lead == 0xF0)
                low = 0x90; // overlong below U+10000
            else if (lead == 0xF4)
                high = 0x8F; // past U+10FFFF
        } else {
            return i;
        }
        if (i + length > size)
            return i;
        const auto second = static_cast<unsigned char>(bytes[i + 1]);
        if (second < low || second > high)
            return i;
        for (int k = 2; k < length; ++k) {
            if (!isContinuation(static_cast<unsigned char>(bytes[i + k])))
                return i;
        }
        i += length;
    }
    return std::nullopt;
}

} // namespace

CsvReader::Result CsvReader::read(QByteArrayView bytes)
{
    // Text up to the first byte that is not UTF-8 is read as usual, so the
    // error can name the line and field where that byte is.
    const std::optional<qsizetype> invalid = firstInvalidUtf8(bytes);
    const QString text = QString::fromUtf8(invalid ? bytes.first(*invalid) : bytes);

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
    if (invalid) {
        ImportError error;
        error.problem = ImportError::Problem::NotUtf8;
        error.line = line;
        error.column = int(record.fields.size()) + 1;
        result.records.clear();
        result.error = error;
        return result;
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
