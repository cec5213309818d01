// hullcheck-cli: the headless scanner. Links hullcheck_core only, which proves core needs no GUI.
#include "core/cli/clirunner.h"
#include "core/coreruntime.h"
#include "core/report/pdfreport.h"

#include <QCoreApplication>
#include <QLocale>
#include <QThreadPool>
#include <QTranslator>

#include <cstdio>
#include <memory>

int main(int argc, char *argv[])
{
    const hullcheck::core::CoreRuntime runtime; // before any thread starts
    QStringList arguments;
    for (int i = 0; i < argc; ++i) {
        arguments.append(QString::fromLocal8Bit(argv[i]));
    }
    // A PDF needs text layout, hence a QGuiApplication; it runs on the offscreen platform, so no display is needed.
    const std::unique_ptr<QCoreApplication> application = hullcheck::core::CliRunner::needsGuiApplication(arguments)
                                                              ? hullcheck::core::createPdfCapableApplication(argc, argv)
                                                              : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Hullcheck"));
    QCoreApplication::setApplicationName(QStringLiteral("hullcheck"));
    QCoreApplication::setApplicationVersion(QStringLiteral(HULLCHECK_VERSION));
    QTranslator translator; // the CLI's messages in the user's language (:/i18n is in hullcheck_core)
    if (translator.load(QLocale(), QStringLiteral("hullcheck"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(&translator);
    }
    const int exitCode = hullcheck::core::CliRunner(stdout, stderr).run(QCoreApplication::arguments());
    // Join the evaluation's pooled threads before exit, so no thread is still winding down while static
    // destructors and LeakSanitizer's exit-time scan run.
    QThreadPool::globalInstance()->waitForDone();
    return exitCode;
}
