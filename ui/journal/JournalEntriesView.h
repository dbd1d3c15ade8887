#pragma once

// The "Entries" folder of the journal: search and filters, the list of
// entries, and the editor. It autosaves shortly after typing stops, and at
// once when the user opens another entry, starts a new one or leaves
// (JournalFolderView).

#include "model/JournalEntry.h"
#include "ui/journal/JournalFolderView.h"

#include <QHash>
#include <QVariant>

#include <cstdint>
#include <utility>
#include <vector>

class QLabel;
class QListWidgetItem;
class QPushButton;
class QTimer;

namespace holdfast::ui {

class JournalEntryEditor;
class JournalFilterBar;

class JournalEntriesView : public JournalFolderView
{
    Q_OBJECT

public:
    explicit JournalEntriesView(AppContext &context, QWidget *parent = nullptr);
    // Writes what is still unsaved: nothing typed is lost on closing.
    ~JournalEntriesView() override;

    // The entry in the editor; 0 while a new page has not been stored yet.
    std::int64_t currentEntryId() const { return m_entry.id; }

    static constexpr int kSearchDelayMs = 150;

public Q_SLOTS:
    // The search timer's slot: asks the store for the list again.
    void applyFilters();
    // Saves, then opens a blank page with writing prompts.
    void newEntry();
    // Saves, then opens the stored entry `id`. False when the entry could
    // not be left (unsaved) or opened.
    bool openEntry(std::int64_t id);
    // Reloads tags and list after someone else wrote to the journal.
    void refresh() override;
    // Asks, then deletes the entry in the editor.
    void deleteCurrentEntry();

private:
    std::int64_t currentId() const override { return m_entry.id; }
    bool isEditorBlank() const override;
    void storeEdits(const Moment &now) override;
    void showStored(bool wasNew) override;
    bool loadRecord(std::int64_t id) override;
    void clearRecord() override { m_entry = JournalEntry{}; }
    void showRecord() override;
    void reloadList() override { applyFilters(); }
    void focusEditor() override;
    void removeStored(std::int64_t id) override;
    void afterRemove() override;
    void setStatusText(const QString &text) override;

    // What one row of the list shows, by item data role (JournalListDelegate);
    // `dates` caches the date texts of one refill.
    using RowData = std::vector<std::pair<int, QVariant>>;
    RowData rowData(const JournalEntry &entry, QHash<std::int64_t, QString> &dates) const;
    void fillItem(QListWidgetItem *item, const JournalEntry &entry) const;
    void refreshTags();
    void showListState(bool failed, const QString &error = {});

    JournalFilterBar *m_filters = nullptr;
    QPushButton *m_newButton = nullptr;
    QLabel *m_limitLabel = nullptr;
    JournalEntryEditor *m_editor = nullptr;
    QTimer *m_searchTimer = nullptr;

    JournalEntry m_entry; // as last stored (or blank and new)
    bool m_tagsChanged = false; // by the last write
    int m_limit = JournalQuery{}.limit;
};

} // namespace holdfast::ui
