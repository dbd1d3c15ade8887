#pragma once

// The crisis card: the emergency number and the national crisis lines of the
// person's country (core/model/CrisisLines), an international directory for
// any other country, and beside them, never instead of them, the person's own
// line and someone on their side. CrisisHelp opens it from every window (F1).

#include "model/PlanItems.h"
#include "model/Settings.h"

#include <QDialog>
#include <QString>

#include <optional>

namespace holdfast::ui {

class CrisisCard : public QDialog
{
    Q_OBJECT

public:
    // `person` is the first of the person's support people, when there is one.
    explicit CrisisCard(
        const Settings &settings, const std::optional<SupportPerson> &person = std::nullopt, QWidget *parent = nullptr);

    // The country whose lines the card shows: the one chosen in Settings, else
    // the system's (QLocale territory), as an ISO code; empty when unknown.
    static QString countryCode(const Settings &settings);
    // The system's country as an ISO code; empty when unknown.
    static QString systemCountryCode();
    // A country's name in the language of the interface.
    static QString countryName(const QString &code);
    static void showAbout(QWidget *parent);
};

} // namespace holdfast::ui
