#include "ui/CrisisCountryCombo.h"

#include "model/CrisisLines.h"
#include "ui/CrisisCard.h"

#include <QList>
#include <QPair>

#include <algorithm>

namespace holdfast::ui {

namespace {

// ISO 3166's code for "unknown": no national lines, the international directory.
const QString kAnotherCountry = QStringLiteral("ZZ");

} // namespace

CrisisCountryCombo::CrisisCountryCombo(QWidget *parent) : QComboBox(parent)
{
    setAccessibleName(tr("Country for the crisis lines"));
    const QString systemCountry = CrisisCard::systemCountryCode();
    addItem(systemCountry.isEmpty() ? tr("This computer's country")
                                    : tr("This computer's country (%1)").arg(CrisisCard::countryName(systemCountry)),
        QString());
    QList<QPair<QString, QString>> countries; // name, code
    for (const CrisisCountry &country : CrisisLines::all()) {
        const QString code = QString::fromUtf8(country.code.data(), qsizetype(country.code.size()));
        countries.append({ CrisisCard::countryName(code), code });
    }
    std::sort(countries.begin(), countries.end(),
        [](const auto &a, const auto &b) { return QString::localeAwareCompare(a.first, b.first) < 0; });
    for (const auto &[name, code] : std::as_const(countries))
        addItem(name, code);
    addItem(tr("Another country"), kAnotherCountry);
}

QString CrisisCountryCombo::country() const
{
    return currentData().toString();
}

void CrisisCountryCombo::setCountry(const QString &code)
{
    const int index = findData(code.trimmed().toUpper());
    // A code the table no longer has still gets the directory, not the computer's country.
    setCurrentIndex(index >= 0 ? index : code.trimmed().isEmpty() ? 0 : findData(kAnotherCountry));
}

} // namespace holdfast::ui
