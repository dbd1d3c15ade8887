// A real SqliteStore on a "full disk" (max_page_count at the current size):
// the journal editor, the urge dialog's unsent message and a plan editor say
// the disk is full, keep every word in the window, store nothing half-way,
// and lose nothing that was confirmed before.

#include "UiFixture.h"

#include "headless/ErrorMessages.h"
#include "ui/journal/JournalEntriesView.h"
#include "ui/journal/JournalPage.h"
#include "ui/plan/PlanPage.h"
#include "ui/urge/UrgeDialog.h"

#include <QApplication>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>
#include <QTextEdit>

#include <memory>

using namespace holdfast;
using holdfast::testing::UiFixture;

namespace {

class StoreRefusalTest : public UiFixture
{
protected:
    void SetUp() override
    {
        UiFixture::SetUp();
        const Moment at = m_clock.now();
        m_store->saveJournalEntry(JournalEntry{0, at, at, "Confirmed before the disk filled up", 3, {"kept"}});
        m_store->saveReason(Reason{0, "I deserve calm", 0});
        m_store->saveUnsentMessage(UnsentMessage{0, at, at, "An older unsent message", {}, {}});
        // Reopen as if the disk had filled up since: the file can no longer grow.
        m_context.reset();
        m_store.reset();
        storage::OpenOptions full;
        full.maxPageCount = 1;
        m_store = storage::SqliteStore::open(m_dir.path(), full);
        m_context = std::make_unique<ui::AppContext>(*m_store, m_clock);
    }

    // Nothing confirmed was lost, and nothing half-written appeared, even after a restart.
    void expectOnlyTheConfirmedData()
    {
        for (int pass = 0; pass < 2; ++pass) {
            const auto entries = m_store->journalEntries(JournalQuery{});
            ASSERT_EQ(entries.size(), 1u);
            EXPECT_EQ(entries.front().text, "Confirmed before the disk filled up");
            ASSERT_EQ(m_store->reasons().size(), 1u);
            EXPECT_EQ(m_store->reasons().front().text, "I deserve calm");
            ASSERT_EQ(m_store->unsentMessages().size(), 1u);
            EXPECT_EQ(m_store->unsentMessages().front().text, "An older unsent message");
            if (pass == 0) {
                for (QWidget *widget : QApplication::topLevelWidgets())
                    delete widget;
                reopen();
            }
        }
    }

    // What a person types, then a long passage pasted in: more than fits in the file's free pages.
    static QString typeAndPaste(QWidget *editor)
    {
        QTest::keyClicks(editor, QStringLiteral("Dear diary, "));
        const QString pasted = QString(6000, u'w');
        if (auto *plain = qobject_cast<QPlainTextEdit *>(editor))
            plain->insertPlainText(pasted);
        else if (auto *rich = qobject_cast<QTextEdit *>(editor))
            rich->insertPlainText(pasted);
        return QStringLiteral("Dear diary, ") + pasted;
    }

    template<typename T>
    static T *child(QWidget *root, const char *name)
    {
        auto *widget = root->findChild<T *>(QLatin1String(name));
        EXPECT_NE(widget, nullptr) << name;
        return widget;
    }
};

} // namespace

TEST_F(StoreRefusalTest, TheJournalEditorKeepsTheEntryAndSaysTheDiskIsFull)
{
    auto page = std::make_unique<ui::JournalPage>(*m_context);
    page->resize(1100, 720);
    page->show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(page.get()));
    QTest::mouseClick(child<QPushButton>(page.get(), "journalNewEntryButton"), Qt::LeftButton);
    auto *editor = child<QPlainTextEdit>(page.get(), "journalEditor");
    const QString typed = typeAndPaste(editor);

    EXPECT_FALSE(page->entriesView()->saveNow());
    EXPECT_EQ(editor->toPlainText(), typed);
    auto *status = child<QLabel>(page.get(), "journalStatusLabel");
    EXPECT_TRUE(status->text().contains(ui::describeStoreError(StoreError::Kind::DiskFull))) << status->text().toStdString();
    EXPECT_NE(status->text(), QStringLiteral("Saved"));
    page.reset();
    expectOnlyTheConfirmedData();
}

TEST_F(StoreRefusalTest, TheUrgeDialogKeepsTheUnsentMessageAndSaysTheDiskIsFull)
{
    auto dialog = std::make_unique<ui::UrgeDialog>(*m_context);
    dialog->show();
    QApplication::setActiveWindow(dialog.get());
    ASSERT_TRUE(QTest::qWaitForWindowActive(dialog.get()));
    for (int i = 0; i < 3; ++i)
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_N, Qt::AltModifier);
    ASSERT_EQ(dialog->step(), UrgeStep::WriteItInstead);
    auto *message = child<QWidget>(dialog.get(), "urgeMessageEdit");
    ASSERT_EQ(QApplication::focusWidget(), message);
    const QString typed = typeAndPaste(message);
    dialog->saveDraftNow();

    EXPECT_EQ(dialog->step(), UrgeStep::WriteItInstead);
    const QString shown = qobject_cast<QPlainTextEdit *>(message) ? qobject_cast<QPlainTextEdit *>(message)->toPlainText()
                                                                  : qobject_cast<QTextEdit *>(message)->toPlainText();
    EXPECT_EQ(shown, typed);
    EXPECT_TRUE(child<QWidget>(dialog.get(), "urgeErrorBanner")->isVisible());
    EXPECT_EQ(child<QLabel>(dialog.get(), "urgeErrorDetailLabel")->text(), ui::describeStoreError(StoreError::Kind::DiskFull));
    dialog.reset();
    expectOnlyTheConfirmedData();
}

TEST_F(StoreRefusalTest, APlanEditorKeepsTheReasonAndSaysTheDiskIsFull)
{
    auto page = std::make_unique<ui::PlanPage>(*m_context);
    page->resize(1000, 700);
    page->show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(page.get()));
    auto *edit = child<QPlainTextEdit>(page.get(), "reasonTextEdit");
    const QString typed = typeAndPaste(edit);
    QTest::mouseClick(child<QPushButton>(page.get(), "reasonsSubmitButton"), Qt::LeftButton);

    auto *error = child<QLabel>(page.get(), "reasonsErrorLabel");
    EXPECT_TRUE(error->isVisible());
    EXPECT_EQ(error->text(), ui::describeStoreError(StoreError::Kind::DiskFull));
    EXPECT_EQ(edit->toPlainText(), typed);
    page.reset();
    expectOnlyTheConfirmedData();
}
