#include "ui/TrayIcon.h"

#include "model/EveningLookBack.h"
#include "model/MorningReminder.h"
#include "model/StoreError.h"
#include "ui/AppContext.h"
#include "ui/CrisisHelp.h"
#include "ui/DiscreetMode.h"
#include "ui/MainWindow.h"

#include <QApplication>
#include <QMenu>
#include <QSystemTrayIcon>
#include <QTimer>

namespace holdfast::ui {

TrayIcon::TrayIcon(AppContext &context, MainWindow &window, QObject *parent)
    : QObject(parent), m_context(context), m_window(window)
{
    m_menu = new QMenu();
    m_menu->setObjectName(QStringLiteral("trayMenu"));
    QAction *panic = m_menu->addAction(QString(), &m_window, &MainWindow::openUrgeDialog);
    panic->setObjectName(QStringLiteral("trayPanicAction"));
    QAction *crisis = m_menu->addAction(tr("Crisis help"), this, [this] { m_context.crisisHelp().show(&m_window); });
    crisis->setObjectName(QStringLiteral("trayCrisisAction"));
    QAction *checkIn = m_menu->addAction(tr("Morning check-in"), &m_window, &MainWindow::openMorningCheckIn);
    checkIn->setObjectName(QStringLiteral("trayCheckInAction"));
    QAction *lookBack = m_menu->addAction(tr("Evening look back"), &m_window, &MainWindow::openLookBack);
    lookBack->setObjectName(QStringLiteral("trayLookBackAction"));
    QAction *open = m_menu->addAction(QString(), &m_window, &MainWindow::raiseWindow);
    open->setObjectName(QStringLiteral("trayOpenAction"));
    m_menu->addSeparator();
    QAction *quit = m_menu->addAction(tr("Quit"), qApp, &QApplication::quit);
    quit->setObjectName(QStringLiteral("trayQuitAction"));

    m_tray = new QSystemTrayIcon(this);
    m_tray->setContextMenu(m_menu);
    applyDiscretion();
    connect(&m_context, &AppContext::dataChanged, this, [this](DataKind kind) {
        if (kind == DataKind::Settings || kind == DataKind::All)
            applyDiscretion();
    });
    connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
            m_window.raiseWindow();
    });
    // The notification shown last is the one clicked.
    connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
        if (m_lastShown == Shown::LookBack)
            m_window.openLookBack();
        else
            m_window.openMorningCheckIn();
    });
    if (QSystemTrayIcon::isSystemTrayAvailable())
        m_tray->show();

    m_timer = new QTimer(this);
    m_timer->setInterval(60 * 1000);
    connect(m_timer, &QTimer::timeout, this, &TrayIcon::checkMorningReminder);
    connect(m_timer, &QTimer::timeout, this, &TrayIcon::checkLookBackReminder);
    m_timer->start();
}

TrayIcon::~TrayIcon()
{
    delete m_menu;
}

bool TrayIcon::isAvailable() const
{
    return QSystemTrayIcon::isSystemTrayAvailable();
}

QString TrayIcon::toolTip() const
{
    return m_tray->toolTip();
}

QIcon TrayIcon::icon() const
{
    return m_tray->icon();
}

void TrayIcon::applyDiscretion()
{
    const Settings &settings = m_context.settings();
    const bool discreet = settings.discreet;
    m_tray->setIcon(discreet ? DiscreetMode::icon() : QIcon(QStringLiteral(":/icons/holdfast-tray.svg")));
    m_tray->setToolTip(discreet ? DiscreetMode::name() : tr("Holdfast"));
    if (auto *panic = m_menu->findChild<QAction *>(QStringLiteral("trayPanicAction")))
        panic->setText(discreet ? DiscreetMode::panicLabel(settings) : tr("I want to text my ex"));
    if (auto *lookBack = m_menu->findChild<QAction *>(QStringLiteral("trayLookBackAction")))
        lookBack->setVisible(settings.lookBack);
    if (auto *open = m_menu->findChild<QAction *>(QStringLiteral("trayOpenAction")))
        open->setText(discreet ? tr("Open") : tr("Open Holdfast"));
}

void TrayIcon::checkMorningReminder()
{
    const Moment now = m_context.clock().now();
    bool checkedIn = false;
    try {
        checkedIn = m_context.store().checkIn(now.localDate).has_value();
    } catch (const StoreError &) {
        return; // a reminder is not worth an error dialog
    }
    if (!MorningReminder::isDue(now, m_context.settings().morningReminderMinute, checkedIn, m_lastRemindedOn))
        return;
    m_lastRemindedOn = now.localDate;
    if (m_tray->isVisible()) {
        m_lastShown = Shown::CheckIn;
        m_tray->showMessage(tr("Good morning"), tr("How did you sleep? Your morning check-in takes a minute."),
                            m_tray->icon());
    }
}

bool TrayIcon::checkLookBackReminder()
{
    const Moment now = m_context.clock().now();
    const LocalDate day = EveningLookBack::dayOf(now);
    const Settings &settings = m_context.settings();
    if (!EveningLookBack::isDue(now, settings, false, m_lookBackRemindedFor))
        return false; // checked first: most minutes of the day this reads nothing
    bool lookedBack = false;
    try {
        lookedBack = m_context.store().lookBack(day).has_value();
    } catch (const StoreError &) {
        return false; // a reminder is not worth an error dialog
    }
    if (lookedBack)
        return false;
    m_lookBackRemindedFor = day;
    if (!m_tray->isVisible())
        return false;
    m_lastShown = Shown::LookBack;
    // The same words in discreet mode: they say nothing about anyone.
    m_tray->showMessage(tr("Good evening"), tr("How was today? A minute to look back before you sleep."),
                        m_tray->icon());
    return true;
}

} // namespace holdfast::ui
