#pragma once

// One list of the user's plan (reasons, people, ...): the ordered list, an
// inline form to add or edit an item, remove with confirmation, and moving
// items up and down. Subclasses supply the fields and the store calls.

#include "model/PlanItems.h"

#include <QString>
#include <QWidget>

#include <cstdint>
#include <functional>
#include <vector>

class QFormLayout;
class QLabel;
class QListWidget;
class QPushButton;

namespace holdfast {
class PlanStore;
}

namespace holdfast::ui {

class AppContext;

class PlanSection : public QWidget
{
    Q_OBJECT

public:
    // Asked before anything is removed; answers true to go ahead.
    using ConfirmFunction = std::function<bool(QWidget *parent, const QString &question)>;

    ~PlanSection() override;

    PlanList list() const { return m_list; }
    // The short name for the tab that shows this section.
    virtual QString title() const = 0;
    void setConfirmFunction(ConfirmFunction confirm);
    // The default confirmation: a message box with "Remove" and "Keep".
    static bool confirmWithMessageBox(QWidget *parent, const QString &question);

    // Ids in the order shown.
    std::vector<std::int64_t> shownIds() const { return m_ids; }
    bool isEditing() const { return m_editingId != 0; }

public Q_SLOTS:
    // Reads the list again from the store, keeping the selection.
    void reload();
    // Adds the item in the form, or saves the one being edited.
    void submit();
    void editSelected();
    void cancelEdit();
    void removeSelected();
    void moveSelectedUp();
    void moveSelectedDown();

Q_SIGNALS:
    // A write was committed; the page tells the other screens.
    void changed();

protected:
    struct Row
    {
        std::int64_t id = 0;
        QString text;
    };

    struct Texts
    {
        QString intro;      // one line above the list: what this list is for
        QString emptyHint;  // shown instead of the empty list
        QString addTitle;   // form heading when adding
        QString editTitle;  // form heading when editing
        QString addButton;  // "Add reason"
        QString listName;   // accessible name of the list
    };

    // `prefix` starts every objectName in the section ("reasons" -> "reasonsListWidget").
    PlanSection(AppContext &context, PlanList list, const QString &prefix, QWidget *parent);

    AppContext &context() const { return m_context; }
    // The plan part of the store open now: all a section reads and writes.
    PlanStore &planStore() const;
    QFormLayout *formLayout() const { return m_formLayout; }
    // Subclass constructors add their fields to formLayout() and then call this.
    void finishSetup(const Texts &texts);

    // Reads the items from the store (may throw StoreError) and caches them.
    virtual std::vector<Row> loadRows() = 0;
    virtual void clearForm() = 0;
    virtual void fillForm(std::int64_t id) = 0;
    virtual QWidget *firstField() const = 0;
    // True when the required fields hold something worth saving.
    virtual bool formReady() const = 0;
    // Writes the form to the store (id 0 adds at the end) and returns the id.
    virtual std::int64_t saveForm(std::int64_t id) = 0;
    virtual QString removeQuestion(std::int64_t id) const = 0;

protected Q_SLOTS:
    // Fields call this when they change, so the buttons follow.
    void updateButtons();

private:
    int selectedRow() const;
    void selectId(std::int64_t id);
    void moveSelected(int delta);
    void showError(const QString &message);
    void clearError();
    void setEditing(std::int64_t id);

    AppContext &m_context;
    PlanList m_list;
    QString m_prefix;
    Texts m_texts;
    ConfirmFunction m_confirm;
    std::vector<std::int64_t> m_ids;
    std::int64_t m_editingId = 0;

    QLabel *m_introLabel = nullptr;
    QLabel *m_emptyLabel = nullptr;
    QListWidget *m_listWidget = nullptr;
    QWidget *m_listButtons = nullptr;
    QPushButton *m_editButton = nullptr;
    QPushButton *m_removeButton = nullptr;
    QPushButton *m_upButton = nullptr;
    QPushButton *m_downButton = nullptr;
    QLabel *m_formTitle = nullptr;
    QFormLayout *m_formLayout = nullptr;
    QWidget *m_formCard = nullptr;
    QLabel *m_errorLabel = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QPushButton *m_submitButton = nullptr;
};

} // namespace holdfast::ui
