#pragma once

// The main window: side navigation between the screens, the "I want to text
// my ex" button that is visible on all of them, and the menus.

#include <QMainWindow>
#include <QPointer>
#include <QString>

class QListWidget;
class QPushButton;
class QStackedWidget;

namespace holdfast::ui {

class AppContext;

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
    // The folder the store lives in, shown in Settings.
    void setDataDir(const QString &dataDir);

public Q_SLOTS:
    void showScreen(holdfast::ui::Screen screen);
    // Opens the urge dialog at once, or raises it when it is already open.
    void openUrgeDialog();
    void showCrisisCard();
    void openSettings();
    void openMorningCheckIn();
    // Brings the window to the front (second launch, tray).
    void raiseWindow();

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyAccent();
    void buildNavigation();
    void buildMenus();
    QWidget *createScreen(Screen screen);

    AppContext &m_context;
    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_screens = nullptr;
    QPushButton *m_panicButton = nullptr;
    QPointer<QDialog> m_urgeDialog;
    QString m_dataDir;
};

} // namespace holdfast::ui
