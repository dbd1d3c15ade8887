#include "ui/dashboard/CounterCard.h"

#include "ui/AppContext.h"
#include "ui/DateConversion.h"
#include "ui/Typography.h"
#include "ui/dashboard/DashboardLabels.h"

#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace holdfast::ui {

using dashboard::makeQuietLabel;
using dashboard::timeText;

namespace {

constexpr auto scaledFont = &Typography::scaled;
constexpr auto makeLabel = &Typography::label;

} // namespace

CounterCard::CounterCard(AppContext &context, QWidget *parent)
    : Card(QStringLiteral("counterCard"), tr("No-contact counter"), parent, Tone::Plain, Padding::Roomy),
      m_context(context)
{
    QVBoxLayout *layout = contentLayout();
    QWidget *card = this;
    m_counterCaptionLabel = makeQuietLabel(tr("No contact for"), QStringLiteral("counterCaptionLabel"), card);
    layout->addWidget(m_counterCaptionLabel);
    m_counterLabel = makeLabel(QString(), QStringLiteral("noContactCounterLabel"), card);
    m_counterLabel->setFont(scaledFont(m_counterLabel->font(), 2.4, QFont::DemiBold));
    m_counterLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_counterLabel);
    m_sinceLabel = makeQuietLabel(QString(), QStringLiteral("counterSinceLabel"), card);
    layout->addWidget(m_sinceLabel);
    layout->addSpacing(fontMetrics().height() / 2);

    auto *stats = new QGridLayout();
    stats->setHorizontalSpacing(fontMetrics().height() * 2);
    stats->setVerticalSpacing(0);
    const auto addStat = [&](int column, const QString &name, const QString &caption) {
        QLabel *value = makeLabel(QString(), name, card);
        value->setFont(scaledFont(value->font(), 1.3, QFont::DemiBold));
        stats->addWidget(value, 0, column);
        QLabel *captionLabel = makeQuietLabel(caption, name + QStringLiteral("Caption"), card);
        captionLabel->setWordWrap(false);
        stats->addWidget(captionLabel, 1, column);
        if (column == 1)
            m_totalDaysCaptionLabel = captionLabel;
        return value;
    };
    m_longestLabel = addStat(0, QStringLiteral("longestStreakLabel"), tr("Longest streak"));
    m_totalDaysLabel = addStat(1, QStringLiteral("totalDaysLabel"), tr("Days without contact"));
    m_attemptsLabel = addStat(2, QStringLiteral("attemptsLabel"), tr("Fresh starts"));
    stats->setColumnStretch(3, 1);
    m_statsWidget = new QWidget(card);
    m_statsWidget->setObjectName(QStringLiteral("counterStats"));
    m_statsWidget->setLayout(stats);
    stats->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_statsWidget);

    // Low-contact mode (issue 14): logistics kept this stretch, and a quick way to log it.
    m_logisticsLabel = makeQuietLabel(QString(), QStringLiteral("counterLogisticsLabel"), card);
    m_logisticsLabel->hide();
    layout->addWidget(m_logisticsLabel);
    m_logContactButton = new QPushButton(tr("&Log contact…"), card);
    m_logContactButton->setObjectName(QStringLiteral("logContactButton"));
    m_logContactButton->setAccessibleDescription(tr("Record a message about children, work or shared things"));
    m_logContactButton->hide();
    connect(m_logContactButton, &QPushButton::clicked, this, &CounterCard::logContactRequested);
    layout->addWidget(m_logContactButton, 0, Qt::AlignLeft);
    layout->addStretch(1);
}

QString CounterCard::durationText(const DurationParts &parts)
{
    if (parts.days > 0) {
        return tr("%1, %2", "days, hours")
            .arg(tr("%n day(s)", nullptr, int(parts.days)), tr("%n hour(s)", nullptr, parts.hours));
    }
    if (parts.hours > 0) {
        return tr("%1, %2", "hours, minutes")
            .arg(tr("%n hour(s)", nullptr, parts.hours), tr("%n minute(s)", nullptr, parts.minutes));
    }
    return tr("%n minute(s)", nullptr, parts.minutes);
}

void CounterCard::showState(const DashboardState &state)
{
    const DashboardCounter &counter = state.counter;
    if (!state.hasStartDate) {
        m_counterLabel->setText(tr("Not counting yet"));
        m_sinceLabel->setText(tr("Set when no contact began, and the count starts."));
    } else {
        m_counterLabel->setText(durationText(counter.current));
        if (counter.sinceUtcMs) {
            const QDateTime since = toWallClock(*counter.sinceUtcMs, m_context.clock());
            const QLocale locale;
            m_sinceLabel->setText(tr("Since %1, %2")
                                      .arg(locale.toString(since.date(), QLocale::LongFormat),
                                           timeText(since.time())));
        }
    }
    const bool low = state.lowContact;
    m_counterCaptionLabel->setText(low ? tr("No personal contact for") : tr("No contact for"));
    m_totalDaysCaptionLabel->setText(low ? tr("Days without personal contact") : tr("Days without contact"));
    m_counterLabel->setAccessibleName(low ? tr("No personal contact for %1").arg(m_counterLabel->text())
                                          : tr("No contact for %1").arg(m_counterLabel->text()));
    m_logContactButton->setVisible(low);
    m_logisticsLabel->setVisible(low && state.hasStartDate);
    m_logisticsLabel->setText(tr("%n logistics contact(s) kept in this stretch", nullptr, counter.logisticsInStretch));
    // Zeros say nothing before the count has started.
    m_statsWidget->setVisible(state.hasStartDate);
    m_longestLabel->setText(counter.longest.days > 0 ? tr("%n day(s)", nullptr, int(counter.longest.days))
                                                     : durationText(counter.longest));
    m_totalDaysLabel->setText(QLocale().toString(qlonglong(counter.totalDays)));
    m_attemptsLabel->setText(QLocale().toString(counter.attempts));
}

} // namespace holdfast::ui
