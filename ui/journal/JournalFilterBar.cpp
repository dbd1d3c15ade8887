#include "ui/journal/JournalFilterBar.h"

#include "ui/ElidingComboBox.h"
#include "ui/journal/JournalFormat.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace holdfast::ui {

JournalFilterBar::JournalFilterBar(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("journalFilterBar"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("journalSearchEdit"));
    m_search->setPlaceholderText(tr("Search your journal"));
    m_search->setAccessibleName(tr("Search your journal"));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, this, &JournalFilterBar::searchEdited);
    layout->addWidget(m_search);

    // One row each, so a long label in another language never widens the page.
    auto *choices = new QGridLayout;
    choices->setHorizontalSpacing(6);
    choices->setColumnStretch(1, 1);
    m_tag = new ElidingComboBox(this);
    m_tag->setObjectName(QStringLiteral("journalTagFilterCombo"));
    m_tag->setAccessibleName(tr("Show entries with this tag"));
    m_tag->addItem(tr("All tags"));
    // A few characters at least; longer names are elided in the box, whole in the popup.
    m_tag->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_tag->setMinimumContentsLength(6);
    connect(m_tag, &QComboBox::currentIndexChanged, this, &JournalFilterBar::filtersChanged);
    // On Linux a combo box's accessible name is its current value; screen
    // readers take what it is from the label whose buddy it is.
    auto *tagLabel = new QLabel(tr("Tag"), this);
    tagLabel->setObjectName(QStringLiteral("journalTagFilterLabel"));
    tagLabel->setBuddy(m_tag);
    choices->addWidget(tagLabel, 0, 0);
    choices->addWidget(m_tag, 0, 1);

    m_mood = new ElidingComboBox(this);
    m_mood->setObjectName(QStringLiteral("journalMoodFilterCombo"));
    m_mood->setAccessibleName(tr("Show entries with this mood"));
    m_mood->addItem(tr("Any mood"));
    for (int mood = 1; mood <= 5; ++mood)
        m_mood->addItem(tr("%1 · %2").arg(mood).arg(JournalFormat::moodName(mood)), mood);
    m_mood->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_mood->setMinimumContentsLength(6);
    connect(m_mood, &QComboBox::currentIndexChanged, this, &JournalFilterBar::filtersChanged);
    auto *moodLabel = new QLabel(tr("Mood"), this);
    moodLabel->setObjectName(QStringLiteral("journalMoodFilterLabel"));
    moodLabel->setBuddy(m_mood);
    choices->addWidget(moodLabel, 1, 0);
    choices->addWidget(m_mood, 1, 1);
    layout->addLayout(choices);

    // The switch sits on its own row above the range: side by side with the two
    // dates, longer translations ("Beliebiges Datum") widened the window past 900 px.
    m_anyDate = new QCheckBox(tr("Any date"), this);
    m_anyDate->setObjectName(QStringLiteral("journalAnyDateCheckBox"));
    m_anyDate->setChecked(true);
    m_anyDate->setToolTip(tr("Untick to show only entries between two dates"));
    layout->addWidget(m_anyDate, 0, Qt::AlignLeft); // only the box and its words take clicks

    auto *dates = new QHBoxLayout;
    dates->setSpacing(6);

    const auto makeDateEdit = [this](const QString &name, const QString &accessibleName) {
        auto *edit = new QDateEdit(this);
        edit->setObjectName(name);
        edit->setAccessibleName(accessibleName);
        edit->setCalendarPopup(true);
        edit->setEnabled(false);
        connect(edit, &QDateEdit::dateChanged, this, &JournalFilterBar::filtersChanged);
        return edit;
    };
    m_from = makeDateEdit(QStringLiteral("journalFromDateEdit"), tr("From date"));
    m_to = makeDateEdit(QStringLiteral("journalToDateEdit"), tr("To date"));
    dates->addWidget(m_from, 1);
    auto *dash = new QLabel(tr("to", "between two dates"), this);
    dates->addWidget(dash);
    dates->addWidget(m_to, 1);
    layout->addLayout(dates);

    connect(m_anyDate, &QCheckBox::toggled, this, [this](bool any) {
        m_from->setEnabled(!any);
        m_to->setEnabled(!any);
        Q_EMIT filtersChanged();
    });
}

JournalQuery JournalFilterBar::query() const
{
    JournalQuery query;
    query.text = m_search->text().trimmed().toStdString();
    if (m_tag->currentIndex() > 0)
        query.tag = m_tag->currentData().toString().toStdString();
    if (m_mood->currentIndex() > 0)
        query.mood = m_mood->currentData().toInt();
    if (!m_anyDate->isChecked()) {
        QDate from = m_from->date();
        QDate to = m_to->date();
        if (from > to)
            std::swap(from, to);
        query.from = JournalFormat::fromQDate(from);
        query.to = JournalFormat::fromQDate(to);
    }
    return query;
}

void JournalFilterBar::setTags(const std::vector<std::string> &tags)
{
    const QString chosen = m_tag->currentIndex() > 0 ? m_tag->currentData().toString() : QString();
    int keep = 0;
    {
        const QSignalBlocker blocker(m_tag);
        while (m_tag->count() > 1)
            m_tag->removeItem(1);
        for (const auto &tag : tags) {
            const QString name = QString::fromStdString(tag);
            m_tag->addItem(name, name);
            if (name == chosen)
                keep = m_tag->count() - 1;
        }
        m_tag->setCurrentIndex(keep);
    }
    // The chosen tag disappeared (its last entry was deleted): show everything.
    if (!chosen.isEmpty() && keep == 0)
        Q_EMIT filtersChanged();
}

void JournalFilterBar::setToday(LocalDate today)
{
    const QSignalBlocker fromBlocker(m_from);
    const QSignalBlocker toBlocker(m_to);
    const QDate date = JournalFormat::toQDate(today);
    if (m_anyDate->isChecked()) {
        m_from->setDate(date.addDays(-30));
        m_to->setDate(date);
    }
}

} // namespace holdfast::ui
