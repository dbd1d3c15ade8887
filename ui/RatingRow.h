#pragma once

// A row of five radio buttons, 1 to 5, between two quiet words ("Low" …
// "Good"): the morning check-in's mood and sleep and the evening look back's
// "how hard". Each button says to a screen reader what it rates and where on
// the scale it is.

#include <QCoreApplication>
#include <QString>

class QButtonGroup;
class QWidget;

namespace holdfast::ui {

class RatingRow
{
    Q_DECLARE_TR_FUNCTIONS(RatingRow)

public:
    static constexpr int kMin = 1;
    static constexpr int kMax = 5;

    // The row, its buttons in `group` with ids 1..5; object names start with
    // `prefix`. Make the row, not a button, the buddy of the row's label.
    static QWidget *build(QButtonGroup *group, const QString &prefix, const QString &what, const QString &low,
                          const QString &high, QWidget *parent);
    // Checks the button of `id`, or none when there is no such button.
    static void check(QButtonGroup *group, int id);
};

} // namespace holdfast::ui
