#pragma once

// Asks before anything in the journal is deleted. "Keep it" is the default,
// so Enter never deletes by accident.

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace holdfast::ui {

class DeleteConfirmation
{
    Q_DECLARE_TR_FUNCTIONS(DeleteConfirmation)

public:
    // A modal question box (objectName "deleteConfirmationBox", buttons
    // "deleteConfirmButton" and "deleteKeepButton"). True when the user chose Delete.
    static bool ask(QWidget *parent, const QString &title, const QString &question);
};

} // namespace holdfast::ui
