#pragma once

// Dates the user knows will be hard (their birthday, the anniversary), each
// with a plan; the dashboard shows them the week before.

#include "ui/plan/PlanSection.h"

class QCheckBox;
class QDateEdit;
class QLineEdit;

namespace holdfast::ui {

class RiskDatesSection : public PlanSection
{
    Q_OBJECT

public:
    explicit RiskDatesSection(AppContext &context, QWidget *parent = nullptr);
    QString title() const override;

protected:
    std::vector<Row> loadRows() override;
    void clearForm() override;
    void fillForm(std::int64_t id) override;
    QWidget *firstField() const override;
    bool formReady() const override;
    std::int64_t saveForm(std::int64_t id) override;
    QString removeQuestion(std::int64_t id) const override;

private:
    const RiskDate *find(std::int64_t id) const;
    QString describe(const RiskDate &riskDate) const;

    std::vector<RiskDate> m_items;
    QLineEdit *m_titleEdit = nullptr;
    QDateEdit *m_dateEdit = nullptr;
    QCheckBox *m_yearlyCheck = nullptr;
    QLineEdit *m_planEdit = nullptr;
};

} // namespace holdfast::ui
