#include "ui/review/LookBackWeekCard.h"

#include "ui/Typography.h"
#include "ui/review/LookBackText.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace holdfast::ui {

LookBackWeekCard::LookBackWeekCard(QWidget *parent, const QString &objectName) : QFrame(parent)
{
    setObjectName(objectName);
    setAccessibleName(LookBackText::title());
    // The look of the chart cards beside it (ChartCard): Base, whatever the theme.
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);

    auto *layout = new QVBoxLayout(this);
    const int margin = fontMetrics().height() * 3 / 4;
    layout->setContentsMargins(margin, margin, margin, margin);
    layout->setSpacing(margin / 2);

    auto *heading = new QLabel(LookBackText::title(), this);
    heading->setObjectName(QStringLiteral("reviewLookBackTitle"));
    heading->setFont(Typography::scaled(font(), 1.0, QFont::DemiBold));
    heading->setWordWrap(true);
    layout->addWidget(heading);

    m_sentence = new QLabel(this);
    m_sentence->setObjectName(QStringLiteral("reviewLookBackSentence"));
    m_sentence->setTextFormat(Qt::PlainText);
    m_sentence->setWordWrap(true);
    m_sentence->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_sentence->setFocusPolicy(Qt::StrongFocus); // like the week's summary: Tab reaches it, a reader reads it
    m_sentence->setAccessibleDescription(tr("The week's evening look backs"));
    layout->addWidget(m_sentence);

    m_extremes = new QLabel(this);
    m_extremes->setObjectName(QStringLiteral("reviewLookBackExtremes"));
    m_extremes->setTextFormat(Qt::PlainText);
    m_extremes->setWordWrap(true);
    m_extremes->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_extremes);

    m_dayRow = new QWidget(this);
    m_dayRow->setObjectName(QStringLiteral("reviewLookBackDays"));
    auto *days = new QHBoxLayout(m_dayRow);
    days->setContentsMargins(0, 0, 0, 0);
    days->setSpacing(fontMetrics().averageCharWidth() * 2);
    for (int i = 0; i < 7; ++i) {
        // One widget per day that a screen reader names whole ("Monday 16
        // November: 3 of 5"); on screen the short name over the number.
        auto *cell = new QWidget(m_dayRow);
        cell->setObjectName(QStringLiteral("reviewLookBackDay%1").arg(i));
        cell->setMinimumWidth(fontMetrics().averageCharWidth() * 5); // the numbers line up as a row
        auto *stack = new QVBoxLayout(cell);
        stack->setContentsMargins(0, 0, 0, 0);
        stack->setSpacing(0);
        auto *name = new QLabel(cell);
        name->setObjectName(QStringLiteral("reviewLookBackDayName%1").arg(i));
        name->setAlignment(Qt::AlignCenter);
        name->setForegroundRole(QPalette::PlaceholderText);
        auto *value = new QLabel(cell);
        value->setObjectName(QStringLiteral("reviewLookBackDayValue%1").arg(i));
        value->setAlignment(Qt::AlignCenter);
        value->setFont(Typography::scaled(font(), 1.1, QFont::DemiBold));
        stack->addWidget(name);
        stack->addWidget(value);
        days->addWidget(cell);
        m_dayCells.push_back({cell, name, value});
    }
    days->addStretch(1);
    layout->addWidget(m_dayRow);

    m_helpedHeading = new QLabel(LookBackText::helpedHeading(), this);
    m_helpedHeading->setObjectName(QStringLiteral("reviewLookBackHelpedTitle"));
    m_helpedHeading->setFont(Typography::scaled(font(), 1.0, QFont::DemiBold));
    m_helpedHeading->setWordWrap(true);
    layout->addSpacing(margin / 2);
    layout->addWidget(m_helpedHeading);
    m_helpedLayout = new QVBoxLayout;
    m_helpedLayout->setSpacing(margin / 4);
    layout->addLayout(m_helpedLayout);
    hide();
}

void LookBackWeekCard::setWeek(const LookBackWeek &week)
{
    setVisible(!week.isEmpty());
    if (week.isEmpty())
        return;
    m_sentence->setText(LookBackText::sentence(week));
    const QString extremes = LookBackText::hardestAndEasiest(week);
    m_extremes->setText(extremes);
    m_extremes->setVisible(!extremes.isEmpty());

    QStringList spoken;
    for (std::size_t i = 0; i < week.days.size(); ++i) {
        const LookBackWeek::Day &day = week.days[i];
        const DayCell &cell = m_dayCells.at(static_cast<qsizetype>(i));
        cell.name->setText(LookBackText::dayName(day.date));
        cell.value->setText(LookBackText::dayValue(day));
        cell.cell->setAccessibleName(LookBackText::dayAccessible(day));
        spoken << cell.cell->accessibleName();
    }
    m_dayRow->setAccessibleName(tr("How hard each day was"));
    m_dayRow->setAccessibleDescription(spoken.join(QStringLiteral("; ")));

    const QStringList lines = LookBackText::helpedLines(week);
    m_helpedHeading->setVisible(!lines.isEmpty());
    while (m_helpedLabels.size() > lines.size())
        delete m_helpedLabels.takeLast();
    while (m_helpedLabels.size() < lines.size()) {
        auto *label = new QLabel(this);
        label->setObjectName(QStringLiteral("reviewLookBackHelpedLine"));
        label->setTextFormat(Qt::PlainText); // the person's own words
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_helpedLayout->addWidget(label);
        m_helpedLabels << label;
    }
    for (qsizetype i = 0; i < lines.size(); ++i)
        m_helpedLabels[i]->setText(tr("• %1", "a line in the list of what helped").arg(lines[i]));
    m_helpedLines = lines;
}

QString LookBackWeekCard::sentence() const
{
    return m_sentence->text();
}

QStringList LookBackWeekCard::helpedLines() const
{
    return m_helpedLines;
}

QWidget *LookBackWeekCard::focusTarget() const
{
    return m_sentence;
}

} // namespace holdfast::ui
