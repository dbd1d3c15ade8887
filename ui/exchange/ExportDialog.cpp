#include "ExportDialog.h"

#include "headless/ExchangeTexts.h"

#include "exchange/CsvExporter.h"
#include "exchange/JsonExporter.h"
#include "ui/AppContext.h"
#include "ui/CrisisHelp.h"
#include "headless/ErrorMessages.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace holdfast::ui {

ExportDialog::ExportDialog(AppContext &context, const QString &dataDir, QWidget *parent)
    : QDialog(parent), m_context(context), m_dataDir(dataDir)
{
    setObjectName(QStringLiteral("exportDialog"));
    setWindowTitle(tr("Export your data"));
    auto *layout = new QVBoxLayout(this);

    auto *intro = new QLabel(tr("Everything you have written and recorded, with your plan and settings."), this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_jsonRadio = new QRadioButton(tr("One &JSON file: a full copy you can import again"), this);
    m_jsonRadio->setObjectName(QStringLiteral("exportJsonRadio"));
    m_jsonRadio->setChecked(true);
    m_csvRadio = new QRadioButton(tr("&CSV files, one per kind of record: for spreadsheets"), this);
    m_csvRadio->setObjectName(QStringLiteral("exportCsvRadio"));
    layout->addWidget(m_jsonRadio);
    layout->addWidget(m_csvRadio);

    auto *pathRow = new QHBoxLayout();
    m_pathEdit = new QLineEdit(defaultPath(true), this);
    m_pathEdit->setObjectName(QStringLiteral("exportPathEdit"));
    m_pathEdit->setAccessibleName(tr("Where to save the export"));
    auto *browseButton = new QPushButton(tr("&Browse…"), this);
    browseButton->setObjectName(QStringLiteral("exportBrowseButton"));
    pathRow->addWidget(m_pathEdit, 1);
    pathRow->addWidget(browseButton);
    layout->addLayout(pathRow);

    auto *privacy = new QLabel(tr("The export is not encrypted. Keep it somewhere only you can open."), this);
    privacy->setObjectName(QStringLiteral("exportPrivacyLabel"));
    privacy->setWordWrap(true);
    privacy->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(privacy);

    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(QStringLiteral("exportStatusLabel"));
    m_statusLabel->setWordWrap(true);
    m_statusLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_statusLabel->hide();
    layout->addWidget(m_statusLabel);
    layout->addStretch();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_exportButton = buttons->addButton(tr("&Export"), QDialogButtonBox::AcceptRole);
    m_exportButton->setObjectName(QStringLiteral("exportButton"));
    m_exportButton->setDefault(true);
    buttons->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("exportCloseButton"));
    buttons->addButton(m_context.crisisHelp().makeButton(this), QDialogButtonBox::HelpRole);
    layout->addWidget(buttons);

    connect(m_jsonRadio, &QRadioButton::toggled, this, &ExportDialog::formatChanged);
    connect(browseButton, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(m_pathEdit, &QLineEdit::textEdited, this, [this] { m_pathEdited = true; });
    connect(m_pathEdit, &QLineEdit::textChanged, this,
            [this](const QString &text) { m_exportButton->setEnabled(!text.trimmed().isEmpty()); });
    connect(m_exportButton, &QPushButton::clicked, this, &ExportDialog::exportNow);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    setTabOrder(m_jsonRadio, m_csvRadio);
    setTabOrder(m_csvRadio, m_pathEdit);
    setTabOrder(m_pathEdit, browseButton);
}

QString ExportDialog::defaultPath(bool json) const
{
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty())
        folder = QDir::homePath();
    const QString name = QStringLiteral("holdfast-export-%1").arg(QString::fromStdString(m_context.clock().now().localDate.toIso()));
    return QDir::toNativeSeparators(QDir(folder).filePath(json ? name + QStringLiteral(".json") : name));
}

void ExportDialog::formatChanged()
{
    if (!m_pathEdited)
        m_pathEdit->setText(defaultPath(m_jsonRadio->isChecked()));
    m_statusLabel->hide();
}

void ExportDialog::browse()
{
    QString path;
    if (m_jsonRadio->isChecked())
        path = QFileDialog::getSaveFileName(this, tr("Export as JSON"), m_pathEdit->text(), tr("JSON files (*.json)"));
    else
        path = QFileDialog::getExistingDirectory(this, tr("Folder for the CSV files"), QFileInfo(m_pathEdit->text()).path());
    if (path.isEmpty())
        return;
    if (m_jsonRadio->isChecked() && QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".json");
    m_pathEdit->setText(QDir::toNativeSeparators(path));
    m_pathEdited = true;
}

bool ExportDialog::exportNow()
{
    const QString path = QDir::fromNativeSeparators(m_pathEdit->text().trimmed());
    if (path.isEmpty())
        return false;
    const auto showStatus = [this](const QString &text) {
        m_statusLabel->setText(text);
        m_statusLabel->show();
    };
    DataSet everything;
    try {
        everything = m_context.store().everything();
    } catch (const StoreError &error) {
        showStatus(tr("Nothing was exported. %1").arg(describeStoreError(error)));
        return false;
    }
    const QString counts = ExchangeTexts::counts(DataMerge::count(everything));
    if (m_jsonRadio->isChecked()) {
        if (const exchange::WriteError error = exchange::JsonExporter::writeFile(path, everything, m_dataDir)) {
            showStatus(ExchangeTexts::describe(error));
            return false;
        }
        showStatus(tr("Exported %1 to %2.").arg(counts, QDir::toNativeSeparators(path)));
        return true;
    }
    QStringList written;
    if (const exchange::WriteError error = exchange::CsvExporter::writeFolder(path, QString(), everything, &written, m_dataDir)) {
        showStatus(ExchangeTexts::describe(error));
        return false;
    }
    showStatus(tr("Exported %1 as %n CSV file(s) in %2.", nullptr, int(written.size()))
                   .arg(counts, QDir::toNativeSeparators(path)));
    return true;
}

} // namespace holdfast::ui
