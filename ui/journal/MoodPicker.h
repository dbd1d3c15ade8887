#pragma once

// An optional mood from 1 to 5: five toggle buttons, and clicking the chosen
// one again clears it, because a day does not have to be rated.

#include <QWidget>

#include <array>
#include <optional>

class QToolButton;

namespace holdfast::ui {

class MoodPicker : public QWidget
{
    Q_OBJECT

public:
    explicit MoodPicker(QWidget *parent = nullptr);

    std::optional<int> mood() const { return m_mood; }
    // Shows `mood` without emitting moodChanged.
    void setMood(std::optional<int> mood);

protected:
    void changeEvent(QEvent *event) override;

Q_SIGNALS:
    // The user picked or cleared the mood; 0 when cleared.
    void moodChanged(int mood);

private:
    void clicked(int mood);
    void showMood();

    std::array<QToolButton *, 5> m_buttons{};
    std::optional<int> m_mood;
};

} // namespace holdfast::ui
