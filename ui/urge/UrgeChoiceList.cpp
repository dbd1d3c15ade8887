#include "ui/urge/UrgeChoiceList.h"

#include "ui/SelectionFocus.h"

#include <QKeyEvent>
#include <QSignalBlocker>

#include <algorithm>

namespace holdfast::ui {

namespace {

constexpr int kIdRole = Qt::UserRole + 1;
// Rows a list shows before it scrolls.
constexpr int kListRowsMin = 3;
constexpr int kListRowsMax = 6;

} // namespace

UrgeChoiceList::UrgeChoiceList(const QString &objectName, const QString &accessibleName,
                               const QString &accessibleDescription, QWidget *parent)
    : QListWidget(parent)
{
    setObjectName(objectName);
    setAccessibleName(accessibleName);
    setAccessibleDescription(accessibleDescription);
    fitHeight();
    SelectionFocus::install(this); // which of the lists the keys move
    connect(this, &QListWidget::itemDoubleClicked, this, [this](QListWidgetItem *item) {
        if (m_choose)
            m_choose(row(item));
    });
    setWordWrap(true);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
}

void UrgeChoiceList::fill(const std::vector<Item> &items, std::optional<std::int64_t> suggestedId,
                          std::optional<std::int64_t> chosenId)
{
    {
        const QSignalBlocker blocker(this);
        clear();
        int current = 0;
        for (std::size_t i = 0; i < items.size(); ++i) {
            auto *item = new QListWidgetItem(items[i].text, this);
            item->setData(kIdRole, QVariant::fromValue<qlonglong>(items[i].id));
            if (suggestedId == items[i].id)
                current = int(i);
            if (chosenId == items[i].id)
                current = int(i);
        }
        if (!items.empty())
            setCurrentRow(current);
    }
    fitHeight();
    SelectionFocus::install(this);
}

void UrgeChoiceList::keyPressEvent(QKeyEvent *event)
{
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    if (enter && currentRow() >= 0 && m_choose && m_choose(currentRow())) {
        event->accept();
        return;
    }
    QListWidget::keyPressEvent(event);
}

// As tall as its rows (within limits), so short lists leave room for the rest.
void UrgeChoiceList::fitHeight()
{
    const int rows = std::clamp(count(), kListRowsMin, kListRowsMax);
    const int row = count() > 0 ? sizeHintForRow(0) : fontMetrics().height() + 4;
    setFixedHeight(rows * row + 2 * frameWidth() + 4);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

} // namespace holdfast::ui
