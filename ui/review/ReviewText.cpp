#include "ui/review/ReviewText.h"

#include "ui/DateConversion.h"
#include "ui/TriggerNames.h"

#include <QDate>
#include <QLocale>
#include <QTime>

#include <cmath>

namespace holdfast::ui {

namespace {

QString countAndOutcome(const WeeklyReport::Summary &summary)
{
    if (summary.allResisted)
        return ReviewText::tr("%n urge(s), all resisted", "weekly summary", summary.urges);
    return ReviewText::tr("%n urge(s), %1 resisted", "weekly summary", summary.urges).arg(summary.resisted);
}

QString comparison(const WeeklyReport::Summary &summary)
{
    const int difference = summary.urgeDifference.value_or(0);
    switch (summary.direction) {
    case WeeklyReport::Direction::Fewer:
        return ReviewText::tr("%n fewer than last week", "weekly summary", -difference);
    case WeeklyReport::Direction::More:
        return ReviewText::tr("%n more than last week", "weekly summary", difference);
    case WeeklyReport::Direction::Same:
        return ReviewText::tr("as many as last week", "weekly summary");
    case WeeklyReport::Direction::FirstWeek:
        break;
    }
    return {};
}

QString bandPhrase(WeeklyReport::DayBand band)
{
    switch (band) {
    case WeeklyReport::DayBand::Morning:
        return ReviewText::tr("most came in the morning", "weekly summary");
    case WeeklyReport::DayBand::Afternoon:
        return ReviewText::tr("most came in the afternoon", "weekly summary");
    case WeeklyReport::DayBand::Evening:
        return ReviewText::tr("most came in the evening", "weekly summary");
    case WeeklyReport::DayBand::Night:
        break;
    }
    return ReviewText::tr("most came at night", "weekly summary");
}

// Said only when some urges were not to message them: the week's look or go urges count too.
QString kindSentence(const WeeklyReport::Summary &summary)
{
    if (!summary.topOtherKind)
        return {};
    const int count = summary.topOtherKind->count;
    switch (summary.topOtherKind->kind) {
    case UrgeKind::Look:
        return ReviewText::tr("%n of them pulled you to look at them.", "weekly summary", count);
    case UrgeKind::Go:
        return ReviewText::tr("%n of them pulled you to go where they might be.", "weekly summary", count);
    case UrgeKind::Message:
    case UrgeKind::Other:
        break;
    }
    return ReviewText::tr("%n of them pulled you toward something else.", "weekly summary", count);
}

} // namespace

QString ReviewText::summary(const WeeklyReport &report, bool currentWeek)
{
    const WeeklyReport::Summary summary = report.summary();
    if (summary.noUrges) {
        const auto &previous = report.previousTotals();
        if (previous && previous->urges > 0) {
            return currentWeek ? tr("No urges so far this week, down from %n last week.", "weekly summary", previous->urges)
                               : tr("No urges this week, down from %n the week before.", "weekly summary", previous->urges);
        }
        return currentWeek ? tr("No urges so far this week.", "weekly summary") : tr("No urges this week.", "weekly summary");
    }

    QString head = countAndOutcome(summary);
    if (const QString compared = comparison(summary); !compared.isEmpty())
        head = tr("%1, %2", "weekly summary: urge count, comparison with last week").arg(head, compared);
    else if (currentWeek)
        head = tr("%1 so far this week", "weekly summary: urge count").arg(head);
    else
        head = tr("%1 this week", "weekly summary: urge count").arg(head);

    QString tail;
    if (summary.busiestBand && summary.topTrigger) {
        tail = tr("%1, most often: %2", "weekly summary: time of day, top trigger")
                   .arg(bandPhrase(*summary.busiestBand), trigger(*summary.topTrigger));
    } else if (summary.busiestBand) {
        tail = bandPhrase(*summary.busiestBand);
    } else if (summary.topTrigger) {
        tail = tr("most often: %1", "weekly summary: top trigger").arg(trigger(*summary.topTrigger));
    }
    QString sentence = tail.isEmpty() ? tr("%1.", "weekly summary: a sentence").arg(head)
                                      : tr("%1; %2.", "weekly summary: counts; when and why").arg(head, tail);
    if (const QString kinds = kindSentence(summary); !kinds.isEmpty())
        sentence = tr("%1 %2", "weekly summary: the sentence, then what the urges pulled toward").arg(sentence, kinds);
    return sentence;
}

QString ReviewText::weekRange(LocalDate start, LocalDate end)
{
    const QLocale locale;
    const QDate from = toQDate(start);
    const QDate to = toQDate(end);
    const QString last = locale.toString(to, tr("d MMMM yyyy", "date format: last day of a week"));
    if (from.year() != to.year())
        return tr("%1 – %2", "week range").arg(locale.toString(from, tr("d MMMM yyyy", "date format: last day of a week")), last);
    if (from.month() != to.month())
        return tr("%1 – %2", "week range").arg(locale.toString(from, tr("d MMMM", "date format: first day of a week")), last);
    return tr("%1 – %2", "week range").arg(locale.toString(from, tr("d", "date format: first day of a week in the same month")), last);
}

QString ReviewText::dayShort(LocalDate date)
{
    return QLocale().toString(toQDate(date), tr("ddd d", "date format: a day on the chart axis"));
}

QString ReviewText::dayLong(LocalDate date)
{
    return QLocale().toString(toQDate(date), tr("dddd d MMMM", "date format: a day in the table"));
}

QString ReviewText::weekShort(LocalDate start)
{
    return QLocale().toString(toQDate(start), tr("d MMM", "date format: a week on the trend axis"));
}

QString ReviewText::weekAxisLabel(LocalDate start)
{
    const QLocale locale;
    const QDate date = toQDate(start);
    // Chart axis labels are rich text: <br> breaks the line.
    return tr("%1<br>%2", "trend axis: day of the month, short month name")
        .arg(locale.toString(date, QStringLiteral("d")), locale.toString(date, QStringLiteral("MMM")));
}

QString ReviewText::urgeKind(UrgeKind kind)
{
    switch (kind) {
    case UrgeKind::Message:
        return tr("Message or call");
    case UrgeKind::Look:
        return tr("Look", "an urge to look at their profile or photos");
    case UrgeKind::Go:
        return tr("Go there", "an urge to go where they might be");
    case UrgeKind::Other:
        break;
    }
    return tr("Something else");
}

QString ReviewText::haltFlag(int index)
{
    switch (index) {
    case 0:
        return tr("Hungry");
    case 1:
        return tr("Angry");
    case 2:
        return tr("Lonely");
    default:
        break;
    }
    return tr("Tired");
}

QString ReviewText::trigger(const WeeklyReport::TriggerCount &count)
{
    if (count.trigger)
        return TriggerNames::label(*count.trigger);
    return QString::fromStdString(count.customTrigger);
}

QString ReviewText::hour(int hour)
{
    return QLocale().toString(QTime(hour, 0), QLocale::ShortFormat);
}

QString ReviewText::intensity(std::optional<double> value)
{
    if (!value)
        return tr("–", "no value");
    return QLocale().toString(*value, 'f', 1);
}

QString ReviewText::share(std::optional<double> value)
{
    if (!value)
        return tr("–", "no value");
    return tr("%1 %", "a percentage").arg(QLocale().toString(std::lround(*value * 100.0)));
}

QString ReviewText::minutes(std::optional<double> value)
{
    if (!value)
        return tr("–", "no value");
    // Half minutes are worth showing (a median of two); more is false precision.
    const double rounded = std::round(*value * 2.0) / 2.0;
    if (rounded == std::floor(rounded))
        return tr("%n min", "minutes", int(rounded));
    return tr("%1 min", "minutes with a fraction").arg(QLocale().toString(rounded, 'f', 1));
}

QString ReviewText::stateTitle(ReviewState::Kind state, bool currentWeek)
{
    switch (state) {
    case ReviewState::Kind::NoData:
        return tr("Your weekly review starts here");
    case ReviewState::Kind::BeforeFirstData:
        return tr("Nothing recorded this week");
    case ReviewState::Kind::FirstDays:
        return tr("Your first days");
    case ReviewState::Kind::QuietWeek:
        return currentWeek ? tr("No urges so far this week") : tr("A week without urges");
    case ReviewState::Kind::Normal:
        break;
    }
    return {};
}

QString ReviewText::stateBody(ReviewState::Kind state, bool currentWeek, std::optional<LocalDate> firstDataDate)
{
    switch (state) {
    case ReviewState::Kind::NoData:
        return tr("Each urge you log with “I want to text my ex” and each morning check-in adds to this page. "
                  "Week by week, it shows how your urges change.");
    case ReviewState::Kind::BeforeFirstData:
        if (firstDataDate)
            return tr("Your history starts on %1. Use “Next week” to move towards it.")
                .arg(QLocale().toString(toQDate(*firstDataDate), QLocale::LongFormat));
        return {};
    case ReviewState::Kind::FirstDays:
        return tr("The charts fill in as you log urges and check in. After a few weeks, the trend shows how "
                  "far you have come.");
    case ReviewState::Kind::QuietWeek:
        return currentWeek ? tr("Not a single urge logged so far. Every quiet day is one you kept for yourself.")
                           : tr("Not a single urge logged all week. That is what healing looks like; take a moment to notice it.");
    case ReviewState::Kind::Normal:
        break;
    }
    return {};
}

QString ReviewText::resisted()
{
    return tr("Resisted");
}

QString ReviewText::reachedOut()
{
    return tr("Reached out");
}

QString ReviewText::otherOutcome()
{
    return tr("Other", "urges they started or that were left undecided");
}

} // namespace holdfast::ui
