#pragma once

// The neutral reply templates of low-contact mode: pick one, copy it to the
// clipboard (Holdfast never sends anything), and edit the list in place.
// Shown in "Log contact…" and, from the urge flow, when they contacted the person.

#include <QWidget>

class QDialog;
class QLabel;
class QListWidget;
class QListWidgetItem;
class QPushButton;

namespace holdfast::ui {

class AppContext;

class ReplyTemplatesPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ReplyTemplatesPanel(AppContext &context, QWidget *parent = nullptr);
    // Opens the panel in a small window over `parent` (the urge flow's
    // "Neutral replies…") and returns at once; it closes itself.
    static QDialog *openDialog(AppContext &context, QWidget *parent);

    QListWidget *list() const { return m_list; }
    QStringList templates() const;

public Q_SLOTS:
    // Copies the selected template to the clipboard and says so.
    void copySelected();
    void addTemplate();
    void removeSelected();

private:
    void load();
    // Saves the list as it is now; on failure says why and keeps the edits.
    void save();
    void say(const QString &text);

    AppContext &m_context;
    QListWidget *m_list = nullptr;
    QPushButton *m_copyButton = nullptr;
    QPushButton *m_addButton = nullptr;
    QPushButton *m_removeButton = nullptr;
    QLabel *m_statusLabel = nullptr;
    bool m_loading = false;
};

} // namespace holdfast::ui
