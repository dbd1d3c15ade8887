#pragma once

// The right side of the journal: one entry's text (plain text or Markdown),
// an optional mood, tags, writing prompts while the page is empty, and a
// quiet status line. It only shows and collects; the entries view saves.

#include "model/JournalEntry.h"

#include <QFrame>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace holdfast::ui {

class JournalPromptPanel;
class MoodPicker;

class JournalEntryEditor : public QFrame
{
    Q_OBJECT

public:
    explicit JournalEntryEditor(QWidget *parent = nullptr);

    // Shows `entry` (id 0: a new page dated `today`) without emitting edited().
    void showEntry(const JournalEntry &entry, LocalDate today);
    // Copies what the editor holds (text, mood, tags) into `entry`.
    void fillIn(JournalEntry &entry) const;
    // Nothing the user put in: no words, no tags, no mood.
    bool isBlank() const;
    void setStatus(const QString &text);
    // The new page was stored as `entry`: it gets its date and can be deleted.
    void markStored(const JournalEntry &entry);
    void focusText();

    QPlainTextEdit *textEdit() const { return m_text; }

Q_SIGNALS:
    // The user changed the text, the mood or the tags.
    void edited();
    void deleteRequested();

private:
    void textChanged();
    void insertPrompt(const QString &prompt);
    void showPromptsIfEmpty();

    QLabel *m_title = nullptr;
    QPushButton *m_delete = nullptr;
    JournalPromptPanel *m_prompts = nullptr;
    QPlainTextEdit *m_text = nullptr;
    MoodPicker *m_mood = nullptr;
    QLineEdit *m_tags = nullptr;
    QLabel *m_status = nullptr;
    LocalDate m_today;
    bool m_loading = false;
};

} // namespace holdfast::ui
