#include "ui/contact/ReplyTemplatesPanel.h"

#include "ui/AppContext.h"
#include "ui/CrisisHelp.h"
#include "ui/Typography.h"
#include "ui/contact/ReplyTemplates.h"
#include "headless/ErrorMessages.h"

#include "model/StoreError.h"

#include <QAccessible>
#include <QClipboard>
#include <QDialog>
#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace holdfast::ui {

namespace {

constexpr int kVisibleRows = 5;

} // namespace

ReplyTemplatesPanel::ReplyTemplatesPanel(AppContext &context, QWidget *parent) : QWidget(parent), m_context(context)
{
    setObjectName(QStringLiteral("replyTemplatesPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *heading = new QLabel(tr("Neutral &replies"), this);
    QFont headingFont = heading->font();
    headingFont.setBold(true);
    heading->setFont(headingFont);
    layout->addWidget(heading);
    QLabel *hint = Typography::label(tr("Copy one and paste it into your message. Holdfast sends nothing. "
                                        "To change a reply, select it and press F2."),
                                     QStringLiteral("replyTemplatesHintLabel"), this);
    hint->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(hint);

    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("replyTemplatesList"));
    m_list->setAccessibleName(tr("Neutral replies"));
    m_list->setWordWrap(true);
    m_list->setEditTriggers(QAbstractItemView::SelectedClicked | QAbstractItemView::EditKeyPressed);
    m_list->setMinimumHeight(m_list->fontMetrics().height() * kVisibleRows + m_list->frameWidth() * 2);
    heading->setBuddy(m_list);
    layout->addWidget(m_list, 1);

    auto *buttons = new QHBoxLayout();
    m_copyButton = new QPushButton(tr("&Copy"), this);
    m_copyButton->setObjectName(QStringLiteral("replyTemplateCopyButton"));
    m_copyButton->setAccessibleName(tr("Copy the selected reply"));
    m_copyButton->setAutoDefault(false);
    m_addButton = new QPushButton(tr("&Add"), this);
    m_addButton->setObjectName(QStringLiteral("replyTemplateAddButton"));
    m_addButton->setAccessibleName(tr("Add a reply"));
    m_addButton->setAutoDefault(false);
    m_removeButton = new QPushButton(tr("Re&move"), this);
    m_removeButton->setObjectName(QStringLiteral("replyTemplateRemoveButton"));
    m_removeButton->setAccessibleName(tr("Remove the selected reply"));
    m_removeButton->setAutoDefault(false);
    buttons->addWidget(m_copyButton);
    buttons->addStretch(1);
    buttons->addWidget(m_addButton);
    buttons->addWidget(m_removeButton);
    layout->addLayout(buttons);

    m_statusLabel = Typography::label(QString(), QStringLiteral("replyTemplatesStatusLabel"), this);
    m_statusLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_statusLabel);

    connect(m_copyButton, &QPushButton::clicked, this, &ReplyTemplatesPanel::copySelected);
    connect(m_addButton, &QPushButton::clicked, this, &ReplyTemplatesPanel::addTemplate);
    connect(m_removeButton, &QPushButton::clicked, this, &ReplyTemplatesPanel::removeSelected);
    // Enter or a double-click copies; F2 or a click on the selected reply edits it.
    connect(m_list, &QListWidget::itemActivated, this, &ReplyTemplatesPanel::copySelected);
    connect(m_list, &QListWidget::itemChanged, this, [this] {
        if (!m_loading)
            save();
    });
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        m_copyButton->setEnabled(row >= 0);
        m_removeButton->setEnabled(row >= 0);
    });
    load();
}

QDialog *ReplyTemplatesPanel::openDialog(AppContext &context, QWidget *parent)
{
    auto *dialog = new QDialog(parent);
    dialog->setObjectName(QStringLiteral("replyTemplatesDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Neutral replies"));
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(new ReplyTemplatesPanel(context, dialog), 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    buttons->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("replyTemplatesCloseButton"));
    buttons->addButton(context.crisisHelp().makeButton(dialog), QDialogButtonBox::HelpRole);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    layout->addWidget(buttons);
    dialog->open();
    return dialog;
}

QStringList ReplyTemplatesPanel::templates() const
{
    QStringList texts;
    for (int row = 0; row < m_list->count(); ++row)
        texts.append(m_list->item(row)->text());
    return texts;
}

void ReplyTemplatesPanel::load()
{
    m_loading = true;
    m_list->clear();
    for (const QString &reply : ReplyTemplates::of(m_context.settings())) {
        auto *item = new QListWidgetItem(reply, m_list);
        item->setFlags(item->flags() | Qt::ItemIsEditable);
    }
    m_loading = false;
    m_list->setCurrentRow(m_list->count() > 0 ? 0 : -1);
    m_copyButton->setEnabled(m_list->currentRow() >= 0);
    m_removeButton->setEnabled(m_list->currentRow() >= 0);
}

void ReplyTemplatesPanel::copySelected()
{
    const QListWidgetItem *item = m_list->currentItem();
    if (!item)
        return;
    QGuiApplication::clipboard()->setText(item->text());
    say(tr("Copied: “%1”").arg(item->text()));
}

void ReplyTemplatesPanel::addTemplate()
{
    m_loading = true;
    auto *item = new QListWidgetItem(tr("New reply"), m_list);
    item->setFlags(item->flags() | Qt::ItemIsEditable);
    m_loading = false;
    m_list->setCurrentItem(item);
    save();
    m_list->editItem(item);
}

void ReplyTemplatesPanel::removeSelected()
{
    const int row = m_list->currentRow();
    if (row < 0)
        return;
    delete m_list->takeItem(row);
    save();
    // With none left, the built-in ones come back rather than an empty list.
    if (m_list->count() == 0)
        load();
}

void ReplyTemplatesPanel::save()
{
    Settings settings = m_context.settings();
    settings.replyTemplates = ReplyTemplates::toSettings(templates());
    if (settings == m_context.settings())
        return;
    try {
        m_context.saveSettings(settings);
    } catch (const StoreError &error) {
        say(tr("Your replies are not saved yet. %1").arg(describeStoreError(error)));
        return;
    }
    say(tr("Saved."));
}

void ReplyTemplatesPanel::say(const QString &text)
{
    m_statusLabel->setText(text);
    // Spoken with the button that did it (Qt's AT-SPI bridge drops Alert events).
    m_copyButton->setAccessibleDescription(text);
    QAccessibleEvent event(m_statusLabel, QAccessible::NameChanged);
    QAccessible::updateAccessibility(&event);
}

} // namespace holdfast::ui
