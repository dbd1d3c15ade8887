#pragma once

// The "Unsent messages" folder: what the user wrote to them instead of
// sending it, from the urge dialog or written here. Nothing here is ever
// sent. Opening a message on a later day marks it reread. Autosaves like
// the entries.

#include "model/AutosavePolicy.h"
#include "model/UnsentMessage.h"
#include "ui/AppContext.h"

#include <QWidget>

#include <cstdint>

class QLabel;
class QListWidget;
class QListWidgetItem;
class QPlainTextEdit;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QTimer;

namespace holdfast::ui {

class UnsentMessagesView : public QWidget
{
    Q_OBJECT

public:
    explicit UnsentMessagesView(AppContext &context, QWidget *parent = nullptr);
    // Writes what is still unsaved: nothing typed is lost on closing.
    ~UnsentMessagesView() override;

    // The message in the editor; 0 while a new one has not been stored yet.
    std::int64_t currentMessageId() const { return m_message.id; }

    // The list | editor split; the page keeps both folders' splits alike.
    QSplitter *splitter() const { return m_splitter; }

    static constexpr int kAutosaveDelayMs = 700;

public Q_SLOTS:
    // The autosave timer's slot: writes the editor if a write is due. False
    // when the store refused; the text stays in the editor and is retried.
    bool saveNow();
    // Saves, then opens a blank message.
    void newMessage();
    // Saves, then opens the stored message `id`, marking it reread when it
    // was written on an earlier day.
    bool openMessage(std::int64_t id);
    // Reloads the list after someone else wrote (e.g. the urge dialog).
    void refresh();
    // Asks, then deletes the message in the editor.
    void deleteCurrentMessage();

protected:
    void hideEvent(QHideEvent *event) override;

private:
    void edited();
    void showMessage();
    void fillItem(QListWidgetItem *item, const UnsentMessage &message) const;
    QListWidgetItem *itemFor(std::int64_t id) const;
    void selectQuietly(std::int64_t id);
    void showListState();
    void showStatus();
    void notifyOthers();
    LocalDate today() const;

    AppContext &m_context;
    QSplitter *m_splitter = nullptr;
    QPushButton *m_newButton = nullptr;
    QStackedWidget *m_listStack = nullptr;
    QListWidget *m_list = nullptr;
    QLabel *m_emptyLabel = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_note = nullptr;
    QPushButton *m_delete = nullptr;
    QPlainTextEdit *m_text = nullptr;
    QLabel *m_status = nullptr;
    QTimer *m_autosaveTimer = nullptr;

    UnsentMessage m_message; // as last stored (or blank and new)
    AutosavePolicy m_autosave;
    bool m_loading = false;
    bool m_notifying = false;
    bool m_destroying = false;
};

} // namespace holdfast::ui
