#include "UiFixture.h"

#include "support/TestStore.h"
#include "support/WatchedStore.h"
#include "ui/journal/JournalEntriesView.h"
#include "ui/journal/JournalListDelegate.h"
#include "ui/journal/JournalPage.h"
#include "ui/journal/JournalPromptPanel.h"
#include "ui/journal/UnsentMessagesView.h"
#include "ui/ThemePalette.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>
#include <QScrollBar>
#include <QTimer>

#include <memory>

using namespace holdfast;
using holdfast::testing::TestStore;
using holdfast::testing::UiFixture;
using holdfast::testing::WatchedStore;

namespace {

class JournalPageTest : public UiFixture
{
protected:
    // The page as the main window shows it: visible and laid out.
    std::unique_ptr<ui::JournalPage> openPage(ui::AppContext *context = nullptr)
    {
        auto page = std::make_unique<ui::JournalPage>(context ? *context : *m_context);
        page->resize(1100, 720);
        page->show();
        EXPECT_TRUE(QTest::qWaitForWindowExposed(page.get()));
        return page;
    }

    Moment daysAgo(int days, int hour = 9) const
    {
        const Moment now = m_clock.now();
        const std::int64_t midnight = now.localDate.dayNumber() * kMsPerDay - now.offsetMinutes * kMsPerMinute;
        return Moment::fromUtc(midnight - days * kMsPerDay + hour * kMsPerHour, now.offsetMinutes, now.zone);
    }

    std::int64_t addEntry(const std::string &text, int ago = 0, std::optional<int> mood = {},
                          std::vector<std::string> tags = {})
    {
        JournalEntry entry;
        entry.created = daysAgo(ago);
        entry.updated = entry.created;
        entry.text = text;
        entry.mood = mood;
        entry.tags = std::move(tags);
        return m_store->saveJournalEntry(entry);
    }

    std::int64_t addUnsent(const std::string &text, int ago, int hour = 22)
    {
        UnsentMessage message;
        message.written = daysAgo(ago, hour);
        message.updated = message.written;
        message.text = text;
        return m_store->saveUnsentMessage(message);
    }

    std::vector<JournalEntry> storedEntries() { return m_store->journalEntries(JournalQuery{}); }

    template<typename T>
    static T *child(const QWidget &parent, const char *name)
    {
        auto *widget = parent.findChild<T *>(QString::fromLatin1(name));
        EXPECT_NE(widget, nullptr) << name;
        return widget;
    }

    static void clickItem(QListWidget *list, int row)
    {
        QListWidgetItem *item = list->item(row);
        ASSERT_NE(item, nullptr);
        list->scrollToItem(item);
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(item).center());
    }

    static QStringList previews(const QListWidget *list)
    {
        QStringList texts;
        for (int row = 0; row < list->count(); ++row)
            texts << list->item(row)->data(ui::JournalListDelegate::PreviewRole).toString();
        return texts;
    }

    // Answers the delete question that is about to open with `buttonName`.
    static void answerDeleteQuestionWith(const char *buttonName)
    {
        QTimer::singleShot(0, [buttonName] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            ASSERT_NE(box, nullptr);
            EXPECT_EQ(box->objectName(), QStringLiteral("deleteConfirmationBox"));
            auto *button = box->findChild<QAbstractButton *>(QString::fromLatin1(buttonName));
            ASSERT_NE(button, nullptr);
            button->click();
        });
    }
};

} // namespace

TEST_F(JournalPageTest, TypingCreatesAnEntryWhenAutosaveRuns)
{
    auto page = openPage();
    auto *editor = child<QPlainTextEdit>(*page, "journalEditor");
    auto *timer = child<QTimer>(*page, "journalAutosaveTimer");
    auto *status = child<QLabel>(*page, "journalStatusLabel");

    QTest::keyClicks(editor, QStringLiteral("Walked by the seaside"));
    EXPECT_TRUE(timer->isActive());
    EXPECT_TRUE(status->text().isEmpty()); // nothing claims "Saved" before the store was asked

    EXPECT_TRUE(page->entriesView()->saveNow());
    const auto entries = storedEntries();
    ASSERT_EQ(entries.size(), 1u);
    EXPECT_EQ(entries[0].text, "Walked by the seaside");
    EXPECT_EQ(entries[0].created.localDate, (LocalDate{2026, 11, 25}));
    EXPECT_EQ(status->text(), QStringLiteral("Saved"));
    EXPECT_EQ(previews(child<QListWidget>(*page, "journalEntryList")), QStringList{QStringLiteral("Walked by the seaside")});

    // Typing on updates the same entry instead of creating another.
    QTest::keyClicks(editor, QStringLiteral(" today"));
    EXPECT_TRUE(status->text().isEmpty());
    page->entriesView()->saveNow();
    ASSERT_EQ(storedEntries().size(), 1u);
    EXPECT_EQ(storedEntries()[0].text, "Walked by the seaside today");
}

TEST_F(JournalPageTest, MoodAndTagsAreSavedWithTheEntry)
{
    auto page = openPage();
    QTest::keyClicks(child<QPlainTextEdit>(*page, "journalEditor"), QStringLiteral("Coffee with Sam"));
    QTest::mouseClick(child<QAbstractButton>(*page, "journalMoodButton4"), Qt::LeftButton);
    QTest::keyClicks(child<QLineEdit>(*page, "journalTagsEdit"), QStringLiteral("friends, coffee"));
    page->entriesView()->saveNow();

    const auto entries = storedEntries();
    ASSERT_EQ(entries.size(), 1u);
    EXPECT_EQ(entries[0].mood, 4);
    EXPECT_EQ(entries[0].tags, (std::vector<std::string>{"friends", "coffee"}));
    // The new tags can be filtered by at once.
    auto *tagFilter = child<QComboBox>(*page, "journalTagFilterCombo");
    EXPECT_GE(tagFilter->findText(QStringLiteral("friends")), 0);
}

TEST_F(JournalPageTest, SwitchingEntriesSavesWithoutWaiting)
{
    const std::int64_t older = addEntry("Rainy day", 2);
    addEntry("Sunny day", 1);
    auto page = openPage();
    auto *list = child<QListWidget>(*page, "journalEntryList");
    auto *editor = child<QPlainTextEdit>(*page, "journalEditor");
    ASSERT_EQ(list->count(), 2);

    clickItem(list, 1); // newest first: row 1 is the older one
    ASSERT_EQ(page->entriesView()->currentEntryId(), older);
    EXPECT_EQ(editor->toPlainText(), QStringLiteral("Rainy day"));
    QTest::keyClicks(editor, QStringLiteral(", but calm"));

    clickItem(list, 0);
    EXPECT_EQ(editor->toPlainText(), QStringLiteral("Sunny day"));
    EXPECT_FALSE(child<QTimer>(*page, "journalAutosaveTimer")->isActive());
    EXPECT_EQ(m_store->journalEntry(older)->text, "Rainy day, but calm");
}

TEST_F(JournalPageTest, DestroyingThePageKeepsUnsavedTyping)
{
    auto page = openPage();
    QTest::keyClicks(child<QPlainTextEdit>(*page, "journalEditor"), QStringLiteral("Words typed just before closing"));
    page.reset(); // no autosave ran

    reopen();
    const auto entries = storedEntries();
    ASSERT_EQ(entries.size(), 1u);
    EXPECT_EQ(entries[0].text, "Words typed just before closing");
}

TEST_F(JournalPageTest, DestroyingThePageKeepsAnUnsentDraft)
{
    auto page = openPage();
    page->showUnsentMessages();
    QTest::keyClicks(child<QPlainTextEdit>(*page, "unsentEditor"), QStringLiteral("I still think about you"));
    page.reset();

    reopen();
    const auto messages = m_store->unsentMessages();
    ASSERT_EQ(messages.size(), 1u);
    EXPECT_EQ(messages[0].text, "I still think about you");
    EXPECT_TRUE(storedEntries().empty());
}

TEST_F(JournalPageTest, LeavingTheScreenSavesAtOnce)
{
    auto page = openPage();
    QTest::keyClicks(child<QPlainTextEdit>(*page, "journalEditor"), QStringLiteral("Half a thought"));
    page->hide();
    ASSERT_EQ(storedEntries().size(), 1u);
    EXPECT_EQ(storedEntries()[0].text, "Half a thought");
}

TEST_F(JournalPageTest, NewEntryLeftBlankIsNeverStored)
{
    addEntry("Yesterday's entry", 1);
    auto page = openPage();
    auto *newButton = child<QPushButton>(*page, "journalNewEntryButton");
    QTest::mouseClick(newButton, Qt::LeftButton);
    QTest::keyClicks(child<QPlainTextEdit>(*page, "journalEditor"), QStringLiteral("   "));
    QTest::mouseClick(newButton, Qt::LeftButton);
    clickItem(child<QListWidget>(*page, "journalEntryList"), 0);
    page.reset();

    reopen();
    const auto entries = storedEntries();
    ASSERT_EQ(entries.size(), 1u);
    EXPECT_EQ(entries[0].text, "Yesterday's entry");
}

TEST_F(JournalPageTest, ALongPromptInANarrowPanelEndsInAnEllipsisAndIsUsedWhole)
{
    ui::JournalPromptPanel panel;
    panel.showPromptsFor(LocalDate{2026, 11, 25});
    panel.resize(220, panel.sizeHint().height());
    panel.show();
    QCoreApplication::sendPostedEvents();
    auto *prompt = panel.findChild<QPushButton *>(QStringLiteral("journalPromptButton0"));
    ASSERT_NE(prompt, nullptr);
    const QString question = prompt->toolTip();
    ASSERT_GT(prompt->fontMetrics().horizontalAdvance(question), prompt->width());
    EXPECT_TRUE(prompt->text().endsWith(QChar(0x2026))) << prompt->text().toStdString();
    EXPECT_LE(prompt->fontMetrics().horizontalAdvance(prompt->text()), prompt->width());

    QString chosen;
    QObject::connect(&panel, &ui::JournalPromptPanel::promptChosen, [&](const QString &text) { chosen = text; });
    QTest::mouseClick(prompt, Qt::LeftButton);
    EXPECT_EQ(chosen, question); // the whole question, not the cut text
}

TEST_F(JournalPageTest, APromptStartsTheEntry)
{
    auto page = openPage();
    auto *prompt = child<QPushButton>(*page, "journalPromptButton0");
    ASSERT_TRUE(prompt->isVisible());
    // The tooltip has the whole question; the button may show it cut short.
    const QString question = prompt->toolTip();
    EXPECT_FALSE(question.isEmpty());
    EXPECT_TRUE(question.startsWith(prompt->text().chopped(prompt->text().endsWith(QChar(0x2026)) ? 1 : 0)));

    QTest::mouseClick(prompt, Qt::LeftButton);
    auto *editor = child<QPlainTextEdit>(*page, "journalEditor");
    EXPECT_TRUE(editor->toPlainText().startsWith(question));
    EXPECT_FALSE(prompt->isVisible()); // prompts step aside once there are words
    QTest::keyClicks(editor, QStringLiteral("The arguments about nothing."));
    page->entriesView()->saveNow();
    ASSERT_EQ(storedEntries().size(), 1u);
    EXPECT_EQ(storedEntries()[0].text, question.toStdString() + "\n\nThe arguments about nothing.");
}

TEST_F(JournalPageTest, SearchAsYouTypeNarrowsTheList)
{
    addEntry("A long walk at the seaside", 3);
    addEntry("Climbed the mountain with my sister", 2);
    auto page = openPage();
    auto *list = child<QListWidget>(*page, "journalEntryList");
    ASSERT_EQ(list->count(), 2);

    QTest::keyClicks(child<QLineEdit>(*page, "journalSearchEdit"), QStringLiteral("sea"));
    EXPECT_TRUE(child<QTimer>(*page, "journalSearchTimer")->isActive());
    page->entriesView()->applyFilters(); // what the debounce timer calls
    EXPECT_EQ(previews(list), QStringList{QStringLiteral("A long walk at the seaside")});

    QTest::keyClicks(child<QLineEdit>(*page, "journalSearchEdit"), QStringLiteral("weed"));
    page->entriesView()->applyFilters();
    EXPECT_EQ(list->count(), 0);
    EXPECT_TRUE(child<QLabel>(*page, "journalEmptyLabel")->isVisible());
}

TEST_F(JournalPageTest, TheListOpensAtTheNewestEntry)
{
    for (int ago = 40; ago >= 2; ago -= 2)
        addEntry("Entry from " + std::to_string(ago) + " days ago", ago);
    auto page = openPage();
    auto *list = child<QListWidget>(*page, "journalEntryList");
    ASSERT_EQ(list->count(), 20);
    QApplication::processEvents();
    EXPECT_EQ(list->verticalScrollBar()->value(), list->verticalScrollBar()->minimum());
    EXPECT_EQ(list->indexAt(QPoint(4, 4)).row(), 0); // the first row on screen is the newest
    EXPECT_EQ(previews(list).first(), QStringLiteral("Entry from 2 days ago"));
}

TEST_F(JournalPageTest, FiltersByTagAndMood)
{
    addEntry("Slept badly", 3, 2, {"sleep"});
    addEntry("Good run", 2, 4, {"sport"});
    addEntry("Another run, tired", 1, 2, {"sport"});
    auto page = openPage();
    auto *list = child<QListWidget>(*page, "journalEntryList");
    ASSERT_EQ(list->count(), 3);

    auto *tag = child<QComboBox>(*page, "journalTagFilterCombo");
    const int sport = tag->findText(QStringLiteral("sport"));
    ASSERT_GE(sport, 0);
    tag->setCurrentIndex(sport);
    EXPECT_EQ(previews(list), (QStringList{QStringLiteral("Another run, tired"), QStringLiteral("Good run")}));

    auto *mood = child<QComboBox>(*page, "journalMoodFilterCombo");
    mood->setCurrentIndex(mood->findData(2));
    EXPECT_EQ(previews(list), QStringList{QStringLiteral("Another run, tired")});

    tag->setCurrentIndex(0); // all tags
    EXPECT_EQ(previews(list), (QStringList{QStringLiteral("Another run, tired"), QStringLiteral("Slept badly")}));
}

TEST_F(JournalPageTest, FiltersByDateRange)
{
    addEntry("Last month", 40);
    addEntry("Last week", 7);
    auto page = openPage();
    auto *list = child<QListWidget>(*page, "journalEntryList");
    ASSERT_EQ(list->count(), 2);
    QTest::mouseClick(child<QAbstractButton>(*page, "journalAnyDateCheckBox"), Qt::LeftButton);
    // The range starts at the last 30 days.
    EXPECT_EQ(previews(list), QStringList{QStringLiteral("Last week")});
}

TEST_F(JournalPageTest, DeletingAsksFirst)
{
    addEntry("Something I want gone", 1);
    auto page = openPage();
    clickItem(child<QListWidget>(*page, "journalEntryList"), 0);
    auto *remove = child<QPushButton>(*page, "journalDeleteButton");
    ASSERT_TRUE(remove->isEnabled());

    answerDeleteQuestionWith("deleteKeepButton");
    QTest::mouseClick(remove, Qt::LeftButton);
    EXPECT_EQ(storedEntries().size(), 1u);

    answerDeleteQuestionWith("deleteConfirmButton");
    QTest::mouseClick(remove, Qt::LeftButton);
    EXPECT_TRUE(storedEntries().empty());
    EXPECT_EQ(child<QListWidget>(*page, "journalEntryList")->count(), 0);
    EXPECT_TRUE(child<QPlainTextEdit>(*page, "journalEditor")->toPlainText().isEmpty());
}

TEST_F(JournalPageTest, YesterdaysUnsentMessageIsOfferedAndMarkedReread)
{
    const std::int64_t id = addUnsent("Why did you stop answering?", 1, 23);
    addUnsent("Written this morning", 0, 8);
    auto page = openPage();
    auto *banner = child<QWidget>(*page, "journalRereadBanner");
    ASSERT_TRUE(banner->isVisible());
    EXPECT_TRUE(child<QLabel>(*page, "journalRereadLabel")->text().contains(QStringLiteral("today's eyes")));

    QTest::mouseClick(child<QPushButton>(*page, "journalRereadButton"), Qt::LeftButton);
    EXPECT_TRUE(page->isShowingUnsentMessages());
    EXPECT_EQ(child<QPlainTextEdit>(*page, "unsentEditor")->toPlainText(), QStringLiteral("Why did you stop answering?"));
    const auto message = m_store->unsentMessage(id);
    ASSERT_TRUE(message.has_value());
    ASSERT_TRUE(message->reread.has_value());
    EXPECT_EQ(message->reread->utcMs, m_clock.now().utcMs);
    EXPECT_EQ(message->text, "Why did you stop answering?"); // reading changes nothing else
    EXPECT_FALSE(banner->isVisible());
}

TEST_F(JournalPageTest, OpeningTodaysUnsentMessageIsNotRereading)
{
    const std::int64_t id = addUnsent("Written this morning", 0, 8);
    auto page = openPage();
    EXPECT_FALSE(child<QWidget>(*page, "journalRereadBanner")->isVisible());
    page->showUnsentMessages();
    clickItem(child<QListWidget>(*page, "unsentMessageList"), 0);
    EXPECT_EQ(page->unsentView()->currentMessageId(), id);
    EXPECT_FALSE(m_store->unsentMessage(id)->reread.has_value());
}

TEST_F(JournalPageTest, WritingANewUnsentMessage)
{
    auto page = openPage();
    page->showUnsentMessages();
    QTest::mouseClick(child<QPushButton>(*page, "unsentNewMessageButton"), Qt::LeftButton);
    QTest::keyClicks(child<QPlainTextEdit>(*page, "unsentEditor"), QStringLiteral("I wanted to say happy birthday"));
    EXPECT_TRUE(child<QTimer>(*page, "unsentAutosaveTimer")->isActive());
    page->unsentView()->saveNow();
    const auto messages = m_store->unsentMessages();
    ASSERT_EQ(messages.size(), 1u);
    EXPECT_EQ(messages[0].text, "I wanted to say happy birthday");
    EXPECT_FALSE(messages[0].urgeId.has_value());
    EXPECT_EQ(child<QListWidget>(*page, "unsentMessageList")->count(), 1);
    EXPECT_EQ(child<QLabel>(*page, "unsentStatusLabel")->text(), QStringLiteral("Saved"));
}

TEST_F(JournalPageTest, DeletingAnUnsentMessageAsksFirst)
{
    addUnsent("Let it go", 3);
    auto page = openPage();
    page->showUnsentMessages();
    clickItem(child<QListWidget>(*page, "unsentMessageList"), 0);
    answerDeleteQuestionWith("deleteConfirmButton");
    QTest::mouseClick(child<QPushButton>(*page, "unsentDeleteButton"), Qt::LeftButton);
    EXPECT_TRUE(m_store->unsentMessages().empty());
}

TEST_F(JournalPageTest, ShowsWhatOthersWroteWhenTheyNotify)
{
    auto page = openPage();
    addUnsent("Drafted in the urge dialog", 0, 9);
    m_context->notifyChanged(ui::DataKind::UnsentMessages);
    EXPECT_EQ(child<QListWidget>(*page, "unsentMessageList")->count(), 1);

    addEntry("Imported entry", 5);
    m_context->notifyChanged(ui::DataKind::Journal);
    EXPECT_EQ(child<QListWidget>(*page, "journalEntryList")->count(), 1);
}

TEST_F(JournalPageTest, TellsOtherScreensAfterSaving)
{
    auto page = openPage();
    std::vector<ui::DataKind> kinds;
    QObject::connect(m_context.get(), &ui::AppContext::dataChanged, page.get(),
                     [&kinds](ui::DataKind kind) { kinds.push_back(kind); });
    QTest::keyClicks(child<QPlainTextEdit>(*page, "journalEditor"), QStringLiteral("Hello"));
    EXPECT_TRUE(kinds.empty());
    page->entriesView()->saveNow();
    EXPECT_EQ(kinds, std::vector<ui::DataKind>{ui::DataKind::Journal});
}

TEST_F(JournalPageTest, AFailedSaveSaysSoKeepsTheWordsAndRetries)
{
    TestStore<WatchedStore> watched{&m_clock};
    WatchedStore &store = *watched;
    ui::AppContext context(store, m_clock);
    auto page = openPage(&context);
    auto *editor = child<QPlainTextEdit>(*page, "journalEditor");
    auto *status = child<QLabel>(*page, "journalStatusLabel");

    store.failWrites(StoreError::Kind::DiskFull);
    QTest::keyClicks(editor, QStringLiteral("Please keep this"));
    EXPECT_FALSE(page->entriesView()->saveNow());
    EXPECT_EQ(editor->toPlainText(), QStringLiteral("Please keep this"));
    EXPECT_TRUE(status->text().contains(QStringLiteral("disk is full")));
    EXPECT_NE(status->text(), QStringLiteral("Saved"));

    // Starting a new entry would lose the words: the editor stays put.
    QTest::mouseClick(child<QPushButton>(*page, "journalNewEntryButton"), Qt::LeftButton);
    EXPECT_EQ(editor->toPlainText(), QStringLiteral("Please keep this"));

    store.stopFailing();
    QTest::keyClicks(editor, QStringLiteral("!"));
    EXPECT_TRUE(status->text().contains(QStringLiteral("disk is full"))); // until a save worked
    EXPECT_TRUE(child<QTimer>(*page, "journalAutosaveTimer")->isActive());
    EXPECT_TRUE(page->entriesView()->saveNow());
    EXPECT_EQ(status->text(), QStringLiteral("Saved"));
    const auto entries = store.journalEntries(JournalQuery{});
    ASSERT_EQ(entries.size(), 1u);
    EXPECT_EQ(entries[0].text, "Please keep this!");
    page.reset();
}

// Not a check: renders the screen to /tmp/journal-*.png for a human to look
// at. Run with --gtest_also_run_disabled_tests --gtest_filter='*GrabScreens*'.
TEST_F(JournalPageTest, DISABLED_GrabScreens)
{
    addEntry("What don't I miss?\n\nThe waiting. Checking my phone every ten minutes.", 9, 2, {"missing", "evenings"});
    addEntry("Long walk by the river with Mia. We laughed about the ducks.", 6, 4, {"friends", "walk"});
    addEntry("Couldn't sleep. Wrote instead of texting.", 3, 2, {"sleep"});
    addEntry("## Small wins\n\n- Went to the gym\n- Cooked a real dinner\n- Didn't check their profile", 1, 4,
             {"wins", "gym", "cooking"});
    const std::int64_t today = addEntry("Morning coffee on the balcony. Quiet, but a good quiet.", 0, 3);
    const std::int64_t yesterdays = addUnsent("I saw the photos from the party. It looked like you were having fun without me.", 1, 23);
    addUnsent("Do you ever think about the trip to Lisbon?", 4, 21);
    UnsentMessage fromUrge;
    fromUrge.written = daysAgo(8, 1);
    fromUrge.updated = fromUrge.written;
    fromUrge.text = "Happy birthday. I hope it's a good one.";
    UrgeRecord urge;
    urge.start = fromUrge.written;
    urge.outcome = UrgeOutcome::Resisted;
    fromUrge.urgeId = m_store->saveUrge(urge);
    fromUrge.reread = daysAgo(7, 10);
    m_store->saveUnsentMessage(fromUrge);

    for (const Theme theme : {Theme::Light, Theme::Dark}) {
        ui::ThemePalette::apply(theme);
        const QString themeName = theme == Theme::Light ? QStringLiteral("light") : QStringLiteral("dark");
        for (const QSize size : {QSize(1280, 800), QSize(900, 600)}) {
            auto unread = *m_store->unsentMessage(yesterdays);
            unread.reread.reset(); // offer it again for each picture
            m_store->saveUnsentMessage(unread);
            auto page = openPage();
            page->resize(size);
            const QString suffix = QStringLiteral("%1-%2x%3.png").arg(themeName).arg(size.width()).arg(size.height());
            QApplication::processEvents();
            page->grab().save(QStringLiteral("/tmp/journal-new-") + suffix);
            page->entriesView()->openEntry(today - 1);
            QApplication::processEvents();
            page->grab().save(QStringLiteral("/tmp/journal-entry-") + suffix);
            page->rereadNext();
            QApplication::processEvents();
            page->grab().save(QStringLiteral("/tmp/journal-unsent-") + suffix);
        }
    }
    ui::ThemePalette::apply(Theme::System);
}
