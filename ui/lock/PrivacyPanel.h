#pragma once

// Settings › Privacy: encryption on or off, the passphrase, and auto-lock.
// The passphrase actions take effect at once (each shows that it is working
// and then its result); the auto-lock minutes and discreet mode are saved
// with the dialog.

#include <QWidget>

class QCheckBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace holdfast::ui {

class AppContext;

class PrivacyPanel : public QWidget
{
    Q_OBJECT

public:
    explicit PrivacyPanel(AppContext &context, QWidget *parent = nullptr);
    ~PrivacyPanel() override;

    // 0 is never. Part of the settings the dialog saves.
    int autoLockMinutes() const;
    void setAutoLockMinutes(int minutes);
    // Discreet mode and the panic button's label in it (empty: the default).
    // Part of the settings the dialog saves.
    bool discreet() const;
    void setDiscreet(bool on);
    QString panicLabel() const;
    void setPanicLabel(const QString &label);

public Q_SLOTS:
    // Each checks what was typed, asks the store, and says how it went. On
    // an error the typed text stays; on success the fields are emptied.
    bool turnOn();
    bool changePassphrase();
    bool turnOff();
    // Shows the sections that fit the store's current state.
    void refresh();

private:
    QGroupBox *buildTurnOnBox();
    QGroupBox *buildChangeBox();
    QGroupBox *buildTurnOffBox();
    QLineEdit *makePassphraseEdit(const QString &objectName, const QString &accessibleName, QWidget *parent);
    QLabel *makeMessageLabel(const QString &objectName, QWidget *parent);
    // Runs a slow store call with a busy cursor and the button disabled.
    template<typename Call>
    bool runBusy(QPushButton *button, QLabel *message, const QString &working, Call call);
    void showResult(const QString &text);

    AppContext &m_context;
    QLabel *m_stateLabel = nullptr;
    QLabel *m_resultLabel = nullptr;
    QSpinBox *m_autoLockSpin = nullptr;
    QLabel *m_autoLockHint = nullptr;
    QCheckBox *m_discreetCheck = nullptr;
    QLineEdit *m_panicLabelEdit = nullptr;

    QGroupBox *m_turnOnBox = nullptr;
    QLineEdit *m_newEdit = nullptr;
    QLineEdit *m_repeatEdit = nullptr;
    QPushButton *m_turnOnButton = nullptr;
    QLabel *m_turnOnMessage = nullptr;

    QGroupBox *m_changeBox = nullptr;
    QLineEdit *m_currentEdit = nullptr;
    QLineEdit *m_changeNewEdit = nullptr;
    QLineEdit *m_changeRepeatEdit = nullptr;
    QPushButton *m_changeButton = nullptr;
    QLabel *m_changeMessage = nullptr;

    QGroupBox *m_turnOffBox = nullptr;
    QLineEdit *m_turnOffEdit = nullptr;
    QPushButton *m_turnOffButton = nullptr;
    QLabel *m_turnOffMessage = nullptr;
};

} // namespace holdfast::ui
