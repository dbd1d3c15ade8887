#pragma once

// The choice of country for the crisis card, in Settings and onboarding: the
// computer's own country first (stored as empty), the countries of the
// built-in table by name, and "Another country" for the international directory.

#include <QComboBox>

namespace holdfast::ui {

class CrisisCountryCombo : public QComboBox
{
    Q_OBJECT

public:
    explicit CrisisCountryCombo(QWidget *parent = nullptr);

    // An ISO code, or empty for the computer's country.
    QString country() const;
    void setCountry(const QString &code);
};

} // namespace holdfast::ui
