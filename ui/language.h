#pragma once

#include <QList>
#include <QLocale>
#include <QString>
#include <QTranslator>

// The interface language: chosen in Settings, stored in QSettings, applied when the application starts.
namespace hullcheck::ui {

struct LanguageChoice
{
    QString code; // empty for the system's language, else what QLocale takes ("de")
    QString name; // in its own language ("Deutsch"), so a user can find theirs in any interface language
};

// "System default" first, then every language Hullcheck is translated into.
QList<LanguageChoice> availableLanguages();

// The stored choice; empty (the system's language) when none is stored or the stored one is not offered any more.
QString storedLanguage();
void storeLanguage(const QString &code);

// The locale of a choice: QLocale() for the system's language.
QLocale localeForLanguage(const QString &code);

// Qt's own strings (standard buttons and dialogs, from qtbase_<lang>.qm) and Hullcheck's (hullcheck_<lang>.qm,
// embedded under :/i18n) in the language of `locale`, installed on the application for as long as this lives.
class InstalledTranslators final
{
    Q_DISABLE_COPY_MOVE(InstalledTranslators)

public:
    explicit InstalledTranslators(const QLocale &locale);
    ~InstalledTranslators() = default; // QTranslator removes itself from the application

    bool hasQtTranslation() const { return m_hasQt; }
    bool hasHullcheckTranslation() const { return m_hasHullcheck; }

private:
    QTranslator m_qt;
    QTranslator m_hullcheck;
    bool m_hasQt = false;
    bool m_hasHullcheck = false;
};

// What `hullcheck` does at start, after the application's organisation and name are set (QSettings needs them):
// an explicit choice also becomes the default locale, so numbers and dates match the language.
class LanguageSetup final
{
    Q_DISABLE_COPY_MOVE(LanguageSetup)

public:
    LanguageSetup();
    ~LanguageSetup() = default;

    QString language() const { return m_language; }
    const InstalledTranslators &translators() const { return m_translators; }

private:
    static QLocale applyDefaultLocale(const QString &language);

    QString m_language;
    InstalledTranslators m_translators;
};

} // namespace hullcheck::ui
