// The journal list as search narrows and widens it, keystroke by keystroke:
// rows are reused, yet each shows its own entry at its own height, the open
// entry stays selected, the list starts at the top, and the keyboard moves on
// from the right row.

#include "UiFixture.h"

#include "ui/journal/JournalEntriesView.h"
#include "ui/journal/JournalListDelegate.h"
#include "ui/journal/JournalPage.h"

#include <QLineEdit>
#include <QListWidget>
#include <QScrollBar>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace holdfast;
using holdfast::testing::UiFixture;

namespace {

class JournalListRefillTest : public UiFixture
{
protected:
    void SetUp() override
    {
        UiFixture::SetUp();
        // Newest first: "Rain" (no tags), then "Walked" (tags), then 40 more to scroll through.
        for (int i = 0; i < 40; ++i)
            add("Quiet evening " + std::to_string(i), 40 - i + 2, {});
        m_walked = add("Walked along the river", 1, {"walk", "calm"});
        m_rain = add("Rain on the window", 0, {});
        m_page = std::make_unique<ui::JournalPage>(*m_context);
        m_page->resize(1100, 720);
        m_page->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(m_page.get()));
        m_list = m_page->findChild<QListWidget *>(QStringLiteral("journalEntryList"));
        m_search = m_page->findChild<QLineEdit *>(QStringLiteral("journalSearchEdit"));
        m_timer = m_page->findChild<QTimer *>(QStringLiteral("journalSearchTimer"));
        ASSERT_TRUE(m_list && m_search && m_timer);
    }

    void TearDown() override
    {
        m_page.reset();
        UiFixture::TearDown();
    }

    std::int64_t add(const std::string &text, int daysAgo, std::vector<std::string> tags)
    {
        JournalEntry entry;
        const Moment now = m_clock.now();
        entry.created = Moment::fromUtc(now.utcMs - daysAgo * kMsPerDay, now.offsetMinutes, now.zone);
        entry.updated = entry.created;
        entry.text = text;
        entry.tags = std::move(tags);
        return m_store->saveJournalEntry(entry);
    }

    // One keystroke in the search box, then the search the timer would run.
    void type(const QString &keys)
    {
        QTest::keyClicks(m_search, keys);
        EXPECT_TRUE(m_timer->isActive());
        m_page->entriesView()->applyFilters();
    }

    void erase(int count)
    {
        for (int i = 0; i < count; ++i)
            QTest::keyClick(m_search, Qt::Key_Backspace);
        m_page->entriesView()->applyFilters();
    }

    std::int64_t idAt(int row) const
    {
        return m_list->item(row)->data(ui::JournalListDelegate::IdRole).toLongLong();
    }

    int rowHeight(int row) const { return m_list->visualItemRect(m_list->item(row)).height(); }

    std::unique_ptr<ui::JournalPage> m_page;
    QListWidget *m_list = nullptr;
    QLineEdit *m_search = nullptr;
    QTimer *m_timer = nullptr;
    std::int64_t m_walked = 0;
    std::int64_t m_rain = 0;
};

} // namespace

TEST_F(JournalListRefillTest, AReusedRowShowsItsNewEntryAtItsOwnHeight)
{
    ASSERT_EQ(m_list->count(), 42);
    ASSERT_EQ(idAt(0), m_rain);
    const int twoLines = rowHeight(0);
    const int threeLines = rowHeight(1); // "Walked" has tags: a third line
    ASSERT_GT(threeLines, twoLines);

    type(QStringLiteral("wa"));
    ASSERT_EQ(m_list->count(), 1);
    EXPECT_EQ(idAt(0), m_walked);
    EXPECT_EQ(m_list->item(0)->data(ui::JournalListDelegate::PreviewRole).toString(),
              QStringLiteral("Walked along the river"));
    EXPECT_EQ(m_list->item(0)->data(ui::JournalListDelegate::TagsRole).toString(), QStringLiteral("walk · calm"));
    EXPECT_TRUE(m_list->item(0)->text().contains(QStringLiteral("Walked along the river"))); // for screen readers
    EXPECT_EQ(rowHeight(0), threeLines);

    // The same number of rows, another entry in it: "Rain" has no tags.
    m_search->selectAll();
    type(QStringLiteral("ra"));
    ASSERT_EQ(m_list->count(), 1);
    EXPECT_EQ(idAt(0), m_rain);
    EXPECT_EQ(m_list->item(0)->data(ui::JournalListDelegate::TagsRole).toString(), QString());
    EXPECT_EQ(rowHeight(0), twoLines);
    m_search->selectAll();
    type(QStringLiteral("wa"));
    EXPECT_EQ(rowHeight(0), threeLines);

    erase(2);
    ASSERT_EQ(m_list->count(), 42);
    EXPECT_EQ(idAt(0), m_rain);
    EXPECT_EQ(rowHeight(0), twoLines);
    EXPECT_EQ(rowHeight(1), threeLines);
}

TEST_F(JournalListRefillTest, TheOpenEntryStaysSelectedAndTheListStartsAtTheTop)
{
    // Open an old entry far down the list, so the list is scrolled.
    const std::int64_t old = idAt(40);
    ASSERT_TRUE(m_page->entriesView()->openEntry(old));
    m_list->scrollToItem(m_list->item(40));
    ASSERT_GT(m_list->verticalScrollBar()->value(), 0);

    type(QStringLiteral("r")); // "Rain", "river": the open entry is not among them
    ASSERT_EQ(m_list->count(), 2);
    EXPECT_EQ(m_list->currentItem(), nullptr);
    EXPECT_TRUE(m_list->selectedItems().isEmpty());
    EXPECT_EQ(m_list->verticalScrollBar()->value(), 0);

    erase(1); // everything again: the open entry is selected where it is
    ASSERT_EQ(m_list->count(), 42);
    ASSERT_NE(m_list->currentItem(), nullptr);
    EXPECT_EQ(m_list->currentItem()->data(ui::JournalListDelegate::IdRole).toLongLong(), old);
    EXPECT_EQ(m_list->selectedItems().size(), 1);
    EXPECT_EQ(m_page->entriesView()->currentEntryId(), old);
}

TEST_F(JournalListRefillTest, TheKeyboardMovesOnFromTheOpenEntryAfterASearch)
{
    ASSERT_TRUE(m_page->entriesView()->openEntry(m_rain));
    type(QStringLiteral("r"));
    ASSERT_EQ(m_list->count(), 2);
    ASSERT_EQ(idAt(0), m_rain);
    ASSERT_EQ(idAt(1), m_walked);
    m_list->setFocus();
    QTest::keyClick(m_list, Qt::Key_Down);
    EXPECT_EQ(m_page->entriesView()->currentEntryId(), m_walked);
}
