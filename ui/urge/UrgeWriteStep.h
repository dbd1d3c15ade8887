#pragma once

// Step 4, "Write it instead": the message the user would send, kept unsent.

#include "ui/urge/UrgeStepPage.h"

#include <QCoreApplication>

class QPlainTextEdit;

namespace holdfast::ui {

class UrgeWriteStep : public UrgeStepPage
{
    Q_DECLARE_TR_FUNCTIONS(holdfast::ui::UrgeDialog)

public:
    explicit UrgeWriteStep(QWidget *parent);

    QList<QWidget *> focusChain() const override;
    // Only a message urge has a message to write; for the others it asks
    // what they hope for, or what they would want them to know.
    void followKind(UrgeKind kind) override;
    QPlainTextEdit *editor() const { return m_messageEdit; }
    QString text() const;
    bool hasText() const;

private:
    QPlainTextEdit *m_messageEdit = nullptr;
};

} // namespace holdfast::ui
