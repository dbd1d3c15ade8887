#include "ui/MainWindow.h"

#include "ui/AppContext.h"
#include "ui/CrisisCard.h"
#include "ui/dashboard/DashboardPage.h"
#include "ui/journal/JournalPage.h"
#include "ui/urge/UrgeDialog.h"
#include "ui/plan/PlanPage.h"
#include "ui/review/ReviewPage.h"
#include "ui/settings/SettingsDialog.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace holdfast::ui {

MainWindow::MainWindow(AppContext &context, QWidget *parent)
    : QMainWindow(parent), m_context(context)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Holdfast"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/holdfast.svg")));
    buildNavigation();
    buildMenus();
    connect(&m_context, &AppContext::panicRequested, this, &MainWindow::openUrgeDialog);
    resize(1100, 720);
}

MainWindow::~MainWindow() = default;

void MainWindow::buildNavigation()
{
    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    auto *sidebar = new QWidget(central);
    sidebar->setObjectName(QStringLiteral("sidebar"));
    sidebar->setAutoFillBackground(true);
    sidebar->setBackgroundRole(QPalette::AlternateBase);
    auto *sideLayout = new QVBoxLayout(sidebar);
    sideLayout->setContentsMargins(12, 16, 12, 16);
    sideLayout->setSpacing(12);

    auto *title = new QLabel(tr("Holdfast"), sidebar);
    title->setObjectName(QStringLiteral("appTitleLabel"));
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    title->setFont(titleFont);
    sideLayout->addWidget(title);

    m_navigation = new QListWidget(sidebar);
    m_navigation->setObjectName(QStringLiteral("navigationList"));
    m_navigation->setAccessibleName(tr("Screens"));
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_navigation->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // The list sits on the sidebar's own background rather than a white box.
    m_navigation->setAutoFillBackground(false);
    m_navigation->viewport()->setAutoFillBackground(false);
    QFont navigationFont = m_navigation->font();
    navigationFont.setPointSizeF(navigationFont.pointSizeF() * 1.1);
    m_navigation->setFont(navigationFont);
    const int rowHeight = QFontMetrics(navigationFont).height() * 2;
    const QString names[] = {tr("Dashboard"), tr("Journal"), tr("Review"), tr("Plan")};
    for (const QString &name : names) {
        auto *item = new QListWidgetItem(u"  " + name, m_navigation);
        item->setSizeHint(QSize(0, rowHeight));
    }
    m_navigation->setFixedHeight(4 * rowHeight + 8);
    sideLayout->addWidget(m_navigation);
    sideLayout->addStretch(1);

    const QString panicText = tr("I want to text my ex");
    m_panicButton = new QPushButton(panicText, sidebar);
    m_panicButton->setObjectName(QStringLiteral("panicButton"));
    m_panicButton->setAccessibleName(panicText);
    m_panicButton->setAccessibleDescription(tr("Opens a short exercise that helps you ride out the urge"));
    m_panicButton->setToolTip(tr("Ride out the urge (%1)").arg(QKeySequence(Qt::CTRL | Qt::Key_U).toString(QKeySequence::NativeText)));
    QFont panicFont = m_panicButton->font();
    panicFont.setBold(true);
    m_panicButton->setFont(panicFont);
    m_panicButton->setMinimumHeight(QFontMetrics(panicFont).height() * 3);
    m_panicButton->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    applyAccent();
    connect(m_panicButton, &QPushButton::clicked, this, &MainWindow::openUrgeDialog);
    sideLayout->addWidget(m_panicButton);
    // A long translation goes on two lines rather than widening the sidebar
    // until the window no longer fits a small screen.
    const QFontMetrics panicMetrics(panicFont);
    const int widest = panicMetrics.averageCharWidth() * 24;
    if (panicMetrics.horizontalAdvance(panicText) > widest) {
        const qsizetype middle = panicText.size() / 2;
        const qsizetype before = panicText.lastIndexOf(u' ', middle);
        const qsizetype after = panicText.indexOf(u' ', middle);
        const qsizetype split = before < 0 ? after : (after < 0 || middle - before <= after - middle ? before : after);
        if (split > 0)
            m_panicButton->setText(panicText.left(split) + u'\n' + panicText.mid(split + 1));
    }
    int panicWidth = 0;
    for (const QString &line : m_panicButton->text().split(u'\n'))
        panicWidth = std::max(panicWidth, panicMetrics.horizontalAdvance(line));
    const int textWidth = std::max(m_navigation->sizeHintForColumn(0), panicWidth);
    sidebar->setFixedWidth(textWidth + 3 * QFontMetrics(panicFont).height() + sideLayout->contentsMargins().left()
                           + sideLayout->contentsMargins().right());

    m_screens = new QStackedWidget(central);
    m_screens->setObjectName(QStringLiteral("screenStack"));
    for (Screen screen : {Screen::Dashboard, Screen::Journal, Screen::Review, Screen::Plan})
        m_screens->addWidget(createScreen(screen));

    layout->addWidget(sidebar);
    layout->addWidget(m_screens, 1);
    setCentralWidget(central);

    connect(m_navigation, &QListWidget::currentRowChanged, m_screens, &QStackedWidget::setCurrentIndex);
    m_navigation->setCurrentRow(0);

}

void MainWindow::buildMenus()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    fileMenu->setObjectName(QStringLiteral("fileMenu"));
    QAction *checkIn = fileMenu->addAction(tr("Morning &check-in"), this, &MainWindow::openMorningCheckIn);
    checkIn->setObjectName(QStringLiteral("checkInAction"));
    QAction *settings = fileMenu->addAction(tr("&Settings…"), this, &MainWindow::openSettings);
    settings->setObjectName(QStringLiteral("settingsAction"));
    settings->setShortcut(QKeySequence::Preferences);
    fileMenu->addSeparator();
    QAction *quit = fileMenu->addAction(tr("&Quit"), qApp, &QApplication::quit);
    quit->setShortcut(QKeySequence::Quit);
    quit->setObjectName(QStringLiteral("quitAction"));

    QMenu *goMenu = menuBar()->addMenu(tr("&Go"));
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
        QAction *action = goMenu->addAction(entry.text, this, [this, screen = entry.screen] { showScreen(screen); });
        action->setShortcut(QKeySequence(Qt::CTRL | entry.key));
    }
    goMenu->addSeparator();
    QAction *panic = goMenu->addAction(tr("I want to text my ex"), this, &MainWindow::openUrgeDialog);
    panic->setObjectName(QStringLiteral("panicAction"));
    panic->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_U));
    // Works from the urge dialog and other windows of the app too.
    panic->setShortcutContext(Qt::ApplicationShortcut);
    panic->setShortcutVisibleInContextMenu(true);

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->setObjectName(QStringLiteral("helpMenu"));
    QAction *crisis = helpMenu->addAction(tr("&Crisis help"), this, &MainWindow::showCrisisCard);
    crisis->setObjectName(QStringLiteral("crisisAction"));
    crisis->setShortcut(QKeySequence::HelpContents);
    helpMenu->addSeparator();
    helpMenu->addAction(tr("&About Holdfast"), this, [this] {
        CrisisCard::showAbout(this);
    });
}

QWidget *MainWindow::createScreen(Screen screen)
{
    // Each screen is built by its own class; until one exists, a quiet placeholder.
    switch (screen) {
    case Screen::Dashboard:
        return new DashboardPage(m_context, this);
    case Screen::Journal:
        return new JournalPage(m_context, this);
    case Screen::Plan:
        return new PlanPage(m_context, this);
    case Screen::Review:
        return new ReviewPage(m_context, this);
    }
    auto *placeholder = new QLabel(tr("Coming soon"), this);
    placeholder->setAlignment(Qt::AlignCenter);
    return placeholder;
}

void MainWindow::applyAccent()
{
    // The panic button stands out in the palette's own accent, light or dark.
    QPalette accent = palette();
    accent.setColor(QPalette::Button, accent.color(QPalette::Highlight));
    accent.setColor(QPalette::ButtonText, accent.color(QPalette::HighlightedText));
    m_panicButton->setPalette(accent);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange && m_panicButton)
        applyAccent();
    QMainWindow::changeEvent(event);
}

Screen MainWindow::currentScreen() const
{
    return Screen(m_screens->currentIndex());
}

QWidget *MainWindow::screenWidget(Screen screen) const
{
    return m_screens->widget(int(screen));
}

QDialog *MainWindow::urgeDialog() const
{
    return m_urgeDialog;
}

void MainWindow::showScreen(Screen screen)
{
    m_navigation->setCurrentRow(int(screen));
}

void MainWindow::openUrgeDialog()
{
    raiseWindow();
    if (m_urgeDialog) {
        m_urgeDialog->raise();
        m_urgeDialog->activateWindow();
        return;
    }
    // Opens at once: the dialog reads nothing from the store until the user acts.
    auto *dialog = new UrgeDialog(m_context, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_urgeDialog = dialog;
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
}

void MainWindow::showCrisisCard()
{
    CrisisCard::showCard(m_context.settings(), this);
}

void MainWindow::openSettings()
{
    SettingsDialog dialog(m_context, m_dataDir, this);
    dialog.exec();
}

void MainWindow::setDataDir(const QString &dataDir)
{
    m_dataDir = dataDir;
}

void MainWindow::openMorningCheckIn()
{
    raiseWindow();
    showScreen(Screen::Dashboard);
    if (auto *dashboard = qobject_cast<DashboardPage *>(screenWidget(Screen::Dashboard)))
        dashboard->focusCheckIn();
}

void MainWindow::raiseWindow()
{
    if (isMinimized())
        showNormal();
    show();
    raise();
    activateWindow();
}

} // namespace holdfast::ui
