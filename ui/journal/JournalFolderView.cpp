#include "ui/journal/JournalFolderView.h"

#include "model/StoreError.h"
#include "headless/ErrorMessages.h"
#include "ui/journal/DeleteConfirmation.h"
#include "ui/journal/JournalFormat.h"
#include "ui/journal/JournalListDelegate.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace holdfast::ui {

JournalFolderView::JournalFolderView(AppContext &context, const QString &prefix, DataKind kind, QWidget *parent)
    : QWidget(parent), m_context(context), m_prefix(prefix), m_kind(kind)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(prefix + QStringLiteral("Splitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setHandleWidth(12);
    layout->addWidget(m_splitter);

    m_sidePanel = new QFrame(m_splitter);
    m_sidePanel->setObjectName(prefix + QStringLiteral("ListPanel"));
    m_sidePanel->setFrameShape(QFrame::StyledPanel);
    m_sideLayout = new QVBoxLayout(m_sidePanel);
    m_sideLayout->setContentsMargins(12, 12, 12, 12);
    m_sideLayout->setSpacing(8);

    m_autosaveTimer = new QTimer(this);
    m_autosaveTimer->setObjectName(prefix + QStringLiteral("AutosaveTimer"));
    m_autosaveTimer->setSingleShot(true);
    m_autosaveTimer->setInterval(kAutosaveDelayMs);
    connect(m_autosaveTimer, &QTimer::timeout, this, &JournalFolderView::saveNow);

    connect(&m_context, &AppContext::dataChanged, this, [this](DataKind changed) {
        if (!m_notifying && (changed == m_kind || changed == DataKind::All))
            refresh();
    });
}

void JournalFolderView::addList(const QString &objectName, const QString &accessibleName)
{
    m_listStack = new QStackedWidget(m_sidePanel);
    m_list = new QListWidget(m_listStack);
    m_list->setObjectName(objectName);
    m_list->setAccessibleName(accessibleName);
    m_list->setItemDelegate(new JournalListDelegate(m_list));
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setSpacing(1);
    m_list->setFrameShape(QFrame::NoFrame);
    m_list->viewport()->setBackgroundRole(QPalette::Window);
    connect(m_list, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *current) {
        if (current)
            openRecord(current->data(JournalListDelegate::IdRole).toLongLong());
    });
    m_listStack->addWidget(m_list);
    m_emptyLabel = new QLabel(m_listStack);
    m_emptyLabel->setObjectName(m_prefix + QStringLiteral("EmptyLabel"));
    m_emptyLabel->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setForegroundRole(QPalette::PlaceholderText);
    m_emptyLabel->setContentsMargins(8, 24, 8, 8);
    m_listStack->addWidget(m_emptyLabel);
    m_sideLayout->addWidget(m_listStack, 1);
}

LocalDate JournalFolderView::today() const
{
    return m_context.clock().now().localDate;
}

void JournalFolderView::edited()
{
    m_autosave.edit();
    showStatus();
    m_autosaveTimer->start();
}

bool JournalFolderView::saveNow()
{
    m_autosaveTimer->stop();
    if (!m_autosave.needsSave(isEditorBlank()))
        return true;

    const bool wasNew = currentId() == 0;
    try {
        storeEdits(m_context.clock().now());
    } catch (const StoreError &error) {
        m_autosave.saveFailed(error.kind());
        showStatus();
        return false;
    }
    m_autosave.saveSucceeded();
    showStatus();
    if (m_destroying)
        return true;

    showStored(wasNew);
    notifyOthers();
    return true;
}

void JournalFolderView::saveBeforeClosing()
{
    m_destroying = true;
    saveNow();
}

bool JournalFolderView::openRecord(std::int64_t id)
{
    if (id != 0 && id == currentId()) {
        selectQuietly(id);
        return true;
    }
    if (!saveNow()) {
        // Leaving now would lose what the store refused: stay with it.
        selectQuietly(currentId());
        return false;
    }
    bool found = false;
    try {
        found = loadRecord(id);
    } catch (const StoreError &error) {
        selectQuietly(currentId());
        setStatusText(describeStoreError(error));
        return false;
    }
    if (!found) {
        reloadList();
        return false;
    }
    m_autosave.open(true);
    showRecord();
    selectQuietly(id);
    opened();
    return true;
}

void JournalFolderView::newRecord()
{
    if (!saveNow())
        return;
    clearRecord();
    m_autosave.open(false);
    showRecord();
    selectQuietly(0);
    focusEditor();
}

void JournalFolderView::deleteCurrentRecord(const QString &title, const QString &question)
{
    const std::int64_t id = currentId();
    if (id == 0)
        return;
    if (!DeleteConfirmation::ask(this, title, question))
        return;
    m_autosaveTimer->stop();
    try {
        removeStored(id);
    } catch (const StoreError &error) {
        setStatusText(describeStoreError(error));
        return;
    }
    {
        const QSignalBlocker blocker(m_list);
        delete itemFor(id);
    }
    clearRecord();
    m_autosave.open(false);
    showRecord();
    selectQuietly(0);
    afterRemove();
    notifyOthers();
}

QListWidgetItem *JournalFolderView::itemFor(std::int64_t id) const
{
    if (id == 0)
        return nullptr;
    for (int row = 0; row < m_list->count(); ++row) {
        QListWidgetItem *item = m_list->item(row);
        if (item->data(JournalListDelegate::IdRole).toLongLong() == id)
            return item;
    }
    return nullptr;
}

void JournalFolderView::selectQuietly(std::int64_t id)
{
    const QSignalBlocker blocker(m_list);
    if (QListWidgetItem *item = itemFor(id)) {
        m_list->setCurrentItem(item);
    } else {
        m_list->setCurrentItem(nullptr);
        m_list->clearSelection();
    }
}

QListWidgetItem *JournalFolderView::rowForStored(std::int64_t id, bool &inserted)
{
    inserted = false;
    if (QListWidgetItem *item = itemFor(id))
        return item;
    const QSignalBlocker blocker(m_list);
    auto *item = new QListWidgetItem;
    m_list->insertItem(0, item);
    m_list->setCurrentItem(item);
    inserted = true;
    return item;
}

void JournalFolderView::showStatus()
{
    setStatusText(JournalFormat::autosaveStatus(m_autosave));
}

void JournalFolderView::notifyOthers()
{
    if (m_destroying)
        return;
    m_notifying = true;
    m_context.notifyChanged(m_kind);
    m_notifying = false;
}

void JournalFolderView::hideEvent(QHideEvent *event)
{
    saveNow();
    QWidget::hideEvent(event);
}

} // namespace holdfast::ui
