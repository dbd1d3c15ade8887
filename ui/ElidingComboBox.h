#pragma once

// A combo box that ends its current text in "…" when the box is too narrow
// for it (QComboBox cuts it off mid-letter); the popup shows every item whole.

#include <QComboBox>

namespace holdfast::ui {

class ElidingComboBox : public QComboBox
{
public:
    using QComboBox::QComboBox;

protected:
    void paintEvent(QPaintEvent *event) override;
};

} // namespace holdfast::ui
