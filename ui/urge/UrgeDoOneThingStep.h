#pragma once

// Step 2, "Do one thing": the if-then plans for the chosen triggers, someone
// to call or message, something to do. While the store is locked the people,
// activities and plans are stored text: a note and an Unlock button instead.

#include "ui/urge/UrgeStepPage.h"

#include "model/PlanItems.h"

#include <QCoreApplication>

#include <vector>

class QLabel;
class QPushButton;

namespace holdfast {
class UrgeFlow;
}

namespace holdfast::ui {

class AppContext;
class Card;
class UrgeChoiceList;
class UrgeStrongNoteCard;

class UrgeDoOneThingStep : public UrgeStepPage
{
    Q_DECLARE_TR_FUNCTIONS(holdfast::ui::UrgeDialog)

public:
    UrgeDoOneThingStep(UrgeFlow &flow, AppContext &context, QWidget *parent);

    QList<QWidget *> focusChain() const override;
    // A look or a go urge first gets one concrete move (UrgeFirstMove).
    void followKind(UrgeKind kind) override;
    // Reads the lists and the choice from the flow (again).
    void fill();
    // Where focus goes when the step shows; null when both lists are empty.
    QWidget *firstChoice() const;
    UrgeStrongNoteCard *strongNote() const { return m_note; }
    // Forgets the lists shown (the store was locked).
    void clearLists();
    void updateChoiceLabel();

private:
    void showPerson(int row);
    // False when that one was already the choice (or the row is empty).
    bool choosePersonAt(int row);
    bool chooseActivityAt(int row);
    void copyContact();
    void openContactUrl(const QString &scheme);

    UrgeFlow &m_flow;
    AppContext &m_context;
    std::vector<SupportPerson> m_people;
    std::vector<Activity> m_activities;

    UrgeStrongNoteCard *m_note = nullptr;
    Card *m_lockedCard = nullptr;
    Card *m_peopleCard = nullptr;
    Card *m_activityCard = nullptr;
    Card *m_firstMoveCard = nullptr;
    QLabel *m_firstMoveTitle = nullptr;
    QLabel *m_firstMoveLabel = nullptr;
    Card *m_plansCard = nullptr;
    QLabel *m_plansLabel = nullptr;

    QWidget *m_personBox = nullptr;
    QLabel *m_personNameLabel = nullptr;
    QLabel *m_personContactLabel = nullptr;
    QLabel *m_personNoteLabel = nullptr;
    QPushButton *m_copyButton = nullptr;
    QPushButton *m_callButton = nullptr;
    QPushButton *m_messageButton = nullptr;
    QLabel *m_personStatusLabel = nullptr;
    UrgeChoiceList *m_peopleList = nullptr;
    QLabel *m_peopleEmptyLabel = nullptr;

    QWidget *m_activityBox = nullptr;
    UrgeChoiceList *m_activitiesList = nullptr;
    QPushButton *m_chooseActivityButton = nullptr;
    QLabel *m_activitiesEmptyLabel = nullptr;

    QLabel *m_choiceLabel = nullptr;
};

} // namespace holdfast::ui
