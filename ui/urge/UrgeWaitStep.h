#pragma once

// Step 3, "Wait it out": the breathing circle, the countdown with its
// extension, a rotating reminder and a second rating.

#include "ui/urge/UrgeStepPage.h"

#include "model/ReminderRotation.h"

#include <QCoreApplication>

#include <optional>

class QLabel;
class QPushButton;
class QSlider;

namespace holdfast {
class UrgeFlow;
}

namespace holdfast::ui {

class BreathingWidget;
class IntensitySlider;
class UrgeStrongNoteCard;

class UrgeWaitStep : public UrgeStepPage
{
    Q_DECLARE_TR_FUNCTIONS(holdfast::ui::UrgeDialog)

public:
    UrgeWaitStep(UrgeFlow &flow, int extendMinutes, QWidget *parent);

    QList<QWidget *> focusChain() const override;
    QSlider *slider() const;
    UrgeStrongNoteCard *strongNote() const { return m_note; }

    // Shown: the rating so far on the slider, the circle breathing.
    void enter();
    void leave();
    // Shows the time left and the reminder of the moment.
    void tick();
    // The next tick shows the reminder anew (the reasons changed, or the lock).
    void forgetReminder() { m_shownReminder.reset(); }

private:
    UrgeFlow &m_flow;
    QLabel *m_countdownLabel = nullptr;
    QLabel *m_timerStatusLabel = nullptr;
    QPushButton *m_extendButton = nullptr;
    BreathingWidget *m_breathing = nullptr;
    UrgeStrongNoteCard *m_note = nullptr;
    QLabel *m_reminderCaption = nullptr;
    QLabel *m_reminderLabel = nullptr;
    IntensitySlider *m_rerate = nullptr;
    std::optional<Reminder> m_shownReminder;
};

} // namespace holdfast::ui
