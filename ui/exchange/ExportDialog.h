#pragma once

// Exports everything the person has stored: one JSON file (to keep or to
// import again) or a folder of CSV files for spreadsheets.

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace holdfast::ui {

class AppContext;

class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    // Nothing is ever written inside `dataDir`, Holdfast's own data folder.
    explicit ExportDialog(AppContext &context, const QString &dataDir = QString(), QWidget *parent = nullptr);

public Q_SLOTS:
    // Writes the export to the path in the dialog; true when it was written.
    bool exportNow();

private:
    void browse();
    void formatChanged();
    QString defaultPath(bool json) const;

    AppContext &m_context;
    QString m_dataDir;
    QRadioButton *m_jsonRadio = nullptr;
    QRadioButton *m_csvRadio = nullptr;
    QLineEdit *m_pathEdit = nullptr;
    QPushButton *m_exportButton = nullptr;
    QLabel *m_statusLabel = nullptr;
    bool m_pathEdited = false;
};

} // namespace holdfast::ui
