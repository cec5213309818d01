#include "fakes/testbed.h"

#include <QFile>
#include <QProcess>

namespace hullcheck::tests {

std::optional<Testbed> Testbed::load(QString *error)
{
    QFile file(QStringLiteral(HULLCHECK_TESTBED_ENV));
    if (!file.open(QIODevice::ReadOnly)) {
        if (error) {
            *error = QStringLiteral("testbed not started: cannot read %1 (run through ctest, which starts the "
                                    "testbed.start fixture)")
                         .arg(file.fileName());
        }
        return std::nullopt;
    }
    Testbed testbed;
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        const qsizetype equals = line.indexOf(QLatin1Char('='));
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')) || equals < 0) {
            continue;
        }
        testbed.values.insert(line.left(equals), line.mid(equals + 1));
    }
    return testbed;
}

std::optional<QString> Testbed::docker(const QStringList &arguments, const QString &host) const
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("DOCKER_HOST"), host.isEmpty() ? dockerHost() : host);
    environment.insert(QStringLiteral("DOCKER_BUILDKIT"), QStringLiteral("0"));
    environment.remove(QStringLiteral("DOCKER_CONTEXT"));
    environment.remove(QStringLiteral("DOCKER_TLS_VERIFY"));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral("docker"), arguments);
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        qWarning("docker %s failed: %s",
                 qPrintable(arguments.join(QLatin1Char(' '))),
                 process.readAllStandardError().constData());
        return std::nullopt;
    }
    return QString::fromUtf8(process.readAllStandardOutput()).trimmed();
}

} // namespace hullcheck::tests
