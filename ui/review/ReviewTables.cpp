#include "ui/review/ReviewTables.h"

#include "ui/review/ReviewCharts.h"
#include "ui/review/ReviewText.h"

#include <QLocale>
#include <QStandardItem>
#include <QStandardItemModel>

namespace holdfast::ui {

namespace {

QStandardItem *textCell(const QString &text)
{
    auto *item = new QStandardItem(text);
    item->setEditable(false);
    return item;
}

QStandardItem *numberCell(const QString &text)
{
    QStandardItem *item = textCell(text);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

QStandardItem *numberCell(int value)
{
    return numberCell(QLocale().toString(value));
}

QStandardItem *optionalCell(std::optional<int> value)
{
    return value ? numberCell(*value) : numberCell(ReviewText::intensity(std::nullopt));
}

void reset(QStandardItemModel &model, const QStringList &headers)
{
    model.clear();
    model.setColumnCount(int(headers.size()));
    model.setHorizontalHeaderLabels(headers);
}

void keyFigures(const ReviewData &data, QStandardItemModel &model)
{
    reset(model, {ReviewTables::tr("Figure"), ReviewTables::tr("Value")});
    const auto &totals = data.report.totals();
    const auto &previous = data.report.previousTotals();
    const auto row = [&model](const QString &name, QStandardItem *value) {
        model.appendRow({textCell(name), value});
    };
    row(ReviewTables::tr("Urges"), numberCell(totals.urges));
    row(ReviewText::resisted(), numberCell(totals.resisted));
    row(ReviewText::reachedOut(), numberCell(totals.reachedOut));
    row(ReviewTables::tr("They contacted me"), numberCell(totals.theyContacted));
    row(ReviewTables::tr("Left undecided"), numberCell(totals.open));
    row(ReviewTables::tr("Urges the week before"), previous ? numberCell(previous->urges) : optionalCell(std::nullopt));
    row(ReviewTables::tr("Mean starting intensity"), numberCell(ReviewText::intensity(totals.meanIntensity)));
    row(ReviewTables::tr("Peak intensity"), numberCell(totals.peakIntensity));
    row(ReviewTables::tr("Median time to fall below half, this week"), numberCell(ReviewText::minutes(data.weekMinutesToHalf)));
    row(ReviewTables::tr("Median time to fall below half, last 12 weeks"),
        numberCell(ReviewText::minutes(data.trendMinutesToHalf)));
}

void days(const ReviewData &data, QStandardItemModel &model)
{
    reset(model, {ReviewTables::tr("Day"), ReviewTables::tr("Urges"), ReviewText::resisted(), ReviewText::reachedOut(),
                  ReviewText::otherOutcome(), ReviewTables::tr("Mean intensity"), ReviewTables::tr("Peak intensity"),
                  ReviewTables::tr("Mood"), ReviewTables::tr("Sleep")});
    for (const auto &day : data.report.days()) {
        model.appendRow({textCell(ReviewText::dayLong(day.date)), numberCell(day.urges), numberCell(day.resisted),
                         numberCell(day.reachedOut), numberCell(day.urges - day.resisted - day.reachedOut),
                         numberCell(ReviewText::intensity(day.meanIntensity)),
                         day.urges > 0 ? numberCell(day.peakIntensity) : optionalCell(std::nullopt),
                         optionalCell(day.mood), optionalCell(day.sleep)});
    }
    const auto &totals = data.report.totals();
    model.appendRow({textCell(ReviewTables::tr("Week")), numberCell(totals.urges), numberCell(totals.resisted),
                     numberCell(totals.reachedOut), numberCell(totals.urges - totals.resisted - totals.reachedOut),
                     numberCell(ReviewText::intensity(totals.meanIntensity)),
                     totals.urges > 0 ? numberCell(totals.peakIntensity) : optionalCell(std::nullopt),
                     optionalCell(std::nullopt), optionalCell(std::nullopt)});
}

void triggers(const ReviewData &data, QStandardItemModel &model)
{
    reset(model, {ReviewTables::tr("Trigger"), ReviewTables::tr("Urges")});
    for (const auto &count : data.report.triggerRanking())
        model.appendRow({textCell(ReviewText::trigger(count)), numberCell(count.count)});
}

void halt(const ReviewData &data, QStandardItemModel &model)
{
    reset(model, {ReviewTables::tr("Feeling"), ReviewTables::tr("Urges")});
    const auto &h = data.report.halt();
    const int values[] = {h.hungry, h.angry, h.lonely, h.tired};
    for (int i = 0; i < 4; ++i)
        model.appendRow({textCell(ReviewText::haltFlag(i)), numberCell(values[i])});
}

void urgeKinds(const ReviewData &data, QStandardItemModel &model)
{
    reset(model, {ReviewTables::tr("The pull"), ReviewTables::tr("Urges")});
    for (const UrgeKind kind : kAllUrgeKinds)
        model.appendRow({textCell(ReviewText::urgeKind(kind)), numberCell(data.report.kinds().of(kind))});
}

void hours(const ReviewData &data, QStandardItemModel &model)
{
    reset(model, {ReviewTables::tr("Hour"), ReviewTables::tr("Urges")});
    const auto &byHour = data.report.hours();
    for (int hour = 0; hour < 24; ++hour) {
        const QString span = ReviewTables::tr("%1 – %2", "an hour of the day")
                                 .arg(ReviewText::hour(hour), ReviewText::hour((hour + 1) % 24));
        model.appendRow({textCell(span), numberCell(byHour[std::size_t(hour)])});
    }
}

void trend(const ReviewData &data, QStandardItemModel &model)
{
    reset(model, {ReviewTables::tr("Week of"), ReviewTables::tr("Urges"), ReviewText::resisted(),
                  ReviewTables::tr("Resisted share")});
    for (const auto &point : data.report.trend()) {
        model.appendRow({textCell(ReviewText::weekShort(point.weekStart)), numberCell(point.urges),
                         numberCell(point.resisted), numberCell(ReviewText::share(point.resistedShare))});
    }
}

void urgeCurve(const ReviewData &data, QStandardItemModel &model)
{
    reset(model, {ReviewTables::tr("Minute"), ReviewTables::tr("This week"), ReviewTables::tr("Last 12 weeks")});
    const std::size_t rows = std::max(data.weekCurve.size(), data.trendCurve.size());
    for (std::size_t i = 0; i < rows; ++i) {
        const auto shareAt = [i](const std::vector<UrgeCurvePoint> &curve) {
            return i < curve.size() ? std::optional<double>(curve[i].relativeIntensity) : std::nullopt;
        };
        model.appendRow({numberCell(int(i)), numberCell(ReviewText::share(shareAt(data.weekCurve))),
                         numberCell(ReviewText::share(shareAt(data.trendCurve)))});
    }
}

} // namespace

QString ReviewTables::title(Kind kind)
{
    switch (kind) {
    case Kind::KeyFigures:
        return tr("This week in figures");
    case Kind::Days:
        return ReviewCharts::title(ReviewCharts::Kind::UrgesPerDay);
    case Kind::Triggers:
        return ReviewCharts::title(ReviewCharts::Kind::Triggers);
    case Kind::Halt:
        return ReviewCharts::title(ReviewCharts::Kind::Halt);
    case Kind::UrgeKinds:
        return ReviewCharts::title(ReviewCharts::Kind::UrgeKinds);
    case Kind::Hours:
        return ReviewCharts::title(ReviewCharts::Kind::Hours);
    case Kind::Trend:
        return ReviewCharts::title(ReviewCharts::Kind::Trend);
    case Kind::UrgeCurve:
        break;
    }
    return tr("How urges pass: strength compared with the start");
}

QString ReviewTables::objectName(Kind kind)
{
    switch (kind) {
    case Kind::KeyFigures:
        return QStringLiteral("reviewKeyFiguresTable");
    case Kind::Days:
        return QStringLiteral("reviewDaysTable");
    case Kind::Triggers:
        return QStringLiteral("reviewTriggersTable");
    case Kind::Halt:
        return QStringLiteral("reviewHaltTable");
    case Kind::UrgeKinds:
        return QStringLiteral("reviewKindsTable");
    case Kind::Hours:
        return QStringLiteral("reviewHoursTable");
    case Kind::Trend:
        return QStringLiteral("reviewTrendTable");
    case Kind::UrgeCurve:
        break;
    }
    return QStringLiteral("reviewUrgeCurveTable");
}

void ReviewTables::fill(Kind kind, const ReviewData &data, QStandardItemModel &model)
{
    switch (kind) {
    case Kind::KeyFigures:
        return keyFigures(data, model);
    case Kind::Days:
        return days(data, model);
    case Kind::Triggers:
        return triggers(data, model);
    case Kind::Halt:
        return halt(data, model);
    case Kind::UrgeKinds:
        return urgeKinds(data, model);
    case Kind::Hours:
        return hours(data, model);
    case Kind::Trend:
        return trend(data, model);
    case Kind::UrgeCurve:
        break;
    }
    urgeCurve(data, model);
}

} // namespace holdfast::ui
