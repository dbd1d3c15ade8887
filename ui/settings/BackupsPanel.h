#pragma once

// Settings › Backups: the copies Holdfast keeps (when, why, how big), "Back
// up now", and "Restore…" for the selected one after a confirmation that a
// copy of the current state is taken first. After a restore every screen
// reloads (AppContext), or the lock screen shows when the copy is encrypted.

#include "ui/settings/BackupInfo.h"

#include <QList>
#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace holdfast::ui {

class AppContext;
class BackupCatalog;

class BackupsPanel : public QWidget
{
    Q_OBJECT

public:
    BackupsPanel(AppContext &context, BackupCatalog &catalog, QWidget *parent = nullptr);
    ~BackupsPanel() override;

    // What the list shows, newest first.
    QList<BackupInfo> shownBackups() const { return m_backups; }
    static QString reasonText(BackupReason reason);

public Q_SLOTS:
    // Reads the list again.
    void refresh();
    // Takes a backup now and keeps the newest Settings::backupsToKeep. False on error.
    bool backUpNow();
    // Asks (restoreConfirmationBox), then restores the selected backup. False
    // when there was nothing to restore, the user cancelled, or it failed.
    bool restoreSelected();

Q_SIGNALS:
    // Just before the store is closed for a restore: save open drafts now, so
    // they are in the copy of the current state.
    void aboutToRestore();
    // The data was replaced; AppContext has told every screen.
    void restored();

private:
    bool confirmRestore(const BackupInfo &backup);
    void showStatus(const QString &text, bool isError);
    void updateButtons();
    void updateKeepText();

    AppContext &m_context;
    BackupCatalog &m_catalog;
    QList<BackupInfo> m_backups;

    QLabel *m_keepLabel = nullptr;
    QTreeWidget *m_list = nullptr;
    QLabel *m_emptyLabel = nullptr;
    QPushButton *m_backUpButton = nullptr;
    QPushButton *m_restoreButton = nullptr;
    QLabel *m_statusLabel = nullptr;
};

} // namespace holdfast::ui
