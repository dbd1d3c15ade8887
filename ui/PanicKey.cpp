#include "ui/PanicKey.h"

#include "ui/AppContext.h"

#include <QCoreApplication>
#include <QKeyEvent>

namespace holdfast::ui {

PanicKey::PanicKey(AppContext &context, QObject *parent) : QObject(parent), m_context(context)
{
    if (QCoreApplication::instance())
        QCoreApplication::instance()->installEventFilter(this);
}

PanicKey::~PanicKey()
{
    if (QCoreApplication::instance())
        QCoreApplication::instance()->removeEventFilter(this);
}

bool PanicKey::matches(const QKeyEvent &event)
{
    return event.key() == Qt::Key_U && (event.modifiers() & ~Qt::KeypadModifier) == Qt::ControlModifier;
}

bool PanicKey::eventFilter(QObject *watched, QEvent *event)
{
    const QEvent::Type type = event->type();
    if (type != QEvent::ShortcutOverride && type != QEvent::KeyPress)
        return QObject::eventFilter(watched, event);
    auto *key = static_cast<QKeyEvent *>(event);
    if (!matches(*key))
        return QObject::eventFilter(watched, event);
    if (type == QEvent::ShortcutOverride) {
        // Accepted: no shortcut runs (a field's own "delete line" included),
        // and the key comes back as a key press, handled below.
        event->accept();
        return true;
    }
    // The window system sends the press to the window first and then to the
    // focused widget: acting on the widget's copy alone opens the dialog once.
    if (!watched->isWidgetType())
        return false;
    if (!key->isAutoRepeat())
        Q_EMIT m_context.panicRequested();
    return true;
}

} // namespace holdfast::ui
