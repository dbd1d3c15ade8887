#pragma once

// A list to pick one thing from on "Do one thing" (a person, an activity):
// as tall as its rows within limits, the suggested or chosen row current,
// and Enter chooses the current row instead of reaching the dialog's default
// button, so picking never skips the step by accident. When that row is
// already the choice, Enter goes on to the default button (Next).

#include <QListWidget>

#include <cstdint>
#include <functional>
#include <optional>
#include <vector>

namespace holdfast::ui {

class UrgeChoiceList : public QListWidget
{
    Q_OBJECT

public:
    struct Item
    {
        std::int64_t id = 0;
        QString text;
    };

    UrgeChoiceList(const QString &objectName, const QString &accessibleName, const QString &accessibleDescription,
                   QWidget *parent);

    // Replaces the rows without signalling a row change; the current row is
    // the chosen one, else the suggested one, else the first.
    void fill(const std::vector<Item> &items, std::optional<std::int64_t> suggestedId,
              std::optional<std::int64_t> chosenId);
    // Called with the row the user picks (double click, Enter); returns false
    // when that was already the choice (or the row is empty).
    void setChooser(std::function<bool(int)> choose) { m_choose = std::move(choose); }

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void fitHeight();

    std::function<bool(int)> m_choose;
};

} // namespace holdfast::ui
