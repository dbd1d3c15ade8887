#include "ui/review/ChartCard.h"

#include "ui/ThemePalette.h"

#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QLabel>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace holdfast::ui {

namespace {

// Tall enough for axis labels, a legend and readable bars, in lines of text
// so it follows the font size.
constexpr int kChartHeightLines = 15;

} // namespace

ChartCard::ChartCard(const QString &title, const QString &viewObjectName, QWidget *parent) : QFrame(parent)
{
    setObjectName(viewObjectName + QStringLiteral("Card"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);

    auto *layout = new QVBoxLayout(this);
    const int margin = fontMetrics().height() * 3 / 4;
    layout->setContentsMargins(margin, margin, margin, margin);
    layout->setSpacing(margin / 3);

    auto *heading = new QLabel(title, this);
    QFont font = heading->font();
    font.setWeight(QFont::DemiBold);
    heading->setFont(font);
    heading->setWordWrap(true);

    m_caption = new QLabel(this);
    m_caption->setWordWrap(true);
    m_caption->setForegroundRole(QPalette::PlaceholderText);

    m_view = new QChartView(this);
    m_view->setObjectName(viewObjectName);
    m_view->setAccessibleName(title);
    // A reader that reaches the drawing area inside hears the same title.
    m_view->viewport()->setAccessibleName(title);
    m_view->setAccessibleDescription(
        tr("Chart. The same figures are in a table: press “Show as table” at the top of the review."));
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->setMinimumHeight(fontMetrics().height() * kChartHeightLines);
    m_view->setBackgroundRole(QPalette::Base);
    styleFocusRing();

    m_empty = new QLabel(this);
    m_empty->setObjectName(viewObjectName + QStringLiteral("Empty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_empty->setMinimumHeight(fontMetrics().height() * 4);

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_empty);

    layout->addWidget(heading);
    layout->addWidget(m_caption);
    layout->addWidget(m_stack, 1);
    // Takes the slack when the card is taller than an empty chart needs (a
    // neighbour in the same row has a chart), so the text stays at the top.
    layout->addStretch(0);
}

ChartCard::~ChartCard() = default;

void ChartCard::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && m_view) // the view comes after the card's own colours
        styleFocusRing();
}

void ChartCard::styleFocusRing()
{
    const QString sheet = QStringLiteral("QGraphicsView { border: 2px solid transparent; border-radius: 4px; }"
                                         " QGraphicsView:focus { border-color: %1; }")
                              .arg(ThemePalette::focusRing(palette()).name());
    if (m_view->styleSheet() != sheet)
        m_view->setStyleSheet(sheet);
}

void ChartCard::setChart(QChart *chart)
{
    QChart *previous = m_view->chart();
    m_view->setChart(chart);
    m_chart = chart;
    // The view releases, but does not delete, the chart it showed before.
    delete previous;
}

void ChartCard::setCaption(const QString &caption)
{
    m_caption->setText(caption);
    m_caption->setVisible(!caption.isEmpty());
}

void ChartCard::setEmptyText(const QString &text)
{
    m_empty->setText(text);
    m_stack->setCurrentWidget(text.isEmpty() ? static_cast<QWidget *>(m_view) : m_empty);
    // An empty card needs no chart-sized hole.
    m_stack->setMaximumHeight(text.isEmpty() ? QWIDGETSIZE_MAX : m_empty->minimumHeight());
}

QChart *ChartCard::chart() const
{
    return m_chart;
}

bool ChartCard::isChartShown() const
{
    return m_stack->currentWidget() == m_view;
}

} // namespace holdfast::ui
