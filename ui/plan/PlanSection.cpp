#include "ui/plan/PlanSection.h"

#include "ui/AppContext.h"
#include "headless/ErrorMessages.h"
#include "ui/Card.h"
#include "ui/plan/PlanItemDelegate.h"

#include "model/StoreError.h"

#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

namespace holdfast::ui {

PlanSection::PlanSection(AppContext &context, PlanList list, const QString &prefix, QWidget *parent)
    : QWidget(parent), m_context(context), m_list(list), m_prefix(prefix), m_confirm(&PlanSection::confirmWithMessageBox)
{
    setObjectName(prefix + QStringLiteral("Section"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 16, 16, 16);
    layout->setSpacing(12);

    m_introLabel = new QLabel(this);
    m_introLabel->setObjectName(prefix + QStringLiteral("IntroLabel"));
    m_introLabel->setWordWrap(true);
    layout->addWidget(m_introLabel);

    // The list and what can be done with the selected item.
    auto *listCard = new Card(this);
    listCard->contentLayout()->setContentsMargins(12, 12, 12, 12);
    auto *listLayout = new QHBoxLayout;
    listLayout->setSpacing(12);
    listCard->contentLayout()->addLayout(listLayout);

    auto *listColumn = new QVBoxLayout;
    m_emptyLabel = new QLabel(listCard);
    m_emptyLabel->setObjectName(prefix + QStringLiteral("EmptyLabel"));
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setForegroundRole(QPalette::PlaceholderText);
    m_emptyLabel->setMargin(24);
    listColumn->addWidget(m_emptyLabel, 1);

    m_listWidget = new QListWidget(listCard);
    m_listWidget->setObjectName(prefix + QStringLiteral("ListWidget"));
    m_listWidget->setFrameShape(QFrame::NoFrame);
    m_listWidget->setWordWrap(true);
    m_listWidget->setAlternatingRowColors(true);
    m_listWidget->setSelectionMode(QAbstractItemView::SingleSelection);
    m_listWidget->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_listWidget->setResizeMode(QListView::Adjust);
    m_listWidget->setItemDelegate(new PlanItemDelegate(m_listWidget));
    listColumn->addWidget(m_listWidget, 1);
    listLayout->addLayout(listColumn, 1);

    m_listButtons = new QWidget(listCard);
    auto *buttonColumn = new QVBoxLayout(m_listButtons);
    buttonColumn->setContentsMargins(0, 0, 0, 0);
    m_editButton = new QPushButton(tr("Edit"), m_listButtons);
    m_editButton->setObjectName(prefix + QStringLiteral("EditButton"));
    m_editButton->setToolTip(tr("Edit the selected item (Enter)"));
    m_editButton->setAccessibleName(tr("Edit the selected item")); // "Edit" alone reads as a text field
    m_removeButton = new QPushButton(tr("Remove…"), m_listButtons);
    m_removeButton->setObjectName(prefix + QStringLiteral("RemoveButton"));
    m_removeButton->setToolTip(tr("Remove the selected item (Delete)"));
    m_upButton = new QPushButton(tr("Move up"), m_listButtons);
    m_upButton->setObjectName(prefix + QStringLiteral("MoveUpButton"));
    m_upButton->setToolTip(tr("Move the selected item up (%1)").arg(QKeySequence(Qt::ALT | Qt::Key_Up).toString(QKeySequence::NativeText)));
    m_downButton = new QPushButton(tr("Move down"), m_listButtons);
    m_downButton->setObjectName(prefix + QStringLiteral("MoveDownButton"));
    m_downButton->setToolTip(tr("Move the selected item down (%1)").arg(QKeySequence(Qt::ALT | Qt::Key_Down).toString(QKeySequence::NativeText)));
    for (QPushButton *button : {m_editButton, m_removeButton, m_upButton, m_downButton})
        button->setAutoDefault(false);
    buttonColumn->addWidget(m_editButton);
    buttonColumn->addWidget(m_removeButton);
    buttonColumn->addStretch(1);
    buttonColumn->addWidget(m_upButton);
    buttonColumn->addWidget(m_downButton);
    listLayout->addWidget(m_listButtons);
    layout->addWidget(listCard, 1);

    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(prefix + QStringLiteral("ErrorLabel"));
    m_errorLabel->setWordWrap(true);
    QFont errorFont = m_errorLabel->font();
    errorFont.setBold(true);
    m_errorLabel->setFont(errorFont);
    m_errorLabel->hide();
    layout->addWidget(m_errorLabel);

    // The form below the list: adding is always one step away.
    // The form sits on the window colour so its fields stand out in both themes.
    auto *formCard = new QFrame(this);
    formCard->setFrameShape(QFrame::StyledPanel);
    m_formCard = formCard;
    auto *formColumn = new QVBoxLayout(m_formCard);
    formColumn->setContentsMargins(12, 12, 12, 12);
    formColumn->setSpacing(8);
    m_formTitle = new QLabel(m_formCard);
    m_formTitle->setObjectName(prefix + QStringLiteral("FormTitleLabel"));
    QFont titleFont = m_formTitle->font();
    titleFont.setBold(true);
    m_formTitle->setFont(titleFont);
    formColumn->addWidget(m_formTitle);
    m_formLayout = new QFormLayout;
    m_formLayout->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_formLayout->setRowWrapPolicy(QFormLayout::WrapLongRows);
    formColumn->addLayout(m_formLayout);
    layout->addWidget(m_formCard);

    connect(m_listWidget, &QListWidget::currentRowChanged, this, &PlanSection::updateButtons);
    connect(m_listWidget, &QListWidget::itemActivated, this, &PlanSection::editSelected);
    connect(m_editButton, &QPushButton::clicked, this, &PlanSection::editSelected);
    connect(m_removeButton, &QPushButton::clicked, this, &PlanSection::removeSelected);
    connect(m_upButton, &QPushButton::clicked, this, &PlanSection::moveSelectedUp);
    connect(m_downButton, &QPushButton::clicked, this, &PlanSection::moveSelectedDown);

    // Keys work on the list itself, so the same keys in the other tabs never clash.
    const auto listShortcut = [this](const QKeySequence &keys, void (PlanSection::*slot)()) {
        auto *shortcut = new QShortcut(keys, m_listWidget);
        shortcut->setContext(Qt::WidgetShortcut);
        connect(shortcut, &QShortcut::activated, this, slot);
    };
    listShortcut(QKeySequence(Qt::ALT | Qt::Key_Up), &PlanSection::moveSelectedUp);
    listShortcut(QKeySequence(Qt::ALT | Qt::Key_Down), &PlanSection::moveSelectedDown);
    listShortcut(QKeySequence(QKeySequence::Delete), &PlanSection::removeSelected);
    listShortcut(QKeySequence(Qt::Key_F2), &PlanSection::editSelected);
}

PlanStore &PlanSection::planStore() const
{
    return m_context.store();
}

PlanSection::~PlanSection() = default;

void PlanSection::finishSetup(const Texts &texts)
{
    m_texts = texts;
    m_introLabel->setText(texts.intro);
    m_emptyLabel->setText(texts.emptyHint);
    m_listWidget->setAccessibleName(texts.listName);

    auto *buttonRow = new QHBoxLayout;
    buttonRow->addStretch(1);
    m_cancelButton = new QPushButton(tr("Cancel"), m_formCard);
    m_cancelButton->setObjectName(m_prefix + QStringLiteral("CancelButton"));
    m_cancelButton->setAutoDefault(false);
    m_cancelButton->hide();
    m_submitButton = new QPushButton(texts.addButton, m_formCard);
    m_submitButton->setObjectName(m_prefix + QStringLiteral("SubmitButton"));
    m_submitButton->setAutoDefault(false);
    buttonRow->addWidget(m_cancelButton);
    buttonRow->addWidget(m_submitButton);
    qobject_cast<QVBoxLayout *>(m_formCard->layout())->addLayout(buttonRow);
    connect(m_cancelButton, &QPushButton::clicked, this, &PlanSection::cancelEdit);
    connect(m_submitButton, &QPushButton::clicked, this, &PlanSection::submit);

    setEditing(0);
    reload();
}

void PlanSection::setConfirmFunction(ConfirmFunction confirm)
{
    m_confirm = std::move(confirm);
}

bool PlanSection::confirmWithMessageBox(QWidget *parent, const QString &question)
{
    QMessageBox box(QMessageBox::Question, tr("Remove"), question, QMessageBox::NoButton, parent);
    box.setObjectName(QStringLiteral("planRemoveMessageBox"));
    QPushButton *remove = box.addButton(tr("Remove"), QMessageBox::DestructiveRole);
    remove->setObjectName(QStringLiteral("planRemoveConfirmButton"));
    QPushButton *keep = box.addButton(tr("Keep"), QMessageBox::RejectRole);
    keep->setObjectName(QStringLiteral("planRemoveKeepButton"));
    box.setDefaultButton(keep);
    box.setEscapeButton(keep);
    box.exec();
    return box.clickedButton() == remove;
}

void PlanSection::reload()
{
    std::vector<Row> rows;
    try {
        rows = loadRows();
    } catch (const StoreError &error) {
        showError(describeStoreError(error));
        return;
    }
    const int row = selectedRow();
    const std::int64_t selected = row >= 0 ? m_ids[std::size_t(row)] : 0;

    const QSignalBlocker blocker(m_listWidget);
    m_listWidget->clear();
    m_ids.clear();
    for (const Row &item : rows) {
        auto *listItem = new QListWidgetItem(item.text, m_listWidget);
        listItem->setData(Qt::AccessibleTextRole, QString(item.text).replace(u'\n', u' '));
        m_ids.push_back(item.id);
    }
    const bool empty = rows.empty();
    m_emptyLabel->setVisible(empty);
    m_listWidget->setVisible(!empty);
    m_listButtons->setVisible(!empty);
    m_introLabel->setVisible(!empty); // the empty hint already says what the list is for
    if (m_editingId != 0 && std::find(m_ids.begin(), m_ids.end(), m_editingId) == m_ids.end())
        cancelEdit(); // someone else removed what was being edited
    selectId(selected);
    updateButtons();
}

void PlanSection::submit()
{
    if (!formReady())
        return;
    const std::int64_t editing = m_editingId;
    std::int64_t id = 0;
    try {
        id = saveForm(editing);
    } catch (const StoreError &error) {
        // The form keeps what the user wrote, so they can try again.
        showError(describeStoreError(error));
        return;
    }
    clearError();
    Q_EMIT changed();
    setEditing(0);
    clearForm();
    reload();
    selectId(id);
    if (editing != 0)
        m_listWidget->setFocus();
    else if (QWidget *field = firstField())
        field->setFocus();
}

void PlanSection::editSelected()
{
    const int row = selectedRow();
    if (row < 0)
        return;
    const std::int64_t id = m_ids[std::size_t(row)];
    clearError();
    fillForm(id);
    setEditing(id);
    if (QWidget *field = firstField())
        field->setFocus();
}

void PlanSection::cancelEdit()
{
    const bool wasEditing = m_editingId != 0;
    setEditing(0);
    clearForm();
    clearError();
    if (wasEditing && m_listWidget->isVisible())
        m_listWidget->setFocus();
}

void PlanSection::removeSelected()
{
    const int row = selectedRow();
    if (row < 0)
        return;
    const std::int64_t id = m_ids[std::size_t(row)];
    if (!m_confirm(this, removeQuestion(id)))
        return;
    try {
        planStore().removePlanItem(m_list, id);
    } catch (const StoreError &error) {
        showError(describeStoreError(error));
        return;
    }
    clearError();
    if (m_editingId == id)
        cancelEdit();
    Q_EMIT changed();
    reload();
    // Keep the selection near where it was, so removing several is quick.
    if (!m_ids.empty()) {
        selectId(m_ids[std::size_t(std::min<int>(row, int(m_ids.size()) - 1))]);
        m_listWidget->setFocus();
    } else if (QWidget *field = firstField()) {
        field->setFocus();
    }
}

void PlanSection::moveSelectedUp()
{
    moveSelected(-1);
}

void PlanSection::moveSelectedDown()
{
    moveSelected(+1);
}

void PlanSection::moveSelected(int delta)
{
    const int row = selectedRow();
    const int target = row + delta;
    if (row < 0 || target < 0 || target >= int(m_ids.size()))
        return;
    std::vector<std::int64_t> order = m_ids;
    std::swap(order[std::size_t(row)], order[std::size_t(target)]);
    try {
        planStore().reorderPlanItems(m_list, order);
    } catch (const StoreError &error) {
        showError(describeStoreError(error));
        return;
    }
    clearError();
    const std::int64_t id = m_ids[std::size_t(row)];
    Q_EMIT changed();
    reload();
    selectId(id);
    // Keep the keyboard on the list so Alt+Up can be pressed again.
    if (!m_upButton->hasFocus() && !m_downButton->hasFocus())
        m_listWidget->setFocus();
}

void PlanSection::updateButtons()
{
    const int row = selectedRow();
    const bool selected = row >= 0;
    m_editButton->setEnabled(selected);
    m_removeButton->setEnabled(selected);
    m_upButton->setEnabled(selected && row > 0);
    m_downButton->setEnabled(selected && row + 1 < int(m_ids.size()));
    if (m_submitButton)
        m_submitButton->setEnabled(formReady());
}

int PlanSection::selectedRow() const
{
    const int row = m_listWidget->currentRow();
    return row >= 0 && row < int(m_ids.size()) && m_listWidget->currentItem()->isSelected() ? row : -1;
}

void PlanSection::selectId(std::int64_t id)
{
    const auto it = std::find(m_ids.begin(), m_ids.end(), id);
    if (id == 0 || it == m_ids.end()) {
        m_listWidget->setCurrentRow(-1);
    } else {
        const int row = int(it - m_ids.begin());
        m_listWidget->setCurrentRow(row);
        m_listWidget->scrollToItem(m_listWidget->item(row));
    }
    updateButtons();
}

void PlanSection::showError(const QString &message)
{
    m_errorLabel->setText(message);
    m_errorLabel->show();
}

void PlanSection::clearError()
{
    m_errorLabel->clear();
    m_errorLabel->hide();
}

void PlanSection::setEditing(std::int64_t id)
{
    m_editingId = id;
    const bool editing = id != 0;
    m_formTitle->setText(editing ? m_texts.editTitle : m_texts.addTitle);
    if (m_submitButton) {
        m_submitButton->setText(editing ? tr("Save changes") : m_texts.addButton);
        m_cancelButton->setVisible(editing);
    }
    updateButtons();
}

} // namespace holdfast::ui
