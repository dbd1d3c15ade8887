#pragma once

// Imports a Holdfast JSON export (merge, or replace after a confirmation) or
// a Daylio CSV export (after mapping its mood labels to 1..5 once). The whole
// file is checked first; a file with a problem writes nothing and names the
// line. The preview says what will be added before anything is written.

#include "exchange/DaylioImporter.h"
#include "exchange/ImportFile.h"
#include "model/DataSet.h"

#include <QDialog>

#include <optional>
#include <vector>

class QComboBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QSettings;

namespace holdfast::ui {

class AppContext;

class ImportDialog : public QDialog
{
    Q_OBJECT

public:
    // `settings` may hold a Daylio mood mapping of an older version, moved into the
    // data once; null uses the app's QSettings.
    ImportDialog(AppContext &context, QSettings *settings = nullptr, QWidget *parent = nullptr);
    ~ImportDialog() override;

public Q_SLOTS:
    // Reads and checks the file; the preview or the problem shows in the dialog.
    void loadFile(const QString &path);
    // Writes the import (asking first before a replace); true when written.
    bool importNow();

private:
    void browse();
    void showMoodMapping(const QStringList &labels);
    void refreshPreview();
    std::optional<DataSet> incoming();
    void showError(const QString &text);

    AppContext &m_context;
    QSettings *m_settings = nullptr;
    bool m_ownsSettings = false;
    exchange::ImportFormat m_format = exchange::ImportFormat::Unknown;
    std::optional<DataSet> m_json;
    exchange::DaylioFile m_daylio;
    DataSet m_existing;

    QLineEdit *m_pathEdit = nullptr;
    QLabel *m_formatLabel = nullptr;
    QGroupBox *m_moodGroup = nullptr;
    QFormLayout *m_moodForm = nullptr;
    std::vector<QComboBox *> m_moodCombos;
    QGroupBox *m_modeGroup = nullptr;
    QRadioButton *m_mergeRadio = nullptr;
    QRadioButton *m_replaceRadio = nullptr;
    QLabel *m_previewLabel = nullptr;
    QLabel *m_errorLabel = nullptr;
    QLabel *m_doneLabel = nullptr;
    QPushButton *m_importButton = nullptr;
};

} // namespace holdfast::ui
