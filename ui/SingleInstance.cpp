#include "ui/SingleInstance.h"

#include <QCryptographicHash>
#include <QDir>
#include <QLocalServer>
#include <QLocalSocket>
#include <QStandardPaths>

namespace holdfast::ui {

namespace {

constexpr int kMaxMessage = 256;

} // namespace

SingleInstance::SingleInstance(const QString &dataDir, QObject *parent) : QObject(parent)
{
    const QByteArray key = QCryptographicHash::hash(QDir(dataDir).absolutePath().toUtf8(), QCryptographicHash::Sha256).toHex().left(16);
    const QString name = QStringLiteral("holdfast-") + QString::fromLatin1(key);
#ifdef Q_OS_UNIX
    QString runtime = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    if (runtime.isEmpty())
        runtime = QDir::tempPath();
    m_serverName = runtime + u'/' + name + QStringLiteral(".sock");
#else
    m_serverName = name;
#endif
}

SingleInstance::~SingleInstance() = default;

bool SingleInstance::sendToRunning(const QByteArray &message, int timeoutMs) const
{
    QLocalSocket socket;
    socket.connectToServer(m_serverName);
    if (!socket.waitForConnected(timeoutMs))
        return false;
    socket.write(message + '\n');
    if (!socket.waitForBytesWritten(timeoutMs))
        return false;
    // Wait for the running instance to acknowledge, so the caller knows it acted.
    if (!socket.waitForReadyRead(timeoutMs))
        return false;
    return socket.readAll().startsWith("ok");
}

bool SingleInstance::listen()
{
    if (m_server)
        return true;
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!m_server->listen(m_serverName)) {
        // Nothing answered (the caller checked), so whatever is there was left by a crash.
        QLocalServer::removeServer(m_serverName);
        if (!m_server->listen(m_serverName)) {
            delete m_server;
            m_server = nullptr;
            return false;
        }
    }
    connect(m_server, &QLocalServer::newConnection, this, &SingleInstance::readConnection);
    return true;
}

void SingleInstance::readConnection()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
            if (!socket->canReadLine()) {
                if (socket->bytesAvailable() > kMaxMessage)
                    socket->abort();
                return;
            }
            const QByteArray message = socket->readLine(kMaxMessage).trimmed();
            socket->write("ok\n");
            socket->flush();
            Q_EMIT messageReceived(message);
        });
    }
}

} // namespace holdfast::ui
