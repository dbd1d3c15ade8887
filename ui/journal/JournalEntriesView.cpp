#include "ui/journal/JournalEntriesView.h"

#include "model/JournalText.h"
#include "model/StoreError.h"
#include "headless/ErrorMessages.h"
#include "ui/journal/JournalEntryEditor.h"
#include "ui/journal/JournalFilterBar.h"
#include "ui/journal/JournalFormat.h"
#include "ui/journal/JournalListDelegate.h"

#include <QFrame>
#include <QHash>
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
    : JournalFolderView(context, QStringLiteral("journal"), DataKind::Journal, parent)
{
    setObjectName(QStringLiteral("journalEntriesView"));
    QFrame *side = sidePanel();

    m_filters = new JournalFilterBar(side);
    m_filters->setToday(today());
    sideLayout()->addWidget(m_filters);

    m_newButton = new QPushButton(tr("New entry"), side);
    m_newButton->setObjectName(QStringLiteral("journalNewEntryButton"));
    m_newButton->setToolTip(tr("Start a new entry (%1)").arg(QKeySequence(QKeySequence::New).toString(QKeySequence::NativeText)));
    connect(m_newButton, &QPushButton::clicked, this, &JournalEntriesView::newEntry);
    sideLayout()->addWidget(m_newButton);

    addList(QStringLiteral("journalEntryList"), tr("Journal entries"));

    m_limitLabel = new QLabel(side);
    m_limitLabel->setObjectName(QStringLiteral("journalLimitLabel"));
    m_limitLabel->setWordWrap(true);
    m_limitLabel->setForegroundRole(QPalette::PlaceholderText);
    m_limitLabel->hide();
    sideLayout()->addWidget(m_limitLabel);

    m_editor = new JournalEntryEditor(m_splitter);
    connect(m_editor, &JournalEntryEditor::edited, this, &JournalEntriesView::edited);
    connect(m_editor, &JournalEntryEditor::deleteRequested, this, &JournalEntriesView::deleteCurrentEntry);

    m_splitter->addWidget(side);
    m_splitter->addWidget(m_editor);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);

    m_searchTimer = new QTimer(this);
    m_searchTimer->setObjectName(QStringLiteral("journalSearchTimer"));
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(kSearchDelayMs);
    connect(m_searchTimer, &QTimer::timeout, this, &JournalEntriesView::applyFilters);
    connect(m_filters, &JournalFilterBar::searchEdited, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_filters, &JournalFilterBar::filtersChanged, this, &JournalEntriesView::applyFilters);

    auto *newShortcut = new QShortcut(QKeySequence::New, this);
    newShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(newShortcut, &QShortcut::activated, this, &JournalEntriesView::newEntry);

    m_autosave.open(false);
    showRecord();
    refreshTags();
    applyFilters();
}

JournalEntriesView::~JournalEntriesView()
{
    saveBeforeClosing();
}

bool JournalEntriesView::isEditorBlank() const
{
    return m_editor->isBlank();
}

void JournalEntriesView::storeEdits(const Moment &now)
{
    JournalEntry entry = m_entry;
    m_editor->fillIn(entry);
    if (entry.id == 0)
        entry.created = now;
    entry.updated = now;
    const std::int64_t id = m_context.store().saveJournalEntry(entry);
    if (entry.id == 0)
        entry.id = id;
    m_tagsChanged = entry.tags != m_entry.tags;
    m_entry = entry;
}

void JournalEntriesView::showStored(bool wasNew)
{
    if (wasNew)
        m_editor->markStored(m_entry);
    bool inserted = false;
    QListWidgetItem *item = rowForStored(m_entry.id, inserted);
    if (inserted)
        showListState(false);
    fillItem(item, m_entry);
    if (m_tagsChanged)
        refreshTags();
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

bool JournalEntriesView::openEntry(std::int64_t id)
{
    return openRecord(id);
}

bool JournalEntriesView::loadRecord(std::int64_t id)
{
    const std::optional<JournalEntry> entry = m_context.store().journalEntry(id);
    if (!entry)
        return false;
    m_entry = *entry;
    return true;
}

void JournalEntriesView::showRecord()
{
    m_editor->showEntry(m_entry, today());
}

void JournalEntriesView::focusEditor()
{
    m_editor->focusText();
}

void JournalEntriesView::newEntry()
{
    newRecord();
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
                    showRecord();
                }
            } else {
                m_entry = JournalEntry{};
                m_autosave.open(false);
                showRecord();
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
    deleteCurrentRecord(tr("Delete entry"), tr("Delete this entry from %1? It cannot be brought back.")
                                                .arg(JournalFormat::longDate(m_entry.created.localDate)));
}

void JournalEntriesView::removeStored(std::int64_t id)
{
    m_context.store().removeJournalEntry(id);
}

void JournalEntriesView::afterRemove()
{
    showListState(false);
    refreshTags();
}

void JournalEntriesView::setStatusText(const QString &text)
{
    m_editor->setStatus(text);
}

} // namespace holdfast::ui
