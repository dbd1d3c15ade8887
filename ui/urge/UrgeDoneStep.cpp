#include "ui/urge/UrgeDoneStep.h"

#include "ui/Typography.h"

#include <QAccessible>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace holdfast::ui {

UrgeDoneStep::UrgeDoneStep(QWidget *parent) : UrgeStepPage(UrgeStep::Done, QString(), QString(), parent)
{
    QVBoxLayout *layout = content();
    QWidget *column = page();
    layout->addStretch(1);
    m_messageLabel = Typography::label(QString(), QStringLiteral("urgeOutcomeLabel"), column);
    m_messageLabel->setAlignment(Qt::AlignCenter);
    m_messageLabel->setFont(Typography::scaled(m_messageLabel->font(), 1.5, QFont::DemiBold));
    m_detailLabel = Typography::label(QString(), QStringLiteral("urgeOutcomeDetailLabel"), column);
    m_detailLabel->setAlignment(Qt::AlignCenter);
    layout->addWidget(m_messageLabel);
    layout->addWidget(m_detailLabel);
    m_closeButton = button(tr("&Close"), QStringLiteral("urgeCloseButton"), column);
    m_closeButton->setMinimumWidth(m_closeButton->sizeHint().width() * 2);
    layout->addSpacing(fontMetrics().height());
    layout->addWidget(m_closeButton, 0, Qt::AlignHCenter);
    layout->addStretch(2);
}

QList<QWidget *> UrgeDoneStep::focusChain() const
{
    return {m_closeButton};
}

void UrgeDoneStep::showDefaultMessage()
{
    // Replaced by the flow's message right after, when there is one.
    showMessage(tr("Thank you for pausing."), tr("Come back whenever you need to."));
}

void UrgeDoneStep::showMessage(const QString &message, const QString &detail)
{
    m_messageLabel->setText(message);
    m_detailLabel->setText(detail);
    announce();
}

void UrgeDoneStep::announce()
{
    // Focus lands on Close: its description carries the message, so a screen
    // reader speaks it with the button (Qt's AT-SPI bridge drops Alert events).
    const QString closing = tr("%1 %2", "the closing message, then its detail")
                                .arg(m_messageLabel->text(), m_detailLabel->text())
                                .trimmed();
    m_closeButton->setAccessibleDescription(closing);
    QAccessibleEvent event(m_messageLabel, QAccessible::NameChanged);
    QAccessible::updateAccessibility(&event);
}

} // namespace holdfast::ui
