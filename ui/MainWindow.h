#pragma once

// The main window: side navigation between the screens, the "I want to text
// my ex" button that is visible on all of them, and the menus.

#include <QMainWindow>
#include <QPointer>
#include <QString>

#include <array>
#include <optional>

class QCloseEvent;
class QHBoxLayout;
class QLabel;
class QListWidget;
class QPushButton;
class QStackedWidget;

namespace holdfast::ui {

class AppContext;
class BackupCatalog;
class LockController;
class LockScreen;

enum class Screen { Dashboard = 0, Journal, Review, Plan };

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(AppContext &context, QWidget *parent = nullptr);
    ~MainWindow() override;

    Screen currentScreen() const;
    QWidget *screenWidget(Screen screen) const;
    // The open urge dialog, if any (tests and the single-instance handler use it).
    QDialog *urgeDialog() const;
    // The folder the store lives in, shown in Settings; no export is written into it.
    void setDataDir(const QString &dataDir);
    // One calm line along the bottom of the window that stays (e.g. "nothing you do now is kept").
    void showNotice(const QString &text);
    // Settings › Backups lists and restores through this (not owned; may be null).
    void setBackupCatalog(BackupCatalog *catalog);
    // Shown instead of the screens while the store is locked; null until it first is.
    LockScreen *lockScreen() const { return m_lockScreen; }
    LockController *lockController() const { return m_lockController; }
    bool isShowingLockScreen() const;

public Q_SLOTS:
    void showScreen(holdfast::ui::Screen screen);
    // Puts the keyboard focus into the screen (its first control), as Ctrl+1..4 do.
    void focusScreen(holdfast::ui::Screen screen);
    // Opens the urge dialog at once, or raises it when it is already open.
    void openUrgeDialog();
    void showCrisisCard();
    void openSettings();
    void openMorningCheckIn();
    // The evening look back for tonight (raised when it is open already).
    void openLookBack();
    // Brings the window to the front (second launch, tray).
    void raiseWindow();
    // Saves open drafts, drops the screens (and the text in them) and locks
    // the store. False, and nothing locked, when a draft could not be saved
    // or the store is not encrypted and unlocked.
    bool lockNow();
    // Saves what is typed in the journal and the morning check-in (one that
    // has its two numbers); false when the store refused a draft (it stays
    // in its editor, which says why).
    bool saveDrafts();
    // Locks when encrypted and hides every window of the app at once (to the
    // tray; minimised when there is no tray).
    void quickHide();

    // --- discreet mode (Settings › Privacy) ---
    // Shows the neutral name, icon and panic label, or Holdfast's own, as the
    // settings say; at start and whenever the settings change.
    void applyDiscretion();

protected:
    void changeEvent(QEvent *event) override;
    // Closes only once what is typed is kept: saved, or let go by the user.
    void closeEvent(QCloseEvent *event) override;

private:
    void applyAccent();
    void buildNavigation();
    QWidget *createScreen(Screen screen);
    void buildScreens();
    // The screen's page, built on first use; nullptr while locked.
    QWidget *ensureScreen(Screen screen);
    // The page only if it has been built (nothing to save in one that was never shown).
    QWidget *builtScreen(Screen screen) const;
    void setUpLock();
    void showLockState(bool locked);
    LockScreen *ensureLockScreen();
    // The screen whose draft the store refused, if any; the others are saved.
    std::optional<Screen> saveDraftsOf();
    // Says, without waiting for an answer, why the window stays open.
    void explainStayingOpen(Screen screen);
    void askBeforeDroppingCheckIn();
    // The panic button's text, on two lines when long, and the sidebar's width to fit it.
    void setPanicText(const QString &text);
    // "Holdfast", or the neutral name in discreet mode (message titles).
    QString appName() const;

    AppContext &m_context;
    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_screens = nullptr;
    std::array<bool, 4> m_built{}; // per Screen: page built (else a placeholder)
    QPushButton *m_panicButton = nullptr;
    QWidget *m_sidebar = nullptr;
    QLabel *m_titleLabel = nullptr;
    bool m_discreetShown = false; // as last applied, so a change is noticed
    QPointer<QDialog> m_urgeDialog;
    QString m_dataDir;
    BackupCatalog *m_backupCatalog = nullptr;
    QHBoxLayout *m_centralLayout = nullptr;
    LockScreen *m_lockScreen = nullptr; // built when first locked (ensureLockScreen)
    LockController *m_lockController = nullptr;
    Screen m_screenWhileLocked = Screen::Dashboard;
    bool m_dropCheckInOnClose = false; // the user chose to close without an incomplete check-in
};

} // namespace holdfast::ui
