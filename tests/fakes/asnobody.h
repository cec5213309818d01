#pragma once

// Running hullcheck-cli as the user nobody. The tests run as root, and a real "permission denied" (a socket or a
// key file that the user may not open) needs a user without root's rights.

#include <QProcess>
#include <QString>
#include <QStringList>

#include <unistd.h>

namespace hullcheck::tests {

// Why `program` cannot be run as nobody here (not root, or the build tree is not reachable by others); empty when
// it can. For QSKIP.
inline QString whyNobodyCannotRun(const QString &program)
{
    if (::geteuid() != 0) {
        return QStringLiteral("needs root to run the CLI as an unprivileged user");
    }
    QProcess probe;
    probe.start(QStringLiteral("runuser"),
                {QStringLiteral("-u"),
                 QStringLiteral("nobody"),
                 QStringLiteral("--"),
                 QStringLiteral("test"),
                 QStringLiteral("-x"),
                 program});
    if (!probe.waitForFinished(10000) || probe.exitCode() != 0) {
        return QStringLiteral("the build tree is not executable by nobody");
    }
    return {};
}

// Starts `program arguments` as nobody.
inline void startAsNobody(QProcess &process, const QString &program, const QStringList &arguments)
{
    process.start(QStringLiteral("runuser"),
                  QStringList{QStringLiteral("-u"), QStringLiteral("nobody"), QStringLiteral("--"), program} +
                      arguments);
}

} // namespace hullcheck::tests
