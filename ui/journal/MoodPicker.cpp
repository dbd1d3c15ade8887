#include "ui/journal/MoodPicker.h"

#include "ui/ThemePalette.h"
#include "ui/journal/JournalFormat.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QToolButton>

namespace holdfast::ui {

MoodPicker::MoodPicker(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("journalMoodPicker"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    for (int mood = 1; mood <= 5; ++mood) {
        auto *button = new QToolButton(this);
        button->setObjectName(QStringLiteral("journalMoodButton%1").arg(mood));
        button->setText(QString::number(mood));
        button->setCheckable(true);
        button->setAutoRaise(false);
        const QString name = JournalFormat::moodName(mood);
        button->setToolTip(tr("Mood: %1 (click again to clear)").arg(name));
        button->setAccessibleName(tr("Mood %1 of 5, %2").arg(mood).arg(name));
        button->setFocusPolicy(Qt::StrongFocus);
        button->setMinimumWidth(button->sizeHint().height() + 4);
        connect(button, &QToolButton::clicked, this, [this, mood] { clicked(mood); });
        layout->addWidget(button);
        m_buttons[std::size_t(mood - 1)] = button;
    }
}

void MoodPicker::setMood(std::optional<int> mood)
{
    m_mood = (mood && *mood >= 1 && *mood <= 5) ? mood : std::nullopt;
    showMood();
}

void MoodPicker::clicked(int mood)
{
    m_mood = (m_mood == mood) ? std::nullopt : std::optional<int>(mood);
    showMood();
    Q_EMIT moodChanged(m_mood.value_or(0));
}

void MoodPicker::showMood()
{
    // The chosen mood wears the accent colour of the theme in use, so it is
    // plain to see in light and dark palettes alike.
    for (std::size_t i = 0; i < m_buttons.size(); ++i) {
        QToolButton *button = m_buttons[i];
        const bool chosen = m_mood && std::size_t(*m_mood - 1) == i;
        button->setChecked(chosen);
        QPalette colours = palette();
        if (chosen) {
            const ThemePalette::Accent accent = ThemePalette::accent(colours);
            colours.setColor(QPalette::Button, accent.fill);
            colours.setColor(QPalette::ButtonText, accent.text);
        }
        button->setPalette(colours);
        QFont font = this->font();
        font.setBold(chosen);
        button->setFont(font);
    }
}

void MoodPicker::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        showMood();
}

} // namespace holdfast::ui
