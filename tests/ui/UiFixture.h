#pragma once

// A real store in a temporary folder, a pinned clock and the app context the
// screens need: what every UI test starts from.

#include "model/FixedClock.h"
#include "storage/SqliteStore.h"
#include "ui/AppContext.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <memory>

namespace holdfast::testing {

class UiFixture : public ::testing::Test
{
protected:
    void SetUp() override;
    void TearDown() override;

    // Wednesday 25 November 2026, 09:00 in Berlin (UTC+1).
    static Moment morning();
    // A moment on the same clock `minutes` later (same offset).
    Moment later(std::int64_t minutes) const;
    // Reopens the store from disk, as a restart of the app would.
    void reopen();

    QTemporaryDir m_dir;
    std::unique_ptr<storage::SqliteStore> m_store;
    FixedClock m_clock{morning()};
    std::unique_ptr<ui::AppContext> m_context;
};

} // namespace holdfast::testing
