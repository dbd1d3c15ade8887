// Longer words must not widen the window: in every shipped language each
// screen, filled with the demo history, fits a 900x600 window.

#include "UiFixture.h"

#include "DemoData.h"

#include "ui/MainWindow.h"
#include "headless/Translations.h"

#include <QApplication>
#include <QLocale>
#include <QWidget>

#include <string>
#include <vector>

using namespace holdfast;
using holdfast::testing::UiFixture;

namespace {

class LanguageLayoutTest : public UiFixture, public ::testing::WithParamInterface<std::string>
{
protected:
    void TearDown() override
    {
        // Back to what the other tests run with: the system's language and locale.
        ui::Translations::install(QString());
        QLocale::setDefault(m_savedLocale);
        qDeleteAll(QCoreApplication::instance()->findChildren<QObject *>(QStringLiteral("holdfastDemoFolder")));
        UiFixture::TearDown();
    }

    const QLocale m_savedLocale;
};

QString screenName(ui::Screen screen)
{
    switch (screen) {
    case ui::Screen::Dashboard:
        return QStringLiteral("dashboard");
    case ui::Screen::Journal:
        return QStringLiteral("journal");
    case ui::Screen::Review:
        return QStringLiteral("review");
    case ui::Screen::Plan:
        return QStringLiteral("plan");
    }
    return {};
}

// As std::string, so gtest prints the codes in test names and messages.
std::vector<std::string> shippedLanguages()
{
    std::vector<std::string> codes;
    for (const QString &code : ui::Translations::available())
        codes.push_back(code.toStdString());
    return codes;
}

} // namespace

TEST_P(LanguageLayoutTest, EveryScreenFitsA900By600Window)
{
    const QString language = QString::fromStdString(GetParam());
    ASSERT_EQ(ui::Translations::install(language), language);

    QString error;
    const QString demoDir = app::prepareDemoDataDir(m_clock, &error);
    ASSERT_FALSE(demoDir.isEmpty()) << error.toStdString();
    const auto store = storage::SqliteStore::open(demoDir);
    ui::AppContext context(*store, m_clock);

    ui::MainWindow window(context);
    window.resize(900, 600);
    window.show();
    const ui::Screen screens[] = {ui::Screen::Dashboard, ui::Screen::Journal, ui::Screen::Review, ui::Screen::Plan};
    // Screens fill in after they are first shown (the review builds its charts
    // then): visit each once before measuring.
    for (const ui::Screen screen : screens) {
        window.showScreen(screen);
        QApplication::processEvents();
    }
    for (const ui::Screen screen : screens) {
        window.showScreen(screen);
        QApplication::processEvents();
        const QSize minimum = window.minimumSizeHint();
        EXPECT_LE(minimum.width(), 900) << language.toStdString() << " " << screenName(screen).toStdString();
        EXPECT_LE(minimum.height(), 600) << language.toStdString() << " " << screenName(screen).toStdString();
    }
}

INSTANTIATE_TEST_SUITE_P(ShippedLanguages, LanguageLayoutTest, ::testing::ValuesIn(shippedLanguages()),
                         [](const ::testing::TestParamInfo<std::string> &paramInfo) { return paramInfo.param; });
