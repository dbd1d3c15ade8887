#pragma once

// What an importer read: the data, or the first reason it cannot be imported.
// When `error` is set, `data` is empty and must not be written.

#include "ImportError.h"

#include "model/DataSet.h"

#include <optional>

namespace holdfast::exchange {

struct ImportResult
{
    DataSet data;
    std::optional<ImportError> error;

    bool ok() const { return !error.has_value(); }
};

} // namespace holdfast::exchange
