#pragma once

// Discreet mode (Settings › Privacy), for screens others can see: the
// neutral name, icon and panic label shown in place of Holdfast's own. Each
// screen asks here when the mode is on and keeps its own words otherwise.

#include "model/Settings.h"

#include <QCoreApplication>
#include <QIcon>
#include <QString>

namespace holdfast::ui {

class DiscreetMode
{
    Q_DECLARE_TR_FUNCTIONS(DiscreetMode)

public:
    // "Journal": the window title, the application's name, the tray's tooltip.
    static QString name();
    // "Take a moment": the panic button's label when the person chose none.
    static QString defaultPanicLabel();
    // The person's label for the panic button, or the default.
    static QString panicLabel(const Settings &settings);
    // "Log a message": the Go menu's entry and the title of the dialog that
    // logs contact in low-contact mode, without the word "contact".
    static QString logMenuText();
    static QString logTitle();
    // A plain notebook, in place of Holdfast's icon.
    static QIcon icon();
};

} // namespace holdfast::ui
