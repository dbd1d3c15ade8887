#pragma once

// The Plan screen: the user's reasons, support people, activities, if-then
// plans and risk dates, each in its own tab, all editable and reorderable;
// and a last tab, "Clear the path", a checklist ticked once.

#include "model/PlanItems.h"
#include "ui/plan/PlanSection.h"

#include <QWidget>

#include <vector>

class QTabWidget;

namespace holdfast::ui {

class AppContext;
class ClearPathSection;
enum class DataKind;

class PlanPage : public QWidget
{
    Q_OBJECT

public:
    explicit PlanPage(AppContext &context, QWidget *parent = nullptr);

    PlanSection *section(PlanList list) const;
    void showSection(PlanList list);
    ClearPathSection *clearPathSection() const { return m_clearPath; }
    void showClearPath();
    // Replaces the "are you sure?" message box (tests answer it directly).
    void setConfirmFunction(const PlanSection::ConfirmFunction &confirm);

public Q_SLOTS:
    void reload();

private:
    void onDataChanged(DataKind kind);

    AppContext &m_context;
    QTabWidget *m_tabs = nullptr;
    std::vector<PlanSection *> m_sections;
    ClearPathSection *m_clearPath = nullptr;
    bool m_notifying = false;
};

} // namespace holdfast::ui
