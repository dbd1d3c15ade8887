#pragma once

// The crisis card: the user's local emergency line and a plain reminder that
// Holdfast is a self-help tool, not therapy. Reachable in two clicks anywhere.

#include "model/Settings.h"

#include <QDialog>

namespace holdfast::ui {

class CrisisCard : public QDialog
{
    Q_OBJECT

public:
    explicit CrisisCard(const Settings &settings, QWidget *parent = nullptr);

    // The text shown when the user has not written their own line yet.
    static QString defaultCrisisText();
    static void showCard(const Settings &settings, QWidget *parent);
    static void showAbout(QWidget *parent);
};

} // namespace holdfast::ui
