#include "ui/journal/JournalEntriesView.h"

#include "model/JournalText.h"
#include "model/StoreError.h"
#include "headless/ErrorMessages.h"
#include "ui/journal/DeleteConfirmation.h"
#include "ui/journal/JournalEntryEditor.h"
#include "ui/journal/JournalFilterBar.h"
#include "ui/journal/JournalFormat.h"
#include "ui/journal/JournalListDelegate.h"

#include <QFrame>
#include <QHash>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QShortcut>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStackedWidget>
#include <QStringList>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace holdfast::ui {

JournalEntriesView::JournalEntriesView(AppContext &context, QWidget *parent)
    : QWidget(parent), m_context(context)
{
    setObjectName(QStringLiteral("journalEntriesView"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter = splitter;
    splitter->setObjectName(QStringLiteral("journalSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->setHandleWidth(12);
    layout->addWidget(splitter);

    auto *side = new QFrame(splitter);
    side->setObjectName(QStringLiteral("journalListPanel"));
    side->setFrameShape(QFrame::StyledPanel);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(12, 12, 12, 12);
    sideLayout->setSpacing(8);

    m_filters = new JournalFilterBar(side);
    m_filters->setToday(today());
    sideLayout->addWidget(m_filters);

    m_newButton = new QPushButton(tr("New entry"), side);
    m_newButton->setObjectName(QStringLiteral("journalNewEntryButton"));
    m_newButton->setToolTip(tr("Start a new entry (%1)").arg(QKeySequence(QKeySequence::New).toString(QKeySequence::NativeText)));
    connect(m_newButton, &QPushButton::clicked, this, &JournalEntriesView::newEntry);
    sideLayout->addWidget(m_newButton);

    m_listStack = new QStackedWidget(side);
    m_list = new QListWidget(m_listStack);
    m_list->setObjectName(QStringLiteral("journalEntryList"));
    m_list->setAccessibleName(tr("Journal entries"));
    m_list->setItemDelegate(new JournalListDelegate(m_list));
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setSpacing(1);
    m_list->setFrameShape(QFrame::NoFrame);
    m_list->viewport()->setBackgroundRole(QPalette::Window);
    connect(m_list, &QListWidget::currentItemChanged, this,
            [this](QListWidgetItem *current) { currentItemChanged(current); });
    m_listStack->addWidget(m_list);
    m_emptyLabel = new QLabel(m_listStack);
    m_emptyLabel->setObjectName(QStringLiteral("journalEmptyLabel"));
    m_emptyLabel->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setForegroundRole(QPalette::PlaceholderText);
    m_emptyLabel->setContentsMargins(8, 24, 8, 8);
    m_listStack->addWidget(m_emptyLabel);
    sideLayout->addWidget(m_listStack, 1);

    m_limitLabel = new QLabel(side);
    m_limitLabel->setObjectName(QStringLiteral("journalLimitLabel"));
    m_limitLabel->setWordWrap(true);
    m_limitLabel->setForegroundRole(QPalette::PlaceholderText);
    m_limitLabel->hide();
    sideLayout->addWidget(m_limitLabel);

    m_editor = new JournalEntryEditor(splitter);
    connect(m_editor, &JournalEntryEditor::edited, this, &JournalEntriesView::edited);
    connect(m_editor, &JournalEntryEditor::deleteRequested, this, &JournalEntriesView::deleteCurrentEntry);

    splitter->addWidget(side);
    splitter->addWidget(m_editor);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);

    m_searchTimer = new QTimer(this);
    m_searchTimer->setObjectName(QStringLiteral("journalSearchTimer"));
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(kSearchDelayMs);
    connect(m_searchTimer, &QTimer::timeout, this, &JournalEntriesView::applyFilters);
    connect(m_filters, &JournalFilterBar::searchEdited, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_filters, &JournalFilterBar::filtersChanged, this, &JournalEntriesView::applyFilters);

    m_autosaveTimer = new QTimer(this);
    m_autosaveTimer->setObjectName(QStringLiteral("journalAutosaveTimer"));
    m_autosaveTimer->setSingleShot(true);
    m_autosaveTimer->setInterval(kAutosaveDelayMs);
    connect(m_autosaveTimer, &QTimer::timeout, this, &JournalEntriesView::saveNow);

    auto *newShortcut = new QShortcut(QKeySequence::New, this);
    newShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(newShortcut, &QShortcut::activated, this, &JournalEntriesView::newEntry);

    connect(&m_context, &AppContext::dataChanged, this, [this](DataKind kind) {
        if (!m_notifying && (kind == DataKind::Journal || kind == DataKind::All))
            refresh();
    });

    m_autosave.open(false);
    m_editor->showEntry(m_entry, today());
    refreshTags();
    applyFilters();
}

JournalEntriesView::~JournalEntriesView()
{
    // Other screens may already be gone: save quietly, tell no one.
    m_destroying = true;
    saveNow();
}

LocalDate JournalEntriesView::today() const
{
    return m_context.clock().now().localDate;
}

void JournalEntriesView::edited()
{
    m_autosave.edit();
    showStatus();
    m_autosaveTimer->start();
}

bool JournalEntriesView::saveNow()
{
    m_autosaveTimer->stop();
    if (!m_autosave.needsSave(m_editor->isBlank()))
        return true;

    JournalEntry entry = m_entry;
    m_editor->fillIn(entry);
    const Moment now = m_context.clock().now();
    if (entry.id == 0)
        entry.created = now;
    entry.updated = now;
    try {
        const std::int64_t id = m_context.store().saveJournalEntry(entry);
        if (entry.id == 0)
            entry.id = id;
    } catch (const StoreError &error) {
        m_autosave.saveFailed(error.kind());
        showStatus();
        return false;
    }

    const bool tagsChanged = entry.tags != m_entry.tags;
    const bool wasNew = m_entry.id == 0;
    m_entry = entry;
    m_autosave.saveSucceeded();
    showStatus();
    if (m_destroying)
        return true;

    if (wasNew)
        m_editor->markStored(m_entry);
    QListWidgetItem *item = itemFor(m_entry.id);
    if (!item) {
        // A new entry goes on top, even if the search would not find it yet:
        // the user should see where their words went.
        const QSignalBlocker blocker(m_list);
        item = new QListWidgetItem;
        m_list->insertItem(0, item);
        m_list->setCurrentItem(item);
        showListState(false);
    }
    fillItem(item, m_entry);
    if (tagsChanged)
        refreshTags();
    notifyOthers();
    return true;
}

void JournalEntriesView::applyFilters()
{
    m_searchTimer->stop();
    const JournalQuery query = m_filters->query();
    m_limit = query.limit;
    std::vector<JournalEntry> entries;
    try {
        entries = m_context.store().journalEntries(query);
    } catch (const StoreError &error) {
        showListState(true, describeStoreError(error));
        return;
    }
    {
        // Each keystroke refills up to 500 rows. The rows already there are
        // reused and rewritten only where they show something else, with the
        // model quiet meanwhile: one change notice and one layout (row heights
        // follow the tags) instead of a signal per role and row.
        const QSignalBlocker blocker(m_list);
        QAbstractItemModel *model = m_list->model();
        const int count = int(entries.size());
        if (m_list->count() > count)
            model->removeRows(count, m_list->count() - count);
        if (m_list->count() < count)
            m_list->insertItems(m_list->count(), QStringList(count - m_list->count(), QString()));
        QHash<std::int64_t, QString> dates; // many entries share a day: its text is made once
        int first = count;
        int last = -1;
        {
            const QSignalBlocker quietModel(model);
            for (int row = 0; row < count; ++row) {
                QListWidgetItem *item = m_list->item(row);
                bool changed = false;
                for (const auto &[role, value] : rowData(entries[std::size_t(row)], dates)) {
                    if (item->data(role) != value) {
                        item->setData(role, value);
                        changed = true;
                    }
                }
                if (changed) {
                    first = std::min(first, row);
                    last = row;
                }
            }
        }
        if (last >= 0) {
            Q_EMIT model->dataChanged(model->index(first, 0), model->index(last, 0));
            m_list->doItemsLayout();
        }
    }
    // As after refilling from scratch: the newest results at the top, the open entry selected.
    m_list->scrollToTop();
    selectQuietly(m_entry.id);
    if (QListWidgetItem *current = m_list->currentItem())
        m_list->scrollToItem(current);
    showListState(false);
}

void JournalEntriesView::showListState(bool failed, const QString &error)
{
    if (failed) {
        m_emptyLabel->setText(error);
        m_listStack->setCurrentWidget(m_emptyLabel);
        m_limitLabel->hide();
        return;
    }
    if (m_list->count() > 0) {
        m_listStack->setCurrentWidget(m_list);
    } else {
        const JournalQuery query = m_filters->query();
        const bool filtered = !query.text.empty() || query.tag || query.mood || query.from;
        m_emptyLabel->setText(filtered ? tr("Nothing matches. Try other words or fewer filters.")
                                       : tr("Your entries will appear here. Write as much or as little as you like."));
        m_listStack->setCurrentWidget(m_emptyLabel);
    }
    m_limitLabel->setVisible(m_list->count() >= m_limit);
    m_limitLabel->setText(tr("Showing the newest %n entries. Search or pick dates to find older ones.", nullptr, m_limit));
}

JournalEntriesView::RowData JournalEntriesView::rowData(const JournalEntry &entry, QHash<std::int64_t, QString> &dates) const
{
    const std::int64_t day = entry.created.localDate.dayNumber();
    auto date = dates.constFind(day);
    if (date == dates.cend())
        date = dates.insert(day, JournalFormat::shortDate(entry.created.localDate, today()));
    const QString firstLine = QString::fromStdString(JournalText::firstLine(entry.text));
    const QString preview = firstLine.isEmpty() ? tr("(no words yet)") : firstLine;
    const QString mood = entry.mood ? JournalFormat::moodName(*entry.mood) : QString();
    QStringList tags;
    for (const auto &tag : entry.tags)
        tags << QString::fromStdString(tag);

    return {
        {JournalListDelegate::IdRole, qint64(entry.id)},
        {JournalListDelegate::DateRole, *date},
        {JournalListDelegate::NoteRole, mood},
        {JournalListDelegate::PreviewRole, preview},
        {JournalListDelegate::TagsRole, tags.join(QStringLiteral(" · "))},
        {Qt::DisplayRole, mood.isEmpty() ? tr("%1: %2").arg(*date, preview) : tr("%1, mood %2: %3").arg(*date, mood, preview)},
        {Qt::ToolTipRole, firstLine},
    };
}

void JournalEntriesView::fillItem(QListWidgetItem *item, const JournalEntry &entry) const
{
    QHash<std::int64_t, QString> dates;
    for (const auto &[role, value] : rowData(entry, dates))
        item->setData(role, value);
}

QListWidgetItem *JournalEntriesView::itemFor(std::int64_t id) const
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

void JournalEntriesView::selectQuietly(std::int64_t id)
{
    const QSignalBlocker blocker(m_list);
    if (QListWidgetItem *item = itemFor(id)) {
        m_list->setCurrentItem(item);
    } else {
        m_list->setCurrentItem(nullptr);
        m_list->clearSelection();
    }
}

void JournalEntriesView::currentItemChanged(QListWidgetItem *current)
{
    if (!current)
        return;
    openEntry(current->data(JournalListDelegate::IdRole).toLongLong());
}

bool JournalEntriesView::openEntry(std::int64_t id)
{
    if (id != 0 && id == m_entry.id) {
        selectQuietly(id);
        return true;
    }
    if (!saveNow()) {
        // Leaving now would lose what the store refused: stay with it.
        selectQuietly(m_entry.id);
        return false;
    }
    std::optional<JournalEntry> entry;
    try {
        entry = m_context.store().journalEntry(id);
    } catch (const StoreError &error) {
        selectQuietly(m_entry.id);
        m_editor->setStatus(describeStoreError(error));
        return false;
    }
    if (!entry) {
        applyFilters();
        return false;
    }
    m_entry = *entry;
    m_autosave.open(true);
    m_editor->showEntry(m_entry, today());
    selectQuietly(id);
    return true;
}

void JournalEntriesView::newEntry()
{
    if (!saveNow())
        return;
    m_entry = JournalEntry{};
    m_autosave.open(false);
    m_editor->showEntry(m_entry, today());
    selectQuietly(0);
    m_editor->focusText();
}

void JournalEntriesView::refresh()
{
    m_filters->setToday(today());
    refreshTags();
    // Someone else changed or removed the entry on screen: follow them,
    // unless the user has unsaved words in it.
    if (m_entry.id != 0 && !m_autosave.isDirty()) {
        try {
            if (const auto stored = m_context.store().journalEntry(m_entry.id)) {
                if (stored->text != m_entry.text || stored->mood != m_entry.mood || stored->tags != m_entry.tags) {
                    m_entry = *stored;
                    m_autosave.open(true);
                    m_editor->showEntry(m_entry, today());
                }
            } else {
                m_entry = JournalEntry{};
                m_autosave.open(false);
                m_editor->showEntry(m_entry, today());
            }
        } catch (const StoreError &) {
            // The list below shows the error; the editor keeps what it has.
        }
    }
    applyFilters();
}

void JournalEntriesView::refreshTags()
{
    try {
        m_filters->setTags(m_context.store().journalTags());
    } catch (const StoreError &) {
        // Filtering by tag waits for the next refresh; the list shows the error.
    }
}

void JournalEntriesView::deleteCurrentEntry()
{
    if (m_entry.id == 0)
        return;
    if (!DeleteConfirmation::ask(this, tr("Delete entry"),
                                 tr("Delete this entry from %1? It cannot be brought back.")
                                     .arg(JournalFormat::longDate(m_entry.created.localDate))))
        return;
    m_autosaveTimer->stop();
    try {
        m_context.store().removeJournalEntry(m_entry.id);
    } catch (const StoreError &error) {
        m_editor->setStatus(describeStoreError(error));
        return;
    }
    {
        const QSignalBlocker blocker(m_list);
        delete itemFor(m_entry.id);
    }
    m_entry = JournalEntry{};
    m_autosave.open(false);
    m_editor->showEntry(m_entry, today());
    selectQuietly(0);
    showListState(false);
    refreshTags();
    notifyOthers();
}

void JournalEntriesView::hideEvent(QHideEvent *event)
{
    saveNow();
    QWidget::hideEvent(event);
}

void JournalEntriesView::showStatus()
{
    m_editor->setStatus(JournalFormat::autosaveStatus(m_autosave));
}

void JournalEntriesView::notifyOthers()
{
    if (m_destroying)
        return;
    m_notifying = true;
    m_context.notifyChanged(DataKind::Journal);
    m_notifying = false;
}

} // namespace holdfast::ui
