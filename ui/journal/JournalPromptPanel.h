#pragma once

// "Need a place to start?": a few writing prompts of the day as clickable
// suggestions, and a link to see others.

#include "model/LocalDate.h"

#include <QFrame>

#include <array>
#include <cstddef>

class QPushButton;
class QResizeEvent;

namespace holdfast::ui {

class JournalPromptPanel : public QFrame
{
    Q_OBJECT

public:
    explicit JournalPromptPanel(QWidget *parent = nullptr);

    // Shows the prompts of `today` (again from the first set).
    void showPromptsFor(LocalDate today);

Q_SIGNALS:
    void promptChosen(const QString &prompt);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void fill();
    void elideTexts();

    static constexpr std::size_t kShown = 3;
    std::array<QPushButton *, kShown> m_buttons{};
    bool m_filled = false;
    LocalDate m_today;
    std::size_t m_page = 0;
};

} // namespace holdfast::ui
