#pragma once

// Settings: reminder, week start, language, theme, the user's dates, the urge
// timer, the crisis line, the data folder and privacy (encryption, auto-lock). Saved through AppContext, which
// tells every screen.

#include "model/Settings.h"

#include <QDateTime>
#include <QDialog>
#include <QString>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTimeEdit;

namespace holdfast::ui {

class AppContext;
class BackupCatalog;
class CrisisCountryCombo;
class PrivacyPanel;

class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    // `dataDir` is the folder the store lives in, shown read-only.
    SettingsDialog(AppContext &context, const QString &dataDir, QWidget *parent = nullptr);
    ~SettingsDialog() override;

    // The settings as the widgets currently show them.
    Settings editedSettings() const;
    // Adds the Backups tab (list, back up now, restore) over `catalog`.
    void setBackupCatalog(BackupCatalog &catalog);

Q_SIGNALS:
    // A restore is about to replace the data: save open drafts now.
    void aboutToRestore();

public Q_SLOTS:
    // Saves and closes; on a store error shows it and keeps everything as typed.
    void saveAndClose();
    void openDataFolder();
    // Cancelling also undoes the theme preview.
    void reject() override;

private:
    QWidget *buildGeneralTab();
    QWidget *buildDatesTab();
    QWidget *buildUrgeTab();
    QWidget *buildDataTab();
    void load(const Settings &settings);
    void previewTheme();
    void updateEnabled();

    AppContext &m_context;
    QString m_dataDir;
    Settings m_initial;
    QDateTime m_initialSince; // as shown, to keep the stored moment when untouched

    QTabWidget *m_tabs = nullptr;
    QCheckBox *m_reminderCheck = nullptr;
    QTimeEdit *m_reminderEdit = nullptr;
    QCheckBox *m_lookBackCheck = nullptr;
    QCheckBox *m_lookBackReminderCheck = nullptr;
    QTimeEdit *m_lookBackReminderEdit = nullptr;
    QComboBox *m_weekStartCombo = nullptr;
    QComboBox *m_languageCombo = nullptr;
    QComboBox *m_themeCombo = nullptr;
    QCheckBox *m_breakupCheck = nullptr;
    QDateEdit *m_breakupEdit = nullptr;
    QCheckBox *m_sinceCheck = nullptr;
    QDateTimeEdit *m_sinceEdit = nullptr;
    QSpinBox *m_timerSpin = nullptr;
    QCheckBox *m_repliedOnlyCheck = nullptr;
    QCheckBox *m_lowContactCheck = nullptr;
    QPlainTextEdit *m_crisisEdit = nullptr;
    CrisisCountryCombo *m_countryCombo = nullptr;
    QSpinBox *m_backupsSpin = nullptr;
    QLineEdit *m_dataDirEdit = nullptr;
    QPushButton *m_openFolderButton = nullptr;
    QLabel *m_errorLabel = nullptr;
    PrivacyPanel *m_privacyPanel = nullptr;
};

} // namespace holdfast::ui
