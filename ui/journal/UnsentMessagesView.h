#pragma once

// The "Unsent messages" folder: what the user wrote to them instead of
// sending it, from the urge dialog or written here. Nothing here is ever
// sent. Opening a message on a later day marks it reread. Autosaves like
// the entries (JournalFolderView).

#include "model/UnsentMessage.h"
#include "ui/journal/JournalFolderView.h"

#include <cstdint>

class QLabel;
class QListWidgetItem;
class QPlainTextEdit;
class QPushButton;

namespace holdfast::ui {

class UnsentMessagesView : public JournalFolderView
{
    Q_OBJECT

public:
    explicit UnsentMessagesView(AppContext &context, QWidget *parent = nullptr);
    // Writes what is still unsaved: nothing typed is lost on closing.
    ~UnsentMessagesView() override;

    // The message in the editor; 0 while a new one has not been stored yet.
    std::int64_t currentMessageId() const { return m_message.id; }

public Q_SLOTS:
    // Saves, then opens a blank message.
    void newMessage();
    // Saves, then opens the stored message `id`, marking it reread when it
    // was written on an earlier day.
    bool openMessage(std::int64_t id);
    // Reloads the list after someone else wrote (e.g. the urge dialog).
    void refresh() override;
    // Asks, then deletes the message in the editor.
    void deleteCurrentMessage();

private:
    std::int64_t currentId() const override { return m_message.id; }
    bool isEditorBlank() const override;
    void storeEdits(const Moment &now) override;
    void showStored(bool wasNew) override;
    bool loadRecord(std::int64_t id) override;
    void opened() override;
    void clearRecord() override { m_message = UnsentMessage{}; }
    void showRecord() override;
    void reloadList() override { refresh(); }
    void focusEditor() override;
    void removeStored(std::int64_t id) override;
    void afterRemove() override { showListState(); }
    void setStatusText(const QString &text) override;

    void fillItem(QListWidgetItem *item, const UnsentMessage &message) const;
    void showListState();

    QPushButton *m_newButton = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_note = nullptr;
    QPushButton *m_delete = nullptr;
    QPlainTextEdit *m_text = nullptr;
    QLabel *m_status = nullptr;

    UnsentMessage m_message; // as last stored (or blank and new)
    bool m_loading = false;
};

} // namespace holdfast::ui
