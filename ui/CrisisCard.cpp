#include "ui/CrisisCard.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace holdfast::ui {

CrisisCard::CrisisCard(const Settings &settings, QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("crisisCard"));
    setWindowTitle(tr("Crisis help"));
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(12);

    auto *heading = new QLabel(tr("If you are in danger, or thinking about hurting yourself, please reach out now."), this);
    heading->setWordWrap(true);
    QFont headingFont = heading->font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.15);
    heading->setFont(headingFont);
    layout->addWidget(heading);

    const QString line = settings.crisisText.empty() ? defaultCrisisText() : QString::fromStdString(settings.crisisText);
    auto *lineLabel = new QLabel(line, this);
    lineLabel->setObjectName(QStringLiteral("crisisLineLabel"));
    lineLabel->setWordWrap(true);
    lineLabel->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    layout->addWidget(lineLabel);

    auto *notTherapy = new QLabel(tr("Holdfast is a self-help tool. It is not therapy and cannot replace a person who can help you. "
                                     "You can change the line above in Settings to your local emergency or support number."),
                                  this);
    notTherapy->setWordWrap(true);
    notTherapy->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(notTherapy);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    setMinimumWidth(420);
}

QString CrisisCard::defaultCrisisText()
{
    return tr("Call your local emergency number (112 in Europe, 911 in North America), "
              "or a crisis line where you live. If you can, tell someone near you how you feel.");
}

void CrisisCard::showCard(const Settings &settings, QWidget *parent)
{
    CrisisCard card(settings, parent);
    card.exec();
}

void CrisisCard::showAbout(QWidget *parent)
{
    QMessageBox::about(parent, tr("About Holdfast"),
                       tr("<p><b>Holdfast %1</b></p><p>A private companion for keeping no contact after a breakup. "
                          "Everything stays on this computer.</p>")
                           .arg(QApplication::applicationVersion().toHtmlEscaped()));
}

} // namespace holdfast::ui
