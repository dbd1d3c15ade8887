#include "ui/dashboard/LookBackCard.h"

#include "ui/Typography.h"
#include "ui/dashboard/DashboardLabels.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace holdfast::ui {

LookBackCard::LookBackCard(QWidget *parent)
    : Card(QStringLiteral("lookBackCard"), tr("Evening look back"), parent, Tone::Plain, Padding::Roomy)
{
    QVBoxLayout *layout = contentLayout();
    m_headingLabel = dashboard::makeHeading(QString(), this);
    m_headingLabel->setObjectName(QStringLiteral("lookBackCardHeadingLabel"));
    layout->addWidget(m_headingLabel);
    m_textLabel = Typography::label(QString(), QStringLiteral("lookBackCardTextLabel"), this);
    layout->addWidget(m_textLabel);
    m_helpedLabel = Typography::label(QString(), QStringLiteral("lookBackCardHelpedLabel"), this);
    m_helpedLabel->setTextFormat(Qt::PlainText);
    layout->addWidget(m_helpedLabel);
    m_tomorrowLabel = Typography::label(QString(), QStringLiteral("lookBackCardTomorrowLabel"), this);
    m_tomorrowLabel->setTextFormat(Qt::PlainText);
    layout->addWidget(m_tomorrowLabel);
    m_openButton = new QPushButton(this);
    m_openButton->setObjectName(QStringLiteral("lookBackCardButton"));
    layout->addWidget(m_openButton, 0, Qt::AlignLeft);
    connect(m_openButton, &QPushButton::clicked, this, &LookBackCard::openRequested);
    hide();
}

QString LookBackCard::hardnessText(int hardness)
{
    switch (hardness) {
    case 1:
        return tr("An easy day (1 of 5)");
    case 2:
        return tr("A fairly easy day (2 of 5)");
    case 3:
        return tr("A middling day (3 of 5)");
    case 4:
        return tr("A hard day (4 of 5)");
    default:
        return tr("A very hard day (5 of 5)");
    }
}

QString LookBackCard::yesterdayText(int hardness)
{
    // The first thing read in the morning: a hard day is met with what the person did, getting through it.
    switch (hardness) {
    case 1:
        return tr("Yesterday was an easy day (1 of 5).");
    case 2:
        return tr("Yesterday was a fairly easy day (2 of 5).");
    case 3:
        return tr("Yesterday was a middling day (3 of 5).");
    case 4:
        return tr("Yesterday was hard (4 of 5). You got through it.");
    default:
        return tr("Yesterday was very hard (5 of 5). You got through it.");
    }
}

void LookBackCard::showState(const DashboardState &state)
{
    const std::optional<LookBack> &tonight = state.tonightsLookBack;
    const std::optional<LookBack> &lastNight = state.lastNightsLookBack;
    const LookBack *shown = nullptr;
    bool fromLastNight = false;
    if (tonight) {
        shown = &*tonight;
        m_headingLabel->setText(tr("Tonight's look back"));
        m_textLabel->setText(tr("Today: %1").arg(hardnessText(tonight->hardness)));
        m_openButton->setText(tr("Change tonight's look back…"));
    } else if (state.lookBackOffered) {
        m_headingLabel->setText(tr("Evening look back"));
        m_textLabel->setText(tr("How was today? A minute to close the day before you sleep."));
        m_openButton->setText(tr("Look back on today…"));
    } else if (lastNight) {
        shown = &*lastNight;
        fromLastNight = true;
        m_headingLabel->setText(tr("From last night"));
        m_textLabel->setText(yesterdayText(lastNight->hardness));
    }
    m_openButton->setVisible(tonight || state.lookBackOffered);
    m_helpedLabel->setText(shown && !shown->helped.empty()
                               ? tr("What helped: %1").arg(QString::fromStdString(shown->helped))
                               : QString());
    //: the line the person wrote last night for the day after; "tomorrow" tonight, "today" the next morning
    const QString tomorrowFormat = fromLastNight ? tr("Your line for today: %1") : tr("For tomorrow: %1");
    m_tomorrowLabel->setText(shown && !shown->tomorrow.empty()
                                 ? tomorrowFormat.arg(QString::fromStdString(shown->tomorrow))
                                 : QString());
    showLines();
    // A screen reader names the card as it reads: "From last night", "Tonight's look back".
    setAccessibleName(m_headingLabel->text());
    setVisible(shown || state.lookBackOffered);
}

void LookBackCard::setLinesHidden(bool hidden)
{
    m_linesHidden = hidden;
    showLines();
}

void LookBackCard::showLines()
{
    m_helpedLabel->setVisible(!m_linesHidden && !m_helpedLabel->text().isEmpty());
    m_tomorrowLabel->setVisible(!m_linesHidden && !m_tomorrowLabel->text().isEmpty());
}

} // namespace holdfast::ui
