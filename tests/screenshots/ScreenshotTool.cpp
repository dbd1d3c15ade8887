// Renders each screen and each step of the urge dialog, light and dark, at
// 1280x800 and 900x600, from the demo history on a pinned clock, so the
// pictures in docs/screenshots are reproducible.
//
//   holdfast-screenshots OUT_DIR [LANGUAGE [crisis-card]]
//
// With "crisis-card" only the crisis card is rendered (light and dark), for
// a country where LANGUAGE is spoken. With "screen NAME" the main window is
// shown at the size it chooses for the screen it is on, and the whole screen
// is saved as NAME.png: what a 1024x600 screen or scale factor 2 looks like.

#include "DemoData.h"

#include "model/FixedClock.h"
#include "storage/SqliteStore.h"
#include "ui/AppContext.h"
#include "ui/CrisisCard.h"
#include "ui/MainWindow.h"
#include "ui/ThemePalette.h"
#include "headless/Translations.h"
#include "ui/contact/LogContactDialog.h"
#include "ui/lookback/LookBackDialog.h"
#include "ui/onboarding/OnboardingDialog.h"
#include "ui/settings/SettingsDialog.h"
#include "ui/lock/LockScreen.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QLineEdit>
#include <QTabWidget>
#include <QDir>
#include <QScreen>
#include <QPlainTextEdit>
#include <QSlider>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

#include <memory>

using namespace holdfast;

namespace {

struct Size
{
    int width;
    int height;
    QString name() const { return QStringLiteral("%1x%2").arg(width).arg(height); }
};

constexpr Size kSizes[] = {{1280, 800}, {900, 600}};

class Shooter
{
public:
    explicit Shooter(QString outDir, QString only = {}) : m_outDir(std::move(outDir)), m_only(std::move(only)) {}

    void shoot(QWidget &widget, const QString &name)
    {
        if (!name.startsWith(m_only))
            return; // `scripts/screenshots de discreet` renders only the discreet ones
        QApplication::processEvents();
        QTest::qWait(0);
        QApplication::processEvents();
        const QString path = QDir(m_outDir).filePath(name + QStringLiteral(".png"));
        if (!widget.grab().save(path))
            QTextStream(stderr) << "could not write " << path << '\n';
        ++m_count;
    }
    int count() const { return m_count; }

private:
    QString m_outDir;
    QString m_only;
    int m_count = 0;
};

void click(QWidget &root, const QString &objectName)
{
    if (auto *button = root.findChild<QAbstractButton *>(objectName)) {
        button->click();
        QApplication::processEvents();
    } else {
        QTextStream(stderr) << "no button " << objectName << '\n';
    }
}

Moment pinnedNow()
{
    // Wednesday 25 November 2026, 09:10 in Berlin.
    const std::int64_t utc = LocalDate{2026, 11, 25}.dayNumber() * kMsPerDay + 8 * kMsPerHour + 10 * kMsPerMinute;
    return Moment::fromUtc(utc, 60, "Europe/Berlin");
}

void shootUrgeDialog(ui::MainWindow &window, FixedClock &clock, Shooter &shooter, const QString &suffix, const Size &size)
{
    window.openUrgeDialog();
    QWidget *dialog = window.urgeDialog();
    if (!dialog)
        return;
    dialog->resize(std::min(size.width, 760), std::min(size.height, 640));
    if (size.width < 1000)
        dialog->resize(size.width, size.height);
    if (auto *slider = dialog->findChild<QSlider *>())
        slider->setValue(7);
    if (auto *loneliness = dialog->findChild<QCheckBox *>(QStringLiteral("urgeTriggerLonelinessCheck")))
        loneliness->setChecked(true);
    shooter.shoot(*dialog, QStringLiteral("urge-1-name-it-") + suffix);
    click(*dialog, QStringLiteral("urgeNextButton"));
    shooter.shoot(*dialog, QStringLiteral("urge-2-do-one-thing-") + suffix);
    click(*dialog, QStringLiteral("urgeNextButton"));
    clock.advanceMs(4 * kMsPerMinute + 20'000);
    QMetaObject::invokeMethod(dialog, "tick");
    shooter.shoot(*dialog, QStringLiteral("urge-3-wait-it-out-") + suffix);
    click(*dialog, QStringLiteral("urgeNextButton"));
    if (auto *edit = dialog->findChild<QPlainTextEdit *>(QStringLiteral("urgeMessageEdit")))
        edit->setPlainText(QCoreApplication::translate("Screenshots", "I keep thinking about the trip we planned. I wanted to ask if you ever think about it too."));
    shooter.shoot(*dialog, QStringLiteral("urge-4-write-it-") + suffix);
    click(*dialog, QStringLiteral("urgeNextButton"));
    shooter.shoot(*dialog, QStringLiteral("urge-5-decide-") + suffix);
    click(*dialog, QStringLiteral("urgeResistedButton"));
    shooter.shoot(*dialog, QStringLiteral("urge-6-done-") + suffix);
    dialog->close();

    // A pull to look: "Do one thing" starts with closing the tab. The closed
    // dialog deletes itself later; it must be gone before a new one opens.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    window.openUrgeDialog();
    dialog = window.urgeDialog();
    if (dialog) {
        dialog->resize(std::min(size.width, 760), std::min(size.height, 640));
        if (size.width < 1000)
            dialog->resize(size.width, size.height);
        click(*dialog, QStringLiteral("urgeKindLookRadio"));
        click(*dialog, QStringLiteral("urgeNextButton"));
        shooter.shoot(*dialog, QStringLiteral("urge-kind-look-") + suffix);
        dialog->close();
    }
    clock.set(pinnedNow());
}

// Discreet mode: the dashboard with the counter behind its one click, and
// Settings › Privacy with the option on. Leaves the mode off again.
void shootDiscreet(ui::MainWindow &window, ui::AppContext &context, Shooter &shooter, const QString &suffix,
                   const Size &size)
{
    Settings settings = context.settings();
    settings.discreet = true;
    try {
        context.saveSettings(settings);
    } catch (const StoreError &) {
        QTextStream(stderr) << "could not turn on discreet mode\n";
        return;
    }
    window.showScreen(ui::Screen::Dashboard);
    shooter.shoot(window, QStringLiteral("discreet-dashboard-") + suffix);
    {
        ui::SettingsDialog dialog(context, QString(), &window);
        if (auto *tabs = dialog.findChild<QTabWidget *>(QStringLiteral("settingsTabWidget")))
            tabs->setCurrentWidget(dialog.findChild<QWidget *>(QStringLiteral("privacyPanel")));
        dialog.resize(std::min(size.width, 820), std::min(size.height, 640));
        dialog.show();
        shooter.shoot(dialog, QStringLiteral("discreet-settings-privacy-") + suffix);
        dialog.close();
    }
    settings.discreet = false;
    try {
        context.saveSettings(settings);
    } catch (const StoreError &) {
        QTextStream(stderr) << "could not turn off discreet mode\n";
    }
}

// Settings › Privacy (off, then on), the lock screen, and the lock screen
// after two wrong tries. Leaves the demo store encrypted and the window locked.
void shootLockAndPrivacy(ui::MainWindow &window, ui::AppContext &context, Shooter &shooter, const QString &suffix,
                         const Size &size)
{
    const auto shootPrivacy = [&](const QString &name) {
        ui::SettingsDialog settings(context, QString(), &window);
        if (auto *tabs = settings.findChild<QTabWidget *>(QStringLiteral("settingsTabWidget")))
            tabs->setCurrentWidget(settings.findChild<QWidget *>(QStringLiteral("privacyPanel")));
        settings.resize(std::min(size.width, 820), std::min(size.height, 640));
        settings.show();
        shooter.shoot(settings, name + suffix);
        settings.close();
    };
    shootPrivacy(QStringLiteral("settings-privacy-off-"));
    try {
        context.store().enableEncryption("screenshots only");
        context.notifyEncryptionChanged();
    } catch (const StoreError &) {
        QTextStream(stderr) << "could not encrypt the demo store\n";
        return;
    }
    shootPrivacy(QStringLiteral("settings-privacy-on-"));
    window.lockNow();
    shooter.shoot(window, QStringLiteral("lock-screen-") + suffix);
    if (auto *field = window.lockScreen()->passphraseEdit()) {
        for (const char *guess : {"screenshots", "screenshot only"}) {
            field->setText(QString::fromLatin1(guess));
            window.lockScreen()->tryUnlock();
        }
    }
    shooter.shoot(window, QStringLiteral("lock-screen-wrong-") + suffix);
}

// The evening look back at a quarter past ten, answered and half written.
void shootLookBack(ui::AppContext &context, FixedClock &clock, Shooter &shooter, const QString &themeName)
{
    clock.set(Moment::fromUtc(pinnedNow().utcMs + (13 * 60 + 5) * kMsPerMinute, 60, "Europe/Berlin"));
    {
        ui::LookBackDialog lookBack(context);
        if (auto *hard = lookBack.findChild<QAbstractButton *>(QStringLiteral("lookBackHard3Radio")))
            hard->setChecked(true);
        if (auto *helped = lookBack.findChild<QLineEdit *>(QStringLiteral("lookBackHelpedEdit")))
            helped->setText(QStringLiteral("A walk after dinner"));
        lookBack.show();
        (void)QTest::qWaitForWindowExposed(&lookBack);
        shooter.shoot(lookBack, QStringLiteral("look-back-") + themeName);
    }
    clock.set(pinnedNow());
}

// The crisis card as someone in a country of the language sees it, with the
// first person of their plan beside the numbers.
void shootCrisisCard(ui::AppContext &context, QWidget *parent, const QString &language, Shooter &shooter,
                     const QString &themeName)
{
    Settings settings = context.settings();
    const QString country = language == u"de" ? QStringLiteral("DE")
                            : language == u"es" ? QStringLiteral("ES")
                            : language == u"fr" ? QStringLiteral("FR")
                                                : QStringLiteral("GB");
    settings.crisisCountry = country.toStdString();
    std::optional<SupportPerson> person;
    if (const auto people = context.store().supportPeople(); !people.empty())
        person = people.front();
    ui::CrisisCard crisis(settings, person, parent);
    crisis.show();
    shooter.shoot(crisis, QStringLiteral("crisis-card-") + themeName);
    crisis.close();
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication application(argc, argv);
    QApplication::setApplicationName(QStringLiteral("holdfast-screenshots"));
    const QStringList args = QApplication::arguments();
    if (args.size() < 2) {
        QTextStream(stderr) << "usage: holdfast-screenshots OUT_DIR [LANGUAGE]\n";
        return 2;
    }
    const QString outDir = args.at(1);
    QDir().mkpath(outDir);
    const QString language = args.size() > 2 ? args.at(2) : QStringLiteral("en");
    ui::Translations::install(language);
    const bool onlyCrisisCard = args.size() > 3 && args.at(3) == u"crisis-card";
    // Low-contact mode's "Log contact…" with its neutral replies, alone.
    const bool onlyLogContact = args.size() > 3 && args.at(3) == u"log-contact";

    FixedClock clock(pinnedNow());
    if (args.size() > 4 && args.at(3) == u"screen") {
        ui::ThemePalette::apply(Theme::Light);
        QString error;
        const QString demoDir = app::prepareDemoDataDir(clock, &error);
        if (demoDir.isEmpty()) {
            QTextStream(stderr) << error << '\n';
            return 1;
        }
        auto store = storage::SqliteStore::open(demoDir);
        ui::AppContext context(*store, clock);
        ui::MainWindow window(context);
        window.setDataDir(demoDir);
        window.show(); // at the size it chose for this screen
        (void)QTest::qWaitForWindowExposed(&window);
        QApplication::processEvents();
        QTest::qWait(200); // the X server draws what the window sent
        const QString path = QDir(outDir).filePath(args.at(4) + QStringLiteral(".png"));
        if (!window.screen()->grabWindow(0).save(path)) {
            QTextStream(stderr) << "could not write " << path << '\n';
            return 1;
        }
        QTextStream(stdout) << path << '\n';
        return 0;
    }
    QTemporaryDir emptyDir;
    auto emptyStore = storage::SqliteStore::open(emptyDir.path());
    ui::AppContext emptyContext(*emptyStore, clock);

    const QString only = args.size() > 3 && !onlyCrisisCard ? args.at(3) : QString();
    Shooter shooter(outDir, only);
    for (const Theme theme : {Theme::Light, Theme::Dark}) {
        ui::ThemePalette::apply(theme);
        const QString themeName = theme == Theme::Light ? QStringLiteral("light") : QStringLiteral("dark");
        for (const Size &size : kSizes) {
            const QString suffix = themeName + u'-' + size.name();
            // A fresh demo history for every run, so the urge shot of one run
            // does not show up in the figures of the next.
            QString error;
            const QString demoDir = app::prepareDemoDataDir(clock, &error);
            if (demoDir.isEmpty()) {
                QTextStream(stderr) << error << '\n';
                return 1;
            }
            auto store = storage::SqliteStore::open(demoDir);
            ui::AppContext context(*store, clock);
            if (onlyCrisisCard) {
                if (size.width == 1280)
                    shootCrisisCard(context, nullptr, language, shooter, themeName);
                continue;
            }
            if (onlyLogContact || size.width == 1280) {
                if (size.width == 1280) {
                    ui::LogContactDialog logContact(context);
                    logContact.show();
                    (void)QTest::qWaitForWindowExposed(&logContact);
                    shooter.shoot(logContact, QStringLiteral("log-contact-") + themeName);
                }
                if (onlyLogContact)
                    continue;
            }
            if (size.width == 1280)
                shootLookBack(context, clock, shooter, themeName);
            ui::MainWindow window(context);
            window.setDataDir(demoDir);
            window.resize(size.width, size.height);
            window.show();
            (void)QTest::qWaitForWindowExposed(&window);
            const struct {
                ui::Screen screen;
                const char *name;
            } screens[] = {{ui::Screen::Dashboard, "dashboard"}, {ui::Screen::Journal, "journal"},
                           {ui::Screen::Review, "review"}, {ui::Screen::Plan, "plan"}};
            for (const auto &entry : screens) {
                window.showScreen(entry.screen);
                shooter.shoot(window, QString::fromLatin1(entry.name) + u'-' + suffix);
            }
            window.showScreen(ui::Screen::Journal);
            if (auto *tabs = window.screenWidget(ui::Screen::Journal)->findChild<QTabBar *>()) {
                tabs->setCurrentIndex(1);
                shooter.shoot(window, QStringLiteral("journal-unsent-") + suffix);
                tabs->setCurrentIndex(0);
            }
            // The plan's last tab, "Clear the path", with two steps ticked.
            window.showScreen(ui::Screen::Plan);
            QWidget *plan = window.screenWidget(ui::Screen::Plan);
            if (auto *tabs = plan->findChild<QTabWidget *>(QStringLiteral("planTabWidget"))) {
                tabs->setCurrentWidget(plan->findChild<QWidget *>(QStringLiteral("clearPathSection")));
                for (const char *step : {"clearPathMuteCheckBox", "clearPathArchiveCheckBox"}) {
                    if (auto *check = plan->findChild<QCheckBox *>(QLatin1String(step)))
                        check->setChecked(true);
                }
                shooter.shoot(window, QStringLiteral("plan-clear-path-") + suffix);
                tabs->setCurrentIndex(0);
            }
            shootUrgeDialog(window, clock, shooter, suffix, size);
            shootDiscreet(window, context, shooter, suffix, size);

            ui::MainWindow emptyWindow(emptyContext);
            emptyWindow.resize(size.width, size.height);
            emptyWindow.show();
            (void)QTest::qWaitForWindowExposed(&emptyWindow);
            shooter.shoot(emptyWindow, QStringLiteral("dashboard-first-run-") + suffix);
            emptyWindow.showScreen(ui::Screen::Review);
            shooter.shoot(emptyWindow, QStringLiteral("review-empty-") + suffix);
            emptyWindow.close();

            if (size.width == 1280) {
                ui::OnboardingDialog onboarding(emptyContext, &window);
                onboarding.show();
                shooter.shoot(onboarding, QStringLiteral("onboarding-") + themeName);
                onboarding.close();
                ui::SettingsDialog settings(context, demoDir, &window);
                settings.show();
                shooter.shoot(settings, QStringLiteral("settings-") + themeName);
                settings.close();
                shootCrisisCard(context, &window, language, shooter, themeName);
                ui::OnboardingDialog encryptOffer(emptyContext, &window);
                encryptOffer.skip();
                if (auto *offer = encryptOffer.findChild<QCheckBox *>(QStringLiteral("onboardingEncryptCheckBox")))
                    offer->setChecked(true);
                encryptOffer.show();
                shooter.shoot(encryptOffer, QStringLiteral("onboarding-encrypt-") + themeName);
                encryptOffer.close();
            }
            shootLockAndPrivacy(window, context, shooter, suffix, size);
            window.close();
        }
    }
    QTextStream(stdout) << shooter.count() << " screenshots in " << outDir << '\n';
    return 0;
}
