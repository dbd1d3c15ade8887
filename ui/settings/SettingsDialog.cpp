#include "ui/settings/SettingsDialog.h"

#include "ui/AppContext.h"
#include "ui/CrisisCountryCombo.h"
#include "ui/CrisisHelp.h"
#include "ui/DateConversion.h"
#include "headless/ErrorMessages.h"
#include "ui/ThemePalette.h"
#include "ui/WindowFit.h"
#include "ui/lock/PrivacyPanel.h"
#include "ui/settings/BackupsPanel.h"

#include "model/StoreError.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTimeEdit>
#include <QUrl>
#include <QVBoxLayout>

namespace holdfast::ui {

namespace {

constexpr int kMinutesPerDay = 24 * 60;

QLabel *makeHint(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    // Let the hint take the width of the field column instead of wrapping early.
    label->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    return label;
}

QFormLayout *makeForm(QWidget *page)
{
    auto *form = new QFormLayout(page);
    form->setContentsMargins(16, 16, 16, 16);
    form->setVerticalSpacing(10);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    return form;
}

} // namespace

SettingsDialog::SettingsDialog(AppContext &context, const QString &dataDir, QWidget *parent)
    : QDialog(parent), m_context(context), m_dataDir(dataDir), m_initial(context.settings())
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(12);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("settingsTabWidget"));
    m_tabs->setAccessibleName(tr("Parts of the settings"));
    m_tabs->addTab(buildGeneralTab(), tr("General"));
    m_tabs->addTab(buildDatesTab(), tr("Your dates"));
    m_tabs->addTab(buildUrgeTab(), tr("Urges and help"));
    m_tabs->addTab(buildDataTab(), tr("Data"));
    m_privacyPanel = new PrivacyPanel(m_context, this);
    m_tabs->addTab(m_privacyPanel, tr("Privacy"));
    layout->addWidget(m_tabs, 1);

    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(QStringLiteral("settingsErrorLabel"));
    m_errorLabel->setWordWrap(true);
    QFont errorFont = m_errorLabel->font();
    errorFont.setBold(true);
    m_errorLabel->setFont(errorFont);
    m_errorLabel->hide();
    layout->addWidget(m_errorLabel);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("settingsButtonBox"));
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("settingsSaveButton"));
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("settingsCancelButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::saveAndClose);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    buttons->addButton(m_context.crisisHelp().makeButton(this), QDialogButtonBox::HelpRole);
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 84);

    // A tab that needs more room (Privacy with encryption on) grows the dialog, up to the screen.
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] { WindowFit::growToContents(*this); });
    connect(&m_context, &AppContext::encryptionChanged, this, [this] { WindowFit::growToContents(*this); });

    load(m_initial);
    connect(m_themeCombo, &QComboBox::currentIndexChanged, this, &SettingsDialog::previewTheme);
    for (QCheckBox *check : {m_reminderCheck, m_lookBackCheck, m_lookBackReminderCheck, m_breakupCheck, m_sinceCheck})
        connect(check, &QCheckBox::toggled, this, &SettingsDialog::updateEnabled);
    updateEnabled();
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::setBackupCatalog(BackupCatalog &catalog)
{
    auto *panel = new BackupsPanel(m_context, catalog, this);
    panel->setObjectName(QStringLiteral("backupsPanel"));
    m_tabs->insertTab(m_tabs->indexOf(m_privacyPanel), panel, tr("Backups"));
    connect(panel, &BackupsPanel::aboutToRestore, this, &SettingsDialog::aboutToRestore);
    // The fields showed the settings from before the restore; saving them
    // would undo part of it.
    connect(panel, &BackupsPanel::restored, this, [this] {
        m_initial = m_context.settings();
        load(m_initial);
        updateEnabled();
    });
}

QWidget *SettingsDialog::buildGeneralTab()
{
    auto *page = new QWidget(this);
    QFormLayout *form = makeForm(page);

    m_reminderCheck = new QCheckBox(tr("&Morning reminder at:"), page);
    m_reminderCheck->setObjectName(QStringLiteral("settingsReminderCheckBox"));
    m_reminderCheck->setToolTip(tr("A quiet notification in the morning to check in. Untick to turn it off."));
    m_reminderEdit = new QTimeEdit(page);
    m_reminderEdit->setObjectName(QStringLiteral("settingsReminderTimeEdit"));
    m_reminderEdit->setAccessibleName(tr("Morning reminder time"));
    m_reminderEdit->setDisplayFormat(shortTimeFormat());
    form->addRow(m_reminderCheck, m_reminderEdit);

    // The evening look back (issue 14): off until the person turns it on.
    m_lookBackCheck = new QCheckBox(tr("&Evening look back"), page);
    m_lookBackCheck->setObjectName(QStringLiteral("settingsLookBackCheckBox"));
    auto *lookBackHint = makeHint(tr("One minute before bed: how hard today was, one thing that helped and one line "
                                     "for tomorrow. You see it again the next morning and in your review."),
                                  page);
    lookBackHint->setObjectName(QStringLiteral("settingsLookBackHintLabel"));
    m_lookBackCheck->setAccessibleDescription(lookBackHint->text());
    form->addRow(m_lookBackCheck, lookBackHint);
    m_lookBackReminderCheck = new QCheckBox(tr("Evening &reminder at:"), page);
    m_lookBackReminderCheck->setObjectName(QStringLiteral("settingsLookBackReminderCheckBox"));
    m_lookBackReminderCheck->setToolTip(
        tr("A quiet notification in the evening to look back on the day. Untick to turn it off."));
    m_lookBackReminderEdit = new QTimeEdit(page);
    m_lookBackReminderEdit->setObjectName(QStringLiteral("settingsLookBackReminderTimeEdit"));
    m_lookBackReminderEdit->setAccessibleName(tr("Evening look back reminder time"));
    m_lookBackReminderEdit->setDisplayFormat(shortTimeFormat());
    form->addRow(m_lookBackReminderCheck, m_lookBackReminderEdit);

    m_weekStartCombo = new QComboBox(page);
    m_weekStartCombo->setObjectName(QStringLiteral("settingsWeekStartCombo"));
    m_weekStartCombo->setAccessibleName(tr("Week starts on"));
    m_weekStartCombo->addItem(tr("Monday"), int(Weekday::Monday));
    m_weekStartCombo->addItem(tr("Sunday"), int(Weekday::Sunday));
    m_weekStartCombo->addItem(tr("Saturday"), int(Weekday::Saturday));
    form->addRow(tr("&Week starts on:"), m_weekStartCombo);

    m_languageCombo = new QComboBox(page);
    m_languageCombo->setObjectName(QStringLiteral("settingsLanguageCombo"));
    m_languageCombo->setAccessibleName(tr("Language"));
    m_languageCombo->addItem(tr("System language"), QString());
    // Each language in its own name, so it can be found whatever is shown now.
    m_languageCombo->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_languageCombo->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    m_languageCombo->addItem(QStringLiteral("Español"), QStringLiteral("es"));
    m_languageCombo->addItem(QStringLiteral("Français"), QStringLiteral("fr"));
    form->addRow(tr("&Language:"), m_languageCombo);
    auto *languageNote = makeHint(tr("A new language is used the next time you start Holdfast."), page);
    languageNote->setObjectName(QStringLiteral("settingsLanguageNoteLabel"));
    form->addRow(QString(), languageNote);

    m_themeCombo = new QComboBox(page);
    m_themeCombo->setObjectName(QStringLiteral("settingsThemeCombo"));
    m_themeCombo->setAccessibleName(tr("Theme"));
    m_themeCombo->addItem(tr("Follow the system"), int(Theme::System));
    m_themeCombo->addItem(tr("Light"), int(Theme::Light));
    m_themeCombo->addItem(tr("Dark"), int(Theme::Dark));
    form->addRow(tr("&Theme:"), m_themeCombo);
    return page;
}

QWidget *SettingsDialog::buildDatesTab()
{
    auto *page = new QWidget(this);
    QFormLayout *form = makeForm(page);
    const Moment now = m_context.clock().now();

    form->addRow(makeHint(tr("If you reached out again, that's okay: set the time here and start over from there. "
                             "Your no-contact time counts from the last time you reached out."),
                          page));

    m_breakupCheck = new QCheckBox(tr("&Breakup date:"), page);
    m_breakupCheck->setObjectName(QStringLiteral("settingsBreakupDateCheckBox"));
    m_breakupCheck->setToolTip(tr("Untick if you'd rather not keep this date."));
    m_breakupEdit = new QDateEdit(page);
    m_breakupEdit->setObjectName(QStringLiteral("settingsBreakupDateEdit"));
    m_breakupEdit->setAccessibleName(tr("Breakup date"));
    m_breakupEdit->setCalendarPopup(true);
    m_breakupEdit->setMaximumDate(toQDate(now.localDate));
    form->addRow(m_breakupCheck, m_breakupEdit);

    m_sinceCheck = new QCheckBox(tr("&Last time I reached out:"), page);
    m_sinceCheck->setObjectName(QStringLiteral("settingsLastContactCheckBox"));
    m_sinceEdit = new QDateTimeEdit(page);
    m_sinceEdit->setObjectName(QStringLiteral("settingsLastContactEdit"));
    m_sinceEdit->setAccessibleName(tr("The last time you reached out"));
    m_sinceEdit->setCalendarPopup(true);
    m_sinceEdit->setDisplayFormat(shortDateTimeFormat());
    m_sinceEdit->setMaximumDateTime(toWallClock(now.utcMs, m_context.clock()));
    form->addRow(m_sinceCheck, m_sinceEdit);

    // Low-contact mode (issue 14).
    m_lowContactCheck = new QCheckBox(tr("L&ow-contact mode: I still need to be in touch"), page);
    m_lowContactCheck->setObjectName(QStringLiteral("settingsLowContactCheckBox"));
    form->addRow(m_lowContactCheck);
    form->addRow(makeHint(tr("For children, work or shared things. The counter then counts days without personal "
                             "contact; messages you log as logistics don't end your stretch."),
                          page));
    return page;
}

QWidget *SettingsDialog::buildUrgeTab()
{
    auto *page = new QWidget(this);
    QFormLayout *form = makeForm(page);

    m_timerSpin = new QSpinBox(page);
    m_timerSpin->setObjectName(QStringLiteral("settingsTimerSpinBox"));
    m_timerSpin->setAccessibleName(tr("Urge timer in minutes"));
    m_timerSpin->setRange(1, 120);
    form->addRow(tr("Urge &timer (minutes):"), m_timerSpin);
    form->addRow(QString(), makeHint(tr("Urges rise, peak and fall. The timer gives yours the time to pass."), page));

    m_repliedOnlyCheck = new QCheckBox(tr("When they contact me, it only &restarts my count if I replied"), page);
    m_repliedOnlyCheck->setObjectName(QStringLiteral("settingsRepliedOnlyCheckBox"));
    form->addRow(m_repliedOnlyCheck);

    m_countryCombo = new CrisisCountryCombo(page);
    m_countryCombo->setObjectName(QStringLiteral("settingsCrisisCountryCombo"));
    form->addRow(tr("&Country for crisis lines:"), m_countryCombo);
    form->addRow(QString(), makeHint(tr("Crisis help (%1) shows this country's emergency number and crisis lines, "
                                        "or a directory of crisis lines for any other country.")
                                         .arg(CrisisHelp::key().toString(QKeySequence::NativeText)),
                                     page));

    auto *crisisLabel = new QLabel(tr("&Your own crisis line:"), page);
    m_crisisEdit = new QPlainTextEdit(page);
    m_crisisEdit->setObjectName(QStringLiteral("settingsCrisisTextEdit"));
    m_crisisEdit->setAccessibleName(tr("Your own crisis line"));
    m_crisisEdit->setPlaceholderText(tr("A number of your own: your doctor, a therapist, a local service"));
    m_crisisEdit->setTabChangesFocus(true);
    m_crisisEdit->setMaximumHeight(m_crisisEdit->fontMetrics().lineSpacing() * 5 + 16);
    crisisLabel->setBuddy(m_crisisEdit);
    form->addRow(crisisLabel, m_crisisEdit);
    form->addRow(QString(), makeHint(tr("Shown on the crisis card beside the emergency number, never instead of it."), page));
    return page;
}

QWidget *SettingsDialog::buildDataTab()
{
    auto *page = new QWidget(this);
    QFormLayout *form = makeForm(page);

    m_backupsSpin = new QSpinBox(page);
    m_backupsSpin->setObjectName(QStringLiteral("settingsBackupsSpinBox"));
    m_backupsSpin->setAccessibleName(tr("Backups to keep"));
    m_backupsSpin->setRange(1, 365);
    form->addRow(tr("&Backups to keep:"), m_backupsSpin);
    form->addRow(QString(), makeHint(tr("Holdfast makes a backup of your data once a day and keeps the newest ones."), page));

    auto *folderRow = new QWidget(page);
    auto *folderLayout = new QHBoxLayout(folderRow);
    folderLayout->setContentsMargins(0, 0, 0, 0);
    m_dataDirEdit = new QLineEdit(QDir::toNativeSeparators(m_dataDir), folderRow);
    m_dataDirEdit->setObjectName(QStringLiteral("settingsDataDirEdit"));
    m_dataDirEdit->setAccessibleName(tr("Data folder"));
    m_dataDirEdit->setReadOnly(true);
    m_dataDirEdit->setCursorPosition(0);
    m_openFolderButton = new QPushButton(tr("&Open folder"), folderRow);
    m_openFolderButton->setObjectName(QStringLiteral("settingsOpenFolderButton"));
    m_openFolderButton->setAutoDefault(false);
    m_openFolderButton->setEnabled(!m_dataDir.isEmpty());
    folderLayout->addWidget(m_dataDirEdit, 1);
    folderLayout->addWidget(m_openFolderButton);
    form->addRow(tr("Data folder:"), folderRow);
    form->addRow(QString(), makeHint(tr("Everything you write stays in this folder on this computer."), page));
    connect(m_openFolderButton, &QPushButton::clicked, this, &SettingsDialog::openDataFolder);
    return page;
}

void SettingsDialog::load(const Settings &settings)
{
    const bool reminderOn = settings.morningReminderMinute >= 0 && settings.morningReminderMinute < kMinutesPerDay;
    const int reminderMinute = reminderOn ? settings.morningReminderMinute : 8 * 60;
    m_reminderCheck->setChecked(reminderOn);
    m_reminderEdit->setTime(QTime(reminderMinute / 60, reminderMinute % 60));
    m_lookBackCheck->setChecked(settings.lookBack);
    const int evening = settings.lookBackReminderMinute;
    const bool eveningOn = evening >= 0 && evening < kMinutesPerDay;
    m_lookBackReminderCheck->setChecked(eveningOn);
    const int eveningMinute = eveningOn ? evening : Settings{}.lookBackReminderMinute;
    m_lookBackReminderEdit->setTime(QTime(eveningMinute / 60, eveningMinute % 60));

    const int weekIndex = m_weekStartCombo->findData(int(settings.weekStart));
    m_weekStartCombo->setCurrentIndex(weekIndex >= 0 ? weekIndex : 0);
    const int languageIndex = m_languageCombo->findData(QString::fromStdString(settings.language));
    m_languageCombo->setCurrentIndex(languageIndex >= 0 ? languageIndex : 0);
    m_themeCombo->setCurrentIndex(m_themeCombo->findData(int(settings.theme)));

    const QDate today = toQDate(m_context.clock().now().localDate);
    m_breakupCheck->setChecked(settings.breakupDate.has_value());
    m_breakupEdit->setDate(settings.breakupDate ? toQDate(*settings.breakupDate) : today);
    m_sinceCheck->setChecked(settings.noContactSince.has_value());
    m_sinceEdit->setDateTime(settings.noContactSince ? toWallClock(settings.noContactSince->utcMs, m_context.clock())
                                                     : QDateTime(m_breakupEdit->date(), QTime(0, 0)));
    m_initialSince = m_sinceEdit->dateTime();

    m_timerSpin->setValue(settings.timerMinutes);
    m_repliedOnlyCheck->setChecked(settings.theirContactCountsOnlyIfReplied);
    m_lowContactCheck->setChecked(settings.lowContact);
    m_crisisEdit->setPlainText(QString::fromStdString(settings.crisisText));
    m_countryCombo->setCountry(QString::fromStdString(settings.crisisCountry));
    m_backupsSpin->setValue(settings.backupsToKeep);
    m_privacyPanel->setAutoLockMinutes(settings.autoLockMinutes);
    m_privacyPanel->setDiscreet(settings.discreet);
    m_privacyPanel->setPanicLabel(QString::fromStdString(settings.panicLabel));
}

Settings SettingsDialog::editedSettings() const
{
    Settings settings = m_initial; // keeps what this dialog does not show
    settings.morningReminderMinute =
        m_reminderCheck->isChecked() ? m_reminderEdit->time().hour() * 60 + m_reminderEdit->time().minute() : -1;
    settings.lookBack = m_lookBackCheck->isChecked();
    settings.lookBackReminderMinute = m_lookBackReminderCheck->isChecked()
        ? m_lookBackReminderEdit->time().hour() * 60 + m_lookBackReminderEdit->time().minute()
        : -1;
    settings.weekStart = Weekday(m_weekStartCombo->currentData().toInt());
    settings.language = m_languageCombo->currentData().toString().toStdString();
    settings.theme = Theme(m_themeCombo->currentData().toInt());
    settings.breakupDate = m_breakupCheck->isChecked() ? std::optional(toLocalDate(m_breakupEdit->date())) : std::nullopt;
    if (!m_sinceCheck->isChecked())
        settings.noContactSince.reset();
    else if (!m_initial.noContactSince || m_sinceEdit->dateTime() != m_initialSince)
        settings.noContactSince = fromWallClock(m_sinceEdit->dateTime(), m_context.clock());
    settings.timerMinutes = m_timerSpin->value();
    settings.theirContactCountsOnlyIfReplied = m_repliedOnlyCheck->isChecked();
    settings.lowContact = m_lowContactCheck->isChecked();
    settings.crisisText = m_crisisEdit->toPlainText().trimmed().toStdString();
    settings.crisisCountry = m_countryCombo->country().toStdString();
    settings.backupsToKeep = m_backupsSpin->value();
    settings.autoLockMinutes = m_privacyPanel->autoLockMinutes();
    settings.discreet = m_privacyPanel->discreet();
    settings.panicLabel = m_privacyPanel->panicLabel().toStdString();
    return settings;
}

void SettingsDialog::saveAndClose()
{
    const Settings settings = editedSettings();
    try {
        m_context.saveSettings(settings);
    } catch (const StoreError &error) {
        m_errorLabel->setText(describeStoreError(error));
        m_errorLabel->show();
        return;
    }
    ThemePalette::apply(settings.theme);
    m_initial = settings;
    QDialog::accept();
}

void SettingsDialog::openDataFolder()
{
    if (!m_dataDir.isEmpty())
        QDesktopServices::openUrl(QUrl::fromLocalFile(m_dataDir));
}

void SettingsDialog::reject()
{
    if (Theme(m_themeCombo->currentData().toInt()) != m_initial.theme)
        ThemePalette::apply(m_initial.theme);
    QDialog::reject();
}

void SettingsDialog::previewTheme()
{
    // The theme is applied at once, so the user sees it before saving.
    ThemePalette::apply(Theme(m_themeCombo->currentData().toInt()));
}

void SettingsDialog::updateEnabled()
{
    m_reminderEdit->setEnabled(m_reminderCheck->isChecked());
    m_lookBackReminderCheck->setEnabled(m_lookBackCheck->isChecked());
    m_lookBackReminderEdit->setEnabled(m_lookBackCheck->isChecked() && m_lookBackReminderCheck->isChecked());
    m_breakupEdit->setEnabled(m_breakupCheck->isChecked());
    m_sinceEdit->setEnabled(m_sinceCheck->isChecked());
}

} // namespace holdfast::ui
