#pragma once

// Reads RFC 4180 CSV as real files have it: UTF-8 with or without a
// byte-order mark (also after blank lines), CRLF or LF, quoted fields with
// doubled quotes and line breaks inside. Bytes that are not UTF-8 are an
// error, never replacement characters. Each record keeps the line it starts
// on for error messages.

#include "ImportError.h"

#include <QByteArrayView>
#include <QStringList>

#include <optional>
#include <vector>

namespace holdfast::exchange {

class CsvReader
{
public:
    struct Record
    {
        int line = 0; // 1-based line where the record starts
        QStringList fields;
    };

    struct Result
    {
        std::vector<Record> records; // blank lines are left out
        std::optional<ImportError> error;
    };

    static Result read(QByteArrayView bytes);
};

} // namespace holdfast::exchange
