#include "core/coreruntime.h"
#include "core/docker/endpointresolver.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

int main(int argc, char *argv[])
{
    const hullcheck::core::CoreRuntime runtime; // before any thread starts
    QApplication application(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Hullcheck"));
    QApplication::setApplicationName(QStringLiteral("hullcheck"));
    QApplication::setApplicationDisplayName(QStringLiteral("Hullcheck"));
    QApplication::setApplicationVersion(QStringLiteral(HULLCHECK_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.hullcheck.Hullcheck"));

    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(),
                          QStringLiteral("qtbase"),
                          QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QApplication::installTranslator(&qtTranslator);
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Security dashboard for Docker hosts."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption hostOption({QStringLiteral("H"), QStringLiteral("host")},
                                        QApplication::translate("main", "Daemon socket to connect to."),
                                        QApplication::translate("main", "host"));
    const QCommandLineOption contextOption({QStringLiteral("c"), QStringLiteral("context")},
                                           QApplication::translate("main", "Docker context to use."),
                                           QApplication::translate("main", "context"));
    const QCommandLineOption snapshotOption(
        QStringLiteral("snapshot"),
        QApplication::translate("main", "Open a saved snapshot instead of connecting to a daemon."),
        QApplication::translate("main", "file"));
    parser.addOptions({hostOption, contextOption, snapshotOption});
    parser.process(application);

    hullcheck::ui::MainWindow window;
    window.show();
    if (parser.isSet(snapshotOption)) {
        window.openSnapshotFile(parser.value(snapshotOption));
    } else {
        hullcheck::core::ConnectionOptions options;
        options.host = parser.value(hostOption);
        options.context = parser.value(contextOption);
        window.connectTo(options);
    }
    return QApplication::exec();
}
