#pragma once

// Dresses a push button in the theme's accent: a flat fill whose text meets
// WCAG AA in every theme (Fusion's gradient lightened the fill to 2-3:1) and a
// ring when it has focus. Follows theme changes by itself.

#include <QObject>

class QPushButton;

namespace holdfast::ui {

class AccentButton : public QObject
{
    Q_OBJECT

public:
    static void apply(QPushButton *button);
    // The style sheet `apply` gives a button under the application's palette.
    static QString styleSheet();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit AccentButton(QPushButton *button);
    void restyle();

    QPushButton *m_button;
};

} // namespace holdfast::ui
