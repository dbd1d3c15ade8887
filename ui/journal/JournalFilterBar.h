#pragma once

// Search and filters above the journal list: words (search as you type), a
// tag, a mood and a date range. It only says what to show; the entries view
// asks the store.

#include "model/JournalEntry.h"

#include <QWidget>

#include <string>
#include <vector>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;

namespace holdfast::ui {

class JournalFilterBar : public QWidget
{
    Q_OBJECT

public:
    explicit JournalFilterBar(QWidget *parent = nullptr);

    // The query for the current search and filters (limit left at its default).
    JournalQuery query() const;
    // The tags to offer; keeps the chosen one when it still exists.
    void setTags(const std::vector<std::string> &tags);
    // Sets the dates the range starts with when the user turns it on.
    void setToday(LocalDate today);

    QLineEdit *searchEdit() const { return m_search; }

Q_SIGNALS:
    // The search text changed (debounce before asking the store).
    void searchEdited();
    // A tag, mood or date filter changed (ask at once).
    void filtersChanged();

private:
    QLineEdit *m_search = nullptr;
    QComboBox *m_tag = nullptr;
    QComboBox *m_mood = nullptr;
    QCheckBox *m_anyDate = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
};

} // namespace holdfast::ui
