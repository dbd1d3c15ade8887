#include "ui/lock/PrivacyPanel.h"

#include "ui/AppContext.h"
#include "ui/DiscreetMode.h"
#include "headless/ErrorMessages.h"
#include "ui/Typography.h"
#include "ui/lock/PassphraseText.h"
#include "ui/lock/SecretText.h"

#include "model/PassphraseCheck.h"
#include "model/StoreError.h"
#include "model/UnlockThrottle.h"

#include <QApplication>
#include <QCheckBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace holdfast::ui {

namespace {

constexpr int kMaxAutoLockMinutes = 240;

QLabel *makeHint(const QString &text, const QString &objectName, QWidget *parent)
{
    QLabel *label = Typography::label(text, objectName, parent);
    label->setForegroundRole(QPalette::PlaceholderText);
    // The width of the column, instead of wrapping early; any height the
    // layout over-reserves for the wrap goes below the text, not above.
    label->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    return label;
}

QFormLayout *makeForm()
{
    auto *form = new QFormLayout();
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    // Wrapping rows made word-wrapped hints reserve a second line they never use.
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    return form;
}

std::string utf8(const QLineEdit *edit)
{
    return edit->text().toStdString();
}

} // namespace

PrivacyPanel::PrivacyPanel(AppContext &context, QWidget *parent) : QWidget(parent), m_context(context)
{
    setObjectName(QStringLiteral("privacyPanel"));
    // No scroll area: the wrapped hints then get their real height, and the
    // two sections shown at a time fit a 600-pixel-high screen.
    QWidget *content = this;
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(16, 16, 16, 16);
    layout->setSpacing(12);

    m_stateLabel = Typography::label(QString(), QStringLiteral("privacyStateLabel"), content);
    m_stateLabel->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_stateLabel->setFont(Typography::scaled(m_stateLabel->font(), 1.0, QFont::DemiBold));
    layout->addWidget(m_stateLabel);
    m_resultLabel = Typography::label(QString(), QStringLiteral("privacyResultLabel"), content);
    m_resultLabel->hide();
    layout->addWidget(m_resultLabel);

    auto *autoLockForm = makeForm();
    m_autoLockSpin = new QSpinBox(content);
    m_autoLockSpin->setObjectName(QStringLiteral("privacyAutoLockSpinBox"));
    m_autoLockSpin->setAccessibleName(tr("Lock after this many minutes without use"));
    m_autoLockSpin->setRange(0, kMaxAutoLockMinutes);
    m_autoLockSpin->setSpecialValueText(tr("Never"));
    m_autoLockSpin->setSuffix(tr(" min"));
    auto *autoLockLabel = new QLabel(tr("&Lock after no use for:"), content);
    autoLockLabel->setBuddy(m_autoLockSpin);
    autoLockForm->addRow(autoLockLabel, m_autoLockSpin);
    m_autoLockHint = makeHint(QString(), QStringLiteral("privacyAutoLockHintLabel"), content);
    layout->addLayout(autoLockForm);
    layout->addWidget(m_autoLockHint);

    // Discreet mode: for screens others see (work, a shared computer, sharing
    // the screen). One row, so the panel still fits a 600-pixel-high screen
    // with encryption on; what the mode does is in its tooltip and the user guide.
    auto *discreetRow = new QHBoxLayout();
    m_discreetCheck = new QCheckBox(tr("&Discreet mode"), content);
    m_discreetCheck->setObjectName(QStringLiteral("privacyDiscreetCheckBox"));
    const QString discreetHint =
        tr("Shows “%1” as the name, a plain notebook in the tray, reminders without words about a breakup, and "
           "your counter only when you click. %2 still hides everything at once.")
            .arg(DiscreetMode::name(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L).toString(QKeySequence::NativeText));
    m_discreetCheck->setToolTip(discreetHint);
    m_discreetCheck->setAccessibleDescription(discreetHint);
    m_panicLabelEdit = new QLineEdit(content);
    m_panicLabelEdit->setObjectName(QStringLiteral("privacyPanicLabelEdit"));
    m_panicLabelEdit->setAccessibleName(tr("The panic button's label in discreet mode"));
    m_panicLabelEdit->setPlaceholderText(DiscreetMode::defaultPanicLabel());
    m_panicLabelEdit->setMaxLength(40);
    auto *panicLabelLabel = new QLabel(tr("Panic &button label:"), content);
    panicLabelLabel->setBuddy(m_panicLabelEdit);
    discreetRow->addWidget(m_discreetCheck);
    discreetRow->addSpacing(fontMetrics().height());
    discreetRow->addWidget(panicLabelLabel);
    discreetRow->addWidget(m_panicLabelEdit, 1);
    layout->addLayout(discreetRow);
    connect(m_discreetCheck, &QCheckBox::toggled, m_panicLabelEdit, &QWidget::setEnabled);
    m_panicLabelEdit->setEnabled(false);

    m_turnOnBox = buildTurnOnBox();
    m_changeBox = buildChangeBox();
    m_turnOffBox = buildTurnOffBox();
    layout->addWidget(m_turnOnBox);
    layout->addWidget(m_changeBox);
    layout->addWidget(m_turnOffBox);
    layout->addStretch(1);

    connect(&m_context, &AppContext::encryptionChanged, this, &PrivacyPanel::refresh);
    connect(&m_context, &AppContext::lockChanged, this, &PrivacyPanel::refresh);
    refresh();
}

PrivacyPanel::~PrivacyPanel()
{
    for (QLineEdit *edit : {m_newEdit, m_repeatEdit, m_currentEdit, m_changeNewEdit, m_changeRepeatEdit, m_turnOffEdit})
        SecretText::wipe(edit);
}

QLineEdit *PrivacyPanel::makePassphraseEdit(const QString &objectName, const QString &accessibleName, QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    edit->setAccessibleName(accessibleName);
    edit->setEchoMode(QLineEdit::Password);
    edit->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhNoPredictiveText | Qt::ImhNoAutoUppercase);
    return edit;
}

QLabel *PrivacyPanel::makeMessageLabel(const QString &objectName, QWidget *parent)
{
    QLabel *label = Typography::label(QString(), objectName, parent);
    label->setTextFormat(Qt::PlainText);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    label->hide();
    return label;
}

QGroupBox *PrivacyPanel::buildTurnOnBox()
{
    auto *box = new QGroupBox(tr("Protect what you write with a passphrase"), this);
    box->setObjectName(QStringLiteral("privacyTurnOnBox"));
    auto *layout = new QVBoxLayout(box);
    layout->setSpacing(10);
    layout->addWidget(makeHint(tr("Your journal, unsent messages, notes, reasons and the names in your plan are then "
                                  "stored encrypted. Holdfast asks for the passphrase each time it starts."),
                               QStringLiteral("privacyTurnOnIntroLabel"), box));
    QLabel *warning = Typography::label(PassphraseText::noRecoveryWarning(), QStringLiteral("privacyWarningLabel"), box);
    warning->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    warning->setFont(Typography::scaled(warning->font(), 1.0, QFont::DemiBold));
    layout->addWidget(warning);
    auto *form = makeForm();
    m_newEdit = makePassphraseEdit(QStringLiteral("privacyNewPassphraseEdit"), tr("New passphrase"), box);
    m_repeatEdit = makePassphraseEdit(QStringLiteral("privacyRepeatPassphraseEdit"), tr("Repeat the new passphrase"), box);
    form->addRow(tr("&Passphrase:"), m_newEdit);
    form->addRow(tr("&Repeat:"), m_repeatEdit);
    layout->addLayout(form);
    layout->addWidget(makeHint(PassphraseText::hint(), QStringLiteral("privacyPassphraseHintLabel"), box));
    m_turnOnMessage = makeMessageLabel(QStringLiteral("privacyTurnOnMessageLabel"), box);
    layout->addWidget(m_turnOnMessage);
    m_turnOnButton = new QPushButton(tr("&Turn on encryption"), box);
    m_turnOnButton->setObjectName(QStringLiteral("privacyTurnOnButton"));
    m_turnOnButton->setAutoDefault(false);
    layout->addWidget(m_turnOnButton, 0, Qt::AlignLeft);
    connect(m_turnOnButton, &QPushButton::clicked, this, &PrivacyPanel::turnOn);
    return box;
}

QGroupBox *PrivacyPanel::buildChangeBox()
{
    auto *box = new QGroupBox(tr("Change the passphrase"), this);
    box->setObjectName(QStringLiteral("privacyChangeBox"));
    auto *layout = new QVBoxLayout(box);
    layout->setSpacing(10);
    auto *form = makeForm();
    m_currentEdit = makePassphraseEdit(QStringLiteral("privacyCurrentPassphraseEdit"), tr("Current passphrase"), box);
    m_changeNewEdit = makePassphraseEdit(QStringLiteral("privacyChangeNewEdit"), tr("New passphrase"), box);
    m_changeRepeatEdit = makePassphraseEdit(QStringLiteral("privacyChangeRepeatEdit"), tr("Repeat the new passphrase"), box);
    form->addRow(tr("C&urrent passphrase:"), m_currentEdit);
    form->addRow(tr("&New passphrase:"), m_changeNewEdit);
    form->addRow(tr("Re&peat:"), m_changeRepeatEdit);
    layout->addLayout(form);
    layout->addWidget(makeHint(PassphraseText::hint(), QStringLiteral("privacyChangeHintLabel"), box));
    m_changeMessage = makeMessageLabel(QStringLiteral("privacyChangeMessageLabel"), box);
    layout->addWidget(m_changeMessage);
    m_changeButton = new QPushButton(tr("&Change passphrase"), box);
    m_changeButton->setObjectName(QStringLiteral("privacyChangeButton"));
    m_changeButton->setAutoDefault(false);
    layout->addWidget(m_changeButton, 0, Qt::AlignLeft);
    connect(m_changeButton, &QPushButton::clicked, this, &PrivacyPanel::changePassphrase);
    return box;
}

QGroupBox *PrivacyPanel::buildTurnOffBox()
{
    auto *box = new QGroupBox(tr("Turn encryption off"), this);
    box->setObjectName(QStringLiteral("privacyTurnOffBox"));
    auto *layout = new QVBoxLayout(box);
    layout->setSpacing(10);
    layout->addWidget(makeHint(tr("What you wrote is then stored as plain text again, protected only by your "
                                  "account on this computer."),
                               QStringLiteral("privacyTurnOffIntroLabel"), box));
    auto *form = makeForm();
    m_turnOffEdit = makePassphraseEdit(QStringLiteral("privacyTurnOffPassphraseEdit"), tr("Passphrase"), box);
    form->addRow(tr("Pass&phrase:"), m_turnOffEdit);
    layout->addLayout(form);
    m_turnOffMessage = makeMessageLabel(QStringLiteral("privacyTurnOffMessageLabel"), box);
    layout->addWidget(m_turnOffMessage);
    m_turnOffButton = new QPushButton(tr("Turn encryption &off"), box);
    m_turnOffButton->setObjectName(QStringLiteral("privacyTurnOffButton"));
    m_turnOffButton->setAutoDefault(false);
    layout->addWidget(m_turnOffButton, 0, Qt::AlignLeft);
    connect(m_turnOffButton, &QPushButton::clicked, this, &PrivacyPanel::turnOff);
    return box;
}

int PrivacyPanel::autoLockMinutes() const
{
    return m_autoLockSpin->value();
}

void PrivacyPanel::setAutoLockMinutes(int minutes)
{
    m_autoLockSpin->setValue(minutes);
}

bool PrivacyPanel::discreet() const
{
    return m_discreetCheck->isChecked();
}

void PrivacyPanel::setDiscreet(bool on)
{
    m_discreetCheck->setChecked(on);
    m_panicLabelEdit->setEnabled(on);
}

QString PrivacyPanel::panicLabel() const
{
    return m_panicLabelEdit->text().simplified();
}

void PrivacyPanel::setPanicLabel(const QString &label)
{
    m_panicLabelEdit->setText(label);
}

void PrivacyPanel::refresh()
{
    const EncryptionState state = m_context.store().encryptionState();
    const bool on = state != EncryptionState::Off;
    m_stateLabel->setText(on ? tr("Encryption is on. What you write is stored encrypted and needs your passphrase.")
                             : tr("Encryption is off. What you write is stored as plain text in your data folder, "
                                  "protected by your account on this computer."));
    m_turnOnBox->setVisible(!on);
    m_changeBox->setVisible(on);
    m_turnOffBox->setVisible(on);
    m_autoLockSpin->setEnabled(on);
    const QString shortcut = QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L).toString(QKeySequence::NativeText);
    m_autoLockHint->setText(on ? tr("Counts time without keyboard or mouse use in Holdfast. %1 locks and hides it at once.")
                                     .arg(shortcut)
                               : tr("Auto-lock needs encryption. %1 still hides Holdfast at once.").arg(shortcut));
}

void PrivacyPanel::showResult(const QString &text)
{
    m_resultLabel->setText(text);
    m_resultLabel->setVisible(!text.isEmpty());
}

template<typename Call>
bool PrivacyPanel::runBusy(QPushButton *button, QLabel *message, const QString &working, Call call)
{
    // Settings open while locked too: the same pause as on the lock screen
    // keeps this from being a faster way to guess.
    UnlockThrottle &throttle = m_context.unlockThrottle();
    if (!throttle.canTry()) {
        message->setText(tr("Take a breath. You can try again in %n second(s).", nullptr, throttle.remainingSeconds()));
        message->show();
        return false;
    }
    message->setText(working);
    message->show();
    button->setEnabled(false);
    // Deriving the key takes about a second on purpose; show that before it starts.
    message->repaint();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    bool ok = false;
    try {
        call();
        ok = true;
    } catch (const StoreError &error) {
        if (error.kind() == StoreError::Kind::WrongPassphrase) {
            throttle.recordWrongTry();
            message->setText(tr("That passphrase did not match. Nothing was changed."));
        } else {
            message->setText(describeStoreError(error));
        }
    }
    QApplication::restoreOverrideCursor();
    button->setEnabled(true);
    if (ok)
        message->hide();
    return ok;
}

bool PrivacyPanel::turnOn()
{
    showResult(QString());
    const PassphraseProblem problem = PassphraseCheck::check(utf8(m_newEdit), utf8(m_repeatEdit));
    if (problem != PassphraseProblem::None) {
        m_turnOnMessage->setText(PassphraseText::problem(problem));
        m_turnOnMessage->show();
        (m_repeatEdit->text().isEmpty() || problem != PassphraseProblem::Mismatch ? m_newEdit : m_repeatEdit)->setFocus();
        return false;
    }
    std::string passphrase = utf8(m_newEdit);
    const bool ok = runBusy(m_turnOnButton, m_turnOnMessage, tr("Encrypting your data… This takes a moment."),
                            [&] { m_context.store().enableEncryption(passphrase); });
    SecretText::wipe(passphrase);
    if (!ok)
        return false;
    SecretText::wipe(m_newEdit);
    SecretText::wipe(m_repeatEdit);
    m_context.notifyEncryptionChanged();
    showResult(tr("Encryption is on. From now on Holdfast asks for your passphrase when it starts."));
    return true;
}

bool PrivacyPanel::changePassphrase()
{
    showResult(QString());
    if (m_currentEdit->text().isEmpty()) {
        m_changeMessage->setText(tr("Type your current passphrase first."));
        m_changeMessage->show();
        m_currentEdit->setFocus();
        return false;
    }
    const PassphraseProblem problem = PassphraseCheck::check(utf8(m_changeNewEdit), utf8(m_changeRepeatEdit));
    if (problem != PassphraseProblem::None) {
        m_changeMessage->setText(PassphraseText::problem(problem));
        m_changeMessage->show();
        m_changeNewEdit->setFocus();
        return false;
    }
    std::string current = utf8(m_currentEdit);
    std::string next = utf8(m_changeNewEdit);
    const bool ok = runBusy(m_changeButton, m_changeMessage, tr("Changing the passphrase…"),
                            [&] { m_context.store().changePassphrase(current, next); });
    SecretText::wipe(current);
    SecretText::wipe(next);
    if (!ok) {
        m_currentEdit->selectAll();
        m_currentEdit->setFocus();
        return false;
    }
    for (QLineEdit *edit : {m_currentEdit, m_changeNewEdit, m_changeRepeatEdit})
        SecretText::wipe(edit);
    m_context.notifyEncryptionChanged();
    showResult(tr("The passphrase is changed. Use the new one from now on."));
    return true;
}

bool PrivacyPanel::turnOff()
{
    showResult(QString());
    if (m_turnOffEdit->text().isEmpty()) {
        m_turnOffMessage->setText(tr("Type your passphrase first."));
        m_turnOffMessage->show();
        m_turnOffEdit->setFocus();
        return false;
    }
    std::string passphrase = utf8(m_turnOffEdit);
    const bool ok = runBusy(m_turnOffButton, m_turnOffMessage, tr("Decrypting your data… This takes a moment."),
                            [&] { m_context.store().disableEncryption(passphrase); });
    SecretText::wipe(passphrase);
    if (!ok) {
        m_turnOffEdit->selectAll();
        m_turnOffEdit->setFocus();
        return false;
    }
    SecretText::wipe(m_turnOffEdit);
    m_context.notifyEncryptionChanged();
    showResult(tr("Encryption is off. Holdfast no longer asks for a passphrase."));
    return true;
}

} // namespace holdfast::ui
