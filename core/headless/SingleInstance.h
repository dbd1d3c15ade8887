#pragma once

// Keeps one Holdfast per data folder: a second launch hands its request
// ("raise", "panic") to the running instance over a local socket in the
// user's runtime folder, readable by the owner only. Command-line work that
// writes (an import) is asked of the running instance and answered by it, so
// one process writes to a data folder and the window shows what changed.
// The folder is named by its canonical path: a link to it is the same folder.
// A hand-off carries the desktop's activation token of the second launch
// (XDG_ACTIVATION_TOKEN on Wayland, DESKTOP_STARTUP_ID on X11), so the window
// raised for it is allowed to take the focus.

#include <QByteArray>
#include <QObject>

#include <functional>
#include <optional>

class QLocalServer;

namespace holdfast::ui {

class SingleInstance : public QObject
{
    Q_OBJECT

public:
    // One instance per data folder, so a demo or a test never talks to the real app.
    explicit SingleInstance(const QString &dataDir, QObject *parent = nullptr);
    ~SingleInstance() override;

    // A "raise" or "panic" line and the token the desktop gave this launch.
    struct HandOff
    {
        QByteArray command;
        QByteArray activationToken; // empty when the desktop gave none
    };
    // The line a second launch sends for `command`, with this process's activation token.
    static QByteArray handOffMessage(const QByteArray &command);
    static HandOff parseHandOff(const QByteArray &message);
    // Lets the next window this process activates use `token` (Wayland's
    // xdg-activation reads it from XDG_ACTIVATION_TOKEN); nothing when empty.
    static void useActivationToken(const QByteArray &token);

    QString serverName() const { return m_serverName; }
    // Hands `message` to a running instance; false when none answers.
    bool sendToRunning(const QByteArray &message, int timeoutMs = 1000) const;
    // Becomes the running instance. A socket left behind by a crash is removed first.
    bool listen();

    // A request that needs an answer: the running instance's handler answers.
    // Nothing when no instance is running (or none answers in `answerMs`).
    std::optional<QByteArray> ask(const QByteArray &request, int answerMs = 30 * 60 * 1000) const;
    // What answers ask() in this (running) instance; called on its thread.
    using RequestHandler = std::function<QByteArray(const QByteArray &request)>;
    void setRequestHandler(RequestHandler handler) { m_handler = std::move(handler); }

Q_SIGNALS:
    void messageReceived(const QByteArray &message);

private:
    void readConnection();

    QString m_serverName;
    QLocalServer *m_server = nullptr;
    RequestHandler m_handler;
};

} // namespace holdfast::ui
