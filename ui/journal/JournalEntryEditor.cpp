#include "ui/journal/JournalEntryEditor.h"

#include "model/JournalText.h"
#include "ui/journal/JournalFormat.h"
#include "ui/journal/JournalPromptPanel.h"
#include "ui/journal/MoodPicker.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextCursor>
#include <QVBoxLayout>

namespace holdfast::ui {

JournalEntryEditor::JournalEntryEditor(QWidget *parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("journalEntryEditor"));
    setFrameShape(QFrame::StyledPanel);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 14, 16, 12);
    layout->setSpacing(10);

    auto *header = new QHBoxLayout;
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("journalEntryTitleLabel"));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    header->addWidget(m_title, 1);
    m_delete = new QPushButton(tr("Delete entry…"), this);
    m_delete->setObjectName(QStringLiteral("journalDeleteButton"));
    m_delete->setAccessibleDescription(tr("Deletes this entry after asking you"));
    QSizePolicy keepRoom = m_delete->sizePolicy();
    keepRoom.setRetainSizeWhenHidden(true); // the page does not jump when a new entry gets stored
    m_delete->setSizePolicy(keepRoom);
    connect(m_delete, &QPushButton::clicked, this, &JournalEntryEditor::deleteRequested);
    header->addWidget(m_delete);
    layout->addLayout(header);

    m_prompts = new JournalPromptPanel(this);
    connect(m_prompts, &JournalPromptPanel::promptChosen, this, &JournalEntryEditor::insertPrompt);
    layout->addWidget(m_prompts);

    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(QStringLiteral("journalEditor"));
    m_text->setAccessibleName(tr("Journal entry"));
    m_text->setPlaceholderText(tr("Write whatever is on your mind. Plain words are fine; Markdown works too. "
                                  "It stays on this computer."));
    m_text->setTabChangesFocus(true);
    m_text->document()->setDocumentMargin(10);
    QFont textFont = m_text->font();
    textFont.setPointSizeF(textFont.pointSizeF() * 1.1);
    m_text->setFont(textFont);
    connect(m_text, &QPlainTextEdit::textChanged, this, &JournalEntryEditor::textChanged);
    layout->addWidget(m_text, 1);

    // Mood and tags on rows of their own: side by side, a longer translation
    // of the labels left the tags field a few letters wide in a narrow window.
    auto *details = new QGridLayout;
    details->setHorizontalSpacing(8);
    details->setColumnStretch(2, 1);
    auto *moodLabel = new QLabel(tr("Mood"), this);
    details->addWidget(moodLabel, 0, 0);
    m_mood = new MoodPicker(this);
    moodLabel->setBuddy(m_mood);
    connect(m_mood, &MoodPicker::moodChanged, this, [this] {
        if (!m_loading)
            Q_EMIT edited();
    });
    details->addWidget(m_mood, 0, 1);
    auto *tagsLabel = new QLabel(tr("&Tags"), this);
    details->addWidget(tagsLabel, 1, 0);
    m_tags = new QLineEdit(this);
    m_tags->setObjectName(QStringLiteral("journalTagsEdit"));
    m_tags->setAccessibleName(tr("Tags"));
    m_tags->setPlaceholderText(tr("e.g. walk, friends, sleep"));
    m_tags->setToolTip(tr("Separate tags with commas"));
    tagsLabel->setBuddy(m_tags);
    connect(m_tags, &QLineEdit::textEdited, this, [this] {
        if (!m_loading)
            Q_EMIT edited();
    });
    details->addWidget(m_tags, 1, 1, 1, 2);
    layout->addLayout(details);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("journalStatusLabel"));
    m_status->setForegroundRole(QPalette::PlaceholderText);
    m_status->setWordWrap(true);
    // The status itself ("Saved", or what went wrong) is the name a screen
    // reader speaks; a fixed name would hide it.
    m_status->setAccessibleDescription(tr("Save status"));
    layout->addWidget(m_status);

    // Writing first; deleting last.
    setTabOrder(m_tags, m_delete);
}

void JournalEntryEditor::showEntry(const JournalEntry &entry, LocalDate today)
{
    m_loading = true;
    m_today = today;
    m_title->setText(entry.id == 0 ? tr("New entry · %1").arg(JournalFormat::longDate(today))
                                   : JournalFormat::longDate(entry.created.localDate));
    m_text->setPlainText(QString::fromStdString(entry.text));
    m_text->moveCursor(QTextCursor::End);
    m_mood->setMood(entry.mood);
    m_tags->setText(QString::fromStdString(JournalText::joinTags(entry.tags)));
    m_delete->setVisible(entry.id != 0);
    m_status->clear();
    showPromptsIfEmpty();
    m_loading = false;
}

void JournalEntryEditor::fillIn(JournalEntry &entry) const
{
    entry.text = m_text->toPlainText().toStdString();
    entry.mood = m_mood->mood();
    entry.tags = JournalText::parseTags(m_tags->text().toStdString());
}

bool JournalEntryEditor::isBlank() const
{
    return JournalText::isBlank(m_text->toPlainText().toStdString()) && !m_mood->mood()
           && JournalText::parseTags(m_tags->text().toStdString()).empty();
}

void JournalEntryEditor::setStatus(const QString &text)
{
    m_status->setText(text);
}

void JournalEntryEditor::markStored(const JournalEntry &entry)
{
    m_title->setText(JournalFormat::longDate(entry.created.localDate));
    m_delete->setVisible(true);
}

void JournalEntryEditor::focusText()
{
    m_text->setFocus(Qt::OtherFocusReason);
}

void JournalEntryEditor::textChanged()
{
    showPromptsIfEmpty();
    if (!m_loading)
        Q_EMIT edited();
}

void JournalEntryEditor::insertPrompt(const QString &prompt)
{
    QTextCursor cursor = m_text->textCursor();
    cursor.movePosition(QTextCursor::End);
    cursor.insertText(prompt + QStringLiteral("\n\n"));
    m_text->setTextCursor(cursor);
    focusText();
}

void JournalEntryEditor::showPromptsIfEmpty()
{
    const bool empty = m_text->document()->isEmpty();
    if (empty)
        m_prompts->showPromptsFor(m_today);
    m_prompts->setVisible(empty);
}

} // namespace holdfast::ui
