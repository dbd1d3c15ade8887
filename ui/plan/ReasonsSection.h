#pragma once

// The user's reasons for no contact, in their own words: the urge dialog and
// the reminder cards show them back when it is hard.

#include "ui/plan/PlanSection.h"

class QPlainTextEdit;

namespace holdfast::ui {

class ReasonsSection : public PlanSection
{
    Q_OBJECT

public:
    explicit ReasonsSection(AppContext &context, QWidget *parent = nullptr);
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
    const Reason *find(std::int64_t id) const;

    std::vector<Reason> m_items;
    QPlainTextEdit *m_textEdit = nullptr;
};

} // namespace holdfast::ui
