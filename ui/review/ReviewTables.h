#pragma once

// The weekly review's figures as tables: the same numbers the charts draw,
// for keyboard and screen-reader users, and for the PDF report.

#include "model/ReviewData.h"

#include <QCoreApplication>
#include <QString>

class QStandardItemModel;

namespace holdfast::ui {

class ReviewTables
{
    Q_DECLARE_TR_FUNCTIONS(ReviewTables)

public:
    enum class Kind { KeyFigures, Days, Triggers, Halt, Hours, Trend, UrgeCurve, UrgeKinds };
    static constexpr Kind kAll[] = {Kind::KeyFigures, Kind::Days,  Kind::Trend,     Kind::UrgeKinds,
                                    Kind::Triggers,   Kind::Halt,  Kind::Hours,     Kind::UrgeCurve};

    static QString title(Kind kind);
    // objectName of the table view, e.g. "reviewDaysTable".
    static QString objectName(Kind kind);
    // Replaces the model's rows and headers with the week's figures.
    static void fill(Kind kind, const ReviewData &data, QStandardItemModel &model);
};

} // namespace holdfast::ui
