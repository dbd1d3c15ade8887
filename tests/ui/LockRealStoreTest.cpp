#include "UiFixture.h"

#include "storage/SqliteStore.h"
#include "ui/MainWindow.h"
#include "ui/lock/LockScreen.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCryptographicHash>
#include <QDirIterator>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMap>
#include <QPlainTextEdit>
#include <QTest>

#include <memory>

using namespace holdfast;
using holdfast::testing::UiFixture;
using holdfast::ui::MainWindow;
using holdfast::ui::Screen;

namespace {

const QString kMarker = QStringLiteral("The walk home in the rain, alone and fine");

// Every file in the data folder and its contents' hash. The -shm file is
// SQLite's shared index of the WAL, rewritten by plain reads; data never lives there.
QMap<QString, QByteArray> fileHashes(const QString &dir)
{
    QMap<QString, QByteArray> hashes;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (path.endsWith(QStringLiteral("-shm")))
            continue;
        QFile file(path);
        if (file.open(QIODevice::ReadOnly))
            hashes.insert(path, QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256));
    }
    return hashes;
}

bool widgetsShow(const QWidget *root, const QString &marker)
{
    for (const QWidget *widget : root->findChildren<QWidget *>()) {
        QString text;
        if (const auto *label = qobject_cast<const QLabel *>(widget))
            text = label->text();
        else if (const auto *plain = qobject_cast<const QPlainTextEdit *>(widget))
            text = plain->toPlainText();
        else if (const auto *line = qobject_cast<const QLineEdit *>(widget))
            text = line->text();
        else if (const auto *list = qobject_cast<const QListWidget *>(widget))
            for (int i = 0; i < list->count(); ++i)
                text += list->item(i)->text();
        if (text.contains(marker))
            return true;
    }
    return false;
}

class LockRealStoreTest : public UiFixture
{
protected:
    void SetUp() override
    {
        UiFixture::SetUp();
        ASSERT_TRUE(m_dataDir.isValid());
        m_options.fastKeyDerivation = true;
        auto store = storage::SqliteStore::open(m_dataDir.path(), m_options);
        JournalEntry entry;
        entry.created = m_clock.now();
        entry.updated = entry.created;
        entry.text = kMarker.toStdString();
        store->saveJournalEntry(entry);
        Settings settings = store->settings();
        settings.onboardingDone = true;
        store->saveSettings(settings);
        store->enableEncryption("a long walk home");
    }

    void TearDown() override
    {
        for (QWidget *widget : QApplication::topLevelWidgets())
            delete widget;
        m_encryptedContext.reset();
        m_encrypted.reset();
        UiFixture::TearDown();
    }

    QTemporaryDir m_dataDir;
    storage::OpenOptions m_options;
    std::unique_ptr<storage::SqliteStore> m_encrypted;
    std::unique_ptr<ui::AppContext> m_encryptedContext;
};

} // namespace

TEST_F(LockRealStoreTest, AWrongPassphraseChangesNoFileAndTheRightOneOpensTheJournal)
{
    m_encrypted = storage::SqliteStore::open(m_dataDir.path(), m_options);
    ASSERT_EQ(m_encrypted->encryptionState(), EncryptionState::Locked);
    m_encryptedContext = std::make_unique<ui::AppContext>(*m_encrypted, m_clock);
    MainWindow window(*m_encryptedContext);
    window.show();
    ASSERT_TRUE(window.isShowingLockScreen());
    EXPECT_FALSE(widgetsShow(&window, kMarker));

    const auto before = fileHashes(m_dataDir.path());
    ASSERT_FALSE(before.isEmpty());
    QLineEdit *field = window.lockScreen()->passphraseEdit();
    QTest::keyClicks(field, QStringLiteral("a long walk"));
    QTest::keyClick(field, Qt::Key_Return);
    EXPECT_TRUE(window.findChild<QLabel *>(QStringLiteral("lockMessageLabel"))
                    ->text()
                    .startsWith(QStringLiteral("That passphrase did not open your data")));
    EXPECT_EQ(m_encrypted->encryptionState(), EncryptionState::Locked);
    EXPECT_EQ(fileHashes(m_dataDir.path()), before);

    field->clear();
    QTest::keyClicks(field, QStringLiteral("a long walk home"));
    QTest::keyClick(field, Qt::Key_Return);
    ASSERT_EQ(m_encrypted->encryptionState(), EncryptionState::Unlocked);
    EXPECT_FALSE(window.isShowingLockScreen());
    window.showScreen(Screen::Journal);
    EXPECT_TRUE(widgetsShow(&window, kMarker));

    ASSERT_TRUE(window.lockNow());
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    EXPECT_EQ(m_encrypted->encryptionState(), EncryptionState::Locked);
    EXPECT_FALSE(widgetsShow(&window, kMarker));
}
