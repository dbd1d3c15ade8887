#pragma once

// The calm "Holdfast is locked" form: one passphrase field, Unlock, a clear
// word on a wrong passphrase and the growing pause shown as a countdown. The
// crisis help link stays on it. Used full-window by MainWindow and compact
// inside UnlockDialog.

#include <QWidget>

class QFrame;
class QLabel;
class QLineEdit;
class QPushButton;
class QTimer;

namespace holdfast::ui {

class AppContext;

class LockScreen : public QWidget
{
    Q_OBJECT

public:
    enum class Mode { FullWindow, Compact };

    explicit LockScreen(AppContext &context, QWidget *parent = nullptr, Mode mode = Mode::FullWindow);
    ~LockScreen() override;

    // The field the passphrase is typed into (focus goes here).
    QLineEdit *passphraseEdit() const { return m_passphraseEdit; }

public Q_SLOTS:
    // The Unlock button: tries the typed passphrase unless the pause runs.
    void tryUnlock();
    // Shows the time left of the pause; the 1 s countdown timer calls it.
    void updateCountdown();
    // Empties the field and the message and puts the cursor in the field.
    void reset();
    // Discreet mode: no name, no breakup words, a neutral icon. reset() calls it.
    void applyDiscretion();

Q_SIGNALS:
    void unlocked();
    void crisisHelpRequested();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void showMessage(const QString &text);

    AppContext &m_context;
    QLineEdit *m_passphraseEdit = nullptr;
    QPushButton *m_unlockButton = nullptr;
    QLabel *m_messageLabel = nullptr;
    QLabel *m_waitLabel = nullptr;
    QPushButton *m_crisisButton = nullptr;
    QTimer *m_countdownTimer = nullptr;
    QLabel *m_iconLabel = nullptr;      // full window only
    QLabel *m_headingLabel = nullptr;   // full window only
    QLabel *m_panicNoteLabel = nullptr; // full window only
};

} // namespace holdfast::ui
