#include "ui/lock/LockScreen.h"

#include "ui/AppContext.h"
#include "ui/DiscreetMode.h"
#include "headless/ErrorMessages.h"
#include "ui/Typography.h"
#include "ui/lock/SecretText.h"

#include "model/StoreError.h"
#include "model/UnlockThrottle.h"

#include <QApplication>
#include <QFrame>
#include <QHBoxLayout>
#include <QIcon>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace holdfast::ui {

LockScreen::LockScreen(AppContext &context, QWidget *parent, Mode mode) : QWidget(parent), m_context(context)
{
    setObjectName(QStringLiteral("lockScreen"));
    const bool full = mode == Mode::FullWindow;
    const int unit = fontMetrics().height();

    auto *outer = new QVBoxLayout(this);
    if (!full)
        outer->setContentsMargins(0, 0, 0, 0);
    outer->addStretch(1);

    auto *card = new QFrame(this);
    card->setObjectName(QStringLiteral("lockCard"));
    if (full) {
        card->setFrameShape(QFrame::StyledPanel);
        card->setAutoFillBackground(true);
        card->setBackgroundRole(QPalette::Base);
    }
    // Wide enough for the message on two lines, never as wide as the window.
    card->setMaximumWidth(fontMetrics().averageCharWidth() * 62);
    card->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    auto *layout = new QVBoxLayout(card);
    const int margin = full ? unit * 2 : 0;
    layout->setContentsMargins(margin, margin, margin, margin);
    layout->setSpacing(unit * 3 / 4);

    if (full) {
        auto *icon = new QLabel(card);
        icon->setObjectName(QStringLiteral("lockIconLabel"));
        icon->setAlignment(Qt::AlignHCenter);
        m_iconLabel = icon;
        layout->addWidget(icon);
        QLabel *heading = Typography::label(QString(), QStringLiteral("lockHeadingLabel"), card);
        m_headingLabel = heading;
        heading->setFont(Typography::scaled(heading->font(), 1.4, QFont::DemiBold));
        heading->setAlignment(Qt::AlignHCenter);
        layout->addWidget(heading);
        QLabel *intro = Typography::label(tr("What you wrote is protected with your passphrase. Type it to open "
                                             "your journal and plan."),
                                          QStringLiteral("lockIntroLabel"), card);
        intro->setAlignment(Qt::AlignHCenter);
        layout->addWidget(intro);
        layout->addSpacing(unit / 2);
    }

    auto *fieldLabel = new QLabel(tr("&Passphrase:"), card);
    m_passphraseEdit = new QLineEdit(card);
    m_passphraseEdit->setObjectName(QStringLiteral("lockPassphraseEdit"));
    m_passphraseEdit->setAccessibleName(tr("Passphrase"));
    m_passphraseEdit->setEchoMode(QLineEdit::Password);
    m_passphraseEdit->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhNoPredictiveText | Qt::ImhNoAutoUppercase);
    fieldLabel->setBuddy(m_passphraseEdit);
    m_unlockButton = new QPushButton(tr("&Unlock"), card);
    m_unlockButton->setObjectName(QStringLiteral("lockUnlockButton"));
    m_unlockButton->setDefault(true);
    m_unlockButton->setAutoDefault(true);
    auto *row = new QHBoxLayout();
    row->addWidget(m_passphraseEdit, 1);
    row->addWidget(m_unlockButton);
    layout->addWidget(fieldLabel);
    layout->addLayout(row);

    m_messageLabel = Typography::label(QString(), QStringLiteral("lockMessageLabel"), card);
    m_messageLabel->setTextFormat(Qt::PlainText);
    m_messageLabel->hide();
    layout->addWidget(m_messageLabel);
    m_waitLabel = Typography::label(QString(), QStringLiteral("lockWaitLabel"), card);
    m_waitLabel->setForegroundRole(QPalette::PlaceholderText);
    m_waitLabel->hide();
    layout->addWidget(m_waitLabel);

    auto *cardRow = new QHBoxLayout();
    cardRow->addStretch(1);
    cardRow->addWidget(card, 4);
    cardRow->addStretch(1);
    outer->addLayout(cardRow);

    // Help in a crisis never waits for a passphrase.
    auto *helpRow = new QHBoxLayout();
    helpRow->addStretch(1);
    m_crisisButton = new QPushButton(
        tr("Crisis help (%1)").arg(QKeySequence(QKeySequence::HelpContents).toString(QKeySequence::NativeText)), this);
    if (QKeySequence(QKeySequence::HelpContents).isEmpty())
        m_crisisButton->setText(tr("Crisis help"));
    m_crisisButton->setObjectName(QStringLiteral("lockCrisisButton"));
    m_crisisButton->setAccessibleName(tr("Crisis help"));
    m_crisisButton->setAccessibleDescription(tr("Shows where to get help right away"));
    m_crisisButton->setFlat(true);
    m_crisisButton->setAutoDefault(false);
    m_crisisButton->setCursor(Qt::PointingHandCursor);
    // Reads as a link, in the palette's own text colour, light or dark.
    QFont linkFont = m_crisisButton->font();
    linkFont.setUnderline(true);
    m_crisisButton->setFont(linkFont);
    helpRow->addWidget(m_crisisButton);
    helpRow->addStretch(1);
    if (full) {
        outer->addSpacing(unit);
        outer->addLayout(helpRow);
        QLabel *panicNote = Typography::label(QString(), QStringLiteral("lockPanicNoteLabel"), this);
        m_panicNoteLabel = panicNote;
        panicNote->setForegroundRole(QPalette::PlaceholderText);
        panicNote->setAlignment(Qt::AlignHCenter);
        outer->addWidget(panicNote);
    } else {
        layout->addLayout(helpRow);
    }
    outer->addStretch(full ? 2 : 0);

    m_countdownTimer = new QTimer(this);
    m_countdownTimer->setObjectName(QStringLiteral("lockCountdownTimer"));
    m_countdownTimer->setInterval(1000);
    applyDiscretion();
    connect(m_countdownTimer, &QTimer::timeout, this, &LockScreen::updateCountdown);
    connect(m_unlockButton, &QPushButton::clicked, this, &LockScreen::tryUnlock);
    connect(m_passphraseEdit, &QLineEdit::returnPressed, this, &LockScreen::tryUnlock);
    connect(m_crisisButton, &QPushButton::clicked, this, &LockScreen::crisisHelpRequested);
    setTabOrder(m_passphraseEdit, m_unlockButton);
    setTabOrder(m_unlockButton, m_crisisButton);
    updateCountdown();
}

LockScreen::~LockScreen()
{
    SecretText::wipe(m_passphraseEdit);
}

void LockScreen::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    updateCountdown();
    m_passphraseEdit->setFocus(Qt::OtherFocusReason);
}

void LockScreen::applyDiscretion()
{
    const Settings &settings = m_context.settings();
    const bool discreet = settings.discreet;
    const QString heading = discreet ? tr("Locked") : tr("Holdfast is locked");
    setAccessibleName(heading);
    if (m_headingLabel)
        m_headingLabel->setText(heading);
    if (m_iconLabel) {
        const int size = fontMetrics().height() * 3;
        m_iconLabel->setPixmap(
            (discreet ? DiscreetMode::icon() : QIcon(QStringLiteral(":/icons/holdfast.svg"))).pixmap(size, size));
    }
    if (m_panicNoteLabel) {
        m_panicNoteLabel->setText(discreet ? tr("“%1” works while this is locked.").arg(DiscreetMode::panicLabel(settings))
                                           : tr("“I want to text my ex” works while Holdfast is locked."));
    }
}

void LockScreen::reset()
{
    applyDiscretion();
    SecretText::wipe(m_passphraseEdit);
    m_messageLabel->hide();
    m_messageLabel->clear();
    updateCountdown();
    m_passphraseEdit->setFocus(Qt::OtherFocusReason);
}

void LockScreen::showMessage(const QString &text)
{
    m_messageLabel->setText(text);
    m_messageLabel->setVisible(!text.isEmpty());
}

void LockScreen::tryUnlock()
{
    UnlockThrottle &throttle = m_context.unlockThrottle();
    if (!throttle.canTry()) {
        updateCountdown();
        return;
    }
    if (m_passphraseEdit->text().isEmpty()) {
        showMessage(tr("Type your passphrase first."));
        m_passphraseEdit->setFocus(Qt::OtherFocusReason);
        return;
    }
    std::string passphrase = m_passphraseEdit->text().toStdString();
    showMessage(tr("Opening your data…"));
    m_unlockButton->setEnabled(false);
    m_messageLabel->repaint();
    // Deriving the key takes about a second on purpose; the GUI thread owns the store.
    QApplication::setOverrideCursor(Qt::WaitCursor);
    bool opened = false;
    try {
        m_context.unlock(passphrase);
        opened = true;
    } catch (const StoreError &error) {
        if (error.kind() == StoreError::Kind::WrongPassphrase) {
            throttle.recordWrongTry();
            showMessage(tr("That passphrase did not open your data. Check Caps Lock and the keyboard layout, "
                           "then try again."));
        } else {
            showMessage(describeStoreError(error));
        }
    }
    QApplication::restoreOverrideCursor();
    SecretText::wipe(passphrase);
    if (opened) {
        reset();
        Q_EMIT unlocked();
        return;
    }
    m_passphraseEdit->selectAll();
    m_passphraseEdit->setFocus(Qt::OtherFocusReason);
    updateCountdown();
}

void LockScreen::updateCountdown()
{
    const UnlockThrottle &throttle = m_context.unlockThrottle();
    const int seconds = throttle.remainingSeconds();
    m_unlockButton->setEnabled(seconds == 0);
    if (seconds == 0) {
        m_countdownTimer->stop();
        m_waitLabel->hide();
        return;
    }
    m_waitLabel->setText(tr("Take a breath. You can try again in %n second(s).", nullptr, seconds));
    m_waitLabel->show();
    if (!m_countdownTimer->isActive())
        m_countdownTimer->start();
}

} // namespace holdfast::ui
