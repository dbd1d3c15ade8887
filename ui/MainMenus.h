#pragma once

// The main window's menu bar: File (check-in, settings, export and import,
// lock and hide, quit), Go (the screens and the urge dialog) and Help (crisis
// help, about). Each entry calls the window's public slots.

#include <QCoreApplication>
#include <QString>

#include <functional>

namespace holdfast::ui {

class AppContext;
class MainWindow;

class MainMenus
{
    Q_DECLARE_TR_FUNCTIONS(MainMenus)

public:
    // Fills `window`'s menu bar; `dataDir` tells an export where the data is
    // at the time it starts.
    static void build(MainWindow &window, AppContext &context, std::function<QString()> dataDir);
};

} // namespace holdfast::ui
