#include "ui/journal/JournalPromptPanel.h"

#include "model/JournalPrompts.h"
#include "ui/journal/JournalFormat.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QResizeEvent>

#include <algorithm>
#include <QVBoxLayout>

namespace holdfast::ui {

JournalPromptPanel::JournalPromptPanel(QWidget *parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("journalPromptPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 4);
    layout->setSpacing(6);

    auto *header = new QHBoxLayout;
    auto *title = new QLabel(tr("Need a place to start?"), this);
    title->setForegroundRole(QPalette::PlaceholderText);
    header->addWidget(title);
    header->addStretch(1);
    auto *others = new QPushButton(tr("Other prompts"), this);
    others->setObjectName(QStringLiteral("journalOtherPromptsButton"));
    others->setFlat(true);
    others->setCursor(Qt::PointingHandCursor);
    others->setAccessibleDescription(tr("Shows different writing prompts"));
    connect(others, &QPushButton::clicked, this, [this] {
        ++m_page;
        fill();
    });
    header->addWidget(others);
    layout->addLayout(header);

    for (std::size_t i = 0; i < kShown; ++i) {
        auto *button = new QPushButton(this);
        button->setObjectName(QStringLiteral("journalPromptButton%1").arg(i));
        button->setCursor(Qt::PointingHandCursor);
        button->setAccessibleDescription(tr("Starts your entry with this question"));
        button->setStyleSheet(QStringLiteral("text-align: left; padding: 6px 10px;"));
        // A long prompt must not hold the whole window wider than a small screen.
        button->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
        button->setMinimumWidth(button->fontMetrics().averageCharWidth() * 20);
        // The tooltip holds the whole prompt; the text may be cut short with "…".
        connect(button, &QPushButton::clicked, this, [this, button] { Q_EMIT promptChosen(button->toolTip()); });
        layout->addWidget(button);
        m_buttons[i] = button;
    }
}

void JournalPromptPanel::showPromptsFor(LocalDate today)
{
    if (m_filled && today == m_today && m_page == 0)
        return;
    m_today = today;
    m_page = 0;
    fill();
}

void JournalPromptPanel::fill()
{
    const std::vector<JournalPrompt> prompts = JournalPrompts::forDate(m_today, kShown, m_page);
    for (std::size_t i = 0; i < kShown; ++i) {
        m_buttons[i]->setVisible(i < prompts.size());
        if (i < prompts.size()) {
            // The whole prompt, for when a narrow window cuts the button short.
            m_buttons[i]->setToolTip(JournalFormat::prompt(prompts[i]));
        }
    }
    m_filled = true;
    elideTexts();
}

void JournalPromptPanel::resizeEvent(QResizeEvent *event)
{
    QFrame::resizeEvent(event);
    elideTexts();
}

void JournalPromptPanel::elideTexts()
{
    // A prompt longer than its button ends in "…" rather than being cut mid-word.
    for (QPushButton *button : m_buttons) {
        const int room = button->width() - 2 * button->fontMetrics().averageCharWidth() - 20;
        button->setText(button->fontMetrics().elidedText(button->toolTip(), Qt::ElideRight, std::max(room, 0)));
    }
}

} // namespace holdfast::ui
