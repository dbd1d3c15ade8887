#include "ui/settings/BackupsPanel.h"

#include "ui/AppContext.h"
#include "headless/ErrorMessages.h"
#include "ui/Typography.h"
#include "ui/settings/BackupCatalog.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace holdfast::ui {

namespace {

enum Column { TakenColumn, ReasonColumn, SizeColumn, ColumnCount };

QString takenText(const QDateTime &takenAt)
{
    return QLocale().toString(takenAt, QLocale::ShortFormat);
}

} // namespace

BackupsPanel::BackupsPanel(AppContext &context, BackupCatalog &catalog, QWidget *parent)
    : QWidget(parent), m_context(context), m_catalog(catalog)
{
    setObjectName(QStringLiteral("backupsPanel"));
    auto *layout = new QVBoxLayout(this);

    auto *heading = Typography::label(tr("Backups"), QStringLiteral("backupsHeadingLabel"), this);
    heading->setFont(Typography::scaled(heading->font(), 1.2, QFont::DemiBold));
    layout->addWidget(heading);

    m_keepLabel = Typography::label(QString(), QStringLiteral("backupsKeepLabel"), this);
    layout->addWidget(m_keepLabel);

    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("backupsList"));
    m_list->setAccessibleName(tr("Backups"));
    m_list->setColumnCount(ColumnCount);
    m_list->setHeaderLabels({tr("Taken"), tr("Why"), tr("Size")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(TakenColumn, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(ReasonColumn, QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(SizeColumn, QHeaderView::ResizeToContents);
    layout->addWidget(m_list, 1);

    m_emptyLabel = Typography::label(tr("No backups yet. Holdfast takes the first one when it starts, "
                                        "or now if you press “Back up now”."),
                                     QStringLiteral("backupsEmptyLabel"), this);
    layout->addWidget(m_emptyLabel);

    auto *buttons = new QHBoxLayout;
    m_backUpButton = new QPushButton(tr("&Back up now"), this);
    m_backUpButton->setObjectName(QStringLiteral("backupNowButton"));
    m_backUpButton->setAccessibleName(tr("Back up now"));
    m_restoreButton = new QPushButton(tr("&Restore\u2026"), this);
    m_restoreButton->setObjectName(QStringLiteral("backupRestoreButton"));
    m_restoreButton->setAccessibleName(tr("Restore the selected backup"));
    buttons->addWidget(m_backUpButton);
    buttons->addStretch(1);
    buttons->addWidget(m_restoreButton);
    layout->addLayout(buttons);

    m_statusLabel = Typography::label(QString(), QStringLiteral("backupsStatusLabel"), this);
    m_statusLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_statusLabel->hide();
    layout->addWidget(m_statusLabel);

    setTabOrder(m_list, m_backUpButton);
    setTabOrder(m_backUpButton, m_restoreButton);

    connect(m_backUpButton, &QPushButton::clicked, this, &BackupsPanel::backUpNow);
    connect(m_restoreButton, &QPushButton::clicked, this, &BackupsPanel::restoreSelected);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &BackupsPanel::updateButtons);
    connect(m_list, &QTreeWidget::itemActivated, this, [this] { restoreSelected(); });
    connect(&m_context, &AppContext::dataChanged, this, [this](DataKind kind) {
        if (kind == DataKind::Settings || kind == DataKind::All)
            updateKeepText();
    });

    updateKeepText();
    refresh();
}

BackupsPanel::~BackupsPanel() = default;

QString BackupsPanel::reasonText(BackupReason reason)
{
    switch (reason) {
    case BackupReason::Daily:
        return tr("Daily");
    case BackupReason::Manual:
        return tr("Backed up by you");
    case BackupReason::BeforeUpdate:
        return tr("Before an update");
    case BackupReason::BeforeRestore:
        return tr("Before a restore");
    case BackupReason::BeforeEncryption:
        return tr("Before a change of encryption");
    case BackupReason::Other:
        break;
    }
    return tr("Automatic");
}

void BackupsPanel::refresh()
{
    const QString selectedId = m_list->currentItem() ? m_list->currentItem()->data(TakenColumn, Qt::UserRole).toString()
                                                     : QString();
    try {
        m_backups = m_catalog.backups();
    } catch (const StoreError &error) {
        m_backups.clear();
        showStatus(describeStoreError(error), true);
    }
    m_list->clear();
    const QLocale locale;
    for (const BackupInfo &backup : m_backups) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(TakenColumn, takenText(backup.takenAt));
        item->setText(ReasonColumn, reasonText(backup.reason));
        item->setText(SizeColumn, locale.formattedDataSize(backup.sizeBytes));
        item->setTextAlignment(SizeColumn, Qt::AlignRight | Qt::AlignVCenter);
        item->setData(TakenColumn, Qt::UserRole, backup.id);
        if (backup.id == selectedId)
            m_list->setCurrentItem(item);
    }
    m_list->setVisible(!m_backups.isEmpty());
    m_emptyLabel->setVisible(m_backups.isEmpty());
    updateButtons();
}

bool BackupsPanel::backUpNow()
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    bool ok = false;
    try {
        const BackupInfo backup = m_catalog.backUpNow();
        m_catalog.prune(m_context.settings().backupsToKeep);
        showStatus(tr("Backed up on %1.").arg(takenText(backup.takenAt)), false);
        ok = true;
    } catch (const StoreError &error) {
        showStatus(describeStoreError(error), true);
    }
    QApplication::restoreOverrideCursor();
    refresh();
    if (ok && m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    return ok;
}

bool BackupsPanel::restoreSelected()
{
    const QTreeWidgetItem *item = m_list->currentItem();
    if (!item)
        return false;
    const QString id = item->data(TakenColumn, Qt::UserRole).toString();
    const auto it = std::find_if(m_backups.cbegin(), m_backups.cend(), [&id](const BackupInfo &b) { return b.id == id; });
    if (it == m_backups.cend())
        return false;
    const BackupInfo backup = *it;
    if (!confirmRestore(backup))
        return false;

    Q_EMIT aboutToRestore();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    bool ok = false;
    try {
        m_catalog.restore(backup.id);
        ok = true;
    } catch (const StoreError &error) {
        showStatus(describeStoreError(error), true);
    }
    QApplication::restoreOverrideCursor();
    if (ok) {
        // An encrypted copy opens locked: the lock screen comes first, and
        // unlocking reloads every screen; otherwise they reload now.
        m_context.notifyEncryptionChanged();
        if (!m_context.isLocked())
            m_context.reloadSettings();
        showStatus(tr("Restored the backup from %1. What you had before is kept as the backup \u201c%2\u201d.")
                       .arg(takenText(backup.takenAt), reasonText(BackupReason::BeforeRestore)),
                   false);
    }
    refresh();
    if (ok)
        Q_EMIT restored();
    return ok;
}

bool BackupsPanel::confirmRestore(const BackupInfo &backup)
{
    QMessageBox box(QMessageBox::Question, tr("Restore a backup"),
                    tr("Replace your data with the backup from %1?").arg(takenText(backup.takenAt)),
                    QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("restoreConfirmationBox"));
    box.setInformativeText(tr("Holdfast first takes a backup of your data as it is now, so you can go back to it "
                              "from this list. Anything written after %1 is only in that new backup.")
                               .arg(takenText(backup.takenAt)));
    QPushButton *restore = box.addButton(tr("Restore"), QMessageBox::AcceptRole);
    restore->setObjectName(QStringLiteral("restoreConfirmButton"));
    QPushButton *cancel = box.addButton(tr("Cancel"), QMessageBox::RejectRole);
    cancel->setObjectName(QStringLiteral("restoreCancelButton"));
    // Enter never replaces data by accident.
    box.setDefaultButton(cancel);
    box.setEscapeButton(cancel);
    box.exec();
    return box.clickedButton() == restore;
}

void BackupsPanel::showStatus(const QString &text, bool isError)
{
    QFont font = m_statusLabel->font();
    font.setWeight(isError ? QFont::DemiBold : QFont::Normal);
    m_statusLabel->setFont(font);
    m_statusLabel->setProperty("isError", isError);
    m_statusLabel->setText(text);
    m_statusLabel->setVisible(!text.isEmpty());
}

void BackupsPanel::updateButtons()
{
    m_restoreButton->setEnabled(m_list->currentItem() != nullptr && m_list->currentItem()->isSelected());
}

void BackupsPanel::updateKeepText()
{
    m_keepLabel->setText(tr("Holdfast copies your data once a day when it starts and keeps the newest %n "
                            "backup(s). Restoring one replaces your current data, after a backup of it.",
                            nullptr, m_context.settings().backupsToKeep));
}

} // namespace holdfast::ui
