// Holdfast's entry point: parse the command line, hand over to a running
// instance if there is one, open the store, show the main window. Anything
// that can wait (integrity check, daily backup) runs after the first paint.

#include "AfterFirstPaint.h"
#include "CommandLine.h"
#include "DemoData.h"
#include "HeadlessCommands.h"

#include "storage/SqliteStore.h"
#include "ui/AppContext.h"
#include "ui/ErrorMessages.h"
#include "ui/MainWindow.h"
#include "ui/SingleInstance.h"
#include "ui/SystemClock.h"
#include "ui/ThemePalette.h"
#include "ui/Translations.h"
#include "ui/TrayIcon.h"
#include "ui/onboarding/OnboardingDialog.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QIcon>
#include <QLocale>
#include <QMessageBox>

#include <memory>

using namespace holdfast;

namespace {

void describeApplication()
{
    QCoreApplication::setApplicationName(QStringLiteral("holdfast"));
    QCoreApplication::setApplicationVersion(QStringLiteral(HOLDFAST_VERSION));
    QCoreApplication::setOrganizationName(QString());
}

// Gives the free functions here a translation context lupdate understands.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(main)
};

// Opens the store, or explains why not. A damaged file is never touched; when
// a backup exists the user may restore it (the damaged file is kept aside).
std::unique_ptr<storage::SqliteStore> openStore(const QString &dataDir, const storage::OpenOptions &options)
{
    for (;;) {
        try {
            return storage::SqliteStore::open(dataDir, options);
        } catch (const StoreError &error) {
            const QString where = Text::tr("Data folder: %1").arg(QDir::toNativeSeparators(dataDir));
            const QStringList backups = storage::SqliteStore::backupsIn(dataDir);
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

// The work that can wait until the user sees their screen.
void maintainAfterFirstPaint(storage::SqliteStore &store, ui::AppContext &context, QWidget &window)
{
    try {
        store.checkIntegrity();
    } catch (const StoreError &error) {
        QMessageBox::warning(&window, Text::tr("Holdfast"),
                             ui::describeStoreError(error) + u"\n\n"
                                 + Text::tr("Earlier copies of your data are kept in %1. No new backup is taken "
                                            "while the file is damaged, so those copies stay as they are.")
                                       .arg(QDir::toNativeSeparators(store.backupDir())));
        return; // never back up a damaged file over a good backup
    }
    try {
        if (store.needsDailyBackup(context.clock().now().localDate)) {
            store.backupNow(QStringLiteral("daily"));
            store.pruneBackups(context.settings().backupsToKeep);
        }
    } catch (const StoreError &) {
        // A missed backup is retried at the next start; it must not interrupt the user.
    }
}

} // namespace

int main(int argc, char *argv[])
{
    describeApplication();

    if (app::CommandLineParser::looksHeadless(argc, argv)) {
        QCoreApplication application(argc, argv);
        ui::Translations::install(QString());
        app::CommandLineParser parser;
        const app::CommandLine line = parser.process(application.arguments());
        return app::runHeadless(line);
    }

    QApplication application(argc, argv);
    QApplication::setDesktopFileName(QStringLiteral("holdfast"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/holdfast.svg")));
    ui::Translations::install(QString());
    app::CommandLineParser parser;
    const app::CommandLine line = parser.process(application.arguments());

    QString dataDir = line.dataDir.isEmpty() ? storage::SqliteStore::defaultDataDir() : line.dataDir;
    if (line.demo) {
        QString error;
        dataDir = app::prepareDemoDataDir(&error);
        if (dataDir.isEmpty()) {
            QMessageBox::critical(nullptr, Text::tr("Holdfast"), error);
            return 1;
        }
    }

    ui::SingleInstance instance(dataDir);
    if (instance.sendToRunning(line.panic ? QByteArrayLiteral("panic") : QByteArrayLiteral("raise")))
        return 0;
    instance.listen();

    storage::OpenOptions options;
    options.quickCheckOnOpen = false; // after the first paint
    const std::unique_ptr<storage::SqliteStore> store = openStore(dataDir, options);
    if (!store)
        return 1;

    ui::SystemClock clock;
    ui::AppContext context(*store, clock);
    // The language the user chose in Settings wins over the system's.
    if (!context.settings().language.empty())
        ui::Translations::install(QString::fromStdString(context.settings().language));
    QApplication::setApplicationDisplayName(Text::tr("Holdfast"));
    ui::ThemePalette::apply(context.settings().theme);

    ui::MainWindow window(context);
    window.setDataDir(dataDir);
    QObject::connect(&instance, &ui::SingleInstance::messageReceived, &window, [&window](const QByteArray &message) {
        if (message == "panic")
            window.openUrgeDialog();
        else
            window.raiseWindow();
    });
    new app::AfterFirstPaint(window, [&] { maintainAfterFirstPaint(*store, context, window); });
    window.show();
    ui::TrayIcon tray(context, window);

    // Someone in the middle of an urge goes straight to help; the welcome can wait.
    if (line.panic)
        window.openUrgeDialog();
    else
        ui::OnboardingDialog::runIfNeeded(context, &window);

    return QApplication::exec();
}
