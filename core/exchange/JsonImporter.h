#pragma once

// Reads Holdfast's JSON export (docs/DATA_FORMAT.md) and checks every value
// before anything is written: the first problem comes back with its line and
// column, and the data is then empty.

#include "ImportResult.h"

#include <QByteArrayView>

namespace holdfast::exchange {

class JsonImporter
{
public:
    static ImportResult read(QByteArrayView bytes);
    // True when the bytes look like JSON at all (the first thing that is not
    // space or a byte-order mark is '{'), to tell our export from a CSV file.
    static bool looksLikeJson(QByteArrayView bytes);
};

} // namespace holdfast::exchange
