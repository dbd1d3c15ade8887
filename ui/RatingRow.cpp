#include "ui/RatingRow.h"

#include "ui/dashboard/DashboardLabels.h"

#include <QAbstractButton>
#include <QButtonGroup>
#include <QHBoxLayout>
#include <QLabel>
#include <QRadioButton>
#include <QWidget>

namespace holdfast::ui {

QWidget *RatingRow::build(QButtonGroup *group, const QString &prefix, const QString &what, const QString &low,
                          const QString &high, QWidget *parent)
{
    auto *row = new QWidget(parent);
    row->setObjectName(prefix + QStringLiteral("Row"));
    row->setAccessibleName(what);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(dashboard::makeQuietLabel(low, prefix + QStringLiteral("LowLabel"), row));
    //: what the ends of a 1 to 5 scale mean, for a screen reader: "1 is Low, 5 is Good"
    const QString scale = tr("1 is %1, 5 is %2").arg(low, high);
    for (int rating = kMin; rating <= kMax; ++rating) {
        auto *button = new QRadioButton(QString::number(rating), row);
        button->setObjectName(prefix + QString::number(rating) + QStringLiteral("Radio"));
        //: what is rated, the rating and the top of the scale: "Mood: 3 of 5"
        button->setAccessibleName(tr("%1: %2 of %3").arg(what).arg(rating).arg(kMax));
        button->setAccessibleDescription(scale);
        group->addButton(button, rating);
        layout->addWidget(button);
    }
    // A label's Alt+letter (the row is its buddy) brings the keyboard to the
    // number chosen, or the first: it never chooses one, as a button buddy would.
    row->setFocusPolicy(Qt::StrongFocus);
    row->setFocusProxy(group->button(kMin));
    QObject::connect(group, &QButtonGroup::idToggled, row, [row, group] {
        row->setFocusProxy(group->checkedButton() ? group->checkedButton() : group->button(kMin));
    });
    layout->addWidget(dashboard::makeQuietLabel(high, prefix + QStringLiteral("HighLabel"), row));
    layout->addStretch(1);
    return row;
}

void RatingRow::check(QButtonGroup *group, int id)
{
    if (QAbstractButton *button = group->button(id)) {
        button->setChecked(true);
        return;
    }
    // An exclusive group refuses to uncheck its last checked button.
    group->setExclusive(false);
    for (QAbstractButton *button : group->buttons())
        button->setChecked(false);
    group->setExclusive(true);
}

} // namespace holdfast::ui
