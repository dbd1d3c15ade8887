#pragma once

// A word-wrapped QLabel that remembers its height for the last few widths.
// Nested card layouts ask every label the same question many times while a
// screen is built and shown, and QLabel lays the whole text out anew for each
// answer (a third of the dashboard's first paint, most of opening the urge
// dialog). Everything the answer depends on is in the key or clears the
// cache, so it always says what QLabel would.

#include <QLabel>

#include <array>
#include <optional>
#include <utility>

namespace holdfast::ui {

class WrappedLabel : public QLabel
{
public:
    using QLabel::QLabel;

    int heightForWidth(int width) const override;

protected:
    bool event(QEvent *event) override;

private:
    struct Key
    {
        int width = 0;
        QString text;
        Qt::TextFormat format = Qt::AutoText;
        bool wrap = false;
        int margin = 0;
        int indent = 0;
        int alignment = 0;
        int interaction = 0;
        bool hasBuddy = false;
        bool operator==(const Key &) const = default;
    };
    mutable std::array<std::pair<std::optional<Key>, int>, 4> m_heights{};
    mutable std::size_t m_nextSlot = 0;
};

} // namespace holdfast::ui
