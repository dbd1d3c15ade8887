#include "ui/onboarding/OnboardingDialog.h"

#include "ui/AppContext.h"
#include "ui/CrisisCountryCombo.h"
#include "ui/CrisisHelp.h"
#include "ui/DateConversion.h"
#include "headless/ErrorMessages.h"
#include "ui/WindowFit.h"
#include "ui/lock/PassphraseText.h"
#include "ui/lock/SecretText.h"

#include "model/PassphraseCheck.h"
#include "model/StoreError.h"

#include <QApplication>
#include <QCheckBox>

#include <QDateEdit>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace holdfast::ui {

namespace {

constexpr int kQuestionCount = 6; // the steps between welcome and done

std::size_t indexOf(OnboardingDialog::Step step)
{
    return std::size_t(step);
}

} // namespace

OnboardingDialog::OnboardingDialog(AppContext &context, QWidget *parent) : QDialog(parent), m_context(context)
{
    setObjectName(QStringLiteral("onboardingDialog"));
    setWindowTitle(tr("Welcome to Holdfast"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 16);
    layout->setSpacing(16);

    m_progressLabel = new QLabel(this);
    m_progressLabel->setObjectName(QStringLiteral("onboardingProgressLabel"));
    m_progressLabel->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_progressLabel);

    m_pages = new QStackedWidget(this);
    m_pages->setObjectName(QStringLiteral("onboardingPages"));
    m_pages->addWidget(buildWelcomePage());
    m_pages->addWidget(buildBreakupPage());
    m_pages->addWidget(buildLastContactPage());
    m_pages->addWidget(buildStayInTouchPage());
    m_pages->addWidget(buildReasonsPage());
    m_pages->addWidget(buildPersonPage());
    m_pages->addWidget(buildCrisisPage());
    m_pages->addWidget(buildDonePage());
    layout->addWidget(m_pages, 1);

    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(QStringLiteral("onboardingErrorLabel"));
    m_errorLabel->setWordWrap(true);
    QFont errorFont = m_errorLabel->font();
    errorFont.setBold(true);
    m_errorLabel->setFont(errorFont);
    m_errorLabel->hide();
    layout->addWidget(m_errorLabel);

    auto *buttons = new QHBoxLayout;
    m_backButton = new QPushButton(tr("Back"), this);
    m_backButton->setObjectName(QStringLiteral("onboardingBackButton"));
    m_backButton->setAutoDefault(false);
    m_skipButton = new QPushButton(this);
    m_skipButton->setObjectName(QStringLiteral("onboardingSkipButton"));
    m_skipButton->setAutoDefault(false);
    m_nextButton = new QPushButton(this);
    m_nextButton->setObjectName(QStringLiteral("onboardingNextButton"));
    m_nextButton->setDefault(true);
    buttons->addWidget(m_backButton);
    // Crisis help is one click away here too (and F1), before anything is set up.
    buttons->addWidget(m_context.crisisHelp().makeButton(this));
    buttons->addStretch(1);
    buttons->addWidget(m_skipButton);
    buttons->addWidget(m_nextButton);
    layout->addLayout(buttons);

    connect(m_backButton, &QPushButton::clicked, this, &OnboardingDialog::back);
    connect(m_skipButton, &QPushButton::clicked, this, &OnboardingDialog::skip);
    connect(m_nextButton, &QPushButton::clicked, this, &OnboardingDialog::next);

    setMinimumWidth(fontMetrics().averageCharWidth() * 72);
    showStep(Step::Welcome);
}

OnboardingDialog::~OnboardingDialog() = default;

bool OnboardingDialog::runIfNeeded(AppContext &context, QWidget *parent)
{
    if (context.settings().onboardingDone)
        return false;
    OnboardingDialog dialog(context, parent);
    dialog.exec();
    return true;
}

QWidget *OnboardingDialog::makePage(const QString &heading, const QString &body)
{
    auto *page = new QWidget(m_pages);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(12);
    auto *headingLabel = new QLabel(heading, page);
    headingLabel->setWordWrap(true);
    QFont headingFont = headingLabel->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.4);
    headingFont.setBold(true);
    headingLabel->setFont(headingFont);
    layout->addWidget(headingLabel);
    if (!body.isEmpty()) {
        auto *bodyLabel = new QLabel(body, page);
        bodyLabel->setWordWrap(true);
        layout->addWidget(bodyLabel);
    }
    return page;
}

QWidget *OnboardingDialog::buildWelcomePage()
{
    QWidget *page = makePage(tr("Welcome to Holdfast"),
                             tr("Holdfast helps you keep no contact after a breakup. It counts the time since you last "
                                "reached out, walks you through the urge when it comes, and shows you week by week "
                                "that the urges pass."));
    auto *layout = qobject_cast<QVBoxLayout *>(page->layout());
    auto *privacy = new QLabel(tr("Everything stays on this computer. No account, no internet, nobody else sees it."), page);
    privacy->setWordWrap(true);
    layout->addWidget(privacy);
    auto *notTherapy = new QLabel(tr("Holdfast is a self-help tool, not therapy. If you are in crisis, press %1 or "
                                     "“Crisis help” below, at any time, to see where to get help.")
                                      .arg(CrisisHelp::key().toString(QKeySequence::NativeText)),
                                  page);
    notTherapy->setWordWrap(true);
    notTherapy->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(notTherapy);
    auto *questions = new QLabel(tr("A few questions help Holdfast fit you. Each one can be skipped, and you can change "
                                    "every answer later."),
                                 page);
    questions->setWordWrap(true);
    layout->addWidget(questions);
    layout->addStretch(1);
    return page;
}

QWidget *OnboardingDialog::buildBreakupPage()
{
    QWidget *page = makePage(tr("When did the breakup happen?"),
                             tr("Holdfast uses it to show how far you have come."));
    const QDate today = toQDate(m_context.clock().now().localDate);
    m_breakupEdit = new QDateEdit(today, page);
    m_breakupEdit->setObjectName(QStringLiteral("onboardingBreakupDateEdit"));
    m_breakupEdit->setAccessibleName(tr("Breakup date"));
    m_breakupEdit->setCalendarPopup(true);
    m_breakupEdit->setMaximumDate(today);
    auto *form = new QFormLayout;
    form->addRow(tr("&Breakup date:"), m_breakupEdit);
    auto *layout = qobject_cast<QVBoxLayout *>(page->layout());
    layout->addLayout(form);
    layout->addStretch(1);
    connect(m_breakupEdit, &QDateEdit::dateChanged, this, &OnboardingDialog::syncLastContactToBreakup);
    return page;
}

QWidget *OnboardingDialog::buildLastContactPage()
{
    QWidget *page = makePage(tr("When did you last reach out to them?"),
                             tr("Your no-contact time counts from here. If you haven't reached out since the breakup, "
                                "leave the breakup date."));
    const QDateTime now = toWallClock(m_context.clock().now().utcMs, m_context.clock());
    m_lastContactEdit = new QDateTimeEdit(page);
    m_lastContactEdit->setObjectName(QStringLiteral("onboardingLastContactEdit"));
    m_lastContactEdit->setAccessibleName(tr("The last time you reached out"));
    m_lastContactEdit->setCalendarPopup(true);
    m_lastContactEdit->setDisplayFormat(shortDateTimeFormat());
    m_lastContactEdit->setMaximumDateTime(now);
    auto *form = new QFormLayout;
    form->addRow(tr("&Last time I reached out:"), m_lastContactEdit);
    auto *layout = qobject_cast<QVBoxLayout *>(page->layout());
    layout->addLayout(form);
    layout->addStretch(1);
    syncLastContactToBreakup();
    connect(m_lastContactEdit, &QDateTimeEdit::dateTimeChanged, this, [this] {
        if (!m_syncing)
            m_lastContactTouched = true;
    });
    return page;
}

QWidget *OnboardingDialog::buildReasonsPage()
{
    QWidget *page = makePage(tr("Why did you choose no contact?"),
                             tr("Write up to three reasons in your own words. Holdfast shows them to you when the urge hits."));
    auto *form = new QFormLayout;
    for (std::size_t i = 0; i < m_reasonEdits.size(); ++i) {
        auto *edit = new QLineEdit(page);
        edit->setObjectName(QStringLiteral("onboardingReason%1Edit").arg(i + 1));
        edit->setAccessibleName(tr("Reason %1").arg(i + 1));
        edit->setPlaceholderText(tr("A reason, in your own words"));
        form->addRow(tr("Reason &%1:").arg(i + 1), edit);
        m_reasonEdits[i] = edit;
    }
    auto *layout = qobject_cast<QVBoxLayout *>(page->layout());
    layout->addLayout(form);
    layout->addStretch(1);
    return page;
}

QWidget *OnboardingDialog::buildPersonPage()
{
    QWidget *page = makePage(tr("Who can you call instead?"),
                             tr("One person you trust, for when it gets hard. You can add more later."));
    m_personNameEdit = new QLineEdit(page);
    m_personNameEdit->setObjectName(QStringLiteral("onboardingPersonNameEdit"));
    m_personNameEdit->setAccessibleName(tr("Name"));
    m_personNameEdit->setPlaceholderText(tr("A friend or family member"));
    m_personContactEdit = new QLineEdit(page);
    m_personContactEdit->setObjectName(QStringLiteral("onboardingPersonContactEdit"));
    m_personContactEdit->setAccessibleName(tr("Phone number or handle"));
    m_personContactEdit->setPlaceholderText(tr("Phone number or handle"));
    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_personNameEdit);
    form->addRow(tr("&Phone or handle:"), m_personContactEdit);
    auto *layout = qobject_cast<QVBoxLayout *>(page->layout());
    layout->addLayout(form);
    layout->addStretch(1);
    return page;
}

QWidget *OnboardingDialog::buildCrisisPage()
{
    QWidget *page = makePage(tr("If it ever gets too much"),
                             tr("Crisis help (%1) shows the emergency number and crisis lines for your country, and the "
                                "person you named. If you have a line of your own, such as your doctor or a local "
                                "service, add it here: it is shown beside them, never instead of them.")
                                 .arg(CrisisHelp::key().toString(QKeySequence::NativeText)));
    m_crisisCountryCombo = new CrisisCountryCombo(page);
    m_crisisCountryCombo->setObjectName(QStringLiteral("onboardingCrisisCountryCombo"));
    m_crisisCountryCombo->setCountry(QString::fromStdString(m_context.settings().crisisCountry));
    m_crisisLineEdit = new QLineEdit(QString::fromStdString(m_context.settings().crisisText), page);
    m_crisisLineEdit->setObjectName(QStringLiteral("onboardingCrisisLineEdit"));
    m_crisisLineEdit->setAccessibleName(tr("Your own crisis line"));
    m_crisisLineEdit->setPlaceholderText(tr("A number of your own (optional)"));
    auto *form = new QFormLayout;
    form->addRow(tr("&Country:"), m_crisisCountryCombo);
    form->addRow(tr("&Your own line:"), m_crisisLineEdit);
    auto *layout = qobject_cast<QVBoxLayout *>(page->layout());
    layout->addLayout(form);
    layout->addStretch(1);
    return page;
}

QWidget *OnboardingDialog::buildDonePage()
{
    QWidget *page = makePage(tr("You're set"),
                             tr("When the urge to reach out comes, press “I want to text my ex” (%1). "
                                "Holdfast walks you through it.")
                                 .arg(QKeySequence(Qt::CTRL | Qt::Key_U).toString(QKeySequence::NativeText)));
    auto *layout = qobject_cast<QVBoxLayout *>(page->layout());
    auto *later = new QLabel(tr("You can change everything later: reasons and people under Plan, your dates under Settings."), page);
    later->setWordWrap(true);
    later->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(later);

    // Off by default: a forgotten passphrase loses everything, so it is a choice, never a default.
    m_encryptCheck = new QCheckBox(tr("Protect what I &write with a passphrase (optional)"), page);
    m_encryptCheck->setObjectName(QStringLiteral("onboardingEncryptCheckBox"));
    layout->addSpacing(fontMetrics().height() / 2);
    layout->addWidget(m_encryptCheck);
    m_encryptBox = new QWidget(page);
    m_encryptBox->setObjectName(QStringLiteral("onboardingEncryptBox"));
    auto *encryptLayout = new QVBoxLayout(m_encryptBox);
    encryptLayout->setContentsMargins(fontMetrics().height() * 3 / 2, 0, 0, 0);
    auto *warning = new QLabel(PassphraseText::noRecoveryWarning(), m_encryptBox);
    warning->setObjectName(QStringLiteral("onboardingEncryptWarningLabel"));
    warning->setWordWrap(true);
    QFont warningFont = warning->font();
    warningFont.setBold(true);
    warning->setFont(warningFont);
    encryptLayout->addWidget(warning);
    const auto makeEdit = [this](const QString &name, const QString &accessible) {
        auto *edit = new QLineEdit(m_encryptBox);
        edit->setObjectName(name);
        edit->setAccessibleName(accessible);
        edit->setEchoMode(QLineEdit::Password);
        edit->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhNoPredictiveText | Qt::ImhNoAutoUppercase);
        return edit;
    };
    m_encryptEdit = makeEdit(QStringLiteral("onboardingPassphraseEdit"), tr("Passphrase"));
    m_encryptRepeatEdit = makeEdit(QStringLiteral("onboardingPassphraseRepeatEdit"), tr("Repeat the passphrase"));
    auto *form = new QFormLayout;
    form->addRow(tr("Pass&phrase:"), m_encryptEdit);
    form->addRow(tr("&Repeat:"), m_encryptRepeatEdit);
    encryptLayout->addLayout(form);
    auto *hint = new QLabel(PassphraseText::hint(), m_encryptBox);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);
    encryptLayout->addWidget(hint);
    m_encryptBox->hide();
    layout->addWidget(m_encryptBox);
    connect(m_encryptCheck, &QCheckBox::toggled, this, [this](bool on) {
        m_encryptBox->setVisible(on);
        m_errorLabel->hide();
        // The passphrase fields and the warning get their room, not a few squashed pixels.
        if (on)
            WindowFit::growToContents(*this);
        if (on)
            m_encryptEdit->setFocus();
    });
    layout->addStretch(1);
    return page;
}

QWidget *OnboardingDialog::buildStayInTouchPage()
{
    QWidget *page = makePage(tr("Do you still need to be in touch, for children, work or shared things?"),
                             tr("Then Holdfast counts days without personal contact. Messages you mark as "
                                "logistics, like pick-up times, are kept but don't end your stretch."));
    m_stayInTouchNoRadio = new QRadioButton(tr("&No, I can keep no contact"), page);
    m_stayInTouchNoRadio->setObjectName(QStringLiteral("onboardingStayInTouchNoRadio"));
    m_stayInTouchNoRadio->setChecked(true);
    m_stayInTouchYesRadio = new QRadioButton(tr("&Yes, I still need some contact"), page);
    m_stayInTouchYesRadio->setObjectName(QStringLiteral("onboardingStayInTouchYesRadio"));
    auto *layout = qobject_cast<QVBoxLayout *>(page->layout());
    layout->addWidget(m_stayInTouchNoRadio);
    layout->addWidget(m_stayInTouchYesRadio);
    auto *hint = new QLabel(tr("You can change this any time in Settings."), page);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(hint);
    layout->addStretch(1);
    return page;
}

OnboardingDialog::Step OnboardingDialog::currentStep() const
{
    return Step(m_pages->currentIndex());
}

void OnboardingDialog::showStep(Step step)
{
    m_pages->setCurrentIndex(int(step));
    const bool welcome = step == Step::Welcome;
    const bool done = step == Step::Done;
    m_backButton->setVisible(!welcome);
    m_skipButton->setVisible(!done);
    m_skipButton->setText(welcome ? tr("Skip setup") : tr("Skip for now"));
    m_nextButton->setText(welcome ? tr("Get started") : done ? tr("Start using Holdfast") : tr("Next"));
    m_progressLabel->setVisible(!welcome && !done);
    m_progressLabel->setText(tr("Question %1 of %2").arg(int(step)).arg(kQuestionCount));

    QWidget *focus = m_nextButton;
    switch (step) {
    case Step::BreakupDate:
        focus = m_breakupEdit;
        break;
    case Step::LastContact:
        focus = m_lastContactEdit;
        break;
    case Step::StayInTouch:
        focus = m_stayInTouchYesRadio->isChecked() ? m_stayInTouchYesRadio : m_stayInTouchNoRadio;
        break;
    case Step::Reasons:
        focus = m_reasonEdits[0];
        break;
    case Step::Person:
        focus = m_personNameEdit;
        break;
    case Step::CrisisLine:
        focus = m_crisisCountryCombo;
        break;
    case Step::Welcome:
    case Step::Done:
        break;
    }
    focus->setFocus();
}

void OnboardingDialog::syncLastContactToBreakup()
{
    // Until the user sets it, the last contact follows the breakup date.
    if (m_lastContactTouched || !m_lastContactEdit)
        return;
    m_syncing = true;
    m_lastContactEdit->setDateTime(QDateTime(m_breakupEdit->date(), QTime(0, 0)));
    m_syncing = false;
}

void OnboardingDialog::next()
{
    const Step step = currentStep();
    if (step == Step::Done) {
        if (checkEncryptionChoice() && finish() && encryptIfChosen())
            accept();
        return;
    }
    if (step != Step::Welcome)
        m_answered[indexOf(step)] = true;
    showStep(Step(int(step) + 1));
}

void OnboardingDialog::skip()
{
    const Step step = currentStep();
    if (step == Step::Done)
        return;
    if (step == Step::Welcome) {
        // "Skip setup": none of the questions.
        m_answered.fill(false);
        showStep(Step::Done);
        return;
    }
    m_answered[indexOf(step)] = false;
    showStep(Step(int(step) + 1));
}

void OnboardingDialog::back()
{
    const Step step = currentStep();
    if (step != Step::Welcome)
        showStep(Step(int(step) - 1));
}

bool OnboardingDialog::finish()
{
    bool planChanged = false;
    try {
        PlanStore &plan = m_context.store();
        if (m_answered[indexOf(Step::Reasons)]) {
            int position = int(plan.reasons().size());
            for (std::size_t i = 0; i < m_reasonEdits.size(); ++i) {
                const QString text = m_reasonEdits[i]->text().trimmed();
                if (text.isEmpty() || m_reasonSaved[i])
                    continue;
                Reason reason;
                reason.text = text.toStdString();
                reason.position = position++;
                plan.saveReason(reason);
                m_reasonSaved[i] = true;
                planChanged = true;
            }
        }
        if (m_answered[indexOf(Step::Person)] && !m_personSaved && !m_personNameEdit->text().trimmed().isEmpty()) {
            SupportPerson person;
            person.name = m_personNameEdit->text().trimmed().toStdString();
            person.contact = m_personContactEdit->text().trimmed().toStdString();
            person.position = int(plan.supportPeople().size());
            plan.saveSupportPerson(person);
            m_personSaved = true;
            planChanged = true;
        }
        Settings settings = m_context.settings();
        if (m_answered[indexOf(Step::BreakupDate)])
            settings.breakupDate = toLocalDate(m_breakupEdit->date());
        if (m_answered[indexOf(Step::LastContact)])
            settings.noContactSince = fromWallClock(m_lastContactEdit->dateTime(), m_context.clock());
        if (m_answered[indexOf(Step::StayInTouch)])
            settings.lowContact = m_stayInTouchYesRadio->isChecked();
        if (m_answered[indexOf(Step::CrisisLine)]) {
            settings.crisisCountry = m_crisisCountryCombo->country().toStdString();
            settings.crisisText = m_crisisLineEdit->text().trimmed().toStdString();
        }
        settings.onboardingDone = true;
        m_context.saveSettings(settings);
    } catch (const StoreError &error) {
        if (planChanged)
            m_context.notifyChanged(DataKind::Plan);
        m_errorLabel->setText(describeStoreError(error));
        m_errorLabel->show();
        return false;
    }
    m_errorLabel->hide();
    if (planChanged)
        m_context.notifyChanged(DataKind::Plan);
    return true;
}

void OnboardingDialog::reject()
{
    // If saving fails the dialog still closes: the questions come back next time.
    finish();
    QDialog::reject();
}

bool OnboardingDialog::checkEncryptionChoice()
{
    if (!m_encryptCheck->isChecked() || m_encrypted)
        return true;
    const PassphraseProblem problem = PassphraseCheck::check(m_encryptEdit->text().toStdString(),
                                                             m_encryptRepeatEdit->text().toStdString());
    if (problem == PassphraseProblem::None)
        return true;
    m_errorLabel->setText(PassphraseText::problem(problem));
    m_errorLabel->show();
    m_encryptEdit->setFocus();
    return false;
}

bool OnboardingDialog::encryptIfChosen()
{
    if (!m_encryptCheck->isChecked() || m_encrypted)
        return true;
    std::string passphrase = m_encryptEdit->text().toStdString();
    m_errorLabel->setText(tr("Encrypting your data… This takes a moment."));
    m_errorLabel->show();
    m_nextButton->setEnabled(false);
    m_errorLabel->repaint();
    // Deriving the key takes about a second on purpose; the GUI thread owns the store.
    QApplication::setOverrideCursor(Qt::WaitCursor);
    try {
        m_context.store().enableEncryption(passphrase);
        m_encrypted = true;
    } catch (const StoreError &error) {
        m_errorLabel->setText(describeStoreError(error));
    }
    QApplication::restoreOverrideCursor();
    m_nextButton->setEnabled(true);
    SecretText::wipe(passphrase);
    if (!m_encrypted)
        return false; // the passphrase stays typed for another try
    SecretText::wipe(m_encryptEdit);
    SecretText::wipe(m_encryptRepeatEdit);
    m_errorLabel->hide();
    m_context.notifyEncryptionChanged();
    return true;
}

} // namespace holdfast::ui
