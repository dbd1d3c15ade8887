#pragma once

// The weekly review as tables: the same figures as the charts, one table per
// kind (ReviewTables), and the week's evenings, for the keyboard and screen
// readers. A new week only
// marks them behind; they are filled when shown or read, so switching weeks
// with the charts on screen does not refill seven hidden tables.

#include "model/ReviewData.h"
#include "ui/review/ReviewTables.h"

#include <QScrollArea>

#include <map>

class QStandardItemModel;
class QTableView;

namespace holdfast::ui {

class LookBackWeekCard;

class ReviewTablesPanel : public QScrollArea
{
    Q_OBJECT

public:
    explicit ReviewTablesPanel(QWidget *parent);

    QTableView *table(ReviewTables::Kind kind) const { return m_tables.at(kind); }
    // The model behind a table, as last filled.
    QStandardItemModel *model(ReviewTables::Kind kind) const { return m_models.at(kind); }
    LookBackWeekCard *lookBackCard() const { return m_lookBacks; }
    // Another week is selected: the tables are behind until fill().
    void markStale() { m_stale = true; }
    // Puts `week` into the tables if they are behind.
    void fill(const ReviewData &week) const;

private:
    std::map<ReviewTables::Kind, QStandardItemModel *> m_models;
    std::map<ReviewTables::Kind, QTableView *> m_tables;
    LookBackWeekCard *m_lookBacks = nullptr; // the week's evenings, after the days
    mutable bool m_stale = false;
};

} // namespace holdfast::ui
