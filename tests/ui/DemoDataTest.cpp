// `holdfast --demo`: the sample data goes into a temporary folder of its own;
// the user's real data folder is neither opened nor created.

#include "UiFixture.h"

#include "DemoData.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

using namespace holdfast;
using holdfast::testing::UiFixture;

namespace {

class DemoDataTest : public UiFixture
{
protected:
    void SetUp() override
    {
        UiFixture::SetUp();
        m_savedXdg = qgetenv("XDG_DATA_HOME");
        ASSERT_TRUE(m_realHome.isValid());
        qputenv("XDG_DATA_HOME", m_realHome.path().toUtf8());
    }

    void TearDown() override
    {
        // What the end of the application would do: remove the demo folders.
        qDeleteAll(QCoreApplication::instance()->findChildren<QObject *>(QStringLiteral("holdfastDemoFolder")));
        qputenv("XDG_DATA_HOME", m_savedXdg);
        UiFixture::TearDown();
    }

    QTemporaryDir m_realHome; // stands in for the user's ~/.local/share
    QByteArray m_savedXdg;
};

} // namespace

TEST_F(DemoDataTest, FillsATemporaryFolderAndLeavesTheRealDataFolderUntouched)
{
    const QString realDataDir = storage::SqliteStore::defaultDataDir();
    ASSERT_TRUE(realDataDir.startsWith(m_realHome.path())) << realDataDir.toStdString();

    QString error;
    const QString demoDir = app::prepareDemoDataDir(m_clock, &error);
    ASSERT_FALSE(demoDir.isEmpty()) << error.toStdString();
    EXPECT_TRUE(error.isEmpty());
    EXPECT_FALSE(demoDir.startsWith(m_realHome.path()));
    EXPECT_TRUE(QDir(m_realHome.path()).isEmpty()) << "nothing may be created in the real data location";
    EXPECT_FALSE(QDir(realDataDir).exists());

    const auto demo = storage::SqliteStore::open(demoDir);
    const LocalDate today = m_clock.now().localDate;
    EXPECT_GT(demo->urges(today.addDays(-69), today).size(), std::size_t(50));
    EXPECT_GT(demo->checkIns(today.addDays(-69), today).size(), std::size_t(50));
    EXPECT_FALSE(demo->journalEntries({}).empty());
    EXPECT_FALSE(demo->unsentMessages().empty());
    EXPECT_TRUE(demo->settings().noContactSince.has_value());
    // The store the test fixture opened is untouched as well.
    EXPECT_TRUE(m_store->urges(today.addDays(-69), today).empty());
}

TEST_F(DemoDataTest, TheFolderGoesAwayWithTheApplication)
{
    const QString demoDir = app::prepareDemoDataDir(m_clock);
    ASSERT_FALSE(demoDir.isEmpty());
    EXPECT_TRUE(QDir(demoDir).exists());
    // The application object owns the folder; destroying it (at exit) removes it.
    QObject *owner = nullptr;
    for (QObject *child : QCoreApplication::instance()->findChildren<QObject *>(QStringLiteral("holdfastDemoFolder"))) {
        if (child->property("path").toString() == demoDir)
            owner = child;
    }
    ASSERT_NE(owner, nullptr);
    delete owner;
    EXPECT_FALSE(QDir(demoDir).exists());
}
