#pragma once

// The people the user can reach instead of their ex: the urge dialog offers
// them first, in the order set here.

#include "ui/plan/PlanSection.h"

class QLineEdit;

namespace holdfast::ui {

class SupportPeopleSection : public PlanSection
{
    Q_OBJECT

public:
    explicit SupportPeopleSection(AppContext &context, QWidget *parent = nullptr);
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
    const SupportPerson *find(std::int64_t id) const;

    std::vector<SupportPerson> m_items;
    QLineEdit *m_nameEdit = nullptr;
    QLineEdit *m_contactEdit = nullptr;
    QLineEdit *m_noteEdit = nullptr;
};

} // namespace holdfast::ui
