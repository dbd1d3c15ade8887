#pragma once

// Turns storage failures into calm, translated sentences for the user.

#include "model/StoreError.h"

#include <QString>

namespace holdfast::ui {

QString describeStoreError(StoreError::Kind kind);
QString describeStoreError(const StoreError &error);

} // namespace holdfast::ui
