#pragma once

// The first-run welcome: what Holdfast is, then a few optional questions
// (breakup date, last contact, whether they still need to be in touch, three
// reasons, one person, a crisis line), and at the end an
// offer to protect it all with a passphrase (off by default). Every step can be
// skipped; the answers are saved at the end and stay editable in Plan and Settings.

#include <QDialog>

#include <array>

class QCheckBox;
class QDateEdit;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QStackedWidget;

namespace holdfast::ui {

class AppContext;
class CrisisCountryCombo;

class OnboardingDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Step { Welcome, BreakupDate, LastContact, StayInTouch, Reasons, Person, CrisisLine, Done };

    explicit OnboardingDialog(AppContext &context, QWidget *parent = nullptr);
    ~OnboardingDialog() override;

    // Shows the dialog when onboarding has not been done yet. True when it was shown.
    static bool runIfNeeded(AppContext &context, QWidget *parent);

    Step currentStep() const;

public Q_SLOTS:
    // Keeps this step's answers and moves on (on the last step: finish()).
    void next();
    // Moves on without this step's answers.
    void skip();
    void back();
    // Saves the answers kept so far and marks onboarding as done. Stays open,
    // with the answers, when saving fails.
    bool finish();
    // Closing early keeps what was answered and does not ask again.
    void reject() override;

private:
    QWidget *buildWelcomePage();
    QWidget *buildBreakupPage();
    QWidget *buildLastContactPage();
    QWidget *buildStayInTouchPage();
    QWidget *buildReasonsPage();
    QWidget *buildPersonPage();
    QWidget *buildCrisisPage();
    QWidget *buildDonePage();
    QWidget *makePage(const QString &heading, const QString &body);
    void showStep(Step step);
    void syncLastContactToBreakup();
    // The passphrase offer on the last page: false (with a message) when it
    // is ticked and the passphrase does not do; encrypts once the rest is saved.
    bool checkEncryptionChoice();
    bool encryptIfChosen();

    AppContext &m_context;
    QStackedWidget *m_pages = nullptr;
    QLabel *m_progressLabel = nullptr;
    QLabel *m_errorLabel = nullptr;
    QPushButton *m_backButton = nullptr;
    QPushButton *m_skipButton = nullptr;
    QPushButton *m_nextButton = nullptr;

    QDateEdit *m_breakupEdit = nullptr;
    QDateTimeEdit *m_lastContactEdit = nullptr;
    // Low-contact mode (issue 14): "Do you still need to be in touch?"
    QRadioButton *m_stayInTouchYesRadio = nullptr;
    QRadioButton *m_stayInTouchNoRadio = nullptr;
    std::array<QLineEdit *, 3> m_reasonEdits{};
    QLineEdit *m_personNameEdit = nullptr;
    QLineEdit *m_personContactEdit = nullptr;
    CrisisCountryCombo *m_crisisCountryCombo = nullptr;
    QLineEdit *m_crisisLineEdit = nullptr;

    // Which steps the user answered with "Next" (indexed by Step).
    std::array<bool, std::size_t(Step::Done) + 1> m_answered{};
    bool m_lastContactTouched = false;
    bool m_syncing = false;
    // Parts already committed, so a retry after an error writes nothing twice.
    std::array<bool, 3> m_reasonSaved{};
    bool m_personSaved = false;

    QCheckBox *m_encryptCheck = nullptr;
    QWidget *m_encryptBox = nullptr;
    QLineEdit *m_encryptEdit = nullptr;
    QLineEdit *m_encryptRepeatEdit = nullptr;
    bool m_encrypted = false;
};

} // namespace holdfast::ui
