#include "headless/SingleInstance.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>
#include <QStandardPaths>

#include <algorithm>

namespace holdfast::ui {

namespace {

// "raise" or "panic", a space and an activation token.
constexpr int kMaxMessage = 1024;
constexpr int kMaxToken = 900;
// An ask() request carries a file path and options (base64 on one line).
constexpr int kMaxRequest = 64 * 1024;
const QByteArray kAsk = QByteArrayLiteral("ask ");
const QByteArray kAnswer = QByteArrayLiteral("answer ");

// The same folder by whatever path it is given: links and ".." resolved.
QString folderKey(const QString &dataDir)
{
    const QString canonical = QFileInfo(dataDir).canonicalFilePath();
    return canonical.isEmpty() ? QDir::cleanPath(QDir(dataDir).absolutePath()) : canonical;
}

// A token is opaque printable ASCII; anything else is not one.
bool isToken(const QByteArray &token)
{
    return !token.isEmpty() && token.size() <= kMaxToken
        && std::all_of(token.begin(), token.end(), [](char c) { return c > ' ' && c < 127; });
}

} // namespace

QByteArray SingleInstance::handOffMessage(const QByteArray &command)
{
    QByteArray token = qgetenv("XDG_ACTIVATION_TOKEN");
    if (!isToken(token))
        token = qgetenv("DESKTOP_STARTUP_ID");
    return isToken(token) ? command + ' ' + token : command;
}

SingleInstance::HandOff SingleInstance::parseHandOff(const QByteArray &message)
{
    const qsizetype space = message.indexOf(' ');
    if (space < 0)
        return {message, {}};
    const QByteArray token = message.mid(space + 1);
    return {message.left(space), isToken(token) ? token : QByteArray()};
}

void SingleInstance::useActivationToken(const QByteArray &token)
{
    if (!isToken(token))
        return;
    // Qt's Wayland window hands this to the compositor on the next
    // activation request, then clears it. On X11 the window manager raises
    // a window that asks without a token anyway.
    qputenv("XDG_ACTIVATION_TOKEN", token);
}

SingleInstance::SingleInstance(const QString &dataDir, QObject *parent) : QObject(parent)
{
    const QByteArray key = QCryptographicHash::hash(folderKey(dataDir).toUtf8(), QCryptographicHash::Sha256).toHex().left(16);
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

std::optional<QByteArray> SingleInstance::ask(const QByteArray &request, int answerMs) const
{
    QLocalSocket socket;
    socket.connectToServer(m_serverName);
    if (!socket.waitForConnected(1000))
        return std::nullopt;
    socket.write(kAsk + request.toBase64() + '\n');
    if (!socket.waitForBytesWritten(1000))
        return std::nullopt;
    QByteArray received;
    while (!received.contains('\n')) {
        if (!socket.waitForReadyRead(answerMs))
            return std::nullopt;
        received += socket.readAll();
    }
    const QByteArray line = received.left(received.indexOf('\n'));
    if (!line.startsWith(kAnswer))
        return std::nullopt;
    return QByteArray::fromBase64(line.mid(kAnswer.size()));
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
                if (socket->bytesAvailable() > kMaxRequest)
                    socket->abort();
                return;
            }
            const QByteArray message = socket->readLine(kMaxRequest + 1).trimmed();
            if (message.startsWith(kAsk)) {
                const QByteArray answer = m_handler ? m_handler(QByteArray::fromBase64(message.mid(kAsk.size())))
                                                    : QByteArray();
                socket->write(kAnswer + answer.toBase64() + '\n');
                socket->flush();
                return;
            }
            if (message.size() > kMaxMessage) {
                socket->abort();
                return;
            }
            socket->write("ok\n");
            socket->flush();
            Q_EMIT messageReceived(message);
        });
    }
}

} // namespace holdfast::ui
