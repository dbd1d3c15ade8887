#include "ui/MainWindow.h"

#include "ui/AccentButton.h"
#include "ui/AppContext.h"
#include "ui/CrisisHelp.h"
#include "ui/DiscreetMode.h"
#include "ui/MainMenus.h"
#include "ui/PanicKey.h"
#include "ui/WindowFit.h"
#include "ui/dashboard/DashboardPage.h"
#include "ui/lookback/LookBackDialog.h"
#include "ui/journal/JournalPage.h"
#include "ui/lock/LockController.h"
#include "ui/lock/LockScreen.h"
#include "ui/urge/UrgeDialog.h"
#include "ui/plan/PlanPage.h"
#include "ui/review/ReviewPage.h"
#include "ui/settings/SettingsDialog.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDialog>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QSystemTrayIcon>
#include <QStatusBar>
#include <QVBoxLayout>

#include <utility>

namespace holdfast::ui {

MainWindow::MainWindow(AppContext &context, QWidget *parent)
    : QMainWindow(parent), m_context(context)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Holdfast"));
    buildNavigation();
    MainMenus::build(*this, m_context, [this] { return m_dataDir; });
    setUpLock();
    applyDiscretion();
    connect(&m_context, &AppContext::dataChanged, this, [this](DataKind kind) {
        if (kind == DataKind::Settings || kind == DataKind::All)
            applyDiscretion();
    });
    connect(&m_context, &AppContext::panicRequested, this, &MainWindow::openUrgeDialog);
    // Quitting from the tray while the window is hidden sends it no close event.
    connect(qApp, &QCoreApplication::aboutToQuit, this, &MainWindow::saveDrafts);
    // The screen it opens on decides: all of a 1024x600 one (the panic button
    // stays in view, the screens scroll), a calm share of a 4K one.
    WindowFit::fitToScreen(*this, QSize(1100, 720), 0.6);
}

MainWindow::~MainWindow() = default;

void MainWindow::setPanicText(const QString &panicText)
{
    m_panicButton->setText(panicText);
    m_panicButton->setAccessibleName(panicText);
    // A long translation goes on two lines rather than widening the sidebar
    // until the window no longer fits a small screen.
    const QFont panicFont = m_panicButton->font();
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
    const QMargins margins = m_sidebar->layout()->contentsMargins();
    m_sidebar->setFixedWidth(textWidth + 3 * QFontMetrics(panicFont).height() + margins.left() + margins.right());
}

QString MainWindow::appName() const
{
    return m_context.settings().discreet ? DiscreetMode::name() : tr("Holdfast");
}

void MainWindow::applyDiscretion()
{
    const Settings &settings = m_context.settings();
    const bool discreet = settings.discreet;
    const QString name = appName();
    setWindowTitle(name);
    QApplication::setApplicationDisplayName(name);
    m_titleLabel->setText(name);
    const QString panicText = discreet ? DiscreetMode::panicLabel(settings) : tr("I want to text my ex");
    setPanicText(panicText);
    if (auto *panic = findChild<QAction *>(QStringLiteral("panicAction")))
        panic->setText(panicText + u'\t' + PanicKey::key().toString(QKeySequence::NativeText));
    if (auto *about = findChild<QAction *>(QStringLiteral("aboutAction")))
        about->setText(discreet ? tr("&About") : tr("&About Holdfast"));
    if (auto *quickHide = findChild<QAction *>(QStringLiteral("quickHideAction")))
        quickHide->setStatusTip(discreet ? tr("Locks when encrypted and hides the window at once")
                                         : tr("Locks Holdfast when it is encrypted and hides it at once"));
    if (auto *urge = qobject_cast<UrgeDialog *>(m_urgeDialog.data()))
        urge->applyDiscretion();
    // The icon itself is set a moment after the first paint (main.cpp), from
    // the same setting; here it only follows a change.
    if (discreet != m_discreetShown && !QApplication::windowIcon().isNull())
        QApplication::setWindowIcon(discreet ? DiscreetMode::icon() : QIcon(QStringLiteral(":/icons/holdfast.svg")));
    m_discreetShown = discreet;
    if (auto *dashboard = qobject_cast<DashboardPage *>(builtScreen(Screen::Dashboard)))
        dashboard->applyDiscretion();
}

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
    m_titleLabel = title;
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
    // Indented by the style, not by spaces a screen reader would read out. With
    // the keyboard in the list, the current screen has a ring in the base colour
    // (white in light themes, dark in dark ones: 3:1 on the accent in both).
    m_navigation->setStyleSheet(QStringLiteral(
        "QListWidget::item { padding-left: 0.6em; border: 2px solid transparent; border-radius: 3px; }"
        "QListWidget::item:selected { background: palette(highlight); color: palette(highlighted-text); }"
        "QListWidget::item:focus { border-color: palette(base); }"));
    const QString names[] = {tr("Dashboard"), tr("Journal"), tr("Review"), tr("Plan")};
    for (const QString &name : names) {
        auto *item = new QListWidgetItem(name, m_navigation);
        item->setSizeHint(QSize(0, rowHeight));
    }
    m_navigation->setFixedHeight(4 * rowHeight + 8);
    sideLayout->addWidget(m_navigation);
    sideLayout->addStretch(1);

    m_panicButton = new QPushButton(sidebar);
    m_panicButton->setObjectName(QStringLiteral("panicButton"));
    m_panicButton->setAccessibleDescription(tr("Opens a short exercise that helps you ride out the urge"));
    m_panicButton->setToolTip(tr("Ride out the urge (%1)").arg(PanicKey::key().toString(QKeySequence::NativeText)));
    QFont panicFont = m_panicButton->font();
    panicFont.setBold(true);
    m_panicButton->setFont(panicFont);
    m_panicButton->setMinimumHeight(QFontMetrics(panicFont).height() * 3);
    m_panicButton->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    applyAccent();
    connect(m_panicButton, &QPushButton::clicked, this, &MainWindow::openUrgeDialog);
    sideLayout->addWidget(m_panicButton);
    m_sidebar = sidebar;
    setPanicText(tr("I want to text my ex"));

    m_screens = new QStackedWidget(central);
    m_screens->setObjectName(QStringLiteral("screenStack"));
    // An encrypted store opens locked: the screens are built once it is unlocked.
    if (!m_context.isLocked())
        buildScreens();

    layout->addWidget(sidebar);
    layout->addWidget(m_screens, 1);
    m_centralLayout = layout; // the lock screen joins it when first needed
    setCentralWidget(central);

    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0 || row >= m_screens->count())
            return;
        ensureScreen(Screen(row));
        m_screens->setCurrentIndex(row);
    });
    m_navigation->setCurrentRow(0);

}

QWidget *MainWindow::createScreen(Screen screen)
{
    // Each screen is built by its own class; until one exists, a quiet placeholder.
    switch (screen) {
    case Screen::Dashboard: {
        auto *dashboard = new DashboardPage(m_context, this);
        connect(dashboard, &DashboardPage::lookBackRequested, this, &MainWindow::openLookBack);
        return dashboard;
    }
    case Screen::Journal:
        return new JournalPage(m_context, this);
    case Screen::Plan:
        return new PlanPage(m_context, this);
    case Screen::Review: {
        auto *review = new ReviewPage(m_context, this);
        review->setDataDir(m_dataDir); // its PNG and PDF never go into the data folder
        return review;
    }
    }
    auto *placeholder = new QLabel(tr("Coming soon"), this);
    placeholder->setAlignment(Qt::AlignCenter);
    return placeholder;
}

void MainWindow::applyAccent()
{
    // The panic button stands out in the theme's accent, light, dark or the
    // system's, with text that reads on it and a ring when it has focus.
    AccentButton::apply(m_panicButton);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange && m_panicButton)
        applyAccent();
    if (event->type() == QEvent::PaletteChange && m_navigation) {
        // A list with a style sheet keeps the palette it was polished with:
        // polished again, it takes the new theme's text and accent.
        const QString sheet = m_navigation->styleSheet();
        m_navigation->setStyleSheet(QString());
        m_navigation->setStyleSheet(sheet);
    }
    QMainWindow::changeEvent(event);
}

Screen MainWindow::currentScreen() const
{
    if (m_screens->count() == 0)
        return m_screenWhileLocked;
    return Screen(m_screens->currentIndex());
}

QWidget *MainWindow::screenWidget(Screen screen) const
{
    // Asking for a screen is about to use it: built now if it was still waiting.
    return const_cast<MainWindow *>(this)->ensureScreen(screen);
}

QWidget *MainWindow::builtScreen(Screen screen) const
{
    const auto index = std::size_t(screen);
    return index < m_built.size() && m_built[index] ? m_screens->widget(int(screen)) : nullptr;
}

QWidget *MainWindow::ensureScreen(Screen screen)
{
    const int index = int(screen);
    if (index >= m_screens->count())
        return nullptr; // locked: no screens exist
    if (!m_built[std::size_t(index)]) {
        m_built[std::size_t(index)] = true;
        QWidget *placeholder = m_screens->widget(index);
        const bool current = m_screens->currentIndex() == index;
        m_screens->insertWidget(index, createScreen(screen));
        m_screens->removeWidget(placeholder);
        placeholder->deleteLater();
        if (current)
            m_screens->setCurrentIndex(index);
    }
    return m_screens->widget(index);
}

QDialog *MainWindow::urgeDialog() const
{
    return m_urgeDialog;
}

void MainWindow::showScreen(Screen screen)
{
    // While locked, remembered for after the unlock.
    m_screenWhileLocked = screen;
    m_navigation->setCurrentRow(int(screen));
}

void MainWindow::focusScreen(Screen screen)
{
    QWidget *page = builtScreen(screen);
    if (!page || !page->isVisibleTo(this))
        return;
    if (page->focusProxy()) {
        page->setFocus(Qt::ShortcutFocusReason);
        return;
    }
    // The first control Tab would reach in it, past its tab bars (they switch
    // between parts; the keys of a part work inside it).
    QWidget *fallback = nullptr;
    for (QWidget *widget = page->nextInFocusChain(); widget && widget != page; widget = widget->nextInFocusChain()) {
        if (!page->isAncestorOf(widget) || !(widget->focusPolicy() & Qt::TabFocus) || !widget->isEnabled()
            || !widget->isVisibleTo(page))
            continue;
        if (widget->inherits("QTabBar")) {
            if (!fallback)
                fallback = widget;
            continue;
        }
        widget->setFocus(Qt::ShortcutFocusReason);
        return;
    }
    if (fallback)
        fallback->setFocus(Qt::ShortcutFocusReason);
}

void MainWindow::openUrgeDialog()
{
    raiseWindow();
    // Over a modal dialog (Settings, Import, Export, onboarding, a question)
    // the urge dialog goes above it and takes the keyboard: the panic flow is never refused.
    QWidget *modal = QApplication::activeModalWidget();
    const bool overModal = modal && modal != m_urgeDialog;
    if (m_urgeDialog) {
        if (overModal && m_urgeDialog->windowModality() != Qt::ApplicationModal) {
            m_urgeDialog->hide(); // modality changes only while hidden; what was entered stays
            m_urgeDialog->setWindowModality(Qt::ApplicationModal);
        }
        m_urgeDialog->show(); // after a quick hide
        m_urgeDialog->raise();
        m_urgeDialog->activateWindow();
        return;
    }
    // Opens at once: the dialog reads nothing from the store until the user acts.
    auto *dialog = new UrgeDialog(m_context, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (overModal)
        dialog->setWindowModality(Qt::ApplicationModal);
    m_urgeDialog = dialog;
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
}

void MainWindow::showCrisisCard()
{
    m_context.crisisHelp().show(this);
}

void MainWindow::openSettings()
{
    SettingsDialog dialog(m_context, m_dataDir, this);
    if (m_backupCatalog) {
        dialog.setBackupCatalog(*m_backupCatalog);
        // Open drafts go into the copy of the current state taken before a restore.
        connect(&dialog, &SettingsDialog::aboutToRestore, this, &MainWindow::saveDrafts);
    }
    dialog.exec();
}

void MainWindow::showNotice(const QString &text)
{
    auto *notice = findChild<QLabel *>(QStringLiteral("windowNoticeLabel"));
    if (!notice) {
        notice = new QLabel(this);
        notice->setObjectName(QStringLiteral("windowNoticeLabel"));
        notice->setWordWrap(true);
        notice->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        statusBar()->addWidget(notice, 1);
    }
    notice->setText(text);
    notice->setAccessibleName(text);
}

void MainWindow::setDataDir(const QString &dataDir)
{
    m_dataDir = dataDir;
    if (auto *review = qobject_cast<ReviewPage *>(builtScreen(Screen::Review)))
        review->setDataDir(dataDir);
}

void MainWindow::setBackupCatalog(BackupCatalog *catalog)
{
    m_backupCatalog = catalog;
}

void MainWindow::openMorningCheckIn()
{
    raiseWindow();
    showScreen(Screen::Dashboard);
    if (auto *dashboard = qobject_cast<DashboardPage *>(screenWidget(Screen::Dashboard)))
        dashboard->focusCheckIn();
}

void MainWindow::openLookBack()
{
    raiseWindow();
    LookBackDialog::openOver(m_context, this);
}

void MainWindow::raiseWindow()
{
    if (isMinimized())
        showNormal();
    show();
    raise();
    activateWindow();
}

// --- locking ----------------------------------------------------------------

void MainWindow::buildScreens()
{
    // Only the screen shown is built now; the others on first use (ensureScreen),
    // so the first paint does not wait for the journal's entries or the plan.
    for (Screen screen : {Screen::Dashboard, Screen::Journal, Screen::Review, Screen::Plan}) {
        Q_UNUSED(screen);
        auto *placeholder = new QWidget(m_screens);
        placeholder->setObjectName(QStringLiteral("screenPlaceholder"));
        m_screens->addWidget(placeholder);
    }
    m_built.fill(false);
    const int current = m_navigation->currentRow() < 0 ? 0 : m_navigation->currentRow();
    ensureScreen(Screen(current));
    m_screens->setCurrentIndex(current);
}

void MainWindow::setUpLock()
{
    m_lockController = new LockController(m_context, this);
    connect(m_lockController, &LockController::lockDue, this, &MainWindow::lockNow);
    connect(&m_context, &AppContext::lockChanged, this, &MainWindow::showLockState);
    connect(&m_context, &AppContext::unlockRequested, this, [this] {
        raiseWindow();
        ensureLockScreen()->reset();
    });
    showLockState(m_context.isLocked());
}

bool MainWindow::isShowingLockScreen() const
{
    return m_lockScreen && !m_lockScreen->isHidden();
}

LockScreen *MainWindow::ensureLockScreen()
{
    // Built the first time the store is locked: most people never encrypt,
    // and the first paint need not wait for a screen that stays hidden.
    if (!m_lockScreen) {
        m_lockScreen = new LockScreen(m_context, centralWidget());
        m_lockScreen->hide();
        m_centralLayout->addWidget(m_lockScreen, 1);
        connect(m_lockScreen, &LockScreen::crisisHelpRequested, this, &MainWindow::showCrisisCard);
    }
    return m_lockScreen;
}

void MainWindow::showLockState(bool locked)
{
    m_navigation->setVisible(!locked);
    if (locked) {
        m_screens->hide();
        ensureLockScreen()->show();
        m_lockScreen->reset();
        return;
    }
    if (m_lockScreen)
        m_lockScreen->hide();
    // Fresh screens read what they show from the unlocked store.
    if (m_screens->count() == 0)
        buildScreens();
    m_screens->show();
    showScreen(m_screenWhileLocked);
}

bool MainWindow::lockNow()
{
    if (m_context.store().encryptionState() != EncryptionState::Unlocked)
        return false;
    // What is typed must be in the store before the screens go.
    if (!saveDrafts())
        return false;
    m_screenWhileLocked = currentScreen();
    // The screens hold decrypted text in their widgets: they go, and are built
    // anew after the unlock.
    while (m_screens->count() > 0) {
        QWidget *page = m_screens->widget(0);
        m_screens->removeWidget(page);
        page->hide();
        page->deleteLater();
    }
    m_context.lock();
    return true;
}

bool MainWindow::saveDrafts()
{
    return !saveDraftsOf();
}

std::optional<Screen> MainWindow::saveDraftsOf()
{
    std::optional<Screen> refused;
    if (auto *journal = qobject_cast<JournalPage *>(builtScreen(Screen::Journal)); journal && !journal->flush())
        refused = Screen::Journal;
    // A check-in with its two numbers is saved; one without them cannot be
    // stored and must not keep the data open (closing asks about it).
    if (auto *dashboard = qobject_cast<DashboardPage *>(builtScreen(Screen::Dashboard));
        dashboard && !dashboard->keepCheckInEdits() && !refused)
        refused = Screen::Dashboard;
    return refused;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (const std::optional<Screen> refused = saveDraftsOf()) {
        event->ignore();
        explainStayingOpen(*refused);
        return;
    }
    auto *dashboard = qobject_cast<DashboardPage *>(builtScreen(Screen::Dashboard));
    const bool dropCheckIn = std::exchange(m_dropCheckInOnClose, false);
    if (dashboard && dashboard->hasIncompleteCheckIn() && !dropCheckIn) {
        event->ignore();
        askBeforeDroppingCheckIn();
        return;
    }
    QMainWindow::closeEvent(event);
}

namespace {

// The message of that name when it is still open: raised rather than shown twice.
bool raiseOpenMessage(QWidget *window, const QString &name)
{
    for (QMessageBox *box : window->findChildren<QMessageBox *>(name)) {
        if (box->isVisible()) {
            box->raise();
            box->activateWindow();
            return true;
        }
    }
    return false;
}

} // namespace

void MainWindow::explainStayingOpen(Screen screen)
{
    showScreen(screen);
    if (auto *dashboard = qobject_cast<DashboardPage *>(builtScreen(Screen::Dashboard)); dashboard && screen == Screen::Dashboard)
        dashboard->focusCheckIn();
    // Not waiting for an answer: the window stays usable, and a second close tries again.
    if (raiseOpenMessage(this, QStringLiteral("draftNotSavedMessage")))
        return;
    auto *box = new QMessageBox(QMessageBox::Warning, appName(),
                                screen == Screen::Dashboard
                                    ? tr("Your check-in could not be saved, so Holdfast stays open and keeps it.")
                                    : tr("Your journal entry could not be saved, so Holdfast stays open and keeps it."),
                                QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("draftNotSavedMessage"));
    box->setInformativeText(tr("The screen says what went wrong. Try again in a moment."));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::askBeforeDroppingCheckIn()
{
    showScreen(Screen::Dashboard);
    if (raiseOpenMessage(this, QStringLiteral("incompleteCheckInQuestion")))
        return;
    auto *box = new QMessageBox(QMessageBox::Question, appName(),
                                tr("Your check-in is not saved yet: it needs a number for your mood and your sleep."),
                                QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("incompleteCheckInQuestion"));
    box->setInformativeText(tr("Close Holdfast without it?"));
    QPushButton *keep = box->addButton(tr("Keep editing"), QMessageBox::RejectRole);
    keep->setObjectName(QStringLiteral("keepEditingCheckInButton"));
    QPushButton *drop = box->addButton(tr("Close without it"), QMessageBox::DestructiveRole);
    drop->setObjectName(QStringLiteral("closeWithoutCheckInButton"));
    box->setDefaultButton(keep);
    box->setEscapeButton(keep);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, drop] {
        if (box->clickedButton() != drop) {
            if (auto *dashboard = qobject_cast<DashboardPage *>(builtScreen(Screen::Dashboard)))
                dashboard->focusCheckIn();
            return;
        }
        m_dropCheckInOnClose = true;
        close();
    });
    box->open();
}

void MainWindow::quickHide()
{
    // What is typed is saved either way; what the store refuses stays in its
    // editor, in the hidden window, rather than keep someone waiting here.
    if (m_context.store().encryptionState() == EncryptionState::Unlocked)
        lockNow();
    else
        saveDrafts();
    // The urge dialog keeps what was entered; the panic button brings it back.
    if (m_urgeDialog)
        m_urgeDialog->hide();
    if (QSystemTrayIcon::isSystemTrayAvailable())
        hide();
    else
        showMinimized();
}

} // namespace holdfast::ui
