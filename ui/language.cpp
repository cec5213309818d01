#include "ui/language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QSettings>

namespace hullcheck::ui {

namespace {

constexpr QLatin1String LanguageKey("ui/language");

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(hullcheck::ui::Language)
};

} // namespace

QList<LanguageChoice> availableLanguages()
{
    // Names stay untranslated on purpose: each in its own language.
    return {{QString(), Tr::tr("System default")},
            {QStringLiteral("en"), QStringLiteral("English")},
            {QStringLiteral("de"), QStringLiteral("Deutsch")},
            {QStringLiteral("fr"), QStringLiteral("Français")}};
}

QString storedLanguage()
{
    QString code = QSettings().value(LanguageKey).toString();
    for (const LanguageChoice &choice : availableLanguages()) {
        if (choice.code == code) {
            return code;
        }
    }
    return {};
}

void storeLanguage(const QString &code)
{
    QSettings settings;
    if (code.isEmpty()) {
        settings.remove(LanguageKey);
    } else {
        settings.setValue(LanguageKey, code);
    }
}

QLocale localeForLanguage(const QString &code)
{
    return code.isEmpty() ? QLocale() : QLocale(code);
}

InstalledTranslators::InstalledTranslators(const QLocale &locale)
{
    m_hasQt = m_qt.load(
        locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    if (m_hasQt) {
        QCoreApplication::installTranslator(&m_qt);
    }
    m_hasHullcheck =
        m_hullcheck.load(locale, QStringLiteral("hullcheck"), QStringLiteral("_"), QStringLiteral(":/i18n"));
    if (m_hasHullcheck) {
        QCoreApplication::installTranslator(&m_hullcheck);
    }
}

LanguageSetup::LanguageSetup()
    : m_language(storedLanguage())
    , m_translators(applyDefaultLocale(m_language))
{
}

QLocale LanguageSetup::applyDefaultLocale(const QString &language)
{
    const QLocale locale = localeForLanguage(language);
    if (!language.isEmpty()) {
        QLocale::setDefault(locale);
    }
    return locale;
}

} // namespace hullcheck::ui
