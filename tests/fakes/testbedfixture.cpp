#include "fakes/testbedfixture.h"

#include "core/docker/endpointresolver.h"

#include <QJsonArray>
#include <QJsonObject>

namespace hullcheck::tests {

core::Endpoint unixEndpoint(const QString &url)
{
    return core::EndpointResolver::parseHost(url).value();
}

core::Endpoint tlsEndpoint(
    const Testbed &, const QString &host, const QString &caFile, const QString &certFile, const QString &keyFile)
{
    core::Endpoint endpoint = core::EndpointResolver::parseHost(host).value();
    endpoint.tls.enabled = true;
    endpoint.tls.verify = true;
    endpoint.tls.caFile = caFile;
    endpoint.tls.certFile = certFile;
    endpoint.tls.keyFile = keyFile;
    return endpoint;
}

QSet<QString> lineSet(const QString &text)
{
    QSet<QString> lines;
    for (const QString &line : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        lines.insert(line.trimmed());
    }
    return lines;
}

QSet<QString> valueSet(const QJsonArray &objects, const QString &key)
{
    QSet<QString> values;
    for (const QJsonValue &object : objects) {
        QString value = object.toObject().value(key).toString();
        if (key == QLatin1String("Name") && value.startsWith(QLatin1Char('/'))) {
            value.remove(0, 1);
        }
        values.insert(value);
    }
    return values;
}

} // namespace hullcheck::tests
