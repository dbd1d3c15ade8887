#pragma once

// Keeps one Holdfast per data folder: a second launch hands its request
// ("raise", "panic") to the running instance over a local socket in the
// user's runtime folder, readable by the owner only.

#include <QObject>

class QLocalServer;

namespace holdfast::ui {

class SingleInstance : public QObject
{
    Q_OBJECT

public:
    // One instance per data folder, so a demo or a test never talks to the real app.
    explicit SingleInstance(const QString &dataDir, QObject *parent = nullptr);
    ~SingleInstance() override;

    QString serverName() const { return m_serverName; }
    // Hands `message` to a running instance; false when none answers.
    bool sendToRunning(const QByteArray &message, int timeoutMs = 1000) const;
    // Becomes the running instance. A socket left behind by a crash is removed first.
    bool listen();

Q_SIGNALS:
    void messageReceived(const QByteArray &message);

private:
    void readConnection();

    QString m_serverName;
    QLocalServer *m_server = nullptr;
};

} // namespace holdfast::ui
