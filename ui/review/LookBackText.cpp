#include "ui/review/LookBackText.h"

#include "ui/DateConversion.h"
#include "ui/review/ReviewText.h"

#include <QDate>
#include <QLocale>

#include <algorithm>

namespace holdfast::ui {

namespace {

QString longDay(LocalDate date)
{
    return QLocale().dayName(toQDate(date).dayOfWeek(), QLocale::LongFormat);
}

} // namespace

QString LookBackText::title()
{
    return tr("Evenings", "weekly review: the week's evening look backs");
}

QString LookBackText::sentence(const LookBackWeek &week)
{
    const double value = week.averageHardness.value_or(0.0);
    if (week.count == 1) // one day's own number, not an average
        return tr("You looked back on one evening. How hard that day was: %1 of 5.")
            .arg(QLocale().toString(static_cast<int>(value)));
    const QString average = QLocale().toString(value, 'f', 1);
    return tr("You looked back on %n evening(s). How hard the days were, on average: %1 of 5.", nullptr, week.count)
        .arg(average);
}

QString LookBackText::hardestAndEasiest(const LookBackWeek &week)
{
    if (!week.hardestDay || !week.easiestDay)
        return {};
    const auto hardness = [&week](LocalDate date) {
        return week.days.at(static_cast<std::size_t>(week.days.front().date.daysTo(date))).hardness;
    };
    // A day is named only when it stands alone: with three days at 2, "the
    // hardest was Monday" would single out one of them for no reason.
    const auto alone = [&week, &hardness](LocalDate date) {
        return std::count_if(week.days.begin(), week.days.end(),
                             [&](const LookBackWeek::Day &day) { return day.hardness == hardness(date); })
               == 1;
    };
    const bool hardest = alone(*week.hardestDay) && hardness(*week.hardestDay) != hardness(*week.easiestDay);
    const bool easiest = alone(*week.easiestDay) && hardness(*week.hardestDay) != hardness(*week.easiestDay);
    if (hardest && easiest)
        return tr("The hardest was %1, the easiest %2.").arg(longDay(*week.hardestDay), longDay(*week.easiestDay));
    if (hardest)
        return tr("The hardest was %1.").arg(longDay(*week.hardestDay));
    if (easiest)
        return tr("The easiest was %1.").arg(longDay(*week.easiestDay));
    return {};
}

QString LookBackText::helpedHeading()
{
    return tr("What helped this week");
}

QStringList LookBackText::helpedLines(const LookBackWeek &week)
{
    QStringList lines;
    for (const LookBackWeek::Helped &helped : week.helped) {
        QStringList days;
        for (const LocalDate day : helped.days)
            days << dayName(day);
        lines << tr("%1 (%2)", "what helped, then the days it helped on")
                     .arg(QString::fromStdString(helped.text), QLocale().createSeparatedList(days));
    }
    return lines;
}

QString LookBackText::dayName(LocalDate date)
{
    return QLocale().dayName(toQDate(date).dayOfWeek(), QLocale::ShortFormat);
}

QString LookBackText::dayValue(const LookBackWeek::Day &day)
{
    if (!day.hardness)
        return tr("–", "a day without a look back");
    return QLocale().toString(*day.hardness);
}

QString LookBackText::dayAccessible(const LookBackWeek::Day &day)
{
    if (!day.hardness)
        return tr("%1: no look back", "a day of the week's evenings").arg(ReviewText::dayLong(day.date));
    return tr("%1: %2 of 5", "a day of the week's evenings, how hard it was")
        .arg(ReviewText::dayLong(day.date), QLocale().toString(*day.hardness));
}

} // namespace holdfast::ui
