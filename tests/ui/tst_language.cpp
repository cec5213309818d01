#include "core/snapshot/snapshotservice.h"
#include "ui/dialogs/settingsdialog.h"
#include "ui/language.h"
#include "ui/mainwindow.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>

using namespace hullcheck::ui;

namespace {

// The Findings tab's title as a freshly started main window shows it.
QString findingsTabTitle()
{
    const MainWindow window;
    const auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("tabs"));
    const auto *findings = window.findChild<QWidget *>(QStringLiteral("findingsPage"));
    Q_ASSERT(tabs && findings);
    return tabs->tabText(tabs->indexOf(findings));
}

QString cancelButtonText()
{
    const QDialogButtonBox box(QDialogButtonBox::Cancel);
    return box.button(QDialogButtonBox::Cancel)->text();
}

} // namespace

class TestLanguage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void offersEachLanguageInItsOwnName();
    void settingsDialogStoresTheChoice();
    void systemDefaultForgetsTheChoice();
    void cancelKeepsTheStoredChoice();
    void notesThatARestartIsNeeded();
    void ignoresAnUnknownStoredLanguage();
    void startsInGermanWhenChosen();
    void startsInFrenchWhenChosen();
    void followsTheSystemWithoutAChoice();
    void mainWindowOpensSettings();
    void timeoutSettingReachesTheScan();
};

void TestLanguage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("HullcheckTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_language"));
    // CTest runs this with LC_ALL=C.UTF-8: the system's language is English, so a German or French text can only
    // come from the stored choice.
    QCOMPARE(QLocale::system().language(), QLocale::C);
}

void TestLanguage::init()
{
    QSettings().clear();
}

void TestLanguage::cleanup()
{
    QLocale::setDefault(QLocale::system()); // LanguageSetup changes it for an explicit choice
}

void TestLanguage::offersEachLanguageInItsOwnName()
{
    QStringList codes;
    QStringList names;
    for (const LanguageChoice &choice : availableLanguages()) {
        codes << choice.code;
        names << choice.name;
    }
    QCOMPARE(codes, QStringList({QString(), QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr")}));
    QCOMPARE(names.mid(1),
             QStringList({QStringLiteral("English"), QStringLiteral("Deutsch"), QStringLiteral("Français")}));
    QCOMPARE(names.first(), QStringLiteral("System default"));
}

void TestLanguage::settingsDialogStoresTheChoice()
{
    {
        SettingsDialog dialog{QString()};
        auto *combo = dialog.findChild<QComboBox *>(QStringLiteral("languageCombo"));
        QVERIFY(combo);
        QCOMPARE(combo->currentData().toString(), QString()); // nothing stored yet: the system's language
        combo->setCurrentIndex(combo->findData(QStringLiteral("de")));
        dialog.accept();
    }
    QCOMPARE(QSettings().value(QStringLiteral("ui/language")).toString(), QStringLiteral("de"));
    QCOMPARE(storedLanguage(), QStringLiteral("de"));

    // Shown again, the dialog offers the stored choice.
    SettingsDialog again{QString()};
    QCOMPARE(again.selectedLanguage(), QStringLiteral("de"));
    QCOMPARE(again.findChild<QComboBox *>(QStringLiteral("languageCombo"))->currentText(), QStringLiteral("Deutsch"));
}

void TestLanguage::systemDefaultForgetsTheChoice()
{
    storeLanguage(QStringLiteral("fr"));
    SettingsDialog dialog(QStringLiteral("fr"));
    auto *combo = dialog.findChild<QComboBox *>(QStringLiteral("languageCombo"));
    QCOMPARE(combo->currentData().toString(), QStringLiteral("fr"));
    combo->setCurrentIndex(0);
    dialog.accept();
    QVERIFY(!QSettings().contains(QStringLiteral("ui/language")));
    QCOMPARE(storedLanguage(), QString());
}

void TestLanguage::cancelKeepsTheStoredChoice()
{
    storeLanguage(QStringLiteral("fr"));
    SettingsDialog dialog(QStringLiteral("fr"));
    auto *combo = dialog.findChild<QComboBox *>(QStringLiteral("languageCombo"));
    combo->setCurrentIndex(combo->findData(QStringLiteral("de")));
    dialog.reject();
    QCOMPARE(storedLanguage(), QStringLiteral("fr"));
}

void TestLanguage::notesThatARestartIsNeeded()
{
    storeLanguage(QStringLiteral("de"));
    SettingsDialog dialog(QStringLiteral("de")); // this run is in German already
    auto *combo = dialog.findChild<QComboBox *>(QStringLiteral("languageCombo"));
    const auto *note = dialog.findChild<QLabel *>(QStringLiteral("restartNote"));
    QVERIFY(note);
    QVERIFY(note->isHidden());
    combo->setCurrentIndex(combo->findData(QStringLiteral("fr")));
    QVERIFY(!note->isHidden());
    QVERIFY(note->text().contains(QStringLiteral("restart")));
    combo->setCurrentIndex(combo->findData(QStringLiteral("de")));
    QVERIFY(note->isHidden());
}

void TestLanguage::ignoresAnUnknownStoredLanguage()
{
    QSettings().setValue(QStringLiteral("ui/language"), QStringLiteral("xx"));
    QCOMPARE(storedLanguage(), QString());
    const LanguageSetup setup;
    QCOMPARE(setup.language(), QString());
    QCOMPARE(findingsTabTitle(), QStringLiteral("Findings (0)"));
}

void TestLanguage::startsInGermanWhenChosen()
{
    storeLanguage(QStringLiteral("de"));
    {
        const LanguageSetup setup; // what app/main.cpp does before building the window
        QCOMPARE(setup.language(), QStringLiteral("de"));
        QVERIFY(setup.translators().hasHullcheckTranslation());
        QVERIFY2(setup.translators().hasQtTranslation(),
                 "qtbase_de.qm is missing: install qt6-translations-l10n (tools/setup test does)");
        QCOMPARE(findingsTabTitle(), QStringLiteral("Befunde (0)"));
        QCOMPARE(cancelButtonText(), QStringLiteral("Abbrechen")); // Qt's own strings follow too
        QCOMPARE(QLocale().language(), QLocale::German);           // and numbers and dates
    }
    // The translators leave with the setup.
    QCOMPARE(findingsTabTitle(), QStringLiteral("Findings (0)"));
    QCOMPARE(cancelButtonText(), QStringLiteral("Cancel"));
}

void TestLanguage::startsInFrenchWhenChosen()
{
    storeLanguage(QStringLiteral("fr"));
    const LanguageSetup setup;
    QVERIFY(setup.translators().hasHullcheckTranslation());
    QCOMPARE(findingsTabTitle(), QCoreApplication::translate("hullcheck::ui::MainWindow", "Findings (%1)").arg(0));
    QVERIFY(findingsTabTitle() != QStringLiteral("Findings (0)"));
    QCOMPARE(cancelButtonText(), QStringLiteral("Annuler"));
}

void TestLanguage::followsTheSystemWithoutAChoice()
{
    const LanguageSetup setup;
    QCOMPARE(setup.language(), QString());
    QVERIFY(!setup.translators().hasHullcheckTranslation()); // the C locale has no translation
    QCOMPARE(findingsTabTitle(), QStringLiteral("Findings (0)"));
    QCOMPARE(cancelButtonText(), QStringLiteral("Cancel"));
}

void TestLanguage::mainWindowOpensSettings()
{
    storeLanguage(QStringLiteral("de"));
    MainWindow window; // built without LanguageSetup, but the stored choice is what this run counts as active
    auto *action = window.findChild<QAction *>(QStringLiteral("settingsAction"));
    QVERIFY(action);
    action->trigger();
    auto *dialog = window.findChild<SettingsDialog *>(QStringLiteral("settingsDialog"));
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->selectedLanguage(), QStringLiteral("de"));
    QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("restartNote"))->isHidden());
    dialog->reject();
}

// The daemon timeout: stored by the dialog (the default leaves no key), read back within its range, and used by
// the main window's scans from the start and again once the dialog is accepted.
void TestLanguage::timeoutSettingReachesTheScan()
{
    QSettings().setValue(QStringLiteral("connection/timeout_seconds"), 7);
    MainWindow window;
    auto *service = window.findChild<hullcheck::core::SnapshotService *>();
    QVERIFY(service);
    QCOMPARE(service->transportOptions().requestTimeoutMs, 7000);
    QCOMPARE(service->transportOptions().connectTimeoutMs, 5000);

    window.findChild<QAction *>(QStringLiteral("settingsAction"))->trigger();
    auto *dialog = window.findChild<SettingsDialog *>(QStringLiteral("settingsDialog"));
    QVERIFY(dialog);
    auto *spin = dialog->findChild<QSpinBox *>(QStringLiteral("timeoutSpin"));
    QVERIFY(spin);
    QCOMPARE(spin->value(), 7);
    spin->setValue(2);
    dialog->accept();
    QCOMPARE(QSettings().value(QStringLiteral("connection/timeout_seconds")).toInt(), 2);
    QCOMPARE(service->transportOptions().requestTimeoutMs, 2000);
    QCOMPARE(service->transportOptions().connectTimeoutMs, 2000); // never longer than a whole request

    SettingsDialog defaults{QString()};
    defaults.findChild<QSpinBox *>(QStringLiteral("timeoutSpin"))->setValue(SettingsDialog::DefaultTimeoutSeconds);
    defaults.accept();
    QVERIFY(!QSettings().contains(QStringLiteral("connection/timeout_seconds")));
    QSettings().setValue(QStringLiteral("connection/timeout_seconds"), 100000); // out of range: the default
    QCOMPARE(SettingsDialog::storedTimeoutSeconds(), SettingsDialog::DefaultTimeoutSeconds);
}

QTEST_MAIN(TestLanguage)
#include "tst_language.moc"
