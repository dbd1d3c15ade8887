#include "ImportDialog.h"

#include "headless/ExchangeTexts.h"

#include "exchange/ImportPlan.h"
#include "ui/AppContext.h"
#include "ui/CrisisHelp.h"
#include "headless/ErrorMessages.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QTimeZone>
#include <QVBoxLayout>

namespace holdfast::ui {

ImportDialog::ImportDialog(AppContext &context, QSettings *settings, QWidget *parent)
    : QDialog(parent), m_context(context), m_settings(settings)
{
    if (!m_settings) {
        m_settings = new QSettings();
        m_ownsSettings = true;
    }
    setObjectName(QStringLiteral("importDialog"));
    setWindowTitle(tr("Import data"));
    auto *layout = new QVBoxLayout(this);

    auto *intro = new QLabel(tr("A Holdfast export (.json) or a Daylio export (.csv). The whole file is checked "
                                "before anything is written."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *pathRow = new QHBoxLayout();
    m_pathEdit = new QLineEdit(this);
    m_pathEdit->setObjectName(QStringLiteral("importPathEdit"));
    m_pathEdit->setAccessibleName(tr("File to import"));
    m_pathEdit->setPlaceholderText(tr("Choose a file…"));
    auto *browseButton = new QPushButton(tr("&Browse…"), this);
    browseButton->setObjectName(QStringLiteral("importBrowseButton"));
    pathRow->addWidget(m_pathEdit, 1);
    pathRow->addWidget(browseButton);
    layout->addLayout(pathRow);

    m_formatLabel = new QLabel(this);
    m_formatLabel->setObjectName(QStringLiteral("importFormatLabel"));
    m_formatLabel->hide();
    layout->addWidget(m_formatLabel);

    m_moodGroup = new QGroupBox(tr("Your Daylio moods on Holdfast's scale"), this);
    m_moodGroup->setObjectName(QStringLiteral("importMoodGroup"));
    auto *moodLayout = new QVBoxLayout(m_moodGroup);
    auto *moodHint = new QLabel(tr("Each day becomes one check-in with the average of that day's moods. "
                                   "Your choice is remembered for the next import."),
                                m_moodGroup);
    moodHint->setWordWrap(true);
    moodLayout->addWidget(moodHint);
    m_moodForm = new QFormLayout();
    moodLayout->addLayout(m_moodForm);
    m_moodGroup->hide();
    layout->addWidget(m_moodGroup);

    m_modeGroup = new QGroupBox(tr("How to import"), this);
    m_modeGroup->setObjectName(QStringLiteral("importModeGroup"));
    auto *modeLayout = new QVBoxLayout(m_modeGroup);
    m_mergeRadio = new QRadioButton(tr("&Add what is not here yet (nothing is changed or removed)"), m_modeGroup);
    m_mergeRadio->setObjectName(QStringLiteral("importMergeRadio"));
    m_mergeRadio->setChecked(true);
    m_replaceRadio = new QRadioButton(tr("&Replace all my data and settings with the file's"), m_modeGroup);
    m_replaceRadio->setObjectName(QStringLiteral("importReplaceRadio"));
    modeLayout->addWidget(m_mergeRadio);
    modeLayout->addWidget(m_replaceRadio);
    m_modeGroup->hide();
    layout->addWidget(m_modeGroup);

    m_previewLabel = new QLabel(this);
    m_previewLabel->setObjectName(QStringLiteral("importPreviewLabel"));
    m_previewLabel->setWordWrap(true);
    m_previewLabel->hide();
    layout->addWidget(m_previewLabel);

    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(QStringLiteral("importErrorLabel"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_errorLabel->hide();
    layout->addWidget(m_errorLabel);

    m_doneLabel = new QLabel(this);
    m_doneLabel->setObjectName(QStringLiteral("importDoneLabel"));
    m_doneLabel->setWordWrap(true);
    m_doneLabel->hide();
    layout->addWidget(m_doneLabel);
    layout->addStretch();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_importButton = buttons->addButton(tr("&Import"), QDialogButtonBox::ActionRole); // not Accept: never the default
    m_importButton->setObjectName(QStringLiteral("importButton"));
    m_importButton->setEnabled(false);
    buttons->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("importCloseButton"));
    buttons->addButton(m_context.crisisHelp().makeButton(this), QDialogButtonBox::HelpRole);
    layout->addWidget(buttons);
    // Enter in the path field reads the file and shows the preview; it must
    // never import straight away.
    for (QPushButton *button : {m_importButton, buttons->button(QDialogButtonBox::Close), browseButton})
        button->setAutoDefault(false);

    connect(browseButton, &QPushButton::clicked, this, &ImportDialog::browse);
    connect(m_pathEdit, &QLineEdit::editingFinished, this, [this] { loadFile(m_pathEdit->text()); });
    connect(m_mergeRadio, &QRadioButton::toggled, this, &ImportDialog::refreshPreview);
    connect(m_importButton, &QPushButton::clicked, this, &ImportDialog::importNow);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

ImportDialog::~ImportDialog()
{
    // Closing moves the focus out of the path field, which then says it was
    // edited: that must not reach a dialog already half destroyed.
    disconnect(m_pathEdit, nullptr, this, nullptr);
    if (m_ownsSettings)
        delete m_settings;
}

void ImportDialog::browse()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import"), m_pathEdit->text(),
                                                      tr("Holdfast or Daylio exports (*.json *.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    m_pathEdit->setText(QDir::toNativeSeparators(path));
    loadFile(path);
}

void ImportDialog::showError(const QString &text)
{
    m_errorLabel->setText(text);
    m_errorLabel->setVisible(!text.isEmpty());
}

void ImportDialog::loadFile(const QString &path)
{
    m_format = exchange::ImportFormat::Unknown;
    m_json.reset();
    m_daylio = {};
    m_formatLabel->hide();
    m_moodGroup->hide();
    m_modeGroup->hide();
    m_previewLabel->hide();
    m_doneLabel->hide();
    m_importButton->setEnabled(false);
    showError({});
    if (path.trimmed().isEmpty())
        return;

    const auto fail = [this](const exchange::ImportError &error) {
        showError(tr("This file cannot be imported; nothing was changed.") + u"\n" + ExchangeTexts::describe(error));
    };
    exchange::ImportFile::Decoded decoded = exchange::ImportFile::decode(QDir::fromNativeSeparators(path.trimmed()));
    if (decoded.error)
        return fail(*decoded.error);
    const exchange::ImportFormat format = decoded.format;
    if (format == exchange::ImportFormat::HoldfastJson) {
        m_json = std::move(decoded.json);
        m_formatLabel->setText(tr("A Holdfast export."));
    } else {
        m_daylio = std::move(decoded.daylio);
        m_formatLabel->setText(tr("A Daylio export with %n entry(s).", nullptr, int(m_daylio.entries.size())));
    }
    try {
        m_existing = m_context.store().everything();
    } catch (const StoreError &error) {
        showError(describeStoreError(error));
        return;
    }
    m_format = format;
    m_formatLabel->show();
    if (format == exchange::ImportFormat::DaylioCsv) {
        // Daylio data only ever adds to what is here.
        m_mergeRadio->setChecked(true);
        showMoodMapping(m_daylio.moodLabels);
    } else {
        m_modeGroup->show();
    }
    refreshPreview();
}

void ImportDialog::showMoodMapping(const QStringList &labels)
{
    while (m_moodForm->rowCount() > 0)
        m_moodForm->removeRow(0);
    m_moodCombos.clear();
    // The mapping lives in the data's settings; an older version's, in QSettings, moves there once.
    std::map<std::string, int> stored;
    try {
        Settings settings = m_context.store().settings();
        // Through the context, so the settings the window holds (and saves
        // from Settings) carry the moved mapping too, also if this is cancelled.
        if (exchange::DaylioMoodMap::moveFromQSettings(*m_settings, settings.daylioMoods))
            m_context.saveSettings(settings);
        stored = settings.daylioMoods;
    } catch (const StoreError &) {
        // Suggestions only; the person chooses the rest.
    }
    const auto moods = exchange::DaylioMoodMap::forLabels(labels, stored);
    for (int i = 0; i < labels.size(); ++i) {
        auto *combo = new QComboBox(m_moodGroup);
        combo->setObjectName(QStringLiteral("importMoodCombo%1").arg(i));
        combo->setAccessibleName(tr("Place of the Daylio mood “%1” on the scale").arg(labels.at(i)));
        combo->addItem(ExchangeTexts::moodName(0), 0);
        for (int mood = 5; mood >= 1; --mood)
            combo->addItem(ExchangeTexts::moodName(mood), mood);
        if (const auto mood = moods.mood(labels.at(i)))
            combo->setCurrentIndex(combo->findData(*mood));
        connect(combo, &QComboBox::currentIndexChanged, this, &ImportDialog::refreshPreview);
        auto *label = new QLabel(labels.at(i), m_moodGroup);
        label->setBuddy(combo);
        m_moodForm->addRow(label, combo);
        m_moodCombos.push_back(combo);
    }
    m_moodGroup->show();
}

std::optional<DataSet> ImportDialog::incoming()
{
    if (m_format == exchange::ImportFormat::HoldfastJson)
        return m_json;
    if (m_format != exchange::ImportFormat::DaylioCsv)
        return std::nullopt;
    exchange::DaylioMoodMap moods;
    for (std::size_t i = 0; i < m_moodCombos.size(); ++i) {
        const int mood = m_moodCombos[i]->currentData().toInt();
        if (mood < 1)
            return std::nullopt;
        moods.set(m_daylio.moodLabels.at(qsizetype(i)), mood);
    }
    exchange::ImportResult result = exchange::DaylioImporter::toDataSet(m_daylio, moods, QTimeZone::systemTimeZone());
    if (!result.ok())
        return std::nullopt;
    return std::move(result.data);
}

void ImportDialog::refreshPreview()
{
    if (m_format == exchange::ImportFormat::Unknown)
        return;
    m_doneLabel->hide();
    const std::optional<DataSet> toImport = incoming();
    if (!toImport) {
        m_previewLabel->setText(tr("Choose a place on the scale for every mood to see what will be imported."));
        m_previewLabel->show();
        m_importButton->setEnabled(false);
        return;
    }
    const auto mode = m_replaceRadio->isChecked() ? ImportMode::Replace : ImportMode::Append;
    const exchange::ImportPlan plan = exchange::ImportPlan::make(*toImport, mode, m_existing);
    QString text = mode == ImportMode::Replace
        ? tr("Everything stored now will be replaced by: %1.").arg(ExchangeTexts::counts(plan.adding))
        : tr("Ready to add: %1.").arg(ExchangeTexts::counts(plan.adding));
    if (plan.skipped.total() > 0)
        text += u"\n" + tr("Already here, so left out: %1.").arg(ExchangeTexts::counts(plan.skipped));
    m_previewLabel->setText(text);
    m_previewLabel->show();
    m_importButton->setEnabled(mode == ImportMode::Replace || plan.adding.total() > 0);
}

bool ImportDialog::importNow()
{
    const std::optional<DataSet> toImport = incoming();
    if (!toImport)
        return false;
    const auto mode = m_replaceRadio->isChecked() ? ImportMode::Replace : ImportMode::Append;
    if (mode == ImportMode::Replace) {
        const exchange::ImportPlan preview = exchange::ImportPlan::make(*toImport, mode, m_existing);
        const QString what = preview.removesEverything()
            ? tr("This file holds no records, so replacing removes everything stored in Holdfast now (%1), "
                 "and your settings become the file's.")
                  .arg(ExchangeTexts::counts(preview.removing))
            : tr("Everything stored in Holdfast now, and your settings, will be replaced by the file's.");
        QMessageBox box(QMessageBox::Warning, tr("Replace all your data?"),
                        what + u' '
                            + tr("A backup of what is here now is taken first; Settings, Backups can bring it back."),
                        QMessageBox::NoButton, this);
        box.setObjectName(QStringLiteral("importReplaceConfirmBox"));
        QPushButton *replace = box.addButton(tr("Replace everything"), QMessageBox::DestructiveRole);
        replace->setObjectName(QStringLiteral("importReplaceConfirmButton"));
        QPushButton *keep = box.addButton(tr("Keep my data"), QMessageBox::RejectRole);
        keep->setObjectName(QStringLiteral("importReplaceKeepButton"));
        box.setDefaultButton(keep);
        box.exec();
        if (box.clickedButton() != replace)
            return false;
    }
    ImportReport report;
    try {
        report = exchange::ImportPlan::make(*toImport, mode, DataSet{}).apply(m_context.store());
    } catch (const StoreError &error) {
        showError(tr("Nothing was imported.") + u"\n" + describeStoreError(error));
        return false;
    }
    if (m_format == exchange::ImportFormat::DaylioCsv) {
        exchange::DaylioMoodMap moods;
        for (std::size_t i = 0; i < m_moodCombos.size(); ++i)
            moods.set(m_daylio.moodLabels.at(qsizetype(i)), m_moodCombos[i]->currentData().toInt());
        try {
            Settings settings = m_context.store().settings();
            moods.rememberIn(settings.daylioMoods);
            m_context.store().saveSettings(settings);
        } catch (const StoreError &) {
            // The import is done; only the mapping is not remembered.
        }
    }
    showError({});
    try {
        m_context.reloadSettings(); // tells every screen that all data changed
    } catch (const StoreError &) {
        m_context.notifyChanged(DataKind::All);
    }
    try {
        m_existing = m_context.store().everything();
    } catch (const StoreError &) {
    }
    m_previewLabel->hide();
    m_doneLabel->setText(mode == ImportMode::Replace
                             ? tr("Replaced: removed %1, imported %2.")
                                   .arg(ExchangeTexts::counts(report.removed), ExchangeTexts::counts(report.added))
                             : tr("Imported %1.").arg(ExchangeTexts::counts(report.added)));
    m_doneLabel->show();
    m_importButton->setEnabled(false);
    return true;
}

} // namespace holdfast::ui
