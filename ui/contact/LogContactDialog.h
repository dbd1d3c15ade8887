#pragma once

// "Log contact…": records contact with them outside the urge flow, for
// low-contact mode. The person says whether it was logistics only (children,
// work, shared things: kept, the stretch goes on) or went past it (the counter
// starts again, with the same kind words as the urge flow). Beside it, the
// neutral reply templates to copy.

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace holdfast::ui {

class AppContext;
class ReplyTemplatesPanel;

class LogContactDialog : public QDialog
{
    Q_OBJECT

public:
    explicit LogContactDialog(AppContext &context, QWidget *parent = nullptr);

    ReplyTemplatesPanel *replyTemplates() const { return m_templates; }

public Q_SLOTS:
    // Stores the contact; true when it is stored (the dialog then says what
    // it means and stays open until closed). On failure keeps the form and says why.
    bool save();

private:
    void updateForm();

    AppContext &m_context;
    QRadioButton *m_logisticsRadio = nullptr;
    QRadioButton *m_personalRadio = nullptr;
    QRadioButton *m_themRadio = nullptr;
    QRadioButton *m_meRadio = nullptr;
    QCheckBox *m_repliedCheck = nullptr;
    QComboBox *m_channelCombo = nullptr;
    QLineEdit *m_noteEdit = nullptr;
    QLabel *m_resultLabel = nullptr;
    QLabel *m_resultDetailLabel = nullptr;
    QPushButton *m_saveButton = nullptr;
    QPushButton *m_closeButton = nullptr;
    QWidget *m_form = nullptr;
    ReplyTemplatesPanel *m_templates = nullptr;
};

} // namespace holdfast::ui
