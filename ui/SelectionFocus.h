#pragma once

// Two lists side by side both showed their chosen row in the same accent, so
// nothing said which one the keys would move. A list without focus shows its
// selection in a quiet tint with ordinary text; the focused one keeps the accent.

#include <QObject>

class QAbstractItemView;
class QPalette;

namespace holdfast::ui {

class SelectionFocus : public QObject
{
    Q_OBJECT

public:
    static void install(QAbstractItemView *view);
    // The colours of a selection without focus: background and text.
    static QColor quietFill(const QPalette &palette);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit SelectionFocus(QAbstractItemView *view);
    void recolour();

    QAbstractItemView *m_view;
    bool m_recolouring = false;
};

} // namespace holdfast::ui
