#pragma once

// The dashboard's morning check-in: mood and sleep from 1 to 5 and one
// intention, saved for today through DashboardPresenter. Edits in progress
// survive refreshes, and even midnight: they become the new day's draft.

#include "model/CheckIn.h"
#include "ui/Card.h"

#include <optional>

class QButtonGroup;
class QLabel;
class QLineEdit;
class QPushButton;

namespace holdfast::ui {

class AppContext;

class CheckInCard : public Card
{
    Q_OBJECT

public:
    // Stores the check-in through a DashboardPresenter on the context's store
    // at that moment (a restore may have replaced it); once it is stored, the
    // card tells every screen through `context`.
    CheckInCard(AppContext &context, QWidget *parent);

    // Shows today's stored check-in (if any), unless the fields hold edits.
    void showCheckIn(const std::optional<CheckIn> &saved, bool dayChanged);
    // True while the fields hold edits that are not saved yet.
    bool hasUnsavedEdits() const { return m_dirty; }
    // Edits the form cannot save yet: a mood or sleep number is still missing.
    bool hasIncompleteEdits() const;
    // Saves edits the form could save (both numbers picked). False only when
    // the store refused them; they stay in the fields and the status says why.
    bool keepEdits();
    // Puts the keyboard focus on the picked mood, or the first.
    void focusMood();

public Q_SLOTS:
    // Saves the check-in for today (again, if there is one already).
    void save();

Q_SIGNALS:
    void saved();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void markDirty();
    // Stores what the fields hold; false (and the reason shown) when it was not stored.
    bool store();
    void updateControls();
    void setStatus(const QString &text);

    AppContext &m_context;
    std::optional<CheckIn> m_saved; // today's, as last shown
    bool m_dirty = false;

    QButtonGroup *m_moodGroup = nullptr;
    QButtonGroup *m_sleepGroup = nullptr;
    QLineEdit *m_intentionEdit = nullptr;
    QPushButton *m_saveButton = nullptr;
    QLabel *m_statusLabel = nullptr;
};

} // namespace holdfast::ui
