#pragma once

// The evening look back (issue 14): one short screen before bed. How hard
// was today (1–5), one thing that helped, one line for tomorrow; only the
// first is needed. It opens on the day being looked back on (after midnight,
// still the evening before; see model/EveningLookBack.h) with what was saved
// for it, so a second look the same night edits the first.
//
// What is typed is never dropped by a key: Escape or "Not tonight" with
// edits asks first, and quitting Holdfast saves a look back that has its answer.

#include "model/LookBack.h"

#include <QDialog>

#include <optional>

class QButtonGroup;
class QLabel;
class QLineEdit;
class QMessageBox;
class QPushButton;

namespace holdfast::ui {

class AppContext;

class LookBackDialog : public QDialog
{
    Q_OBJECT

public:
    explicit LookBackDialog(AppContext &context, QWidget *parent = nullptr);

    // Raises the look back already open over `window`, or opens a new one
    // (window-modal, deleted on close). Returns it.
    static LookBackDialog *openOver(AppContext &context, QWidget *window);

    LocalDate day() const { return m_day; }
    // True while the form holds something not saved yet.
    bool hasUnsavedEdits() const;

public Q_SLOTS:
    // Stores the look back and closes; on failure keeps everything typed,
    // says why and stays open. Without how hard the day was, asks for it
    // first. True when stored.
    bool save();
    // With edits not saved, asks whether to save them, let them go, or keep writing.
    void reject() override;

private:
    void updateControls();
    static QString askForHardness();
    void askBeforeClosing();

    AppContext &m_context;
    LocalDate m_day;
    std::optional<LookBack> m_saved;

    QButtonGroup *m_hardGroup = nullptr;
    QWidget *m_hardRow = nullptr;
    QLineEdit *m_helpedEdit = nullptr;
    QLineEdit *m_tomorrowEdit = nullptr;
    QLabel *m_statusLabel = nullptr;
    QPushButton *m_saveButton = nullptr;
    QPushButton *m_closeButton = nullptr;
    QMessageBox *m_question = nullptr;
};

} // namespace holdfast::ui
