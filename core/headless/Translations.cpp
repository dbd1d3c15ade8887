#include "headless/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <memory>

namespace holdfast::ui {

namespace {

std::unique_ptr<QTranslator> &appTranslator()
{
    static std::unique_ptr<QTranslator> translator;
    return translator;
}

std::unique_ptr<QTranslator> &qtTranslator()
{
    static std::unique_ptr<QTranslator> translator;
    return translator;
}

void replace(std::unique_ptr<QTranslator> &slot, std::unique_ptr<QTranslator> next)
{
    if (slot)
        QCoreApplication::removeTranslator(slot.get());
    slot = std::move(next);
    if (slot)
        QCoreApplication::installTranslator(slot.get());
}

} // namespace

QString Translations::install(const QString &language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);

    auto app = std::make_unique<QTranslator>();
    // English is the source language; its .qm only carries plural forms.
    if (!app->load(locale, QStringLiteral("holdfast"), QStringLiteral("_"), QStringLiteral(":/i18n"))
        && !app->load(QStringLiteral("holdfast_en"), QStringLiteral(":/i18n")))
        app.reset();
    const QString used = app ? app->language() : QStringLiteral("en");
    replace(appTranslator(), std::move(app));

    auto qt = std::make_unique<QTranslator>();
    if (!qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        qt.reset();
    replace(qtTranslator(), std::move(qt));

    if (!language.isEmpty())
        QLocale::setDefault(locale);
    return used;
}

QStringList Translations::available()
{
    return {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("es"), QStringLiteral("fr")};
}

} // namespace holdfast::ui
