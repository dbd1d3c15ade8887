#include "ui/urge/UrgeStepPage.h"

#include "ui/Typography.h"
#include "ui/WrappedLabel.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace holdfast::ui {

UrgeStepPage::UrgeStepPage(UrgeStep step, const QString &heading, const QString &intro, QWidget *parent)
    : QScrollArea(parent), m_step(step)
{
    setObjectName(QStringLiteral("urgePage%1").arg(int(step)));
    setFrameShape(QFrame::NoFrame);
    setWidgetResizable(true);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setFocusPolicy(Qt::NoFocus);

    auto *column = new QWidget(this);
    // Handed to the scroll area while still empty: it measures its widget at
    // once, and a full page would be measured twice.
    setWidget(column);
    m_content = new QVBoxLayout(column);
    m_content->setContentsMargins(0, 0, 0, 0);
    m_content->setSpacing(fontMetrics().height() * 3 / 4);
    if (!heading.isEmpty()) {
        m_heading = Typography::label(heading, QStringLiteral("urgeHeadingLabel%1").arg(int(step)), column);
        m_heading->setFont(Typography::scaled(m_heading->font(), 1.35, QFont::DemiBold));
        m_content->addWidget(m_heading);
    }
    if (!intro.isEmpty()) {
        m_intro = Typography::label(intro, QStringLiteral("urgeIntroLabel%1").arg(int(step)), column);
        m_content->addWidget(m_intro);
    }
}

void UrgeStepPage::setHeading(const QString &text)
{
    if (m_heading)
        m_heading->setText(text);
}

void UrgeStepPage::setIntro(const QString &text)
{
    if (m_intro)
        m_intro->setText(text);
}

QLabel *UrgeStepPage::quietLabel(const QString &text, const QString &objectName, QWidget *parent)
{
    QLabel *label = Typography::label(text, objectName, parent);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

QLabel *UrgeStepPage::caption(const QString &text, QWidget *parent)
{
    auto *label = new WrappedLabel(text, parent);
    label->setFont(Typography::scaled(label->font(), 1.05, QFont::DemiBold));
    label->setWordWrap(true);
    return label;
}

QPushButton *UrgeStepPage::button(const QString &text, const QString &objectName, QWidget *parent)
{
    auto *button = new QPushButton(text, parent);
    button->setObjectName(objectName);
    return button;
}

} // namespace holdfast::ui
