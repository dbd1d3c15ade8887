// Holdfast's entry point: parse the command line, hand over to a running
// instance if there is one, open the store, show the main window. Anything
// that can wait (integrity check, daily backup) runs after the first paint, on a worker thread.

#include "AfterFirstPaint.h"
#include "BackupService.h"
#include "headless/CommandLine.h"
#include "CoreDumps.h"
#include "DemoData.h"
#include "headless/HeadlessCommands.h"
#include "SqliteStoreHandle.h"
#include "UpkeepWorker.h"

#include "storage/SqliteStore.h"
#include "ui/AppContext.h"
#include "headless/ErrorMessages.h"
#include "ui/MainWindow.h"
#include "ui/PaintProbe.h"
#include "headless/SingleInstance.h"
#include "headless/SystemClock.h"
#include "ui/ThemePalette.h"
#include "headless/Translations.h"
#include "ui/TrayIcon.h"
#include "ui/DiscreetMode.h"
#include "ui/onboarding/OnboardingDialog.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QIcon>
#include <QLocale>
#include <QMessageBox>
#include <QTemporaryDir>

#include <memory>
#include <optional>

using namespace holdfast;

namespace {

// Gives the free functions here a translation context lupdate understands.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(main)
};

// What to tell the person when the data cannot be opened: the problem, the
// folder, and the way out.
QString explainOpenFailure(const StoreError &error, const QString &dataDir)
{
    QString text = ui::describeStoreError(error) + u"\n\n"
        + Text::tr("Data folder: %1").arg(QDir::toNativeSeparators(dataDir));
    if (error.kind() == StoreError::Kind::Corrupt && !storage::SqliteStore::backupsIn(dataDir).isEmpty())
        text += u"\n\n"
            + Text::tr("Earlier copies of your data are kept in its backups folder. Close Holdfast and open it again "
                       "to restore the latest one.");
    return text;
}

// Opens the store, or explains why not (`problem`; in a message box too when
// `ask`). A damaged file is never touched; when a backup exists the user may
// restore it (the damaged file is kept aside).
std::unique_ptr<storage::SqliteStore> openStore(const QString &dataDir, const storage::OpenOptions &options, bool ask,
                                                QString *problem)
{
    for (;;) {
        try {
            return storage::SqliteStore::open(dataDir, options);
        } catch (const StoreError &error) {
            *problem = explainOpenFailure(error, dataDir);
            const QString where = Text::tr("Data folder: %1").arg(QDir::toNativeSeparators(dataDir));
            const QStringList backups = storage::SqliteStore::backupsIn(dataDir);
            if (!ask)
                return nullptr;
            if (error.kind() != StoreError::Kind::Corrupt || backups.isEmpty()) {
                QMessageBox::critical(nullptr, Text::tr("Holdfast"), ui::describeStoreError(error) + u"\n\n" + where);
                return nullptr;
            }
            const QString latest = QFileInfo(backups.first()).fileName();
            const auto answer = QMessageBox::question(
                nullptr, Text::tr("Holdfast"),
                ui::describeStoreError(error) + u"\n\n"
                    + Text::tr("Restore the latest backup (%1)? The damaged file is kept in the backups folder.").arg(latest)
                    + u"\n\n" + where,
                QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
            if (answer != QMessageBox::Yes)
                return nullptr;
            try {
                storage::SqliteStore::restoreBackup(dataDir, backups.first(), options);
            } catch (const StoreError &restoreError) {
                QMessageBox::critical(nullptr, Text::tr("Holdfast"), ui::describeStoreError(restoreError) + u"\n\n" + where);
                return nullptr;
            }
        }
    }
}

// What the after-paint upkeep found, shown on the GUI thread: a warning when the
// file is damaged; after a new daily backup, the old ones beyond the user's limit go.
void reportUpkeep(const app::UpkeepWorker::Result &result, app::SqliteStoreHandle &handle, ui::AppContext &context,
                  QWidget &window)
{
    if (result.damage) {
        // From now on nothing is written to the damaged file; what the person
        // types stays in its editor, with this reason when they try to save.
        handle.current().refuseWrites(*result.damage);
        QMessageBox::warning(&window, Text::tr("Holdfast"),
                             ui::describeStoreError(*result.damage) + u"\n\n"
                                 + Text::tr("Earlier copies of your data are kept in %1. No new backup is taken "
                                            "while the file is damaged, so those copies stay as they are.")
                                       .arg(QDir::toNativeSeparators(handle.current().backupDir())));
        return;
    }
    if (result.backupPath.isEmpty())
        return;
    try {
        handle.current().pruneBackups(context.settings().backupsToKeep);
    } catch (const StoreError &) {
        // Pruning is retried after the next backup.
    }
}

} // namespace

int main(int argc, char *argv[])
{
    ui::PaintProbe::mark("main"); // scripts/bench-startup: the phases of a start
    // Before any passphrase or text is in memory: a crash must not write it
    // to a core file. An encrypted store then opens on the lock screen
    // (MainWindow), and --panic still gets the urge dialog's locked steps.
    app::disableCoreDumps();
    app::CommandLineParser::describeApplication();

    if (app::CommandLineParser::looksHeadless(argc, argv))
        return app::runCommandLine(argc, argv);

    {
        // A second start only hands its request to the running instance. That
        // needs no window system, so it happens before QApplication (display
        // connection, fonts, style) would cost it hundreds of milliseconds.
        // Arguments it cannot parse (Qt's own GUI options, mistakes) go the
        // full way below, where QApplication and the parser deal with them.
        QCoreApplication early(argc, argv);
        const std::optional<app::CommandLine> line = app::CommandLineParser::parseQuietly(early.arguments());
        if (line && !line->demo) {
            const QString dataDir = line->dataFolder();
            const ui::SingleInstance instance(dataDir);
            if (instance.sendToRunning(
                    ui::SingleInstance::handOffMessage(line->panic ? QByteArrayLiteral("panic") : QByteArrayLiteral("raise"))))
                return 0;
        }
    }

    ui::PaintProbe::mark("handoffChecked");
    QApplication application(argc, argv);
    ui::PaintProbe::mark("qapplication");
    QApplication::setDesktopFileName(QStringLiteral(HOLDFAST_APP_ID));
    ui::Translations::install(QString());
    app::CommandLineParser parser;
    const app::CommandLine line = parser.process(application.arguments());
    if (!line.problem.isEmpty()) {
        QMessageBox::critical(nullptr, Text::tr("Holdfast"), line.problem);
        return 2;
    }

    QString dataDir = line.dataFolder();
    if (line.demo) {
        QString error;
        dataDir = app::prepareDemoDataDir(&error);
        if (dataDir.isEmpty()) {
            QMessageBox::critical(nullptr, Text::tr("Holdfast"), error);
            return 1;
        }
    }

    ui::SingleInstance instance(dataDir);
    if (instance.sendToRunning(
            ui::SingleInstance::handOffMessage(line.panic ? QByteArrayLiteral("panic") : QByteArrayLiteral("raise"))))
        return 0;
    instance.listen();

    storage::OpenOptions options;
    options.quickCheckOnOpen = false; // after the first paint
    // Someone in the middle of an urge is not stopped by questions about a file.
    QString openProblem;
    std::unique_ptr<storage::SqliteStore> opened = openStore(dataDir, options, !line.panic, &openProblem);
    // The panic flow never fails: when the data cannot be opened, Holdfast
    // still opens, on an empty store in a temporary folder removed at exit.
    // The urge steps and crisis help work; nothing is kept, and the window says so.
    std::optional<QTemporaryDir> scratch;
    if (!opened) {
        scratch.emplace();
        try {
            if (!scratch->isValid())
                throw StoreError(StoreError::Kind::CannotOpen, "no temporary folder");
            opened = storage::SqliteStore::open(scratch->path(), options);
        } catch (const StoreError &error) {
            QMessageBox::critical(nullptr, Text::tr("Holdfast"), openProblem + u"\n\n" + ui::describeStoreError(error));
            return 1;
        }
    }
    // The screens ask this handle for the store at each use; a restore from
    // Settings closes it and opens the restored file under the same handle.
    ui::PaintProbe::mark("storeOpened");
    app::SqliteStoreHandle handle(std::move(opened), options);
    app::BackupService backups(handle);

    ui::SystemClock clock;
    ui::AppContext context(handle, clock);
    // The language the user chose in Settings wins over the system's.
    if (!context.settings().language.empty())
        ui::Translations::install(QString::fromStdString(context.settings().language));
    QApplication::setApplicationDisplayName(Text::tr("Holdfast")); // the window says "Journal" in discreet mode
    ui::ThemePalette::apply(context.settings().theme);

    ui::PaintProbe::mark("contextReady");
    ui::MainWindow window(context);
    ui::PaintProbe::mark("windowBuilt");
    window.setDataDir(scratch ? scratch->path() : dataDir);
    if (scratch)
        window.showNotice(Text::tr("Holdfast could not open your data, so nothing you do now is kept. "
                                   "The urge steps and crisis help work as always."));
    else
        window.setBackupCatalog(&backups);
    // Another process wrote to the folder (a command-line import that began
    // before this window opened): coming back to the window shows it, so old
    // settings are never written back over it.
    QObject::connect(&application, &QGuiApplication::applicationStateChanged, &window, [&](Qt::ApplicationState state) {
        if (state != Qt::ApplicationActive || scratch)
            return;
        try {
            if (handle.current().changedElsewhere())
                context.reloadSettings(); // tells every screen that all data changed
        } catch (const StoreError &) {
            // Closed for a restore right now: the restore reloads everything itself.
        }
    });
    // `holdfast --import` while this window is open: this process writes, and the screens show it.
    instance.setRequestHandler([&](const QByteArray &request) -> QByteArray {
        if (scratch)
            return app::refuseImport(Text::tr("Holdfast is open but could not open this data. Close it, then try again."));
        if (QApplication::activeModalWidget())
            return app::refuseImport(Text::tr("Holdfast has a dialog open. Finish or close it, then try again."));
        if (context.isLocked())
            return app::refuseImport(Text::tr("Holdfast is locked. Unlock it in its window, then try again."));
        Store &store = context.store();
        const QByteArray answer = app::answerImport(store, store, request);
        try {
            context.reloadSettings(); // tells every screen that all data changed
        } catch (const StoreError &) {
            context.notifyChanged(ui::DataKind::All);
        }
        return answer;
    });
    QObject::connect(&instance, &ui::SingleInstance::messageReceived, &window, [&window](const QByteArray &message) {
        const ui::SingleInstance::HandOff handOff = ui::SingleInstance::parseHandOff(message);
        // The launch's token lets the raised window take the focus (Wayland).
        ui::SingleInstance::useActivationToken(handOff.activationToken);
        if (handOff.command == "panic") {
            window.openUrgeDialog();
            ui::PaintProbe::watch(window.urgeDialog(), "urgeDialog"); // scripts/bench-panic
        } else {
            window.raiseWindow();
        }
    });
    // Declared after the store and the window, so it is destroyed (waiting for
    // its thread) before them.
    app::UpkeepWorker upkeep;
    // The window icon, and the tray icon that talks to the desktop (D-Bus, the
    // tray's X selection), come a moment after the window's first paint.
    std::unique_ptr<ui::TrayIcon> tray;
    new app::AfterFirstPaint(window, [&] {
        // Drawing the icon (SVG, in every size the window manager takes) is
        // no reason to keep the window from the screen: it follows a moment later.
        QApplication::setWindowIcon(context.settings().discreet ? ui::DiscreetMode::icon()
                                                                : QIcon(QStringLiteral(":/icons/holdfast.svg")));
        tray = std::make_unique<ui::TrayIcon>(context, window);
        if (scratch)
            return; // nothing of the person's to check or back up in a folder that is thrown away
        bool backUp = false;
        try {
            backUp = handle.current().needsDailyBackup(context.clock().now().localDate);
        } catch (const StoreError &) {
            // Closed for a restore right now: the next start takes it.
        }
        upkeep.start(dataDir, context.clock().now(), backUp, [&](const app::UpkeepWorker::Result &result) {
            reportUpkeep(result, handle, context, window);
            ui::PaintProbe::mark("afterFirstPaintWork");
        });
    });
    ui::PaintProbe::watch(&window, "mainWindow"); // scripts/bench-startup
    window.show();
    ui::PaintProbe::mark("shown");

    // Someone in the middle of an urge goes straight to help; the welcome can wait.
    if (line.panic) {
        window.openUrgeDialog();
        ui::PaintProbe::watch(window.urgeDialog(), "urgeDialog"); // scripts/bench-panic, and the tests
        // The trouble with the file is told once the urge has passed.
        if (!openProblem.isEmpty() && window.urgeDialog()) {
            QObject::connect(window.urgeDialog(), &QDialog::finished, &window, [&window, openProblem] {
                QMessageBox::warning(&window, Text::tr("Holdfast"), openProblem);
            });
        }
    } else if (!scratch) {
        ui::OnboardingDialog::runIfNeeded(context, &window);
    }

    return QApplication::exec();
}
