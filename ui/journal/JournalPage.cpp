#include "ui/journal/JournalPage.h"

#include "model/StoreError.h"
#include "model/UnsentReread.h"
#include "ui/AppContext.h"
#include "ui/journal/JournalEntriesView.h"
#include "ui/journal/UnsentMessagesView.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabBar>
#include <QVBoxLayout>

#include <algorithm>

namespace holdfast::ui {

JournalPage::JournalPage(AppContext &context, QWidget *parent) : QWidget(parent), m_context(context)
{
    setObjectName(QStringLiteral("journalPage"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(12);

    auto *header = new QHBoxLayout;
    header->setSpacing(16);
    auto *heading = new QLabel(tr("Journal"), this);
    heading->setObjectName(QStringLiteral("journalHeadingLabel"));
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.5);
    headingFont.setBold(true);
    heading->setFont(headingFont);
    header->addWidget(heading);

    m_folders = new QTabBar(this);
    m_folders->setObjectName(QStringLiteral("journalFolderTabBar"));
    m_folders->setAccessibleName(tr("Journal folders"));
    m_folders->setDrawBase(false);
    m_folders->setExpanding(false);
    m_folders->setDocumentMode(true);
    m_folders->addTab(tr("Entries"));
    m_folders->addTab(tr("Unsent messages"));
    m_folders->setTabToolTip(1, tr("What you wrote to them instead of sending it"));
    header->addWidget(m_folders, 0, Qt::AlignBottom);
    header->addStretch(1);
    layout->addLayout(header);

    auto *banner = new QFrame(this);
    banner->setObjectName(QStringLiteral("journalRereadBanner"));
    banner->setFrameShape(QFrame::StyledPanel);
    banner->setAutoFillBackground(true);
    banner->setBackgroundRole(QPalette::AlternateBase);
    auto *bannerLayout = new QHBoxLayout(banner);
    bannerLayout->setContentsMargins(14, 10, 10, 10);
    bannerLayout->setSpacing(10);
    m_rereadLabel = new QLabel(banner);
    m_rereadLabel->setObjectName(QStringLiteral("journalRereadLabel"));
    m_rereadLabel->setWordWrap(true);
    bannerLayout->addWidget(m_rereadLabel, 1);
    auto *reread = new QPushButton(tr("Read it again"), banner);
    reread->setObjectName(QStringLiteral("journalRereadButton"));
    connect(reread, &QPushButton::clicked, this, &JournalPage::rereadNext);
    bannerLayout->addWidget(reread);
    auto *dismiss = new QPushButton(tr("Not now"), banner);
    dismiss->setObjectName(QStringLiteral("journalRereadDismissButton"));
    dismiss->setFlat(true);
    connect(dismiss, &QPushButton::clicked, this, [this] {
        m_rereadDismissedOn = m_context.clock().now().localDate;
        updateRereadOffer();
    });
    bannerLayout->addWidget(dismiss);
    m_rereadBanner = banner;
    layout->addWidget(banner);

    m_stack = new QStackedWidget(this);
    m_entries = new JournalEntriesView(context, m_stack);
    m_unsent = new UnsentMessagesView(context, m_stack);
    m_stack->addWidget(m_entries);
    m_stack->addWidget(m_unsent);
    layout->addWidget(m_stack, 1);
    connect(m_folders, &QTabBar::currentChanged, this, [this](int index) {
        // Both folders keep the list at the same width, so switching does not jump.
        QSplitter *from = m_stack->currentWidget() == m_entries ? m_entries->splitter() : m_unsent->splitter();
        QSplitter *to = index == 0 ? m_entries->splitter() : m_unsent->splitter();
        const QList<int> sizes = from->sizes();
        if (from != to && std::all_of(sizes.begin(), sizes.end(), [](int size) { return size > 0; }))
            to->setSizes(sizes);
        m_stack->setCurrentIndex(index);
    });

    connect(&m_context, &AppContext::dataChanged, this, [this](DataKind kind) {
        if (kind == DataKind::UnsentMessages || kind == DataKind::All)
            updateRereadOffer();
    });
    updateRereadOffer();
}

// Each folder writes its unsaved words in its own destructor, quietly: by
// then the main window and the other screens may be half torn down, so
// nobody is told (hideEvent, which runs first on closing, tells them).
// The folders hide as they are destroyed, and their hideEvent does tell:
// this page must stop listening first, or the notice reaches a half-destroyed page.
JournalPage::~JournalPage()
{
    disconnect(&m_context, nullptr, this, nullptr);
}

bool JournalPage::flush()
{
    const bool entriesSaved = m_entries->saveNow();
    const bool unsentSaved = m_unsent->saveNow();
    return entriesSaved && unsentSaved;
}

bool JournalPage::isShowingUnsentMessages() const
{
    return m_stack->currentWidget() == m_unsent;
}

void JournalPage::showUnsentMessages()
{
    m_folders->setCurrentIndex(1);
}

void JournalPage::showEntries()
{
    m_folders->setCurrentIndex(0);
}

void JournalPage::rereadNext()
{
    std::vector<std::int64_t> due;
    try {
        due = UnsentReread::dueOn(m_context.store().unsentMessages(), m_context.clock().now().localDate);
    } catch (const StoreError &) {
        due.clear();
    }
    showUnsentMessages();
    if (!due.empty())
        m_unsent->openMessage(due.front());
    updateRereadOffer();
}

void JournalPage::updateRereadOffer()
{
    const LocalDate today = m_context.clock().now().localDate;
    std::size_t due = 0;
    if (m_rereadDismissedOn != today) {
        try {
            due = UnsentReread::dueOn(m_context.store().unsentMessages(), today).size();
        } catch (const StoreError &) {
            due = 0; // the folder itself shows the error
        }
    }
    if (due == 1)
        m_rereadLabel->setText(tr("You wrote an unsent message yesterday. Want to read it again with today's eyes?"));
    else
        m_rereadLabel->setText(tr("You wrote %n unsent messages yesterday. Want to read them again with today's eyes?",
                                  nullptr, int(due)));
    m_rereadBanner->setVisible(due > 0);
}

void JournalPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    updateRereadOffer();
}

void JournalPage::hideEvent(QHideEvent *event)
{
    flush();
    QWidget::hideEvent(event);
}

} // namespace holdfast::ui
