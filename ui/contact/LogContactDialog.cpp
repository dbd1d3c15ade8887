#include "ui/contact/LogContactDialog.h"

#include "ui/AppContext.h"
#include "ui/CrisisHelp.h"
#include "ui/DiscreetMode.h"
#include "ui/Typography.h"
#include "ui/contact/ReplyTemplatesPanel.h"
#include "ui/urge/UrgeTexts.h"
#include "headless/ErrorMessages.h"

#include "model/ContactLog.h"
#include "model/StoreError.h"

#include <QAccessible>
#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace holdfast::ui {

LogContactDialog::LogContactDialog(AppContext &context, QWidget *parent) : QDialog(parent), m_context(context)
{
    setObjectName(QStringLiteral("logContactDialog"));
    setWindowTitle(context.settings().discreet ? DiscreetMode::logTitle() : tr("Log contact"));
    auto *layout = new QVBoxLayout(this);
    auto *columns = new QHBoxLayout();
    columns->setSpacing(fontMetrics().height() * 3 / 2);
    layout->addLayout(columns, 1);

    m_form = new QWidget(this);
    auto *form = new QVBoxLayout(m_form);
    form->setContentsMargins(0, 0, 0, 0);
    form->addWidget(Typography::label(tr("Contact you need to have, about children, work or shared things, is kept "
                                         "here and in your review. It doesn't end your stretch."),
                                      QStringLiteral("logContactIntroLabel"), m_form));

    auto *purposeLabel = new QLabel(tr("What was it about?"), m_form);
    QFont bold = purposeLabel->font();
    bold.setBold(true);
    purposeLabel->setFont(bold);
    form->addWidget(purposeLabel);
    m_logisticsRadio = new QRadioButton(tr("&Logistics only"), m_form);
    m_logisticsRadio->setObjectName(QStringLiteral("logContactLogisticsRadio"));
    m_logisticsRadio->setChecked(true);
    m_personalRadio = new QRadioButton(tr("It went &past logistics"), m_form);
    m_personalRadio->setObjectName(QStringLiteral("logContactPersonalRadio"));
    auto *purposeGroup = new QButtonGroup(this);
    purposeGroup->addButton(m_logisticsRadio);
    purposeGroup->addButton(m_personalRadio);
    form->addWidget(m_logisticsRadio);
    form->addWidget(m_personalRadio);

    auto *whoLabel = new QLabel(tr("Who started it?"), m_form);
    whoLabel->setFont(bold);
    form->addWidget(whoLabel);
    m_themRadio = new QRadioButton(tr("&They did"), m_form);
    m_themRadio->setObjectName(QStringLiteral("logContactThemRadio"));
    m_themRadio->setChecked(true);
    m_meRadio = new QRadioButton(tr("&I did"), m_form);
    m_meRadio->setObjectName(QStringLiteral("logContactMeRadio"));
    auto *whoGroup = new QButtonGroup(this);
    whoGroup->addButton(m_themRadio);
    whoGroup->addButton(m_meRadio);
    auto *whoRow = new QHBoxLayout();
    whoRow->addWidget(m_themRadio);
    whoRow->addWidget(m_meRadio);
    whoRow->addStretch(1);
    form->addLayout(whoRow);
    m_repliedCheck = new QCheckBox(tr("I replie&d"), m_form);
    m_repliedCheck->setObjectName(QStringLiteral("logContactRepliedCheckBox"));
    form->addWidget(m_repliedCheck);

    auto *details = new QFormLayout();
    m_channelCombo = new QComboBox(m_form);
    m_channelCombo->setObjectName(QStringLiteral("logContactChannelCombo"));
    for (ContactChannel channel : {ContactChannel::Text, ContactChannel::Call, ContactChannel::SocialMedia,
                                   ContactChannel::InPerson, ContactChannel::Other})
        m_channelCombo->addItem(UrgeTexts::channelName(channel), int(channel));
    details->addRow(tr("Ho&w:"), m_channelCombo);
    m_noteEdit = new QLineEdit(m_form);
    m_noteEdit->setObjectName(QStringLiteral("logContactNoteEdit"));
    m_noteEdit->setPlaceholderText(tr("For example: pick-up moved to 5 pm"));
    details->addRow(tr("&Note (optional):"), m_noteEdit);
    form->addLayout(details);
    form->addStretch(1);
    columns->addWidget(m_form, 1);

    m_templates = new ReplyTemplatesPanel(m_context, this);
    columns->addWidget(m_templates, 1);

    m_resultLabel = Typography::label(QString(), QStringLiteral("logContactResultLabel"), this);
    m_resultLabel->setFont(bold);
    m_resultLabel->hide();
    layout->addWidget(m_resultLabel);
    m_resultDetailLabel = Typography::label(QString(), QStringLiteral("logContactResultDetailLabel"), this);
    m_resultDetailLabel->hide();
    layout->addWidget(m_resultDetailLabel);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_saveButton = buttons->addButton(tr("&Save"), QDialogButtonBox::ActionRole);
    m_saveButton->setObjectName(QStringLiteral("logContactSaveButton"));
    m_saveButton->setDefault(true);
    m_closeButton = buttons->button(QDialogButtonBox::Close);
    m_closeButton->setObjectName(QStringLiteral("logContactCloseButton"));
    buttons->addButton(m_context.crisisHelp().makeButton(this), QDialogButtonBox::HelpRole);
    layout->addWidget(buttons);

    connect(m_saveButton, &QPushButton::clicked, this, &LogContactDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_meRadio, &QRadioButton::toggled, this, &LogContactDialog::updateForm);
    updateForm();
    m_logisticsRadio->setFocus();
}

void LogContactDialog::updateForm()
{
    // A reply is to contact from them.
    m_repliedCheck->setEnabled(m_themRadio->isChecked());
}

bool LogContactDialog::save()
{
    ContactEvent contact;
    contact.initiator = m_meRadio->isChecked() ? Initiator::Me : Initiator::Them;
    contact.replied = m_themRadio->isChecked() && m_repliedCheck->isChecked();
    contact.channel = ContactChannel(m_channelCombo->currentData().toInt());
    contact.note = m_noteEdit->text().trimmed().toStdString();
    contact.purpose = m_personalRadio->isChecked() ? ContactPurpose::Personal : ContactPurpose::Logistics;
    UrgeFlowMessage message{};
    try {
        message = ContactLog(m_context.store(), m_context.clock())
                      .log(contact, m_context.settings().theirContactCountsOnlyIfReplied);
    } catch (const StoreError &error) {
        m_resultLabel->setText(tr("This is not saved yet. Everything you entered is still here."));
        m_resultDetailLabel->setText(describeStoreError(error));
        m_resultLabel->show();
        m_resultDetailLabel->show();
        return false;
    }
    m_context.notifyChanged(DataKind::Contacts);
    m_resultLabel->setText(UrgeTexts::message(message));
    m_resultDetailLabel->setText(UrgeTexts::messageDetail(message));
    m_resultLabel->show();
    m_resultDetailLabel->show();
    // Logged once: the form is done; the replies stay to copy.
    m_form->setEnabled(false);
    m_saveButton->setEnabled(false);
    m_closeButton->setDefault(true);
    m_closeButton->setAccessibleDescription(
        tr("%1 %2", "the message after logging, then its detail").arg(m_resultLabel->text(), m_resultDetailLabel->text()));
    m_closeButton->setFocus();
    QAccessibleEvent event(m_resultLabel, QAccessible::NameChanged);
    QAccessible::updateAccessibility(&event);
    return true;
}

} // namespace holdfast::ui
