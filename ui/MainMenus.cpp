#include "ui/MainMenus.h"

#include "ui/AppContext.h"
#include "ui/CrisisCard.h"
#include "ui/CrisisHelp.h"
#include "ui/DiscreetMode.h"
#include "ui/MainWindow.h"
#include "ui/PanicKey.h"
#include "ui/contact/LogContactDialog.h"
#include "ui/exchange/ExportDialog.h"
#include "ui/exchange/ImportDialog.h"

#include <QAction>
#include <QApplication>
#include <QKeySequence>
#include <QMenu>
#include <QMenuBar>

#include <utility>

namespace holdfast::ui {

void MainMenus::build(MainWindow &window, AppContext &context, std::function<QString()> dataDir)
{
    QMenu *fileMenu = window.menuBar()->addMenu(tr("&File"));
    fileMenu->setObjectName(QStringLiteral("fileMenu"));
    QAction *checkIn = fileMenu->addAction(tr("Morning &check-in"), &window, &MainWindow::openMorningCheckIn);
    checkIn->setObjectName(QStringLiteral("checkInAction"));
    // The evening look back (issue 14) beside the morning's check-in, while it is turned on.
    QAction *lookBack = fileMenu->addAction(tr("Evening look &back…"), &window, &MainWindow::openLookBack);
    lookBack->setObjectName(QStringLiteral("lookBackAction"));
    const auto showLookBack = [lookBack, &context] { lookBack->setVisible(context.settings().lookBack); };
    showLookBack();
    QObject::connect(&context, &AppContext::dataChanged, lookBack, showLookBack);
    QAction *settings = fileMenu->addAction(tr("&Settings…"), &window, &MainWindow::openSettings);
    settings->setObjectName(QStringLiteral("settingsAction"));
    QAction *exportData = fileMenu->addAction(tr("&Export…"), &window, [&window, &context, dataDir] {
        ExportDialog dialog(context, dataDir(), &window);
        dialog.exec();
    });
    exportData->setObjectName(QStringLiteral("exportAction"));
    QAction *importData = fileMenu->addAction(tr("&Import…"), &window, [&window, &context] {
        ImportDialog dialog(context, nullptr, &window);
        dialog.exec();
    });
    importData->setObjectName(QStringLiteral("importAction"));
    settings->setShortcut(QKeySequence::Preferences);
    QAction *quickHide = fileMenu->addAction(tr("&Lock and hide"), &window, &MainWindow::quickHide);
    quickHide->setObjectName(QStringLiteral("quickHideAction"));
    quickHide->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    // Someone walks in: it has to work from whichever Holdfast window has the focus.
    quickHide->setShortcutContext(Qt::ApplicationShortcut);
    quickHide->setStatusTip(tr("Locks Holdfast when it is encrypted and hides it at once"));
    fileMenu->addSeparator();
    QAction *quit = fileMenu->addAction(tr("&Quit"), qApp, &QApplication::quit);
    quit->setShortcut(QKeySequence::Quit);
    quit->setObjectName(QStringLiteral("quitAction"));

    QMenu *goMenu = window.menuBar()->addMenu(tr("&Go"));
    const struct {
        Screen screen;
        QString text;
        Qt::Key key;
    } entries[] = {
        {Screen::Dashboard, tr("&Dashboard"), Qt::Key_1},
        {Screen::Journal, tr("&Journal"), Qt::Key_2},
        {Screen::Review, tr("&Review"), Qt::Key_3},
        {Screen::Plan, tr("&Plan"), Qt::Key_4},
    };
    for (const auto &entry : entries) {
        QAction *action = goMenu->addAction(entry.text, &window, [&window, screen = entry.screen] {
            window.showScreen(screen);
            window.focusScreen(screen);
        });
        action->setShortcut(QKeySequence(Qt::CTRL | entry.key));
    }
    goMenu->addSeparator();
    QAction *panic = goMenu->addAction(tr("I want to text my ex"), &window, &MainWindow::openUrgeDialog);
    panic->setObjectName(QStringLiteral("panicAction"));
    // Shown here only: PanicKey takes Ctrl+U for every window and field.
    panic->setText(panic->text() + u'\t' + PanicKey::key().toString(QKeySequence::NativeText));
    // Low-contact mode (issue 14): log a logistics message without the urge flow.
    QAction *logContact = goMenu->addAction(tr("&Log contact…"), &window, [&window, &context] {
        LogContactDialog dialog(context, &window);
        dialog.exec();
    });
    logContact->setObjectName(QStringLiteral("logContactAction"));
    const auto showLogContact = [logContact, &context] {
        logContact->setVisible(context.settings().lowContact);
        logContact->setText(context.settings().discreet ? DiscreetMode::logMenuText() : tr("&Log contact…"));
    };
    showLogContact();
    QObject::connect(&context, &AppContext::dataChanged, logContact, showLogContact);

    QMenu *helpMenu = window.menuBar()->addMenu(tr("&Help"));
    helpMenu->setObjectName(QStringLiteral("helpMenu"));
    // F1 itself is CrisisHelp's, for every window at once; the menu only shows it.
    QAction *crisis = helpMenu->addAction(tr("&Crisis help") + u'\t' + CrisisHelp::key().toString(QKeySequence::NativeText),
                                          &window, &MainWindow::showCrisisCard);
    crisis->setObjectName(QStringLiteral("crisisAction"));
    helpMenu->addSeparator();
    QAction *about = helpMenu->addAction(tr("&About Holdfast"), &window, [&window] {
        CrisisCard::showAbout(&window);
    });
    about->setObjectName(QStringLiteral("aboutAction"));
}

} // namespace holdfast::ui
