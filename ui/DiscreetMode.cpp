#include "ui/DiscreetMode.h"

namespace holdfast::ui {

QString DiscreetMode::name()
{
    return tr("Journal", "the app's name in discreet mode");
}

QString DiscreetMode::defaultPanicLabel()
{
    return tr("Take a moment");
}

QString DiscreetMode::panicLabel(const Settings &settings)
{
    const QString own = QString::fromStdString(settings.panicLabel).simplified();
    return own.isEmpty() ? defaultPanicLabel() : own;
}

QString DiscreetMode::logMenuText()
{
    return tr("&Log a message…");
}

QString DiscreetMode::logTitle()
{
    return tr("Log a message");
}

QIcon DiscreetMode::icon()
{
    return QIcon(QStringLiteral(":/icons/discreet-notebook.svg"));
}

} // namespace holdfast::ui
