#pragma once

// A few hundred records of every kind, written through the store as a person
// using Holdfast for some weeks would, and a read of everything back through
// the store's read calls (so it needs no export code).

#include "model/DataSet.h"
#include "model/Store.h"

namespace holdfast::storage::test {

// Writes `days` days of history ending on 2026-03-28: urges with samples and
// triggers, journal entries with tags, check-ins, contacts, unsent messages,
// a full plan and changed settings.
void addRealisticData(Store &store, int days = 60);

// Every record and the settings, read back through the Store interface.
DataSet readAll(Store &store);

} // namespace holdfast::storage::test
