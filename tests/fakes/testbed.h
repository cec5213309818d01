#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>

namespace hullcheck::tests {

// The private daemons started by tests/testbed/start.sh (CTest fixture "daemon"), read from the
// KEY=VALUE file it writes. See tests/testbed/README.md for every key.
struct Testbed
{
    QHash<QString, QString> values;

    static std::optional<Testbed> load(QString *error = nullptr);

    QString value(const QString &key) const { return values.value(key); }
    QString dockerHost() const { return value(QStringLiteral("HC_DOCKER_HOST")); }     // unix://...
    QString dockerSocket() const { return value(QStringLiteral("HC_DOCKER_SOCKET")); } // path
    QString tlsHost() const { return value(QStringLiteral("HC_TLS_HOST")); }           // tcp://localhost:PORT
    QString tlsDir() const { return value(QStringLiteral("HC_TLS_DIR")); }
    QString tlsFile(const QString &name) const { return tlsDir() + QLatin1Char('/') + name; }
    QString podmanHost() const { return value(QStringLiteral("HC_PODMAN_HOST")); } // empty when Podman is absent
    QString image() const { return value(QStringLiteral("HC_IMAGE")); }

    // Runs the docker CLI against the test daemon (or `host`); returns trimmed stdout, or nullopt on failure.
    std::optional<QString> docker(const QStringList &arguments, const QString &host = {}) const;
};

} // namespace hullcheck::tests
