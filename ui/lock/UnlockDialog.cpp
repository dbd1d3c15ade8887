#include "ui/lock/UnlockDialog.h"

#include "ui/AppContext.h"
#include "ui/CrisisHelp.h"
#include "ui/Typography.h"
#include "ui/lock/LockScreen.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace holdfast::ui {

UnlockDialog::UnlockDialog(AppContext &context, const QString &reason, QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("unlockDialog"));
    setWindowTitle(context.settings().discreet ? tr("Unlock") : tr("Unlock Holdfast"));
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(fontMetrics().height() * 3 / 4);
    QLabel *reasonLabel = Typography::label(reason, QStringLiteral("unlockReasonLabel"), this);
    layout->addWidget(reasonLabel);
    m_form = new LockScreen(context, this, LockScreen::Mode::Compact);
    layout->addWidget(m_form);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("unlockCancelButton"));
    buttons->button(QDialogButtonBox::Cancel)->setAutoDefault(false);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_form, &LockScreen::unlocked, this, &QDialog::accept);
    connect(m_form, &LockScreen::crisisHelpRequested, this, [this, &context] { context.crisisHelp().show(this); });
    setMinimumWidth(fontMetrics().averageCharWidth() * 60);
}

bool UnlockDialog::askToUnlock(AppContext &context, const QString &reason, QWidget *parent)
{
    if (!context.isLocked())
        return true;
    UnlockDialog dialog(context, reason, parent);
    dialog.exec();
    return !context.isLocked();
}

} // namespace holdfast::ui
