#pragma once

// What the journal's two folders share: a list of stored records beside an
// editor that autosaves. The folder view owns the list panel, the autosave
// timer and policy, and the flows that move between records (save, open,
// start a new one, delete); the entries and the unsent messages say how their
// record is stored, read and shown through the hooks below.

#include "model/AutosavePolicy.h"
#include "ui/AppContext.h"

#include <QWidget>

#include <cstdint>

class QFrame;
class QLabel;
class QListWidget;
class QListWidgetItem;
class QSplitter;
class QStackedWidget;
class QTimer;
class QVBoxLayout;

namespace holdfast::ui {

class JournalFolderView : public QWidget
{
    Q_OBJECT

public:
    // The list | editor split; the page keeps both folders' splits alike.
    QSplitter *splitter() const { return m_splitter; }

    static constexpr int kAutosaveDelayMs = 700;

public Q_SLOTS:
    // The autosave timer's slot: writes the editor if a write is due. False
    // when the store refused; the text stays in the editor and is retried.
    bool saveNow();
    // Reloads the list after someone else wrote to this folder.
    virtual void refresh() = 0;

protected:
    // `prefix` names the parts ("journal" gives journalSplitter,
    // journalListPanel, journalEmptyLabel, journalAutosaveTimer); `kind` is
    // what this folder announces and listens for.
    JournalFolderView(AppContext &context, const QString &prefix, DataKind kind, QWidget *parent);

    // Building, in the order the parts are created (it is the focus order):
    // the side panel first takes whatever the folder puts above the list,
    // then the list and the label shown instead of it when it is empty.
    QFrame *sidePanel() const { return m_sidePanel; }
    QVBoxLayout *sideLayout() const { return m_sideLayout; }
    void addList(const QString &objectName, const QString &accessibleName);

    // The flows. Each leaves the record on screen when the store refuses.
    // Saves, then opens the stored record `id`. False when the record on
    // screen could not be left (unsaved) or `id` could not be opened.
    bool openRecord(std::int64_t id);
    // Saves, then opens a blank record.
    void newRecord();
    // Asks, then deletes the record on screen.
    void deleteCurrentRecord(const QString &title, const QString &question);
    // For the editor's change signal: starts the autosave delay.
    void edited();
    // The destructors' last word: writes what is unsaved and tells no one
    // (other screens may already be gone).
    void saveBeforeClosing();

    // The list's row for `id` (0: none), and selecting it without opening it.
    QListWidgetItem *itemFor(std::int64_t id) const;
    void selectQuietly(std::int64_t id);
    // The row of the record just stored; a new one goes on top (`inserted`),
    // even where a search would not find it yet: the user should see where
    // their words went.
    QListWidgetItem *rowForStored(std::int64_t id, bool &inserted);
    void showStatus();
    void notifyOthers();
    LocalDate today() const;

    void hideEvent(QHideEvent *event) override;

    // The record on screen: its id (0 while new), and whether the editor
    // holds nothing the user put in.
    virtual std::int64_t currentId() const = 0;
    virtual bool isEditorBlank() const = 0;
    // Writes the editor's record as of `now` and keeps what was stored;
    // throws StoreError and keeps the record as it was when the write fails.
    virtual void storeEdits(const Moment &now) = 0;
    // After a write (not while closing): the editor and the list row follow.
    virtual void showStored(bool wasNew) = 0;
    // Reads the stored record `id` into the view; false when it is gone.
    // Throws StoreError and keeps the record as it was.
    virtual bool loadRecord(std::int64_t id) = 0;
    // The record opened by openRecord is on screen and selected.
    virtual void opened() {}
    // A blank, new record; the editor shows the record.
    virtual void clearRecord() = 0;
    virtual void showRecord() = 0;
    // The record to open is gone: the list is read again.
    virtual void reloadList() = 0;
    virtual void focusEditor() = 0;
    // Deletes the stored record `id` (throws StoreError); then the rest of
    // the folder follows once the record is gone from the list and editor.
    virtual void removeStored(std::int64_t id) = 0;
    virtual void afterRemove() = 0;
    // The editor's status line: the autosave status or what went wrong.
    virtual void setStatusText(const QString &text) = 0;

    AppContext &m_context;
    QSplitter *m_splitter = nullptr;
    QStackedWidget *m_listStack = nullptr;
    QListWidget *m_list = nullptr;
    QLabel *m_emptyLabel = nullptr;
    QTimer *m_autosaveTimer = nullptr;
    AutosavePolicy m_autosave;
    bool m_destroying = false;

private:
    QString m_prefix;
    DataKind m_kind;
    QFrame *m_sidePanel = nullptr;
    QVBoxLayout *m_sideLayout = nullptr;
    bool m_notifying = false;
};

} // namespace holdfast::ui
