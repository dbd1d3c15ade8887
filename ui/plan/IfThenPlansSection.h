#pragma once

// If-then plans: for a trigger (built-in or in the user's own words), what
// they decided in advance to do instead of reaching out.

#include "ui/plan/PlanSection.h"

class QComboBox;
class QLineEdit;

namespace holdfast::ui {

class IfThenPlansSection : public PlanSection
{
    Q_OBJECT

public:
    explicit IfThenPlansSection(AppContext &context, QWidget *parent = nullptr);
    QString title() const override;

    // The combo box entry that stands for "a trigger in my own words".
    static constexpr int kCustomTrigger = -1;

protected:
    std::vector<Row> loadRows() override;
    void clearForm() override;
    void fillForm(std::int64_t id) override;
    QWidget *firstField() const override;
    bool formReady() const override;
    std::int64_t saveForm(std::int64_t id) override;
    QString removeQuestion(std::int64_t id) const override;

private:
    const IfThenPlan *find(std::int64_t id) const;
    bool customChosen() const;
    void updateCustomField();
    static QString triggerText(const IfThenPlan &plan);

    std::vector<IfThenPlan> m_items;
    QComboBox *m_triggerCombo = nullptr;
    QLineEdit *m_customEdit = nullptr;
    QLineEdit *m_planEdit = nullptr;
};

} // namespace holdfast::ui
