// The app as the desktop sees it: the real `holdfast` binary started as a
// second instance or as a command, next to an instance running in this test.

#include "UiFixture.h"

#include "ui/MainWindow.h"
#include "headless/SingleInstance.h"

#include <QDialog>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

using namespace holdfast;
using holdfast::testing::UiFixture;

namespace {

class DesktopIntegrationTest : public UiFixture
{
protected:
    // Runs the real binary to completion and returns its exit code.
    int runHoldfast(const QStringList &arguments, QByteArray *output = nullptr, QByteArray *errors = nullptr)
    {
        QProcess process;
        process.start(QStringLiteral(HOLDFAST_APP_PATH), arguments);
        EXPECT_TRUE(process.waitForFinished(30'000));
        if (output)
            *output = process.readAllStandardOutput();
        if (errors)
            *errors = process.readAllStandardError();
        return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    }
};

} // namespace

TEST_F(DesktopIntegrationTest, ASecondLaunchWithPanicOpensTheUrgeDialogInTheRunningInstance)
{
    ui::MainWindow window(*m_context);
    window.show();
    ui::SingleInstance instance(m_dir.path());
    ASSERT_TRUE(instance.listen());
    QObject::connect(&instance, &ui::SingleInstance::messageReceived, &window, [&window](const QByteArray &message) {
        if (message == "panic")
            window.openUrgeDialog();
    });
    QSignalSpy received(&instance, &ui::SingleInstance::messageReceived);

    QProcess second;
    second.start(QStringLiteral(HOLDFAST_APP_PATH), {QStringLiteral("--panic"), QStringLiteral("--data-dir"), m_dir.path()});
    ASSERT_TRUE(received.wait(30'000));
    EXPECT_EQ(received.first().first().toByteArray(), QByteArray("panic"));
    ASSERT_TRUE(second.waitForFinished(30'000));
    EXPECT_EQ(second.exitCode(), 0) << "the second launch hands over and exits";
    ASSERT_NE(window.urgeDialog(), nullptr);
    EXPECT_TRUE(window.urgeDialog()->isVisible());
}

TEST_F(DesktopIntegrationTest, TheSecondLaunchsActivationTokenReachesTheRunningInstance)
{
    ui::SingleInstance instance(m_dir.path());
    ASSERT_TRUE(instance.listen());
    QSignalSpy received(&instance, &ui::SingleInstance::messageReceived);

    QProcess second;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("XDG_ACTIVATION_TOKEN"), QStringLiteral("kwin-1234_abcd"));
    environment.remove(QStringLiteral("DESKTOP_STARTUP_ID"));
    second.setProcessEnvironment(environment);
    second.start(QStringLiteral(HOLDFAST_APP_PATH), {QStringLiteral("--panic"), QStringLiteral("--data-dir"), m_dir.path()});
    ASSERT_TRUE(received.wait(30'000));
    ASSERT_TRUE(second.waitForFinished(30'000));
    EXPECT_EQ(second.exitCode(), 0);
    const auto handOff = ui::SingleInstance::parseHandOff(received.first().first().toByteArray());
    EXPECT_EQ(handOff.command, QByteArray("panic"));
    EXPECT_EQ(handOff.activationToken, QByteArray("kwin-1234_abcd"));

    // The running instance's next activation uses it (Qt's Wayland window reads it there).
    const QByteArray saved = qgetenv("XDG_ACTIVATION_TOKEN");
    ui::SingleInstance::useActivationToken(handOff.activationToken);
    EXPECT_EQ(qgetenv("XDG_ACTIVATION_TOKEN"), QByteArray("kwin-1234_abcd"));
    if (saved.isEmpty())
        qunsetenv("XDG_ACTIVATION_TOKEN");
    else
        qputenv("XDG_ACTIVATION_TOKEN", saved);

    // Without a token, and with something that is not one, the line is the bare command.
    EXPECT_EQ(ui::SingleInstance::parseHandOff("raise").command, QByteArray("raise"));
    EXPECT_TRUE(ui::SingleInstance::parseHandOff("raise").activationToken.isEmpty());
    EXPECT_TRUE(ui::SingleInstance::parseHandOff("raise a\x01b").activationToken.isEmpty());
}

TEST_F(DesktopIntegrationTest, ASocketLeftByACrashDoesNotBlockTheNextStart)
{
    ui::SingleInstance crashed(m_dir.path());
    // What a crash leaves behind: the socket path exists, nobody listens.
    QFile leftover(crashed.serverName());
    ASSERT_TRUE(leftover.open(QIODevice::WriteOnly));
    leftover.close();

    ui::SingleInstance next(m_dir.path());
    EXPECT_FALSE(next.sendToRunning("raise", 200));
    EXPECT_TRUE(next.listen());
    EXPECT_EQ(QFile::permissions(next.serverName()) & (QFile::ReadOther | QFile::WriteOther | QFile::ReadGroup | QFile::WriteGroup),
              QFile::Permissions{});
}

TEST_F(DesktopIntegrationTest, SummaryPrintsTheStreakAndThisWeekAsJson)
{
    Settings settings = m_store->settings();
    settings.noContactSince = later(-(3 * 24 * 60 + 5 * 60)); // 3 days and 5 hours ago
    m_store->saveSettings(settings);
    UrgeRecord urge;
    urge.start = later(-60);
    urge.samples = {{urge.start.utcMs, 6}};
    urge.outcome = UrgeOutcome::Resisted;
    m_store->saveUrge(urge);
    m_store.reset(); // the command opens the folder itself

    QByteArray output;
    ASSERT_EQ(runHoldfast({QStringLiteral("--summary"), QStringLiteral("--json"), QStringLiteral("--data-dir"), m_dir.path()}, &output), 0);
    const QJsonObject summary = QJsonDocument::fromJson(output).object();
    const QJsonObject noContact = summary.value(QStringLiteral("noContact")).toObject();
    EXPECT_TRUE(noContact.value(QStringLiteral("started")).toBool());
    // The real clock runs on from the fixture's pinned morning, so only the lower bound is fixed.
    EXPECT_GE(noContact.value(QStringLiteral("days")).toInt(), 3);
    EXPECT_EQ(noContact.value(QStringLiteral("attempts")).toInt(), 1);
    EXPECT_TRUE(summary.value(QStringLiteral("week")).isObject());
}

TEST_F(DesktopIntegrationTest, SummaryInLowContactModeSaysWhatItCounts)
{
    Settings settings = m_store->settings();
    settings.noContactSince = later(-(3 * 24 * 60)); // 3 days ago
    settings.lowContact = true;
    m_store->saveSettings(settings);
    ContactEvent pickUp;
    pickUp.at = later(-24 * 60);
    pickUp.initiator = Initiator::Them;
    pickUp.replied = true;
    pickUp.purpose = ContactPurpose::Logistics;
    m_store->addContact(pickUp);
    m_store.reset(); // the command opens the folder itself

    QByteArray output;
    ASSERT_EQ(runHoldfast({QStringLiteral("--summary"), QStringLiteral("--json"), QStringLiteral("--data-dir"), m_dir.path()}, &output), 0);
    const QJsonObject noContact = QJsonDocument::fromJson(output).object().value(QStringLiteral("noContact")).toObject();
    EXPECT_EQ(noContact.value(QStringLiteral("mode")).toString(), QStringLiteral("low_contact"));
    EXPECT_EQ(noContact.value(QStringLiteral("counts")).toString(), QStringLiteral("personal_contact"));
    EXPECT_EQ(noContact.value(QStringLiteral("logisticsContacts")).toInt(), 1);
    // The logistics message kept the stretch.
    EXPECT_GE(noContact.value(QStringLiteral("days")).toInt(), 3);
    EXPECT_EQ(noContact.value(QStringLiteral("attempts")).toInt(), 1);

    ASSERT_EQ(runHoldfast({QStringLiteral("--summary"), QStringLiteral("--data-dir"), m_dir.path()}, &output), 0);
    EXPECT_TRUE(output.contains("without personal contact")) << output.constData();
}

TEST_F(DesktopIntegrationTest, SummaryOutsideLowContactModeCountsAllContact)
{
    Settings settings = m_store->settings();
    settings.noContactSince = later(-60);
    m_store->saveSettings(settings);
    m_store.reset();

    QByteArray output;
    ASSERT_EQ(runHoldfast({QStringLiteral("--summary"), QStringLiteral("--json"), QStringLiteral("--data-dir"), m_dir.path()}, &output), 0);
    const QJsonObject noContact = QJsonDocument::fromJson(output).object().value(QStringLiteral("noContact")).toObject();
    EXPECT_EQ(noContact.value(QStringLiteral("mode")).toString(), QStringLiteral("no_contact"));
    EXPECT_EQ(noContact.value(QStringLiteral("counts")).toString(), QStringLiteral("all_contact"));
}

TEST_F(DesktopIntegrationTest, SummaryOnAnEmptyFolderCreatesNothing)
{
    const QString fresh = m_dir.filePath(QStringLiteral("fresh"));
    QByteArray output;
    EXPECT_EQ(runHoldfast({QStringLiteral("--summary"), QStringLiteral("--data-dir"), fresh}, &output), 0);
    EXPECT_TRUE(output.contains("not started yet"));
    EXPECT_FALSE(QFile::exists(fresh));
}

TEST_F(DesktopIntegrationTest, SummaryOfADamagedFileFailsClearlyAndLeavesItAlone)
{
    m_context.reset();
    m_store.reset();
    const QString database = m_dir.filePath(QStringLiteral("holdfast.sqlite"));
    QFile::remove(database);
    QFile::remove(database + QStringLiteral("-wal"));
    QFile::remove(database + QStringLiteral("-shm"));
    QFile file(database);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    const QByteArray junk("this is not a database, just words typed by mistake\n");
    file.write(junk);
    file.close();

    QByteArray errors;
    EXPECT_NE(runHoldfast({QStringLiteral("--summary"), QStringLiteral("--data-dir"), m_dir.path()}, nullptr, &errors), 0);
    EXPECT_TRUE(errors.contains("damaged")) << errors.constData();
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(file.readAll(), junk);
}

TEST_F(DesktopIntegrationTest, VersionAndHelpNeedNoDisplay)
{
    QByteArray output;
    EXPECT_EQ(runHoldfast({QStringLiteral("--version")}, &output), 0);
    EXPECT_TRUE(output.startsWith("holdfast ")) << output.constData();
    EXPECT_EQ(runHoldfast({QStringLiteral("--help")}, &output), 0);
    EXPECT_TRUE(output.contains("--panic"));
    EXPECT_TRUE(output.contains("--data-dir"));
    EXPECT_TRUE(output.contains("--summary"));
}
