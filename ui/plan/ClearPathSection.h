#pragma once

// "Clear the path": a one-time checklist of small steps in the person's other
// apps (mute, archive the chat, photos, favourites). Each tick is saved with
// the settings at once; Holdfast never does the steps itself.

#include "model/Settings.h"

#include <QString>
#include <QWidget>

#include <map>
#include <set>

class QCheckBox;
class QLabel;

namespace holdfast::ui {

class AppContext;

class ClearPathSection : public QWidget
{
    Q_OBJECT

public:
    explicit ClearPathSection(AppContext &context, QWidget *parent = nullptr);

    // The short name for the tab that shows this section.
    QString title() const;
    QCheckBox *checkBox(PathStep step) const { return m_checks.at(step); }

public Q_SLOTS:
    // Shows the ticks as the settings hold them.
    void reload();

private:
    // Saves one tick (or its removal); on a failed write the box goes back.
    void setStep(PathStep step, bool done);
    void showTicks(const std::set<PathStep> &done);
    void showError(const QString &message);

    AppContext &m_context;
    std::map<PathStep, QCheckBox *> m_checks;
    QLabel *m_doneLabel = nullptr;
    QLabel *m_errorLabel = nullptr;
};

} // namespace holdfast::ui
