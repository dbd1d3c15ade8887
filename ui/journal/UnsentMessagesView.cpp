#include "ui/journal/UnsentMessagesView.h"

#include "model/JournalText.h"
#include "model/StoreError.h"
#include "model/UnsentReread.h"
#include "headless/ErrorMessages.h"
#include "ui/journal/DeleteConfirmation.h"
#include "ui/journal/JournalFormat.h"
#include "ui/journal/JournalListDelegate.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStackedWidget>
#include <QStringList>
#include <QTime>
#include <QTimer>
#include <QTextCursor>
#include <QVBoxLayout>

#include <algorithm>

namespace holdfast::ui {

namespace {

QString timeOf(const Moment &moment)
{
    const int minute = moment.localMinuteOfDay();
    // Some locales' short format carries seconds ("23:00:00"); minutes are enough here.
    const QLocale locale;
    QString format = locale.timeFormat(QLocale::ShortFormat);
    format.remove(QRegularExpression(QStringLiteral("[:.]ss?")));
    return locale.toString(QTime(minute / 60, minute % 60), format);
}

} // namespace

UnsentMessagesView::UnsentMessagesView(AppContext &context, QWidget *parent)
    : QWidget(parent), m_context(context)
{
    setObjectName(QStringLiteral("unsentMessagesView"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter = splitter;
    splitter->setObjectName(QStringLiteral("unsentSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->setHandleWidth(12);
    layout->addWidget(splitter);

    auto *side = new QFrame(splitter);
    side->setObjectName(QStringLiteral("unsentListPanel"));
    side->setFrameShape(QFrame::StyledPanel);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(12, 12, 12, 12);
    sideLayout->setSpacing(8);

    m_newButton = new QPushButton(tr("New unsent message"), side);
    m_newButton->setObjectName(QStringLiteral("unsentNewMessageButton"));
    m_newButton->setAccessibleDescription(tr("Write to them here instead of sending it. It is never sent."));
    connect(m_newButton, &QPushButton::clicked, this, &UnsentMessagesView::newMessage);
    sideLayout->addWidget(m_newButton);

    m_listStack = new QStackedWidget(side);
    m_list = new QListWidget(m_listStack);
    m_list->setObjectName(QStringLiteral("unsentMessageList"));
    m_list->setAccessibleName(tr("Unsent messages"));
    m_list->setItemDelegate(new JournalListDelegate(m_list));
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setSpacing(1);
    m_list->setFrameShape(QFrame::NoFrame);
    m_list->viewport()->setBackgroundRole(QPalette::Window);
    connect(m_list, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *current) {
        if (current)
            openMessage(current->data(JournalListDelegate::IdRole).toLongLong());
    });
    m_listStack->addWidget(m_list);
    m_emptyLabel = new QLabel(tr("When you want to tell them something, you can write it here instead. "
                                 "Nothing in this folder is ever sent."),
                              m_listStack);
    m_emptyLabel->setObjectName(QStringLiteral("unsentEmptyLabel"));
    m_emptyLabel->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setForegroundRole(QPalette::PlaceholderText);
    m_emptyLabel->setContentsMargins(8, 24, 8, 8);
    m_listStack->addWidget(m_emptyLabel);
    sideLayout->addWidget(m_listStack, 1);

    auto *editor = new QFrame(splitter);
    editor->setObjectName(QStringLiteral("unsentEditorPanel"));
    editor->setFrameShape(QFrame::StyledPanel);
    auto *editorLayout = new QVBoxLayout(editor);
    editorLayout->setContentsMargins(16, 14, 16, 12);
    editorLayout->setSpacing(10);

    auto *header = new QHBoxLayout;
    m_title = new QLabel(editor);
    m_title->setObjectName(QStringLiteral("unsentTitleLabel"));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    header->addWidget(m_title, 1);
    m_delete = new QPushButton(tr("Delete message…"), editor);
    m_delete->setObjectName(QStringLiteral("unsentDeleteButton"));
    m_delete->setAccessibleDescription(tr("Deletes this unsent message after asking you"));
    QSizePolicy keepRoom = m_delete->sizePolicy();
    keepRoom.setRetainSizeWhenHidden(true); // the page does not jump when a new entry gets stored
    m_delete->setSizePolicy(keepRoom);
    connect(m_delete, &QPushButton::clicked, this, &UnsentMessagesView::deleteCurrentMessage);
    header->addWidget(m_delete);
    editorLayout->addLayout(header);

    m_note = new QLabel(editor);
    m_note->setObjectName(QStringLiteral("unsentNoteLabel"));
    m_note->setWordWrap(true);
    m_note->setForegroundRole(QPalette::PlaceholderText);
    editorLayout->addWidget(m_note);

    m_text = new QPlainTextEdit(editor);
    m_text->setObjectName(QStringLiteral("unsentEditor"));
    m_text->setAccessibleName(tr("Unsent message"));
    m_text->setPlaceholderText(tr("Write what you would like to tell them, or ask them. "
                                  "Say it all; they will never see it."));
    m_text->setTabChangesFocus(true);
    m_text->document()->setDocumentMargin(10);
    QFont textFont = m_text->font();
    textFont.setPointSizeF(textFont.pointSizeF() * 1.1);
    m_text->setFont(textFont);
    connect(m_text, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_loading)
            edited();
    });
    editorLayout->addWidget(m_text, 1);

    m_status = new QLabel(editor);
    m_status->setObjectName(QStringLiteral("unsentStatusLabel"));
    m_status->setWordWrap(true);
    m_status->setForegroundRole(QPalette::PlaceholderText);
    // The status itself ("Saved", or what went wrong) is the name a screen
    // reader speaks; a fixed name would hide it.
    m_status->setAccessibleDescription(tr("Save status"));
    editorLayout->addWidget(m_status);

    splitter->addWidget(side);
    splitter->addWidget(editor);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    setTabOrder(m_text, m_delete);

    m_autosaveTimer = new QTimer(this);
    m_autosaveTimer->setObjectName(QStringLiteral("unsentAutosaveTimer"));
    m_autosaveTimer->setSingleShot(true);
    m_autosaveTimer->setInterval(kAutosaveDelayMs);
    connect(m_autosaveTimer, &QTimer::timeout, this, &UnsentMessagesView::saveNow);

    connect(&m_context, &AppContext::dataChanged, this, [this](DataKind kind) {
        if (!m_notifying && (kind == DataKind::UnsentMessages || kind == DataKind::All))
            refresh();
    });

    m_autosave.open(false);
    showMessage();
    refresh();
}

UnsentMessagesView::~UnsentMessagesView()
{
    // Other screens may already be gone: save quietly, tell no one.
    m_destroying = true;
    saveNow();
}

LocalDate UnsentMessagesView::today() const
{
    return m_context.clock().now().localDate;
}

void UnsentMessagesView::showMessage()
{
    m_loading = true;
    if (m_message.id == 0) {
        m_title->setText(tr("New unsent message"));
        m_note->setText(tr("This stays here. It is never sent to anyone."));
    } else {
        m_title->setText(tr("%1, %2").arg(JournalFormat::longDate(m_message.written.localDate), timeOf(m_message.written)));
        const std::int64_t daysAgo = m_message.written.localDate.daysTo(today());
        if (daysAgo == 1)
            m_note->setText(tr("You wrote this yesterday. Reading it again with today's eyes can show how far you have come."));
        else if (daysAgo > 1)
            m_note->setText(tr("You wrote this %n days ago. It was never sent.", nullptr, int(daysAgo)));
        else
            m_note->setText(tr("This stays here. It is never sent to anyone."));
    }
    m_text->setPlainText(QString::fromStdString(m_message.text));
    m_text->moveCursor(QTextCursor::End);
    m_delete->setVisible(m_message.id != 0);
    m_status->clear();
    m_loading = false;
}

void UnsentMessagesView::edited()
{
    m_autosave.edit();
    showStatus();
    m_autosaveTimer->start();
}

bool UnsentMessagesView::saveNow()
{
    m_autosaveTimer->stop();
    const std::string text = m_text->toPlainText().toStdString();
    if (!m_autosave.needsSave(JournalText::isBlank(text)))
        return true;

    UnsentMessage message = m_message;
    message.text = text;
    const Moment now = m_context.clock().now();
    if (message.id == 0)
        message.written = now;
    message.updated = now;
    try {
        const std::int64_t id = m_context.store().saveUnsentMessage(message);
        if (message.id == 0)
            message.id = id;
    } catch (const StoreError &error) {
        m_autosave.saveFailed(error.kind());
        showStatus();
        return false;
    }
    const bool wasNew = m_message.id == 0;
    m_message = message;
    m_autosave.saveSucceeded();
    showStatus();
    if (m_destroying)
        return true;

    if (wasNew) {
        m_title->setText(tr("%1, %2").arg(JournalFormat::longDate(m_message.written.localDate), timeOf(m_message.written)));
        m_delete->setVisible(true);
    }
    QListWidgetItem *item = itemFor(m_message.id);
    if (!item) {
        const QSignalBlocker blocker(m_list);
        item = new QListWidgetItem;
        m_list->insertItem(0, item);
        m_list->setCurrentItem(item);
    }
    fillItem(item, m_message);
    showListState();
    notifyOthers();
    return true;
}

void UnsentMessagesView::newMessage()
{
    if (!saveNow())
        return;
    m_message = UnsentMessage{};
    m_autosave.open(false);
    showMessage();
    selectQuietly(0);
    m_text->setFocus(Qt::OtherFocusReason);
}

bool UnsentMessagesView::openMessage(std::int64_t id)
{
    if (id != 0 && id == m_message.id) {
        selectQuietly(id);
        return true;
    }
    if (!saveNow()) {
        selectQuietly(m_message.id);
        return false;
    }
    std::optional<UnsentMessage> message;
    try {
        message = m_context.store().unsentMessage(id);
    } catch (const StoreError &error) {
        selectQuietly(m_message.id);
        m_status->setText(describeStoreError(error));
        return false;
    }
    if (!message) {
        refresh();
        return false;
    }
    m_message = *message;
    m_autosave.open(true);
    showMessage();
    selectQuietly(id);

    if (UnsentReread::opensAsReread(m_message, today())) {
        UnsentMessage reread = m_message;
        reread.reread = m_context.clock().now();
        try {
            m_context.store().saveUnsentMessage(reread);
            m_message = reread;
            if (QListWidgetItem *item = itemFor(id))
                fillItem(item, m_message);
            notifyOthers();
        } catch (const StoreError &) {
            // Only the "reread" mark is missing; it is offered again next time.
        }
    }
    return true;
}

void UnsentMessagesView::refresh()
{
    std::vector<UnsentMessage> messages;
    try {
        messages = m_context.store().unsentMessages();
    } catch (const StoreError &error) {
        m_emptyLabel->setText(describeStoreError(error));
        m_listStack->setCurrentWidget(m_emptyLabel);
        return;
    }
    {
        const QSignalBlocker blocker(m_list);
        m_list->clear();
        for (const auto &message : messages)
            fillItem(new QListWidgetItem(m_list), message);
    }
    // Follow changes made elsewhere to the message on screen, unless the
    // user has unsaved words in it.
    if (m_message.id != 0 && !m_autosave.isDirty()) {
        const auto stored = std::find_if(messages.begin(), messages.end(),
                                         [this](const UnsentMessage &m) { return m.id == m_message.id; });
        if (stored == messages.end()) {
            m_message = UnsentMessage{};
            m_autosave.open(false);
            showMessage();
        } else if (stored->text != m_message.text) {
            m_message = *stored;
            m_autosave.open(true);
            showMessage();
        } else {
            m_message.reread = stored->reread;
        }
    }
    selectQuietly(m_message.id);
    showListState();
}

void UnsentMessagesView::deleteCurrentMessage()
{
    if (m_message.id == 0)
        return;
    if (!DeleteConfirmation::ask(this, tr("Delete message"),
                                 tr("Delete this unsent message? It cannot be brought back.")))
        return;
    m_autosaveTimer->stop();
    try {
        m_context.store().removeUnsentMessage(m_message.id);
    } catch (const StoreError &error) {
        m_status->setText(describeStoreError(error));
        return;
    }
    {
        const QSignalBlocker blocker(m_list);
        delete itemFor(m_message.id);
    }
    m_message = UnsentMessage{};
    m_autosave.open(false);
    showMessage();
    selectQuietly(0);
    showListState();
    notifyOthers();
}

void UnsentMessagesView::hideEvent(QHideEvent *event)
{
    saveNow();
    QWidget::hideEvent(event);
}

void UnsentMessagesView::fillItem(QListWidgetItem *item, const UnsentMessage &message) const
{
    const QString date = tr("%1, %2").arg(JournalFormat::shortDate(message.written.localDate, today()), timeOf(message.written));
    const QString firstLine = QString::fromStdString(JournalText::firstLine(message.text));
    const QString preview = firstLine.isEmpty() ? tr("(no words yet)") : firstLine;
    QStringList notes;
    if (message.urgeId)
        notes << tr("From an urge");
    if (message.reread)
        notes << tr("Reread");
    const QString note = notes.join(QStringLiteral(" · "));

    item->setData(JournalListDelegate::IdRole, qint64(message.id));
    item->setData(JournalListDelegate::DateRole, date);
    item->setData(JournalListDelegate::NoteRole, note);
    item->setData(JournalListDelegate::PreviewRole, preview);
    item->setData(JournalListDelegate::TagsRole, QString());
    item->setText(note.isEmpty() ? tr("%1: %2").arg(date, preview) : tr("%1 (%2): %3").arg(date, note, preview));
    item->setToolTip(firstLine);
}

QListWidgetItem *UnsentMessagesView::itemFor(std::int64_t id) const
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

void UnsentMessagesView::selectQuietly(std::int64_t id)
{
    const QSignalBlocker blocker(m_list);
    if (QListWidgetItem *item = itemFor(id)) {
        m_list->setCurrentItem(item);
    } else {
        m_list->setCurrentItem(nullptr);
        m_list->clearSelection();
    }
}

void UnsentMessagesView::showListState()
{
    m_listStack->setCurrentWidget(m_list->count() > 0 ? static_cast<QWidget *>(m_list) : m_emptyLabel);
}

void UnsentMessagesView::showStatus()
{
    m_status->setText(JournalFormat::autosaveStatus(m_autosave));
}

void UnsentMessagesView::notifyOthers()
{
    if (m_destroying)
        return;
    m_notifying = true;
    m_context.notifyChanged(DataKind::UnsentMessages);
    m_notifying = false;
}

} // namespace holdfast::ui
