#pragma once

// The Journal screen: two folders, "Entries" and "Unsent messages", and a
// gentle offer to reread yesterday's unsent messages. Whatever is typed is
// saved on its own; leaving the screen or closing the window flushes it.

#include "model/LocalDate.h"

#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTabBar;

namespace holdfast::ui {

class AppContext;
class JournalEntriesView;
class UnsentMessagesView;

class JournalPage : public QWidget
{
    Q_OBJECT

public:
    explicit JournalPage(AppContext &context, QWidget *parent = nullptr);
    ~JournalPage() override;

    // Writes whatever is typed and not saved yet, in both folders. False when
    // the store refused; the words stay in the editors and are retried.
    bool flush();

    JournalEntriesView *entriesView() const { return m_entries; }
    UnsentMessagesView *unsentView() const { return m_unsent; }
    bool isShowingUnsentMessages() const;

public Q_SLOTS:
    // Switches to the unsent messages folder (the urge dialog links here).
    void showUnsentMessages();
    void showEntries();
    // Opens the oldest of yesterday's unsent messages not reread yet.
    void rereadNext();
    // Shows or hides the offer to reread yesterday's unsent messages.
    void updateRereadOffer();

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    AppContext &m_context;
    QTabBar *m_folders = nullptr;
    QStackedWidget *m_stack = nullptr;
    JournalEntriesView *m_entries = nullptr;
    UnsentMessagesView *m_unsent = nullptr;
    QWidget *m_rereadBanner = nullptr;
    QLabel *m_rereadLabel = nullptr;
    std::optional<LocalDate> m_rereadDismissedOn;
};

} // namespace holdfast::ui
