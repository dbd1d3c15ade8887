#include "ui/urge/UrgeStrongNoteCard.h"

#include "ui/Typography.h"
#include "ui/urge/UrgeStepPage.h"
#include "ui/urge/UrgeTexts.h"

#include <QLabel>
#include <QStringList>
#include <QVBoxLayout>

namespace holdfast::ui {

UrgeStrongNoteCard::UrgeStrongNoteCard(const QString &objectName, QWidget *parent)
    : Card(objectName, tr("This one is strong"), parent)
{
    QVBoxLayout *layout = contentLayout();
    layout->addWidget(UrgeStepPage::caption(tr("This one is strong. Take a breath and read this first."), this));
    m_reasonsCaption = UrgeStepPage::quietLabel(tr("What you wrote when you chose no contact:"), QString(), this);
    m_reasons = Typography::label(QString(), objectName + u"Reasons", this);
    m_reasons->setTextFormat(Qt::PlainText);
    m_reasons->setFont(Typography::scaled(m_reasons->font(), 1.1, QFont::Normal));
    layout->addWidget(m_reasonsCaption);
    layout->addWidget(m_reasons);
    layout->addWidget(UrgeStepPage::quietLabel(tr("What reaching out often brings:"), QString(), this));
    m_consequences = Typography::label(QString(), objectName + u"Consequences", this);
    m_consequences->setTextFormat(Qt::PlainText);
    layout->addWidget(m_consequences);
    m_theyKnow = Typography::label(tr("They know how to reach you. Whether they ever do is up to them; "
                                      "what you do now is up to you."),
                                   objectName + u"TheyKnow", this);
    layout->addWidget(m_theyKnow);
    hide();
}

void UrgeStrongNoteCard::showNote(const StrongUrgeNote &note)
{
    QStringList reasons;
    for (const Reason &reason : note.reasons)
        reasons << tr("You wrote: “%1”").arg(QString::fromStdString(reason.text));
    m_reasonsCaption->setVisible(!reasons.isEmpty());
    m_reasons->setVisible(!reasons.isEmpty());
    m_reasons->setText(reasons.join(u'\n'));
    QStringList consequences;
    for (Consequence consequence : note.consequences)
        consequences << tr("• %1", "a point in a list").arg(UrgeTexts::consequence(consequence));
    m_consequences->setText(consequences.join(u'\n'));
    m_theyKnow->setVisible(note.theyKnowHowToReachYou);
    show();
}

} // namespace holdfast::ui
