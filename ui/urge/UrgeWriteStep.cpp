#include "ui/urge/UrgeWriteStep.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace holdfast::ui {

UrgeWriteStep::UrgeWriteStep(QWidget *parent)
    : UrgeStepPage(UrgeStep::WriteItInstead, tr("What do you want to tell them?"),
                   tr("Write it here. It stays here — it is never sent."), parent)
{
    QWidget *column = page();
    m_messageEdit = new QPlainTextEdit(column);
    m_messageEdit->setObjectName(QStringLiteral("urgeMessageEdit"));
    m_messageEdit->setAccessibleName(tr("Your unsent message"));
    m_messageEdit->setAccessibleDescription(tr("Never sent. Kept in your journal's unsent folder."));
    m_messageEdit->setPlaceholderText(tr("Say everything you want to say."));
    // Tab moves on, so the whole flow works from the keyboard.
    m_messageEdit->setTabChangesFocus(true);
    content()->addWidget(m_messageEdit, 1);
    content()->addWidget(quietLabel(tr("It goes to the unsent folder in your journal, where only you can read it. "
                                       "Tomorrow you may see it differently."),
                                    QStringLiteral("urgeMessageHintLabel"), column));
}

QList<QWidget *> UrgeWriteStep::focusChain() const
{
    return {m_messageEdit};
}

void UrgeWriteStep::followKind(UrgeKind kind)
{
    switch (kind) {
    case UrgeKind::Message:
        setHeading(tr("What do you want to tell them?"));
        setIntro(tr("Write it here. It stays here — it is never sent."));
        m_messageEdit->setPlaceholderText(tr("Say everything you want to say."));
        return;
    case UrgeKind::Look:
        setHeading(tr("What are you hoping to find?"));
        setIntro(tr("Write it here instead of looking, or write what you would want them to know. "
                    "It stays here — it is never sent."));
        m_messageEdit->setPlaceholderText(tr("What you hope to see, or what you would tell them."));
        return;
    case UrgeKind::Go:
        setHeading(tr("What do you hope would happen there?"));
        setIntro(tr("Write it here instead of going, or write what you would want them to know. "
                    "It stays here — it is never sent."));
        m_messageEdit->setPlaceholderText(tr("What you hope for, or what you would tell them."));
        return;
    case UrgeKind::Other:
        break;
    }
    setHeading(tr("What would you want them to know?"));
    setIntro(tr("Write it here. It stays here — it is never sent."));
    m_messageEdit->setPlaceholderText(tr("Say everything you want to say."));
}

QString UrgeWriteStep::text() const
{
    return m_messageEdit->toPlainText();
}

bool UrgeWriteStep::hasText() const
{
    return !m_messageEdit->toPlainText().trimmed().isEmpty();
}

} // namespace holdfast::ui
