#include "ui/journal/DeleteConfirmation.h"

#include <QMessageBox>
#include <QPushButton>

namespace holdfast::ui {

bool DeleteConfirmation::ask(QWidget *parent, const QString &title, const QString &question)
{
    QMessageBox box(QMessageBox::Question, title, question, QMessageBox::NoButton, parent);
    box.setObjectName(QStringLiteral("deleteConfirmationBox"));
    QPushButton *remove = box.addButton(tr("Delete"), QMessageBox::DestructiveRole);
    remove->setObjectName(QStringLiteral("deleteConfirmButton"));
    QPushButton *keep = box.addButton(tr("Keep it"), QMessageBox::RejectRole);
    keep->setObjectName(QStringLiteral("deleteKeepButton"));
    box.setDefaultButton(keep);
    box.setEscapeButton(keep);
    box.exec();
    return box.clickedButton() == remove;
}

} // namespace holdfast::ui
