#include "ui/lock/LockController.h"

#include "ui/AppContext.h"

#include <QCoreApplication>
#include <QEvent>
#include <QTimer>

#include <algorithm>

namespace holdfast::ui {

namespace {

// Wakes at least this often, so a clock change (suspend, a new time zone)
// cannot keep the lock waiting for hours.
constexpr std::int64_t kLongestWaitMs = 60'000;

bool isInput(QEvent::Type type)
{
    switch (type) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
    case QEvent::TabletPress:
        return true;
    default:
        return false;
    }
}

} // namespace

LockController::LockController(AppContext &context, QObject *parent)
    : QObject(parent), m_context(context), m_idle(context.clock())
{
    m_timer = new QTimer(this);
    m_timer->setObjectName(QStringLiteral("autoLockTimer"));
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &LockController::checkIdle);
    connect(&m_context, &AppContext::lockChanged, this, &LockController::rearm);
    connect(&m_context, &AppContext::encryptionChanged, this, &LockController::rearm);
    connect(&m_context, &AppContext::dataChanged, this, [this](DataKind kind) {
        if (kind == DataKind::Settings || kind == DataKind::All)
            rearm();
    });
    if (QCoreApplication *app = QCoreApplication::instance())
        app->installEventFilter(this);
    rearm();
}

LockController::~LockController()
{
    if (QCoreApplication *app = QCoreApplication::instance())
        app->removeEventFilter(this);
}

bool LockController::isArmed() const
{
    return m_timer->isActive();
}

void LockController::noteActivity()
{
    m_idle.noteActivity();
}

bool LockController::eventFilter(QObject *watched, QEvent *event)
{
    // Cheap on purpose: it sees every event of the app. The timer is not
    // restarted here; checkIdle() reads how long ago the last input was.
    if (isInput(event->type()))
        m_idle.noteActivity();
    return QObject::eventFilter(watched, event);
}

void LockController::rearm()
{
    const bool wanted = m_context.store().encryptionState() == EncryptionState::Unlocked
        && m_context.settings().autoLockMinutes > 0;
    m_idle.setMinutes(wanted ? m_context.settings().autoLockMinutes : 0);
    if (!wanted) {
        m_timer->stop();
        return;
    }
    // Unlocking or changing the setting is input too: a full wait from now.
    m_idle.noteActivity();
    m_timer->start(int(std::min(m_idle.msUntilDue(), kLongestWaitMs)));
}

void LockController::checkIdle()
{
    const std::int64_t left = m_idle.msUntilDue();
    if (left < 0 || m_context.store().encryptionState() != EncryptionState::Unlocked) {
        m_timer->stop();
        return;
    }
    if (left == 0) {
        m_timer->stop();
        Q_EMIT lockDue();
        // Still unlocked (a draft could not be saved): try again in a while.
        if (m_context.store().encryptionState() == EncryptionState::Unlocked)
            m_timer->start(int(kLongestWaitMs));
        return;
    }
    m_timer->start(int(std::min(left, kLongestWaitMs)));
}

} // namespace holdfast::ui
