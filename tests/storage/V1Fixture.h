#pragma once

// The content of tests/fixtures/holdfast-v1.sqlite: a few rows of every table,
// written through the public API by FixtureWriter.DISABLED_WriteV1Fixture and
// checked after every future migration. Never change these values: the
// committed file holds them.

#include "model/Store.h"

#include <vector>

namespace holdfast::storage::test {

struct V1Fixture
{
    std::vector<UrgeRecord> urges;
    std::vector<ContactEvent> contacts;
    std::vector<CheckIn> checkIns;
    std::vector<JournalEntry> journal; // oldest first (ids 1..n)
    std::vector<UnsentMessage> unsent; // oldest first
    std::vector<Reason> reasons;
    std::vector<SupportPerson> people;
    std::vector<Activity> activities;
    std::vector<IfThenPlan> ifThenPlans;
    std::vector<RiskDate> riskDates;
    Settings settings;
};

// Expected content, ids filled in as an empty database assigns them.
V1Fixture v1Fixture();
// Writes the fixture into an empty store.
void writeV1Fixture(Store &store);
// GoogleTest expectations that the store holds exactly the fixture.
void expectV1Fixture(Store &store);

} // namespace holdfast::storage::test
