// hullcheck-cli: the headless scanner. Links hullcheck_core only, which proves core needs no GUI.
#include "core/cli/clirunner.h"
#include "core/coreruntime.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char *argv[])
{
    const hullcheck::core::CoreRuntime runtime; // before any thread starts
    QCoreApplication application(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Hullcheck"));
    QCoreApplication::setApplicationName(QStringLiteral("hullcheck"));
    QCoreApplication::setApplicationVersion(QStringLiteral(HULLCHECK_VERSION));
    hullcheck::core::CliRunner runner(stdout, stderr);
    return runner.run(QCoreApplication::arguments());
}
