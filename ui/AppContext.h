#pragma once

// What every screen needs: the store, the clock, and one place that tells
// the other screens when data they show has changed.

#include "model/Clock.h"
#include "model/Store.h"

#include <QObject>

namespace holdfast::ui {

enum class DataKind { Urges, Contacts, CheckIns, Journal, UnsentMessages, Plan, Settings, All };

class AppContext : public QObject
{
    Q_OBJECT

public:
    AppContext(Store &store, const Clock &clock, QObject *parent = nullptr);

    Store &store() const { return m_store; }
    const Clock &clock() const { return m_clock; }
    // Settings are read often and change rarely: cached here, written through.
    const Settings &settings() const { return m_settings; }
    // Saves and, once committed, tells everyone. Throws StoreError like the store.
    void saveSettings(const Settings &settings);
    void reloadSettings();

    // Screens call this after a committed write so the others refresh.
    void notifyChanged(DataKind kind);

Q_SIGNALS:
    void dataChanged(holdfast::ui::DataKind kind);
    // Asks the main window to open the urge dialog (tray, shortcut, second launch).
    void panicRequested();

private:
    Store &m_store;
    const Clock &m_clock;
    Settings m_settings;
};

} // namespace holdfast::ui
