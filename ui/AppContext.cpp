#include "ui/AppContext.h"

namespace holdfast::ui {

AppContext::AppContext(Store &store, const Clock &clock, QObject *parent)
    : QObject(parent), m_store(store), m_clock(clock), m_settings(store.settings())
{
}

void AppContext::saveSettings(const Settings &settings)
{
    m_store.saveSettings(settings);
    m_settings = settings;
    notifyChanged(DataKind::Settings);
}

void AppContext::reloadSettings()
{
    m_settings = m_store.settings();
    notifyChanged(DataKind::All);
}

void AppContext::notifyChanged(DataKind kind)
{
    Q_EMIT dataChanged(kind);
}

} // namespace holdfast::ui
