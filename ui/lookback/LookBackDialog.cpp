#include "ui/lookback/LookBackDialog.h"

#include "headless/ErrorMessages.h"
#include "model/EveningLookBack.h"
#include "model/StoreError.h"
#include "ui/AppContext.h"
#include "ui/CrisisHelp.h"
#include "ui/DateConversion.h"
#include "ui/RatingRow.h"
#include "ui/Typography.h"
#include "ui/dashboard/DashboardLabels.h"

#include <QAccessible>
#include <QApplication>
#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace holdfast::ui {

namespace {

constexpr int kMaxLineLength = 280;

QString text(const std::string &value)
{
    return QString::fromStdString(value);
}

} // namespace

LookBackDialog::LookBackDialog(AppContext &context, QWidget *parent)
    : QDialog(parent), m_context(context), m_day(EveningLookBack::dayOf(context.clock().now()))
{
    setObjectName(QStringLiteral("lookBackDialog"));
    setWindowTitle(tr("Evening look back"));
    auto *layout = new QVBoxLayout(this);

    auto *heading = new QLabel(tr("How was today?"), this);
    heading->setObjectName(QStringLiteral("lookBackHeadingLabel"));
    heading->setFont(Typography::scaled(heading->font(), 1.3, QFont::DemiBold));
    layout->addWidget(heading);
    layout->addWidget(dashboard::makeQuietLabel(QLocale().toString(toQDate(m_day), QLocale::LongFormat),
                                                QStringLiteral("lookBackDateLabel"), this));
    layout->addWidget(Typography::label(tr("A minute to close the day. Only the first question needs an answer."),
                                        QStringLiteral("lookBackIntroLabel"), this));

    auto *form = new QFormLayout();
    m_hardGroup = new QButtonGroup(this);
    QWidget *hardRow = RatingRow::build(m_hardGroup, QStringLiteral("lookBackHard"), tr("How hard was today"),
                                        tr("Easy"), tr("Very hard"), this);
    auto *hardLabel = new QLabel(tr("How &hard was today?"), this);
    hardLabel->setBuddy(hardRow);
    m_hardRow = hardRow;
    form->addRow(hardLabel, hardRow);

    m_helpedEdit = new QLineEdit(this);
    m_helpedEdit->setObjectName(QStringLiteral("lookBackHelpedEdit"));
    m_helpedEdit->setAccessibleName(tr("One thing that helped"));
    m_helpedEdit->setPlaceholderText(tr("For example: a walk after dinner"));
    m_helpedEdit->setMaxLength(kMaxLineLength);
    form->addRow(tr("One thing that he&lped:"), m_helpedEdit);

    m_tomorrowEdit = new QLineEdit(this);
    m_tomorrowEdit->setObjectName(QStringLiteral("lookBackTomorrowEdit"));
    m_tomorrowEdit->setAccessibleName(tr("One line for tomorrow"));
    m_tomorrowEdit->setPlaceholderText(tr("For example: phone stays in the kitchen tonight"));
    m_tomorrowEdit->setMaxLength(kMaxLineLength);
    form->addRow(tr("One line for &tomorrow:"), m_tomorrowEdit);
    layout->addLayout(form);

    m_statusLabel = Typography::label(QString(), QStringLiteral("lookBackStatusLabel"), this);
    m_statusLabel->hide();
    layout->addWidget(m_statusLabel);
    layout->addStretch(1);

    auto *buttons = new QDialogButtonBox(this);
    m_saveButton = buttons->addButton(tr("&Save"), QDialogButtonBox::AcceptRole);
    m_saveButton->setObjectName(QStringLiteral("lookBackSaveButton"));
    m_saveButton->setDefault(true);
    m_closeButton = buttons->addButton(tr("&Not tonight"), QDialogButtonBox::RejectRole);
    m_closeButton->setObjectName(QStringLiteral("lookBackNotTonightButton"));
    buttons->addButton(m_context.crisisHelp().makeButton(this), QDialogButtonBox::HelpRole);
    layout->addWidget(buttons);
    // Room for the examples in the fields, on the smallest screens too.
    setMinimumWidth(std::min(fontMetrics().averageCharWidth() * 100, 960));
    connect(m_saveButton, &QPushButton::clicked, this, &LookBackDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &LookBackDialog::reject);
    connect(m_hardGroup, &QButtonGroup::idToggled, this, &LookBackDialog::updateControls);

    try {
        m_saved = m_context.store().lookBack(m_day);
    } catch (const StoreError &error) {
        m_statusLabel->setText(describeStoreError(error));
        m_statusLabel->show();
    }
    if (m_saved) {
        // Opened again the same night: it changes what was saved.
        m_closeButton->setText(tr("&Close"));
        RatingRow::check(m_hardGroup, m_saved->hardness);
        m_helpedEdit->setText(text(m_saved->helped));
        m_tomorrowEdit->setText(text(m_saved->tomorrow));
    }
    // Quitting from the tray mid-evening keeps a look back that has its answer.
    connect(qApp, &QCoreApplication::aboutToQuit, this, [this] {
        if (hasUnsavedEdits() && m_hardGroup->checkedId() != -1)
            save();
    });
    updateControls();
    if (QAbstractButton *checked = m_hardGroup->checkedButton())
        checked->setFocus();
    else
        m_hardGroup->button(RatingRow::kMin)->setFocus();
}

LookBackDialog *LookBackDialog::openOver(AppContext &context, QWidget *window)
{
    for (auto *open : window->findChildren<LookBackDialog *>(QString(), Qt::FindDirectChildrenOnly)) {
        if (open->isVisible()) {
            open->raise();
            open->activateWindow();
            return open;
        }
    }
    auto *dialog = new LookBackDialog(context, window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

bool LookBackDialog::hasUnsavedEdits() const
{
    const LookBack saved = m_saved.value_or(LookBack{m_day, {}, 0, {}, {}});
    const int hardness = m_hardGroup->checkedId() == -1 ? 0 : m_hardGroup->checkedId();
    return hardness != saved.hardness || m_helpedEdit->text().trimmed() != text(saved.helped)
        || m_tomorrowEdit->text().trimmed() != text(saved.tomorrow);
}

void LookBackDialog::updateControls()
{
    if (m_hardGroup->checkedId() != -1 && m_statusLabel->text() == askForHardness())
        m_statusLabel->hide();
}

QString LookBackDialog::askForHardness()
{
    return tr("Say how hard today was first, then save. The rest can stay empty.");
}

bool LookBackDialog::save()
{
    if (m_hardGroup->checkedId() == -1) {
        m_statusLabel->setText(askForHardness());
        m_statusLabel->show();
        m_hardRow->setFocus(Qt::OtherFocusReason);
        QAccessibleEvent event(m_statusLabel, QAccessible::NameChanged);
        QAccessible::updateAccessibility(&event);
        return false;
    }
    const LookBack lookBack =
        EveningLookBack::make(m_day, m_context.clock().now(), m_hardGroup->checkedId(),
                              m_helpedEdit->text().toStdString(), m_tomorrowEdit->text().toStdString());
    try {
        m_context.store().saveLookBack(lookBack);
    } catch (const StoreError &error) {
        m_statusLabel->setText(tr("This is not saved yet. Everything you wrote is still here.") + u'\n'
                               + describeStoreError(error));
        m_statusLabel->show();
        QAccessibleEvent event(m_statusLabel, QAccessible::NameChanged);
        QAccessible::updateAccessibility(&event);
        return false;
    }
    m_saved = lookBack;
    m_context.notifyChanged(DataKind::LookBacks);
    QDialog::accept();
    return true;
}

void LookBackDialog::reject()
{
    if (!hasUnsavedEdits()) {
        QDialog::reject();
        return;
    }
    askBeforeClosing();
}

void LookBackDialog::askBeforeClosing()
{
    if (m_question) {
        m_question->raise();
        m_question->activateWindow();
        return;
    }
    m_question = new QMessageBox(QMessageBox::Question, windowTitle(), tr("Keep what you wrote tonight?"),
                                 QMessageBox::NoButton, this);
    m_question->setObjectName(QStringLiteral("lookBackUnsavedQuestion"));
    QPushButton *keepWriting = m_question->addButton(tr("&Keep writing"), QMessageBox::RejectRole);
    keepWriting->setObjectName(QStringLiteral("lookBackKeepWritingButton"));
    QPushButton *saveIt = nullptr;
    if (m_hardGroup->checkedId() != -1) {
        saveIt = m_question->addButton(tr("&Save it"), QMessageBox::AcceptRole);
        saveIt->setObjectName(QStringLiteral("lookBackSaveItButton"));
    } else {
        m_question->setInformativeText(tr("To save it, first say how hard today was."));
    }
    QPushButton *letGo = m_question->addButton(tr("&Let it go"), QMessageBox::DestructiveRole);
    letGo->setObjectName(QStringLiteral("lookBackLetGoButton"));
    m_question->setDefaultButton(saveIt ? saveIt : keepWriting);
    m_question->setEscapeButton(keepWriting);
    m_question->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_question, &QMessageBox::finished, this, [this, saveIt, letGo] {
        QAbstractButton *clicked = m_question->clickedButton();
        m_question = nullptr;
        if (saveIt && clicked == saveIt)
            save();
        else if (clicked == letGo)
            QDialog::reject();
    });
    m_question->open();
}

} // namespace holdfast::ui
