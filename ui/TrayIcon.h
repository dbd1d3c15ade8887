#pragma once

// The system tray entry: the urge dialog, the morning check-in, the evening
// look back, opening and quitting Holdfast, and the morning and evening
// reminders as tray notifications.

#include "model/LocalDate.h"

#include <QObject>

#include <optional>

class QIcon;
class QSystemTrayIcon;
class QTimer;
class QMenu;

namespace holdfast::ui {

class AppContext;
class MainWindow;

class TrayIcon : public QObject
{
    Q_OBJECT

public:
    TrayIcon(AppContext &context, MainWindow &window, QObject *parent = nullptr);
    ~TrayIcon() override;

    QMenu *menu() const { return m_menu; }
    bool isAvailable() const;
    // The tooltip as the desktop shows it.
    QString toolTip() const;
    QIcon icon() const;

    // Discreet mode: a notebook icon, "Journal" and the person's own panic
    // label; Holdfast's own when the mode is off. At start and on every change.
    void applyDiscretion();

public Q_SLOTS:
    // Shows the morning reminder when it is due; the minute timer calls it.
    void checkMorningReminder();
    // Shows the evening look back's reminder when it is due (the minute timer
    // calls it too). True when it was shown.
    bool checkLookBackReminder();

private:
    AppContext &m_context;
    MainWindow &m_window;
    QSystemTrayIcon *m_tray = nullptr;
    QMenu *m_menu = nullptr;
    QTimer *m_timer = nullptr;
    std::optional<LocalDate> m_lastRemindedOn;
    std::optional<LocalDate> m_lookBackRemindedFor; // the day looked back on
    enum class Shown { CheckIn, LookBack };
    Shown m_lastShown = Shown::CheckIn;
};

} // namespace holdfast::ui
