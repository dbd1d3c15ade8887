#pragma once

// The closing page: what the flow has to say about how it went, and Close.

#include "ui/urge/UrgeStepPage.h"

#include <QCoreApplication>

class QLabel;
class QPushButton;

namespace holdfast::ui {

class UrgeDoneStep : public UrgeStepPage
{
    Q_DECLARE_TR_FUNCTIONS(holdfast::ui::UrgeDialog)

public:
    explicit UrgeDoneStep(QWidget *parent);

    QList<QWidget *> focusChain() const override;
    QPushButton *closeButton() const { return m_closeButton; }
    // The words for when the flow has none of its own.
    void showDefaultMessage();
    void showMessage(const QString &message, const QString &detail);

private:
    // Hands the message to screen readers.
    void announce();

    QLabel *m_messageLabel = nullptr;
    QLabel *m_detailLabel = nullptr;
    QPushButton *m_closeButton = nullptr;
};

} // namespace holdfast::ui
