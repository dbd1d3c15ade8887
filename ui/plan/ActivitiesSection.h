#pragma once

// Things the user can do instead of reaching out; the urge dialog suggests
// one of them.

#include "ui/plan/PlanSection.h"

class QLineEdit;

namespace holdfast::ui {

class ActivitiesSection : public PlanSection
{
    Q_OBJECT

public:
    explicit ActivitiesSection(AppContext &context, QWidget *parent = nullptr);
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
    const Activity *find(std::int64_t id) const;

    std::vector<Activity> m_items;
    QLineEdit *m_titleEdit = nullptr;
};

} // namespace holdfast::ui
