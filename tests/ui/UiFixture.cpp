#include "UiFixture.h"

#include <QApplication>
#include <QWidget>

namespace holdfast::testing {

Moment UiFixture::morning()
{
    const std::int64_t utc = LocalDate{2026, 11, 25}.dayNumber() * kMsPerDay + 8 * kMsPerHour;
    return Moment::fromUtc(utc, 60, "Europe/Berlin");
}

Moment UiFixture::later(std::int64_t minutes) const
{
    const Moment now = m_clock.now();
    return Moment::fromUtc(now.utcMs + minutes * kMsPerMinute, now.offsetMinutes, now.zone);
}

void UiFixture::SetUp()
{
    ASSERT_TRUE(m_dir.isValid());
    m_store = storage::SqliteStore::open(m_dir.path());
    m_context = std::make_unique<ui::AppContext>(*m_store, m_clock);
}

void UiFixture::TearDown()
{
    // Widgets a test left open must not outlive the store they point at.
    for (QWidget *widget : QApplication::topLevelWidgets())
        delete widget;
    m_context.reset();
    m_store.reset();
}

void UiFixture::reopen()
{
    m_context.reset();
    m_store.reset();
    m_store = storage::SqliteStore::open(m_dir.path());
    m_context = std::make_unique<ui::AppContext>(*m_store, m_clock);
}

} // namespace holdfast::testing
