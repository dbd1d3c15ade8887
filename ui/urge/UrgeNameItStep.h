#pragma once

// Step 1, "Name it": how strong the urge is, what set it off, the HALT check.

#include "ui/urge/UrgeStepPage.h"

#include "model/Trigger.h"

#include <QCoreApplication>
#include <QString>

#include <utility>
#include <vector>

class QButtonGroup;
class QCheckBox;
class QLineEdit;
class QRadioButton;
class QSlider;

namespace holdfast {
class UrgeFlow;
}

namespace holdfast::ui {

class IntensitySlider;

class UrgeNameItStep : public UrgeStepPage
{
    // The dialog's context, so its translations stay where they were.
    Q_DECLARE_TR_FUNCTIONS(holdfast::ui::UrgeDialog)

public:
    UrgeNameItStep(UrgeFlow &flow, QWidget *parent);

    QList<QWidget *> focusChain() const override;
    void followKind(UrgeKind kind) override;
    QSlider *slider() const;
    // Hands the typed trigger to the flow when it changed.
    void syncCustomTrigger();
    bool hasTypedTrigger() const;

private:
    void updateHalt();
    static QString heading(UrgeKind kind);

    UrgeFlow &m_flow;
    IntensitySlider *m_intensity = nullptr;
    QButtonGroup *m_kindGroup = nullptr;
    std::vector<QRadioButton *> m_kindRadios; // in kAllUrgeKinds order
    std::vector<std::pair<Trigger, QCheckBox *>> m_triggerChecks;
    QLineEdit *m_customTriggerEdit = nullptr;
    QString m_appliedCustomTrigger;
    QCheckBox *m_hungryCheck = nullptr;
    QCheckBox *m_angryCheck = nullptr;
    QCheckBox *m_lonelyCheck = nullptr;
    QCheckBox *m_tiredCheck = nullptr;
};

} // namespace holdfast::ui
