#pragma once

// Ctrl+U, "I want to text my ex", from every Holdfast window and field. A
// one-line text field binds the same key to "delete the line" (X11) and would
// take it first, erasing what the person typed at the moment they need help;
// so the application takes the key before any widget or window shortcut does,
// over modal dialogs too, and asks for the urge dialog (panicRequested).
// Owned by AppContext, like CrisisHelp for F1.

#include <QKeySequence>
#include <QObject>

class QKeyEvent;

namespace holdfast::ui {

class AppContext;

class PanicKey : public QObject
{
    Q_OBJECT

public:
    // Watches the application's keys for Ctrl+U from now on.
    explicit PanicKey(AppContext &context, QObject *parent = nullptr);
    ~PanicKey() override;

    static QKeySequence key() { return QKeySequence(Qt::CTRL | Qt::Key_U); }
    static bool matches(const QKeyEvent &event);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    AppContext &m_context;
};

} // namespace holdfast::ui
