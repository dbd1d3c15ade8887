#include "ui/review/ReviewTablesPanel.h"

#include "ui/Typography.h"
#include "ui/review/LookBackWeekCard.h"

#include <QHeaderView>
#include <QLabel>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace holdfast::ui {

ReviewTablesPanel::ReviewTablesPanel(QWidget *parent) : QScrollArea(parent)
{
    setObjectName(QStringLiteral("reviewTablesScroll"));
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    auto *panel = new QWidget(this);
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    const int spacing = fontMetrics().height() / 2;
    for (const ReviewTables::Kind kind : ReviewTables::kAll) {
        auto *heading = new QLabel(ReviewTables::title(kind), panel);
        heading->setFont(Typography::scaled(font(), 1.0, QFont::DemiBold));
        heading->setWordWrap(true);
        auto *model = new QStandardItemModel(this);
        auto *table = new QTableView(panel);
        table->setObjectName(ReviewTables::objectName(kind));
        table->setAccessibleName(ReviewTables::title(kind));
        table->setModel(model);
        table->setEditTriggers(QAbstractItemView::NoEditTriggers);
        table->setSelectionBehavior(QAbstractItemView::SelectRows);
        table->setTabKeyNavigation(false); // Tab moves on to the next table
        table->setAlternatingRowColors(true);
        table->setWordWrap(false);
        table->verticalHeader()->hide();
        table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
        table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        table->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
        heading->setBuddy(table);
        layout->addWidget(heading);
        layout->addWidget(table);
        layout->addSpacing(spacing);
        if (kind == ReviewTables::Kind::Days) {
            m_lookBacks = new LookBackWeekCard(panel, QStringLiteral("reviewTablesLookBackCard"));
            layout->addWidget(m_lookBacks);
        }
        m_models[kind] = model;
        m_tables[kind] = table;
    }
    layout->addStretch(1);
    setWidget(panel);
}

void ReviewTablesPanel::fill(const ReviewData &week) const
{
    if (!m_stale)
        return;
    m_stale = false;
    m_lookBacks->setWeek(week.lookBacks);
    for (const auto &[kind, model] : m_models) {
        ReviewTables::fill(kind, week, *model);
        QHeaderView *header = m_tables.at(kind)->horizontalHeader();
        header->setSectionResizeMode(QHeaderView::ResizeToContents);
        header->setSectionResizeMode(0, QHeaderView::Stretch);
    }
}

} // namespace holdfast::ui
