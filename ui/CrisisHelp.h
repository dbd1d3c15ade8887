#pragma once

// The one application-wide way to crisis help: F1 in any Holdfast window
// (main window, urge dialog, onboarding, settings, import and export, the
// lock screen, even over another modal dialog) opens the crisis card on top,
// and every dialog and the tray menu carry a "Crisis help" button or entry
// that opens the same card. Owned by AppContext.

#include <QKeySequence>
#include <QObject>
#include <QPointer>

class QAction;
class QPushButton;
class QWidget;

namespace holdfast::ui {

class AppContext;
class CrisisCard;

class CrisisHelp : public QObject
{
    Q_OBJECT

public:
    // Watches the application's key presses for F1 from now on.
    explicit CrisisHelp(AppContext &context, QObject *parent = nullptr);
    ~CrisisHelp() override;

    static QKeySequence key() { return QKeySequence(Qt::Key_F1); }
    // "Crisis help (F1)" for a button or a menu entry.
    static QString buttonText();

    // The card that is open, if any.
    CrisisCard *card() const;
    // A button that opens the card, for a dialog's button row (not the
    // default button: Enter keeps doing what the dialog does).
    QPushButton *makeButton(QWidget *parent);

public Q_SLOTS:
    // Opens the card over `over` (the active window when null), or raises it
    // when it is already open. Returns at once; the card closes itself.
    void show(QWidget *over = nullptr);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    AppContext &m_context;
    QPointer<CrisisCard> m_card;
};

} // namespace holdfast::ui
