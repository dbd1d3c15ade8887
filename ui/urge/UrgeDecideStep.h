#pragma once

// Step 5, "How it went": "I didn't reach out" with a last rating, or what
// else happened (the user reached out, or they made contact) with details.

#include "ui/urge/UrgeStepPage.h"

#include <QCoreApplication>

#include <functional>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QFrame;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace holdfast {
class UrgeFlow;
}

namespace holdfast::ui {

class IntensitySlider;

class UrgeDecideStep : public UrgeStepPage
{
    Q_DECLARE_TR_FUNCTIONS(holdfast::ui::UrgeDialog)

public:
    UrgeDecideStep(UrgeFlow &flow, QWidget *parent);

    QList<QWidget *> focusChain() const override;
    // "I didn't look" and "I looked" for a look urge, and so on; going past a
    // pull that is not a message asks whether it also came to contact.
    void followKind(UrgeKind kind) override;
    // Shown: the rating so far on the slider, no details open.
    void enter();
    QPushButton *resistedButton() const { return m_resistedButton; }
    // Low-contact mode: what "Neutral replies…" opens (the dialog has the store).
    void setShowReplies(std::function<void()> showReplies) { m_showReplies = std::move(showReplies); }

private:
    enum class DetailsMode { None, ReachedOut, TheyContacted };
    void showDetails(DetailsMode mode);
    void saveDetails();
    void updateChannel();
    QString wentPastHeading() const;
    QString wentPastSaveName() const;

    UrgeFlow &m_flow;
    IntensitySlider *m_final = nullptr;
    UrgeKind m_kind = UrgeKind::Message;
    QWidget *m_resistedCard = nullptr;
    QLabel *m_otherHint = nullptr;
    QCheckBox *m_alsoContactedCheck = nullptr;
    QPushButton *m_resistedButton = nullptr;
    QPushButton *m_reachedOutButton = nullptr;
    QPushButton *m_theyContactedButton = nullptr;
    QFrame *m_detailsCard = nullptr;
    QLabel *m_detailsHeading = nullptr;
    QLabel *m_detailsHint = nullptr;
    QLabel *m_channelLabel = nullptr;
    QComboBox *m_channelCombo = nullptr;
    QLabel *m_noteLabel = nullptr;
    QLineEdit *m_noteEdit = nullptr;
    QWidget *m_repliedBox = nullptr;
    QButtonGroup *m_repliedGroup = nullptr;
    QRadioButton *m_repliedNoRadio = nullptr;
    QRadioButton *m_repliedYesRadio = nullptr;
    QPushButton *m_detailsSaveButton = nullptr;
    // Low-contact mode (issue 14): was their contact logistics only, and the replies to copy.
    QWidget *m_purposeBox = nullptr;
    QRadioButton *m_logisticsRadio = nullptr;
    QRadioButton *m_personalRadio = nullptr;
    QPushButton *m_repliesButton = nullptr;
    std::function<void()> m_showReplies;
    void updateLowContact();
    DetailsMode m_detailsMode = DetailsMode::None;
};

} // namespace holdfast::ui
