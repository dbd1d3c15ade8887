#pragma once

// One chart of the weekly review in a card: a heading, a one-line caption,
// and the chart, or a quiet sentence in its place when the week has nothing
// to draw. Owns the chart it shows and deletes the one it replaces.

#include <QFrame>

class QChart;
class QChartView;
class QLabel;
class QStackedWidget;

namespace holdfast::ui {

class ChartCard : public QFrame
{
    Q_OBJECT

public:
    ChartCard(const QString &title, const QString &viewObjectName, QWidget *parent = nullptr);
    ~ChartCard() override;

    // Takes ownership of `chart`.
    void setChart(QChart *chart);
    void setCaption(const QString &caption);
    // Shows `text` instead of the chart; an empty text shows the chart.
    void setEmptyText(const QString &text);

    QChartView *view() const { return m_view; }
    // The chart given to setChart; nothing before (the view's own placeholder is not it).
    QChart *chart() const;
    bool isChartShown() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    // A ring around the chart while it has focus (Tab stops on it), in the theme's colour.
    void styleFocusRing();

    QLabel *m_caption = nullptr;
    QStackedWidget *m_stack = nullptr;
    QChartView *m_view = nullptr;
    QLabel *m_empty = nullptr;
    QChart *m_chart = nullptr;
};

} // namespace holdfast::ui
