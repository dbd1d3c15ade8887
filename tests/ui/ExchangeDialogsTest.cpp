// Export and import through the real dialogs on a real store: what a person
// does with File > Export… and File > Import….

#include "UiFixture.h"

#include "exchange/DaylioMoodMap.h"
#include "exchange/JsonExporter.h"
#include "exchange/JsonImporter.h"
#include "ui/MainWindow.h"
#include "ui/exchange/ExportDialog.h"
#include "ui/exchange/ImportDialog.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QTest>
#include <QTimer>

using namespace holdfast;
using namespace holdfast::testing;

namespace {

template<typename T>
T *child(const QWidget &parent, const char *name)
{
    auto *widget = parent.findChild<T *>(QString::fromLatin1(name));
    EXPECT_NE(widget, nullptr) << name;
    return widget;
}

void typeInto(QLineEdit *edit, const QString &text)
{
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    QTest::keyClicks(edit, text);
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

// Answers the replace question that is about to open with `buttonName`.
void answerReplaceWith(const char *buttonName)
{
    QTimer::singleShot(0, [buttonName] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        ASSERT_NE(box, nullptr);
        EXPECT_EQ(box->objectName(), QStringLiteral("importReplaceConfirmBox"));
        auto *button = box->findChild<QAbstractButton *>(QString::fromLatin1(buttonName));
        ASSERT_NE(button, nullptr);
        button->click();
    });
}

class ExchangeDialogsTest : public UiFixture
{
protected:
    void SetUp() override
    {
        UiFixture::SetUp();
        m_settings = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("ui-settings.ini")), QSettings::IniFormat);
    }

    Moment at(LocalDate date, int hour) const
    {
        return Moment::fromUtc(date.dayNumber() * kMsPerDay + (hour - 1) * kMsPerHour, 60, "Europe/Berlin");
    }

    // A small export of another device: two check-ins and a journal entry.
    DataSet otherDevice() const
    {
        DataSet data;
        data.checkIns = {CheckIn{{2026, 11, 1}, at({2026, 11, 1}, 8), 4, 3, "Sea, \"finally\""},
                         CheckIn{{2026, 11, 2}, at({2026, 11, 2}, 8), 2, 2, ""}};
        JournalEntry entry;
        entry.id = 1;
        entry.created = at({2026, 11, 2}, 21);
        entry.updated = entry.created;
        entry.text = "Held on today 💪\nStill here.";
        entry.tags = {"evening"};
        data.journalEntries.push_back(entry);
        data.settings.timerMinutes = 33;
        return data;
    }

    std::unique_ptr<QSettings> m_settings;
};

} // namespace

TEST_F(ExchangeDialogsTest, FileMenuOffersExportAndImport)
{
    ui::MainWindow window(*m_context);
    EXPECT_NE(window.findChild<QAction *>(QStringLiteral("exportAction")), nullptr);
    EXPECT_NE(window.findChild<QAction *>(QStringLiteral("importAction")), nullptr);
}

TEST_F(ExchangeDialogsTest, ExportWritesAJsonFileOfEverything)
{
    m_store->saveCheckIn(CheckIn{{2026, 11, 25}, morning(), 3, 4, "Walk"});
    ui::ExportDialog dialog(*m_context);
    dialog.show();
    const QString path = m_dir.filePath(QStringLiteral("mine.json"));
    typeInto(child<QLineEdit>(dialog, "exportPathEdit"), path);
    QTest::mouseClick(child<QPushButton>(dialog, "exportButton"), Qt::LeftButton);

    auto *status = child<QLabel>(dialog, "exportStatusLabel");
    EXPECT_TRUE(status->isVisible());
    EXPECT_TRUE(status->text().contains(QStringLiteral("1 check-in"))) << status->text().toStdString();
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const exchange::ImportResult read = exchange::JsonImporter::read(file.readAll());
    ASSERT_TRUE(read.ok());
    EXPECT_EQ(read.data, m_store->everything());
}

TEST_F(ExchangeDialogsTest, ExportAsCsvWritesAFolderOfFiles)
{
    ui::ExportDialog dialog(*m_context);
    dialog.show();
    QTest::mouseClick(child<QRadioButton>(dialog, "exportCsvRadio"), Qt::LeftButton);
    const QString folder = m_dir.filePath(QStringLiteral("csv"));
    typeInto(child<QLineEdit>(dialog, "exportPathEdit"), folder);
    QTest::mouseClick(child<QPushButton>(dialog, "exportButton"), Qt::LeftButton);
    EXPECT_TRUE(QFile::exists(QDir(folder).filePath(QStringLiteral("journal.csv"))));
    EXPECT_TRUE(child<QLabel>(dialog, "exportStatusLabel")->text().contains(QStringLiteral("11 CSV file")));
}

TEST_F(ExchangeDialogsTest, ExportThatCannotBeWrittenSaysSo)
{
    ui::ExportDialog dialog(*m_context);
    dialog.show();
    typeInto(child<QLineEdit>(dialog, "exportPathEdit"), m_dir.filePath(QStringLiteral("no/such/folder/x.json")));
    EXPECT_FALSE(dialog.exportNow());
    EXPECT_TRUE(child<QLabel>(dialog, "exportStatusLabel")->text().contains(QStringLiteral("Nothing was written")));
}

TEST_F(ExchangeDialogsTest, MergeImportPreviewsThenAddsAndTellsEveryScreen)
{
    m_store->saveCheckIn(CheckIn{{2026, 11, 2}, at({2026, 11, 2}, 7), 5, 5, "mine"});
    const QString path = m_dir.filePath(QStringLiteral("other.json"));
    writeFile(path, exchange::JsonExporter::toJson(otherDevice()));

    ui::ImportDialog dialog(*m_context, m_settings.get());
    dialog.show();
    auto *pathEdit = child<QLineEdit>(dialog, "importPathEdit");
    QTest::keyClicks(pathEdit, path);
    QTest::keyClick(pathEdit, Qt::Key_Return);

    auto *preview = child<QLabel>(dialog, "importPreviewLabel");
    EXPECT_TRUE(child<QGroupBox>(dialog, "importModeGroup")->isVisible());
    EXPECT_FALSE(child<QGroupBox>(dialog, "importMoodGroup")->isVisible());
    // (Plural endings come from the English translation; the numbers are what matter here.)
    const QStringList lines = preview->text().split(u'\n');
    ASSERT_EQ(lines.size(), 2) << preview->text().toStdString();
    EXPECT_TRUE(lines[0].startsWith(QStringLiteral("Ready to add: 1 check-in"))) << preview->text().toStdString();
    EXPECT_TRUE(lines[0].contains(QStringLiteral(", 1 journal entr"))) << preview->text().toStdString();
    EXPECT_TRUE(lines[1].startsWith(QStringLiteral("Already here, so left out: 1 check-in"))) << preview->text().toStdString();
    EXPECT_TRUE(preview->isVisible());
    EXPECT_FALSE(child<QLabel>(dialog, "importDoneLabel")->isVisible()); // Enter previews; it never imports
    ASSERT_TRUE(child<QPushButton>(dialog, "importButton")->isEnabled());
    std::vector<ui::DataKind> changed;
    QObject::connect(m_context.get(), &ui::AppContext::dataChanged, [&changed](ui::DataKind kind) { changed.push_back(kind); });
    QTest::mouseClick(child<QPushButton>(dialog, "importButton"), Qt::LeftButton);

    EXPECT_TRUE(child<QLabel>(dialog, "importDoneLabel")->isVisible());
    EXPECT_FALSE(child<QPushButton>(dialog, "importButton")->isEnabled());
    ASSERT_FALSE(changed.empty());
    EXPECT_EQ(changed.back(), ui::DataKind::All);
    reopen();
    EXPECT_EQ(m_store->checkIn({2026, 11, 2})->intention, "mine"); // the stored one is kept
    EXPECT_EQ(m_store->checkIn({2026, 11, 1})->intention, "Sea, \"finally\"");
    ASSERT_EQ(m_store->journalEntries({}).size(), 1u);
    EXPECT_EQ(m_store->journalEntries({})[0].text, "Held on today 💪\nStill here.");
    EXPECT_EQ(m_store->settings().timerMinutes, Settings{}.timerMinutes); // a merge keeps the settings
}

TEST_F(ExchangeDialogsTest, ABadFileNamesTheLineAndChangesNothing)
{
    m_store->saveCheckIn(CheckIn{{2026, 11, 2}, at({2026, 11, 2}, 7), 5, 5, "mine"});
    const DataSet before = m_store->everything();
    QByteArray json = exchange::JsonExporter::toJson(otherDevice());
    json.replace("\"mood\": 2", "\"mood\": 9");
    const QString path = m_dir.filePath(QStringLiteral("bad.json"));
    writeFile(path, json);

    ui::ImportDialog dialog(*m_context, m_settings.get());
    dialog.show();
    dialog.loadFile(path);
    auto *error = child<QLabel>(dialog, "importErrorLabel");
    EXPECT_TRUE(error->isVisible());
    const int line = int(json.left(json.indexOf("\"mood\": 9")).count('\n')) + 1;
    EXPECT_TRUE(error->text().contains(QStringLiteral("Line %1, column").arg(line))) << error->text().toStdString();
    EXPECT_TRUE(error->text().contains(QStringLiteral("checkIns[1].mood"))) << error->text().toStdString();
    EXPECT_FALSE(child<QPushButton>(dialog, "importButton")->isEnabled());
    EXPECT_FALSE(dialog.importNow());
    EXPECT_EQ(m_store->everything(), before);
}

TEST_F(ExchangeDialogsTest, ReplaceAsksFirstAndKeepsTheDataWhenTheAnswerIsNo)
{
    m_store->saveCheckIn(CheckIn{{2026, 11, 20}, at({2026, 11, 20}, 7), 5, 5, "mine"});
    const DataSet before = m_store->everything();
    const QString path = m_dir.filePath(QStringLiteral("other.json"));
    writeFile(path, exchange::JsonExporter::toJson(otherDevice()));

    ui::ImportDialog dialog(*m_context, m_settings.get());
    dialog.show();
    dialog.loadFile(path);
    QTest::mouseClick(child<QRadioButton>(dialog, "importReplaceRadio"), Qt::LeftButton);
    EXPECT_TRUE(child<QLabel>(dialog, "importPreviewLabel")->text().startsWith(QStringLiteral("Everything stored now")));

    answerReplaceWith("importReplaceKeepButton");
    QTest::mouseClick(child<QPushButton>(dialog, "importButton"), Qt::LeftButton);
    EXPECT_EQ(m_store->everything(), before);

    answerReplaceWith("importReplaceConfirmButton");
    QTest::mouseClick(child<QPushButton>(dialog, "importButton"), Qt::LeftButton);
    const DataSet after = m_store->everything();
    EXPECT_FALSE(m_store->checkIn({2026, 11, 20}).has_value());
    EXPECT_EQ(after.checkIns, otherDevice().checkIns);
    EXPECT_EQ(after.settings.timerMinutes, 33);
    EXPECT_EQ(m_context->settings().timerMinutes, 33); // the screens see the new settings
}

TEST_F(ExchangeDialogsTest, DaylioMoodsAreMappedOnceAndRemembered)
{
    const QString path = m_dir.filePath(QStringLiteral("daylio.csv"));
    writeFile(path, "full_date,date,weekday,time,mood,activities,note_title,note\n"
                    "2026-11-03,3 November,Tuesday,9:15 pm,Anxious,\"work | bad sleep\",\"\",\"Did not text.\"\n"
                    "2026-11-03,3 November,Tuesday,08:00,rad,\"run\",\"\",\"\"\n"
                    "2026-11-02,2 November,Monday,10:00 pm,good,\"\",\"\",\"\"\n");
    {
        ui::ImportDialog dialog(*m_context, m_settings.get());
        dialog.show();
        dialog.loadFile(path);
        EXPECT_TRUE(child<QGroupBox>(dialog, "importMoodGroup")->isVisible());
        EXPECT_FALSE(child<QGroupBox>(dialog, "importModeGroup")->isVisible());
        auto *anxious = child<QComboBox>(dialog, "importMoodCombo0");
        auto *rad = child<QComboBox>(dialog, "importMoodCombo1");
        EXPECT_EQ(anxious->currentData().toInt(), 0); // a label of their own: no guess
        EXPECT_EQ(rad->currentData().toInt(), 5);
        EXPECT_FALSE(child<QPushButton>(dialog, "importButton")->isEnabled());

        anxious->setCurrentIndex(anxious->findData(2));
        EXPECT_TRUE(child<QLabel>(dialog, "importPreviewLabel")->text().startsWith(QStringLiteral("Ready to add: 2 check-in")));
        EXPECT_TRUE(child<QLabel>(dialog, "importPreviewLabel")->text().contains(QStringLiteral(", 1 journal entr")));
        QTest::mouseClick(child<QPushButton>(dialog, "importButton"), Qt::LeftButton);
        EXPECT_TRUE(child<QLabel>(dialog, "importDoneLabel")->isVisible());
    }
    // (2 + 5) / 2 = 3.5 rounds up to 4.
    EXPECT_EQ(m_store->checkIn({2026, 11, 3})->mood, 4);
    EXPECT_EQ(m_store->checkIn({2026, 11, 2})->mood, 4);
    const auto entries = m_store->journalEntries({});
    ASSERT_EQ(entries.size(), 1u);
    EXPECT_EQ(entries[0].text, "Did not text.");
    EXPECT_EQ(entries[0].tags, (std::vector<std::string>{"work", "bad sleep"}));

    ui::ImportDialog again(*m_context, m_settings.get());
    again.show();
    again.loadFile(path);
    EXPECT_EQ(child<QComboBox>(again, "importMoodCombo0")->currentData().toInt(), 2);
    // Everything is there already: nothing to add.
    EXPECT_TRUE(child<QLabel>(again, "importPreviewLabel")->text().startsWith(
        QStringLiteral("Ready to add: nothing.\nAlready here, so left out: 2 check-in")));
    EXPECT_FALSE(child<QPushButton>(again, "importButton")->isEnabled());
}

// An older version kept the mapping in QSettings. Opening the Daylio step
// moves it into the data's settings; cancelling the import then must not lose
// it when the window later saves its settings (the Settings dialog saves the
// copy the window holds).
TEST_F(ExchangeDialogsTest, AMappingMovedFromAnOlderVersionSurvivesACancelledImport)
{
    exchange::DaylioMoodMap older; // where an older version kept it
    older.set(QStringLiteral("Anxious"), 2);
    older.save(*m_settings);

    const QString path = m_dir.filePath(QStringLiteral("daylio.csv"));
    writeFile(path, "full_date,date,weekday,time,mood,activities,note_title,note\n"
                    "2026-11-03,3 November,Tuesday,9:15 pm,Anxious,\"\",\"\",\"\"\n");
    {
        ui::ImportDialog dialog(*m_context, m_settings.get());
        dialog.show();
        dialog.loadFile(path);
        EXPECT_EQ(child<QComboBox>(dialog, "importMoodCombo0")->currentData().toInt(), 2);
        dialog.reject();
    }
    EXPECT_FALSE(m_settings->childGroups().contains(QStringLiteral("daylio")));

    Settings changed = m_context->settings();
    changed.timerMinutes = 20;
    m_context->saveSettings(changed);
    EXPECT_EQ(m_store->settings().daylioMoods, (std::map<std::string, int>{{"anxious", 2}}));
}

TEST_F(ExchangeDialogsTest, AReplaceThatWouldLeaveNothingSaysSoAndTakesABackupFirst)
{
    m_store->saveCheckIn(CheckIn{{2026, 11, 20}, at({2026, 11, 20}, 7), 5, 5, "mine"});
    const DataSet before = m_store->everything();
    const QString path = m_dir.filePath(QStringLiteral("empty.json"));
    writeFile(path, "{\"format\": \"holdfast\", \"version\": 1}");

    ui::ImportDialog dialog(*m_context, m_settings.get());
    dialog.show();
    dialog.loadFile(path);
    QTest::mouseClick(child<QRadioButton>(dialog, "importReplaceRadio"), Qt::LeftButton);

    QString question;
    QTimer::singleShot(0, [&question] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        ASSERT_NE(box, nullptr);
        question = box->text();
        box->findChild<QAbstractButton *>(QStringLiteral("importReplaceKeepButton"))->click();
    });
    QTest::mouseClick(child<QPushButton>(dialog, "importButton"), Qt::LeftButton);
    EXPECT_TRUE(question.contains(QStringLiteral("holds no records"))) << question.toStdString();
    EXPECT_TRUE(question.contains(QStringLiteral("1 check-in"))) << question.toStdString();
    EXPECT_EQ(m_store->everything(), before);
    EXPECT_TRUE(storage::SqliteStore::backupsIn(m_dir.path()).isEmpty());

    answerReplaceWith("importReplaceConfirmButton");
    QTest::mouseClick(child<QPushButton>(dialog, "importButton"), Qt::LeftButton);
    EXPECT_FALSE(m_store->checkIn({2026, 11, 20}).has_value());
    const QStringList backups = storage::SqliteStore::backupsIn(m_dir.path());
    ASSERT_EQ(backups.size(), 1);
    EXPECT_TRUE(backups.front().contains(QStringLiteral("before_replace")));
    EXPECT_TRUE(child<QLabel>(dialog, "importDoneLabel")->text().contains(QStringLiteral("removed 1 check-in")))
        << child<QLabel>(dialog, "importDoneLabel")->text().toStdString();
}
