#pragma once

// One step of the urge dialog as a scrolling page: heading, intro and the
// step's own widgets. The dialog shell stacks them and keeps the navigation;
// each step talks to the UrgeFlow for what it shows and what the user enters.

#include "model/UrgeKind.h"
#include "model/UrgeStep.h"

#include <QList>
#include <QScrollArea>

class QLabel;
class QPushButton;
class QVBoxLayout;

namespace holdfast::ui {

class UrgeStepPage : public QScrollArea
{
    Q_OBJECT

public:
    UrgeStepPage(UrgeStep step, const QString &heading, const QString &intro, QWidget *parent);

    UrgeStep step() const { return m_step; }
    // The step's controls in Tab order; the dialog appends its own buttons.
    virtual QList<QWidget *> focusChain() const = 0;
    // The pull the person named on the first step: the page's words follow
    // it. Called each time the page is shown.
    virtual void followKind(UrgeKind) {}

    // Shared looks of the steps' widgets.
    static QLabel *quietLabel(const QString &text, const QString &objectName, QWidget *parent);
    static QLabel *caption(const QString &text, QWidget *parent);
    static QPushButton *button(const QString &text, const QString &objectName, QWidget *parent);

Q_SIGNALS:
    // The step is about to hand the flow a decision: the dialog first passes on
    // what other steps still hold (the message typed, the custom trigger).
    void inputNeeded();
    // The user wants the store unlocked; `reason` is said in the passphrase dialog.
    void unlockRequested(const QString &reason);
    // Controls appeared or went: the dialog sets the Tab order again.
    void focusChainChanged();

protected:
    // The page's column, below the heading and intro.
    QVBoxLayout *content() const { return m_content; }
    QWidget *page() const { return widget(); }
    void setHeading(const QString &text);
    void setIntro(const QString &text);

private:
    UrgeStep m_step;
    QVBoxLayout *m_content = nullptr;
    QLabel *m_heading = nullptr;
    QLabel *m_intro = nullptr;
};

} // namespace holdfast::ui
