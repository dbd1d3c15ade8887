#include "ui/journal/UnsentMessagesView.h"

#include "model/JournalText.h"
#include "model/StoreError.h"
#include "model/UnsentReread.h"
#include "headless/ErrorMessages.h"
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
    : JournalFolderView(context, QStringLiteral("unsent"), DataKind::UnsentMessages, parent)
{
    setObjectName(QStringLiteral("unsentMessagesView"));
    QFrame *side = sidePanel();

    m_newButton = new QPushButton(tr("New unsent message"), side);
    m_newButton->setObjectName(QStringLiteral("unsentNewMessageButton"));
    m_newButton->setAccessibleDescription(tr("Write to them here instead of sending it. It is never sent."));
    connect(m_newButton, &QPushButton::clicked, this, &UnsentMessagesView::newMessage);
    sideLayout()->addWidget(m_newButton);

    addList(QStringLiteral("unsentMessageList"), tr("Unsent messages"));
    m_emptyLabel->setText(tr("When you want to tell them something, you can write it here instead. "
                             "Nothing in this folder is ever sent."));

    auto *editor = new QFrame(m_splitter);
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

    m_splitter->addWidget(side);
    m_splitter->addWidget(editor);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    setTabOrder(m_text, m_delete);

    m_autosave.open(false);
    showRecord();
    refresh();
}

UnsentMessagesView::~UnsentMessagesView()
{
    saveBeforeClosing();
}

void UnsentMessagesView::showRecord()
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

bool UnsentMessagesView::isEditorBlank() const
{
    return JournalText::isBlank(m_text->toPlainText().toStdString());
}

void UnsentMessagesView::storeEdits(const Moment &now)
{
    UnsentMessage message = m_message;
    message.text = m_text->toPlainText().toStdString();
    if (message.id == 0)
        message.written = now;
    message.updated = now;
    const std::int64_t id = m_context.store().saveUnsentMessage(message);
    if (message.id == 0)
        message.id = id;
    m_message = message;
}

void UnsentMessagesView::showStored(bool wasNew)
{
    if (wasNew) {
        m_title->setText(tr("%1, %2").arg(JournalFormat::longDate(m_message.written.localDate), timeOf(m_message.written)));
        m_delete->setVisible(true);
    }
    bool inserted = false;
    fillItem(rowForStored(m_message.id, inserted), m_message);
    showListState();
}

void UnsentMessagesView::newMessage()
{
    newRecord();
}

void UnsentMessagesView::focusEditor()
{
    m_text->setFocus(Qt::OtherFocusReason);
}

bool UnsentMessagesView::openMessage(std::int64_t id)
{
    return openRecord(id);
}

bool UnsentMessagesView::loadRecord(std::int64_t id)
{
    const std::optional<UnsentMessage> message = m_context.store().unsentMessage(id);
    if (!message)
        return false;
    m_message = *message;
    return true;
}

void UnsentMessagesView::opened()
{
    if (!UnsentReread::opensAsReread(m_message, today()))
        return;
    UnsentMessage reread = m_message;
    reread.reread = m_context.clock().now();
    try {
        m_context.store().saveUnsentMessage(reread);
        m_message = reread;
        if (QListWidgetItem *item = itemFor(m_message.id))
            fillItem(item, m_message);
        notifyOthers();
    } catch (const StoreError &) {
        // Only the "reread" mark is missing; it is offered again next time.
    }
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
            showRecord();
        } else if (stored->text != m_message.text) {
            m_message = *stored;
            m_autosave.open(true);
            showRecord();
        } else {
            m_message.reread = stored->reread;
        }
    }
    selectQuietly(m_message.id);
    showListState();
}

void UnsentMessagesView::deleteCurrentMessage()
{
    deleteCurrentRecord(tr("Delete message"), tr("Delete this unsent message? It cannot be brought back."));
}

void UnsentMessagesView::removeStored(std::int64_t id)
{
    m_context.store().removeUnsentMessage(id);
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

void UnsentMessagesView::showListState()
{
    m_listStack->setCurrentWidget(m_list->count() > 0 ? static_cast<QWidget *>(m_list) : m_emptyLabel);
}

void UnsentMessagesView::setStatusText(const QString &text)
{
    m_status->setText(text);
}

} // namespace holdfast::ui
