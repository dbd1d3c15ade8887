#pragma once

// The "Entries" folder of the journal: search and filters, the list of
// entries, and the editor. It autosaves shortly after typing stops, and at
// once when the user opens another entry, starts a new one or leaves.

#include "model/AutosavePolicy.h"
#include "model/JournalEntry.h"
#include "ui/AppContext.h"

#include <QHash>
#include <QVariant>
#include <QWidget>

#include <cstdint>
#include <utility>
#include <vector>

class QLabel;
class QListWidget;
class QListWidgetItem;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QTimer;

namespace holdfast::ui {

class JournalEntryEditor;
class JournalFilterBar;

class JournalEntriesView : public QWidget
{
    Q_OBJECT

public:
    explicit JournalEntriesView(AppContext &context, QWidget *parent = nullptr);
    // Writes what is still unsaved: nothing typed is lost on closing.
    ~JournalEntriesView() override;

    // The entry in the editor; 0 while a new page has not been stored yet.
    std::int64_t currentEntryId() const { return m_entry.id; }

    // The list | editor split; the page keeps both folders' splits alike.
    QSplitter *splitter() const { return m_splitter; }

    static constexpr int kAutosaveDelayMs = 700;
    static constexpr int kSearchDelayMs = 150;

public Q_SLOTS:
    // The autosave timer's slot: writes the editor if a write is due. False
    // when the store refused; the text stays in the editor and is retried.
    bool saveNow();
    // The search timer's slot: asks the store for the list again.
    void applyFilters();
    // Saves, then opens a blank page with writing prompts.
    void newEntry();
    // Saves, then opens the stored entry `id`. False when the entry could
    // not be left (unsaved) or opened.
    bool openEntry(std::int64_t id);
    // Reloads tags and list after someone else wrote to the journal.
    void refresh();
    // Asks, then deletes the entry in the editor.
    void deleteCurrentEntry();

protected:
    void hideEvent(QHideEvent *event) override;

private:
    void edited();
    void currentItemChanged(QListWidgetItem *current);
    // What one row of the list shows, by item data role (JournalListDelegate);
    // `dates` caches the date texts of one refill.
    using RowData = std::vector<std::pair<int, QVariant>>;
    RowData rowData(const JournalEntry &entry, QHash<std::int64_t, QString> &dates) const;
    void fillItem(QListWidgetItem *item, const JournalEntry &entry) const;
    QListWidgetItem *itemFor(std::int64_t id) const;
    void selectQuietly(std::int64_t id);
    void refreshTags();
    void showListState(bool failed, const QString &error = {});
    void showStatus();
    void notifyOthers();
    LocalDate today() const;

    AppContext &m_context;
    QSplitter *m_splitter = nullptr;
    JournalFilterBar *m_filters = nullptr;
    QPushButton *m_newButton = nullptr;
    QStackedWidget *m_listStack = nullptr;
    QListWidget *m_list = nullptr;
    QLabel *m_emptyLabel = nullptr;
    QLabel *m_limitLabel = nullptr;
    JournalEntryEditor *m_editor = nullptr;
    QTimer *m_searchTimer = nullptr;
    QTimer *m_autosaveTimer = nullptr;

    JournalEntry m_entry; // as last stored (or blank and new)
    AutosavePolicy m_autosave;
    int m_limit = JournalQuery{}.limit;
    bool m_notifying = false;
    bool m_destroying = false;
};

} // namespace holdfast::ui
